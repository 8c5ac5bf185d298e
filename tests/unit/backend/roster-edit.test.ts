import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import type { AuditEntry } from '../../../shared/audit/types';
import type { Conflict } from '../../../shared/roster/conflicts';
import type { EditOutcome, RosterConfig, RosterDay } from '../../../shared/contract/roster';
import type { DashboardSummary } from '../../../shared/contract/dashboard';
import { day, failure, names, rosterBackend, tableCount } from './roster-helpers';

const officer = (d: RosterDay) => d.slots.find((s) => s.role === 'officer' && s.slot === 0)!;

describe('换班 and 替班', () => {
  it('swaps two days with a reason; both rows become manual, audited once, in both days’ history', async () => {
    const { backend } = await rosterBackend();
    const a = officer(await day(backend, '2026-12-14'));
    const b = officer(await day(backend, '2026-12-21'));
    expect(a.staffId).not.toBe(b.staffId);
    const r = await ok<EditOutcome>(backend, 'roster.swap', {
      a: { date: '2026-12-14', role: 'officer', slot: 0 },
      b: { date: '2026-12-21', role: 'officer', slot: 0 },
      reason: '家中有事',
    });
    expect(r.warnings).toEqual([]);
    expect(officer(await day(backend, '2026-12-14'))).toMatchObject({ staffId: b.staffId, source: 'manual', reason: '家中有事' });
    expect(officer(await day(backend, '2026-12-21'))).toMatchObject({ staffId: a.staffId, source: 'manual', reason: '家中有事' });
    const audit = (await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'roster_day' })).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'swap',
      entityId: '2026-12-14,2026-12-21',
      operatorName: '赵敏',
      summary: `换班：2026-12-14 值班员（第1岗） ${a.name} 与 2026-12-21 值班员（第1岗） ${b.name} 互换，原因：家中有事`,
    });
    expect((audit[0]!.before as Record<string, string>)['2026-12-14']).toContain(`值班员 ${a.name}`);
    expect(audit[0]!.after).toMatchObject({ '2026-12-14': expect.stringContaining(`值班员 ${b.name}`), rosterReason: '家中有事' });
    for (const date of ['2026-12-14', '2026-12-21']) {
      const history = await ok<AuditEntry[]>(backend, 'roster.dayHistory', { date });
      expect(history.map((h) => h.action)).toEqual(['swap']);
    }
    expect(await ok<AuditEntry[]>(backend, 'roster.dayHistory', { date: '2026-12-15' })).toEqual([]);
  });

  it('substitutes with a reason; refuses without one, naming the field, nothing written', async () => {
    const { backend, byName, dataDir } = await rosterBackend();
    const d = await day(backend, '2026-12-16');
    const was = officer(d);
    const candidates = ['孙浩', '周婷', '吴磊', '郑晓燕', '冯涛', '何静', '许明', '马丽', '朱刚', '赵敏'].map(byName);
    let sub = null;
    for (const c of candidates) {
      const conflicts = await ok<Conflict[]>(backend, 'roster.check', { date: '2026-12-16', role: 'officer', slot: 0, staffId: c.id });
      if (c.id !== was.staffId && conflicts.length === 0) {
        sub = c;
        break;
      }
    }
    expect(sub).not.toBeNull();
    const audit = tableCount(dataDir, 'audit_log');
    const err = await failure(backend, 'roster.substitute', { date: '2026-12-16', role: 'officer', slot: 0, staffId: sub!.id, reason: '  ' });
    expect(err).toMatchObject({ code: 'invalid_input', field: 'reason', message: '替班原因不能为空' });
    expect(tableCount(dataDir, 'audit_log')).toBe(audit);
    expect(officer(await day(backend, '2026-12-16')).staffId).toBe(was.staffId);

    await ok(backend, 'roster.substitute', { date: '2026-12-16', role: 'officer', slot: 0, staffId: sub!.id, reason: '外出开会' });
    expect(officer(await day(backend, '2026-12-16'))).toMatchObject({ staffId: sub!.id, source: 'manual', reason: '外出开会' });
    const history = await ok<AuditEntry[]>(backend, 'roster.dayHistory', { date: '2026-12-16' });
    expect(history[0]).toMatchObject({ action: 'substitute', summary: `替班：2026-12-16 值班员（第1岗） ${was.name} 由 ${sub!.name} 替班，原因：外出开会` });
  });

  it('refuses a swap that puts someone on leave, in Chinese; nothing written', async () => {
    const { backend, dataDir } = await rosterBackend();
    // 赵敏 is 出差 12-05…12-09; find one of her duties outside that and swap it into 12-07.
    const dec = await ok<{ days: RosterDay[] }>(backend, 'roster.view', { from: '2026-12-10', to: '2026-12-31' });
    const hers = dec.days.find((d) => officer(d).name === '赵敏')!;
    const audit = tableCount(dataDir, 'audit_log');
    const err = await failure(backend, 'roster.swap', {
      a: { date: hers.date, role: 'officer', slot: 0 },
      b: { date: '2026-12-07', role: 'officer', slot: 0 },
      reason: '调整',
    });
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('赵敏 2026-12-07 出差（2026-12-05 至 2026-12-09）');
    expect(tableCount(dataDir, 'audit_log')).toBe(audit);
    expect(officer(await day(backend, hers.date)).name).toBe('赵敏');
  });
});

