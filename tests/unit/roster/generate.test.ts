import { describe, expect, it } from 'vitest';
import { addDays, dateRange, diffDays } from '../../../shared/time/civil';
import { DEFAULT_ROLES, generateRoster, type Assignment, type GenerateInput, type RosterDay } from '../../../shared/roster';
import { ids, pool, rosterDays } from './fixtures';

const roles = [...DEFAULT_ROLES];

function run(over: Partial<GenerateInput> & { days: RosterDay[] }) {
  return generateRoster({ roles, staff: pool(6, 8), leave: [], existing: [], ...over });
}

const onDay = (rows: readonly Assignment[], date: string, role: string) =>
  rows.filter((a) => a.date === date && a.role === role).map((a) => a.staffId);

describe('generateRoster: filling', () => {
  const days = rosterDays('2026-09-01', '2026-10-31');
  const result = run({ days });

  it('fills every slot of every day with someone able to serve the role', () => {
    for (const d of days) {
      for (const { role, count } of d.slots) {
        const rows = result.assignments.filter((a) => a.date === d.date && a.role === role);
        expect(rows.map((r) => r.slot).sort()).toEqual(Array.from({ length: count }, (_, i) => i));
        for (const r of rows) expect(ids(pool(6, 8), role)).toContain(r.staffId);
      }
    }
    expect(result.warnings).toEqual([]);
  });

  it('gives 国庆 two 值班员 a day and never one person twice a day', () => {
    expect(onDay(result.assignments, '2026-10-03', 'officer')).toHaveLength(2);
    for (const date of dateRange('2026-09-01', '2026-10-31')) {
      const people = result.assignments.filter((a) => a.date === date).map((a) => a.staffId);
      expect(new Set(people).size).toBe(people.length);
    }
  });

  it('keeps at least minRestDays whole days between two duties of a person', () => {
    for (const minRestDays of [1, 2, 3]) {
      const r = run({ days, minRestDays, staff: pool(6, 10) });
      expect(r.warnings).toEqual([]);
      const byPerson = new Map<number, string[]>();
      for (const a of r.assignments) byPerson.set(a.staffId!, [...(byPerson.get(a.staffId!) ?? []), a.date]);
      for (const dates of byPerson.values()) {
        dates.sort();
        for (let i = 1; i < dates.length; i++) expect(diffDays(dates[i]!, dates[i - 1]!) - 1).toBeGreaterThanOrEqual(minRestDays);
      }
    }
  });

  it('is deterministic for the same input', () => {
    expect(run({ days })).toEqual(result);
  });

  it('leaves out inactive people and those who cannot serve the role', () => {
    const staff = pool(6, 8).map((s) => (s.id === 103 ? { ...s, active: false } : s));
    const r = run({ days, staff });
    expect(r.assignments.some((a) => a.staffId === 103)).toBe(false);
    expect(r.assignments.filter((a) => a.role === 'leader').every((a) => a.staffId! < 100)).toBe(true);
  });

  it('rejects a range with a date given twice', () => {
    expect(() => run({ days: [...days.slice(0, 2), days[0]!] })).toThrow('排班日期有重复');
  });

  it('returns year-to-date counts including the range', () => {
    const total = Object.values(result.counts).reduce((n, c) => n + c.total, 0);
    expect(total).toBe(result.assignments.length);
    expect(result.counts[1]!.leader).toBe(result.counts[1]!.total);
  });
});

describe('generateRoster: leave', () => {
  const days = rosterDays('2026-12-01', '2026-12-31');

  it('never assigns anyone on leave or travel', () => {
    const leave = [
      { staffId: 101, from: '2026-12-03', to: '2026-12-12', kind: '请假' },
      { staffId: 2, from: '2026-11-20', to: '2026-12-08', kind: '出差' },
      { staffId: 104, from: '2026-12-24', to: '2027-01-05', kind: '培训' },
    ];
    const r = run({ days, leave });
    for (const a of r.assignments) {
      const away = leave.some((l) => l.staffId === a.staffId && a.date >= l.from && a.date <= l.to);
      expect(away, `${a.date} ${a.staffId}`).toBe(false);
    }
    expect(r.warnings).toEqual([]);
  });

  it('relaxes the rest rule before leaving a slot empty, and says why', () => {
    const staff = pool(3, 4);
    const leave = [101, 102, 103].map((staffId) => ({ staffId, from: '2026-12-05', to: '2026-12-07', kind: '请假' }));
    const r = run({ days: rosterDays('2026-12-01', '2026-12-10'), staff, leave });
    expect(onDay(r.assignments, '2026-12-06', 'officer')).toEqual([104]);
    expect(r.warnings.map((w) => w.message)).toContain(
      '2026-12-06 值班员：可用人员不足（3人请假，1人轮休间隔不足），已放宽轮休间隔',
    );
    expect(r.warnings.every((w) => w.role === 'officer')).toBe(true);
  });

  it('leaves the slot empty with a warning when nobody at all can serve', () => {
    const staff = pool(3, 4);
    const leave = [
      ...[101, 102, 103].map((staffId) => ({ staffId, from: '2026-12-08', to: '2026-12-08', kind: '请假' })),
      { staffId: 104, from: '2026-12-08', to: '2026-12-09', kind: '出差' },
    ];
    const r = run({ days: rosterDays('2026-12-01', '2026-12-10'), staff, leave });
    expect(r.assignments.find((a) => a.date === '2026-12-08' && a.role === 'officer')).toEqual({
      date: '2026-12-08',
      role: 'officer',
      slot: 0,
      staffId: null,
      source: 'generated',
    });
    expect(r.warnings).toContainEqual({
      date: '2026-12-08',
      role: 'officer',
      message: '2026-12-08 值班员：无人可排（3人请假，1人出差）',
    });
  });

  it('warns when a role has nobody able to serve it', () => {
    const days2 = rosterDays('2026-12-01', '2026-12-02').map((d) => ({ ...d, slots: [{ role: 'driver', count: 1 }] }));
    const r = run({ days: days2, roles: [...roles, { key: 'driver', name: '驾驶员', leader: false }] });
    expect(r.assignments.map((a) => a.staffId)).toEqual([null, null]);
    expect(r.warnings[0]!.message).toBe('2026-12-01 驾驶员：没有可担任驾驶员的在岗人员，无人可排');
  });
});

