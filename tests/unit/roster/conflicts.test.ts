import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROLES,
  checkAssignment,
  checkRoster,
  substituteDuty,
  swapDuties,
  type Assignment,
  type CheckContext,
  type RosterStaff,
} from '../../../shared/roster';

const roles = [...DEFAULT_ROLES, { key: 'driver', name: '驾驶员', leader: false }];
const staff: RosterStaff[] = [
  { id: 1, name: '王局长', roles: ['leader'], active: true },
  { id: 2, name: '李局长', roles: ['leader'], active: true },
  { id: 11, name: '张三', roles: ['officer'], active: true },
  { id: 12, name: '李四', roles: ['officer'], active: true },
  { id: 13, name: '赵六', roles: ['officer', 'driver'], active: true },
  { id: 14, name: '钱七', roles: ['officer'], active: false },
];
const leave = [
  { staffId: 12, from: '2026-12-03', to: '2026-12-07', kind: '请假' },
  { staffId: 13, from: '2026-12-20', to: '2026-12-20', kind: '出差' },
];
const row = (date: string, role: string, staffId: number | null, slot = 0, source: Assignment['source'] = 'generated'): Assignment => ({
  date,
  role,
  slot,
  staffId,
  source,
});
const roster: Assignment[] = [
  row('2026-12-01', 'leader', 1),
  row('2026-12-01', 'officer', 11),
  row('2026-12-02', 'leader', 2, 0, 'locked'),
  row('2026-12-02', 'officer', 12),
  row('2026-12-04', 'leader', 1),
  row('2026-12-04', 'officer', 13),
  row('2026-12-05', 'officer', null),
  row('2026-12-10', 'leader', 2),
  row('2026-12-10', 'officer', 12),
];
const ctx: CheckContext = { staff, roles, leave, assignments: roster };
const messages = (at: Parameters<typeof checkAssignment>[0], c = ctx) => checkAssignment(at, c).map((p) => `${p.severity}:${p.code}:${p.message}`);

describe('checkAssignment', () => {
  it('accepts a clean assignment and an empty slot', () => {
    expect(checkAssignment({ date: '2026-12-10', role: 'officer', slot: 0, staffId: 11 }, ctx)).toEqual([]);
    expect(checkAssignment({ date: '2026-12-10', role: 'officer', slot: 0, staffId: null }, ctx)).toEqual([]);
  });

  it('flags leave with its kind and dates', () => {
    expect(messages({ date: '2026-12-05', role: 'officer', slot: 0, staffId: 12 })).toEqual([
      'error:leave:李四 2026-12-05 请假（2026-12-03 至 2026-12-07）',
    ]);
    expect(messages({ date: '2026-12-20', role: 'driver', slot: 0, staffId: 13 })).toEqual([
      'error:leave:赵六 2026-12-20 出差（2026-12-20）',
    ]);
  });

  it('flags the same person twice on one day', () => {
    const withBoth = { ...ctx, assignments: [...roster, row('2026-12-01', 'officer', 13, 1)] };
    expect(messages({ date: '2026-12-01', role: 'driver', slot: 0, staffId: 13 }, withBoth)).toEqual([
      'error:same-day:赵六 2026-12-01 已排值班员，同一天不能兼任两个班次',
    ]);
  });

  it('warns when the rest interval is too short, naming the nearby duty', () => {
    expect(messages({ date: '2026-12-03', role: 'officer', slot: 0, staffId: 11 })).toEqual([
      'warning:rest:张三 2026-12-01 已值班，与 2026-12-03 之间只休息1天（轮休间隔至少2天）',
    ]);
    expect(checkAssignment({ date: '2026-12-03', role: 'officer', slot: 0, staffId: 11 }, { ...ctx, minRestDays: 1 })).toEqual([]);
  });

  it('flags inactive people, people lacking the role and unknown ids', () => {
    expect(messages({ date: '2026-12-12', role: 'officer', slot: 0, staffId: 14 })).toEqual(['error:inactive:钱七已停用，不能排班']);
    expect(messages({ date: '2026-12-12', role: 'driver', slot: 0, staffId: 11 })).toEqual(['error:role:张三不能担任驾驶员']);
    expect(messages({ date: '2026-12-12', role: 'leader', slot: 0, staffId: 99 })).toEqual(['error:unknown-staff:找不到人员（编号 99）']);
  });

  it('ignores the row being replaced', () => {
    expect(checkAssignment({ date: '2026-12-04', role: 'officer', slot: 0, staffId: 13 }, ctx)).toEqual([]);
  });

  it('checks a whole roster row by row', () => {
    const found = checkRoster({ ...ctx, assignments: [...roster, row('2026-12-04', 'driver', 12)] });
    expect(found.map((f) => `${f.date}/${f.role}/${f.code}`)).toEqual([
      '2026-12-02/officer/rest',
      '2026-12-04/driver/role',
      '2026-12-04/driver/leave',
      '2026-12-04/driver/rest',
    ]);
  });
});