describe('editing a day', () => {
  it('reports conflicts as you edit: on leave, same day twice, rest rule, inactive', async () => {
    const { backend, byName } = await rosterBackend();
    const zhao = byName('赵敏');
    const onLeave = await ok<Conflict[]>(backend, 'roster.check', { date: '2026-12-06', role: 'officer', slot: 0, staffId: zhao.id });
    expect(onLeave.map((c) => c.message)).toContain('赵敏 2026-12-06 出差（2026-12-05 至 2026-12-09）');

    const d = await day(backend, '2026-12-17');
    const leader = d.slots.find((s) => s.role === 'leader')!;
    const twice = await ok<Conflict[]>(backend, 'roster.check', { date: '2026-12-17', role: 'officer', slot: 1, staffId: officer(d).staffId });
    expect(twice.map((c) => c.code)).toContain('same-day');
    const notRole = await ok<Conflict[]>(backend, 'roster.check', { date: '2026-12-17', role: 'officer', slot: 0, staffId: leader.staffId });
    expect(notRole.map((c) => c.message)).toContain(`${leader.name}不能担任值班员`);

    const next = officer(await day(backend, '2026-12-18'));
    const rest = await ok<Conflict[]>(backend, 'roster.check', { date: '2026-12-17', role: 'officer', slot: 0, staffId: next.staffId });
    expect(rest).toContainEqual(expect.objectContaining({ code: 'rest', severity: 'warning' }));
    expect(rest.find((c) => c.code === 'rest')!.message).toContain('只休息0天（轮休间隔至少2天）');

    await ok(backend, 'staff.setActive', { id: byName('朱刚').id, active: false });
    const inactive = await ok<Conflict[]>(backend, 'roster.check', { date: '2026-12-17', role: 'officer', slot: 0, staffId: byName('朱刚').id });
    expect(inactive.map((c) => c.message)).toContain('朱刚已停用，不能排班');
    // The grid shows the stored conflicts of days where 朱刚 is still rostered.
    const dec = await ok<{ days: RosterDay[] }>(backend, 'roster.view', { from: '2026-12-01', to: '2026-12-31' });
    const his = dec.days.filter((x) => x.slots.some((s) => s.name === '朱刚'));
    expect(his.length).toBeGreaterThan(0);
    expect(his.every((x) => x.conflicts.includes('朱刚已停用，不能排班'))).toBe(true);
  });

  it('assigns anyone by hand with a rest warning; refuses someone on leave; audited with the reason', async () => {
    const { backend, byName, dataDir } = await rosterBackend();
    const next = officer(await day(backend, '2026-12-18'));
    const r = await ok<EditOutcome>(backend, 'roster.assign', { date: '2026-12-17', role: 'officer', slot: 0, staffId: next.staffId, reason: '本人申请' });
    expect(r.warnings.join()).toContain('轮休间隔至少2天');
    const d = await day(backend, '2026-12-17');
    expect(officer(d)).toMatchObject({ staffId: next.staffId, source: 'manual', reason: '本人申请' });
    expect(d.conflicts.join()).toContain('轮休间隔至少2天');
    const history = await ok<AuditEntry[]>(backend, 'roster.dayHistory', { date: '2026-12-17' });
    expect(history[0]).toMatchObject({ action: 'update', after: expect.objectContaining({ rosterReason: '本人申请' }) });
    expect(history[0]!.summary).toMatch(/^排班调整 2026-12-17（星期四）值班员（第1岗）：.+ → .+，原因：本人申请$/);

    const audit = tableCount(dataDir, 'audit_log');
    const err = await failure(backend, 'roster.assign', { date: '2026-12-08', role: 'officer', slot: 0, staffId: byName('赵敏').id, reason: '' });
    expect(err).toMatchObject({ code: 'conflict', field: 'staffId' });
    expect(err.message).toContain('出差');
    expect(tableCount(dataDir, 'audit_log')).toBe(audit);
  });

  it('locks a day: no edits until unlocked; both audited', async () => {
    const { backend } = await rosterBackend();
    const locked = await ok<RosterDay>(backend, 'roster.lockDay', { date: '2026-12-20', locked: true });
    expect(locked.locked).toBe(true);
    expect(locked.slots.every((s) => s.source === 'locked')).toBe(true);
    const swap = await failure(backend, 'roster.swap', {
      a: { date: '2026-12-20', role: 'officer', slot: 0 },
      b: { date: '2026-12-26', role: 'officer', slot: 0 },
      reason: '调整',
    });
    expect(swap.message).toContain('2026-12-20 值班员（第1岗）已锁定，请先解锁');
    const assign = await failure(backend, 'roster.assign', { date: '2026-12-20', role: 'officer', slot: 1, staffId: null, reason: '' });
    expect(assign.message).toBe('2026-12-20 的排班已锁定，请先解锁');
    const open = await ok<RosterDay>(backend, 'roster.lockDay', { date: '2026-12-20', locked: false });
    expect(open.locked).toBe(false);
    expect(open.slots.every((s) => s.source === 'manual')).toBe(true);
    const history = await ok<AuditEntry[]>(backend, 'roster.dayHistory', { date: '2026-12-20' });
    expect(history.map((h) => h.action)).toEqual(['unlock', 'lock']);
    const empty = await failure(backend, 'roster.lockDay', { date: '2027-05-01', locked: true });
    expect(empty.message).toBe('2027-05-01 尚未排班，无法锁定');
  });

  it('the dashboard follows an edit of today', async () => {
    const { backend } = await rosterBackend();
    const today = await day(backend, '2026-11-30');
    const other = officer(await day(backend, '2026-11-26'));
    await ok(backend, 'roster.swap', { a: { date: '2026-11-30', role: 'officer', slot: 0 }, b: { date: '2026-11-26', role: 'officer', slot: 0 }, reason: '补记换班' });
    const dash = await ok<DashboardSummary>(backend, 'dashboard.summary');
    expect(dash.today.officers.map((o) => o.name)).toEqual([other.name]);
    expect(dash.today.leader?.name).toBe(names(today).leader);
  });
});