describe('generateRoster: manual and locked rows', () => {
  const days = rosterDays('2026-12-01', '2026-12-31');
  const manual: Assignment[] = [
    { date: '2026-12-05', role: 'leader', slot: 0, staffId: 3, source: 'manual' },
    { date: '2026-12-05', role: 'officer', slot: 0, staffId: 105, source: 'locked' },
    { date: '2026-12-20', role: 'officer', slot: 0, staffId: null, source: 'manual' },
  ];
  const stale: Assignment = { date: '2026-12-06', role: 'leader', slot: 0, staffId: 6, source: 'generated' };
  const r = run({ days, existing: [...manual, stale] });

  it('keeps manual and locked rows exactly and replaces generated ones', () => {
    for (const m of manual) expect(r.assignments).toContainEqual(m);
    expect(r.assignments.filter((a) => a.date === '2026-12-05')).toHaveLength(2);
    expect(r.assignments.filter((a) => a.date === '2026-12-20' && a.role === 'officer')).toHaveLength(1);
    expect(r.assignments.filter((a) => a.date === '2026-12-06' && a.role === 'leader')).toHaveLength(1);
  });

  it('keeps the rest rule around kept rows and counts them', () => {
    const near = (id: number) =>
      r.assignments.filter((a) => a.staffId === id && a.source === 'generated' && Math.abs(diffDays(a.date, '2026-12-05')) <= 2);
    expect(near(3)).toEqual([]);
    expect(near(105)).toEqual([]);
    const leaderTotals = ids(pool(6, 8), 'leader').map((id) => r.counts[id]!.total);
    expect(Math.max(...leaderTotals) - Math.min(...leaderTotals)).toBeLessThanOrEqual(1);
  });
});

describe('generateRoster: rotation continues from the previous range', () => {
  const staff = pool(5, 10);
  /** Officers on duty one a day in turn, ending with 106 on the last day. */
  const rotation = (from: string, to: string): Assignment[] => {
    const dates = dateRange(from, to);
    return dates.map((date, i) => ({
      date,
      role: 'officer',
      slot: 0,
      staffId: 101 + ((((i - dates.length + 1 + 5) % 10) + 10) % 10),
      source: 'generated',
    }));
  };

  it('starts a new year with whoever has been off duty longest, in order (接着上月最后一人)', () => {
    const history = rotation('2025-12-01', '2025-12-31');
    expect(history.at(-1)!.staffId).toBe(106);
    const r = run({ days: rosterDays('2026-01-01', '2026-01-31', { holidayOfficers: 1 }), staff, existing: history });
    const officers = r.assignments.filter((a) => a.role === 'officer').map((a) => a.staffId);
    expect(officers.slice(0, 4)).toEqual([107, 108, 109, 110]);
  });

  it('continues within a year when the carried counts are level', () => {
    const history = rotation('2026-11-01', '2026-11-30');
    expect(history.at(-1)!.staffId).toBe(106);
    const level = { workday: 20, weekend: 8, holiday: 3, leader: 0, total: 31 };
    const yearCounts = Object.fromEntries(ids(staff, 'officer').map((id) => [id, level]));
    const r = run({ days: rosterDays('2026-12-01', '2026-12-31'), staff, existing: history, yearCounts });
    expect(r.assignments.filter((a) => a.role === 'officer').map((a) => a.staffId).slice(0, 3)).toEqual([107, 108, 109]);
  });

  it('keeps the rest rule across the month boundary', () => {
    const staffB = pool(7, 10);
    const nov = run({ days: rosterDays('2026-11-01', '2026-11-30'), staff: staffB });
    const dec = run({ days: rosterDays('2026-12-01', '2026-12-31'), staff: staffB, existing: nov.assignments });
    for (const a of dec.assignments.filter((x) => x.date <= '2026-12-02')) {
      const prev = nov.assignments.filter((x) => x.staffId === a.staffId && x.date >= addDays(a.date, -2));
      expect(prev).toEqual([]);
    }
  });
});