describe('swapDuties (换班)', () => {
  const opts = { staff, roles, leave };

  it('exchanges the people on two duties and marks both rows manual', () => {
    const r = swapDuties(roster, { date: '2026-12-01', role: 'officer', slot: 0 }, { date: '2026-12-10', role: 'officer', slot: 0 }, opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.assignments.find((a) => a.date === '2026-12-01' && a.role === 'officer')).toEqual(row('2026-12-01', 'officer', 12, 0, 'manual'));
    expect(r.assignments.find((a) => a.date === '2026-12-10' && a.role === 'officer')).toEqual(row('2026-12-10', 'officer', 11, 0, 'manual'));
    expect(r.changes.map((c) => [c.before.staffId, c.after.staffId])).toEqual([
      [11, 12],
      [12, 11],
    ]);
    expect(r.assignments).toHaveLength(roster.length);
    // 李四 on 12-01 and again on 12-02: allowed with a warning.
    expect(r.warnings.map((w) => w.code)).toEqual(['rest']);
  });

  it('refuses swaps that would put someone on leave or break the role', () => {
    const r = swapDuties(roster, { date: '2026-12-04', role: 'officer', slot: 0 }, { date: '2026-12-10', role: 'officer', slot: 0 }, opts);
    expect(r).toEqual({ ok: false, errors: ['李四 2026-12-04 请假（2026-12-03 至 2026-12-07）'] });
    const r2 = swapDuties(roster, { date: '2026-12-01', role: 'leader', slot: 0 }, { date: '2026-12-10', role: 'officer', slot: 0 }, opts);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors).toEqual(['李四不能担任带班领导', '王局长不能担任值班员']);
  });

  it('refuses locked, missing, empty and identical duties', () => {
    const at = (date: string, role = 'officer') => ({ date, role, slot: 0 });
    expect(swapDuties(roster, at('2026-12-02', 'leader'), at('2026-12-10', 'leader'), opts)).toEqual({
      ok: false,
      errors: ['2026-12-02 带班领导（第1岗）已锁定，请先解锁'],
    });
    expect(swapDuties(roster, at('2026-12-09'), at('2026-12-10'), opts)).toEqual({ ok: false, errors: ['2026-12-09 值班员（第1岗）不在值班表中'] });
    expect(swapDuties(roster, at('2026-12-05'), at('2026-12-10'), opts)).toEqual({
      ok: false,
      errors: ['2026-12-05 值班员（第1岗）尚未安排人员，无法换班（可直接安排或替班）'],
    });
    expect(swapDuties(roster, at('2026-12-10'), at('2026-12-10'), opts)).toEqual({ ok: false, errors: ['请选择两个不同的班次'] });
    expect(swapDuties(roster, at('2026-12-01', 'leader'), at('2026-12-04', 'leader'), opts)).toEqual({
      ok: false,
      errors: ['两个班次都是王局长，无需换班'],
    });
  });
});

describe('substituteDuty (替班)', () => {
  const opts = { staff, roles, leave };

  it('puts the substitute in the slot as a manual row', () => {
    const r = substituteDuty(roster, { date: '2026-12-10', role: 'officer', slot: 0 }, 11, opts);
    expect(r.ok && r.changes).toEqual([{ before: row('2026-12-10', 'officer', 12), after: row('2026-12-10', 'officer', 11, 0, 'manual') }]);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('fills an empty slot', () => {
    const r = substituteDuty(roster, { date: '2026-12-05', role: 'officer', slot: 0 }, 11, opts);
    expect(r.ok).toBe(true);
  });

  it('refuses a substitute on leave, already on duty, inactive or the same person', () => {
    const at = { date: '2026-12-04', role: 'officer', slot: 0 };
    expect(substituteDuty(roster, at, 12, opts)).toEqual({ ok: false, errors: ['李四 2026-12-04 请假（2026-12-03 至 2026-12-07）'] });
    expect(substituteDuty(roster, { date: '2026-12-01', role: 'officer', slot: 0 }, 1, opts)).toEqual({
      ok: false,
      errors: ['王局长不能担任值班员', '王局长 2026-12-01 已排带班领导，同一天不能兼任两个班次'],
    });
    expect(substituteDuty(roster, at, 14, opts)).toEqual({ ok: false, errors: ['钱七已停用，不能排班'] });
    expect(substituteDuty(roster, at, 13, opts)).toEqual({ ok: false, errors: ['2026-12-04 值班员（第1岗）本来就是赵六'] });
  });
});