describe('roles, settings and the leave register', () => {
  it('adds 驾驶员 for weekends; generation fills it and dutyOfDay lists it under others', async () => {
    const { backend, byName } = await rosterBackend();
    const drivers = ['冯涛', '许明', '朱刚'].map((n) => byName(n).id);
    const config = await ok<RosterConfig>(backend, 'roster.saveRole', { name: '驾驶员', counts: { workday: 0, weekend: 1, holiday: 1 }, staffIds: drivers });
    const role = config.roles.find((r) => r.name === '驾驶员')!;
    expect(role).toMatchObject({ builtin: false, eligible: 3, staffIds: drivers });
    await ok(backend, 'roster.generate', { from: '2027-01-01', to: '2027-01-31' });
    const sat = await day(backend, '2027-01-09');
    const mon = await day(backend, '2027-01-11');
    expect(sat.slots.filter((s) => s.role === role.key && s.staffId !== null)).toHaveLength(1);
    expect(mon.slots.some((s) => s.role === role.key)).toBe(false);
    const dash = await ok<DashboardSummary>(backend, 'dashboard.summary');
    expect(dash.today.others).toEqual([]);
    const err = await failure(backend, 'roster.deleteRole', { key: role.key });
    expect(err.message).toMatch(/^驾驶员已有\d+个班次的排班记录，不能删除/);
    const builtin = await failure(backend, 'roster.deleteRole', { key: 'leader' });
    expect(builtin.message).toContain('带班领导是基本岗位，不能删除');
    const audit = (await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'roster_role' })).rows;
    expect(audit[0]).toMatchObject({ action: 'create', summary: '新增值班岗位 驾驶员', after: expect.objectContaining({ roleStaff: '冯涛、许明、朱刚' }) });
  });

  it('changes the rest rule and the counts; bad values are refused naming the field', async () => {
    const { backend, dataDir } = await rosterBackend();
    const config = await ok<RosterConfig>(backend, 'roster.updateSettings', { minRestDays: 3, preparer: '赵敏', reviewer: '王建国' });
    expect(config.settings).toEqual({ minRestDays: 3, preparer: '赵敏', reviewer: '王建国' });
    const audit = tableCount(dataDir, 'audit_log');
    const bad = await failure(backend, 'roster.updateSettings', { minRestDays: -1 });
    expect(bad).toMatchObject({ code: 'invalid_input', field: 'minRestDays', message: '轮休间隔天数不能小于0' });
    const count = await failure(backend, 'roster.saveRole', { key: 'officer', name: '值班员', counts: { workday: 1, weekend: 1, holiday: 11 } });
    expect(count).toMatchObject({ field: 'counts.holiday', message: '字段「节假日人数」每日人数最多10人' });
    const name = await failure(backend, 'roster.saveRole', { name: '值班员', counts: { workday: 1, weekend: 1, holiday: 1 } });
    expect(name).toMatchObject({ code: 'conflict', field: 'name', message: '已有“值班员”这个岗位' });
    expect(tableCount(dataDir, 'audit_log')).toBe(audit);
  });

  it('registers, changes and deletes leave; bad entries are refused naming the field, nothing written', async () => {
    const { backend, byName, dataDir } = await rosterBackend();
    const id = byName('孙浩').id;
    const created = await ok<{ id: number }>(backend, 'roster.leave.create', { staffId: id, from: '2027-01-04', to: '2027-01-08', kind: '请假', note: '年休假' });
    await ok(backend, 'roster.leave.update', { id: created.id, staffId: id, from: '2027-01-04', to: '2027-01-09', kind: '请假', note: '年休假' });
    const list = await ok<{ staffName: string; to: string }[]>(backend, 'roster.leave.list', { year: 2027 });
    expect(list).toEqual([expect.objectContaining({ staffName: '孙浩', to: '2027-01-09', kind: '请假' })]);
    const before = tableCount(dataDir, 'roster_leave');
    const cases: [unknown, string, string][] = [
      [{ staffId: id, from: '2027-01-09', to: '2027-01-04', kind: '请假' }, 'to', '结束日期（2027-01-04）不能早于开始日期（2027-01-09）'],
      [{ staffId: id, from: '2027-1-9', to: '2027-01-10', kind: '请假' }, 'from', '开始日期应为有效日期，如 2026-12-01'],
      [{ staffId: id, from: '2027-01-09', to: '2027-01-10', kind: '休假' }, 'kind', '类型应为请假、出差、培训或其他'],
      [{ staffId: 999, from: '2027-01-09', to: '2027-01-10', kind: '请假' }, 'staffId', '找不到编号为 999 的人员'],
    ];
    for (const [input, field, message] of cases) {
      const err = await failure(backend, 'roster.leave.create', input);
      expect(err.field, message).toBe(field);
      expect(err.message).toContain(message);
    }
    expect(tableCount(dataDir, 'roster_leave')).toBe(before);
    await ok(backend, 'roster.leave.delete', { id: created.id });
    const audit = (await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'roster_leave' })).rows;
    expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'create']);
    expect(audit[2]!.summary).toBe('登记请假 孙浩 2027-01-04至2027-01-08');
  });
});
