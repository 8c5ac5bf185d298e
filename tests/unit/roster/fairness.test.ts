import { describe, expect, it } from 'vitest';
import { monthRange } from '../../../shared/time/civil';
import {
  DEFAULT_ROLES,
  categoryLookup,
  countDuties,
  countsByMonth,
  countsByYear,
  generateRoster,
  spreadByRole,
  spreadOf,
  type Assignment,
  type CountKey,
} from '../../../shared/roster';
import { ids, pool, yearDays } from './fixtures';

const roles = [...DEFAULT_ROLES];
const KEYS: CountKey[] = ['workday', 'weekend', 'holiday', 'leader', 'total'];

function spreads(assignments: readonly Assignment[], days: ReturnType<typeof yearDays>, staff: ReturnType<typeof pool>) {
  const counts = countDuties(assignments, categoryLookup(days), roles);
  return ['leader', 'officer'].map((role) => {
    const s = spreadOf(counts, ids(staff, role));
    return Object.fromEntries(KEYS.map((k) => [k, s[k].spread]));
  });
}

describe('fairness over a year', () => {
  for (const year of [2024, 2025, 2026]) {
    it(`keeps every count within 1 across a uniform pool in ${year} (10 带班领导, 10 值班员, 双岗 on holidays)`, () => {
      const days = yearDays(year);
      const staff = pool(10, 10);
      const r = generateRoster({ days, roles, staff, leave: [], existing: [] });
      expect(r.warnings).toEqual([]);
      for (const s of spreads(r.assignments, days, staff)) for (const k of KEYS) expect(s[k], k).toBeLessThanOrEqual(1);
    });
  }

  for (const [leaders, officers] of [
    [7, 8],
    [8, 12],
    [13, 15],
  ] as const) {
    it(`keeps every count within 1 for ${leaders} leaders and ${officers} officers (2026)`, () => {
      const days = yearDays(2026);
      const staff = pool(leaders, officers);
      const r = generateRoster({ days, roles, staff, leave: [], existing: [] });
      for (const s of spreads(r.assignments, days, staff)) for (const k of KEYS) expect(s[k], k).toBeLessThanOrEqual(1);
    });
  }

  it('stays level when the year is generated month by month with carried counts', () => {
    const days = yearDays(2026);
    const staff = pool(10, 10);
    const category = categoryLookup(days);
    let all: Assignment[] = [];
    for (let month = 1; month <= 12; month++) {
      const { from, to } = monthRange(2026, month);
      const yearCounts = countDuties(all, category, roles);
      const r = generateRoster({
        days: days.filter((d) => d.date >= from && d.date <= to),
        roles,
        staff,
        leave: [],
        existing: all,
        yearCounts,
      });
      all = [...all, ...r.assignments];
      // Year to date, after every month.
      for (const s of spreads(all, days, staff)) for (const k of KEYS) expect(s[k], `${month}月 ${k}`).toBeLessThanOrEqual(1);
      expect(r.counts).toEqual(countDuties(all, category, roles));
    }
  });
});

describe('fairness counts', () => {
  const days = [
    { date: '2026-10-01', category: 'holiday' as const },
    { date: '2026-10-10', category: 'workday' as const },
  ];
  const rows: Assignment[] = [
    { date: '2026-09-30', role: 'leader', slot: 0, staffId: 1, source: 'generated' },
    { date: '2026-10-01', role: 'leader', slot: 0, staffId: 1, source: 'generated' },
    { date: '2026-10-01', role: 'officer', slot: 0, staffId: 2, source: 'manual' },
    { date: '2026-10-03', role: 'officer', slot: 1, staffId: 2, source: 'generated' },
    { date: '2026-10-10', role: 'officer', slot: 0, staffId: 3, source: 'generated' },
    { date: '2027-01-02', role: 'officer', slot: 0, staffId: 3, source: 'generated' },
    { date: '2026-10-11', role: 'officer', slot: 0, staffId: null, source: 'generated' },
  ];
  const category = categoryLookup(days);

  it('counts workday, weekend, holiday and leader duties per person, with weekday fallback', () => {
    const c = countDuties(rows, category, roles);
    expect(c[1]).toEqual({ workday: 1, weekend: 0, holiday: 1, leader: 2, total: 2 });
    // 10-03 is a Saturday not in `days`: weekend; 10-10 is a Saturday 调休 working day: workday.
    expect(c[2]).toEqual({ workday: 0, weekend: 1, holiday: 1, leader: 0, total: 2 });
    expect(c[3]).toEqual({ workday: 1, weekend: 1, holiday: 0, leader: 0, total: 2 });
  });

  it('groups by month and by year', () => {
    const m = countsByMonth(rows, category, roles);
    expect(Object.keys(m)).toEqual(['2026-09', '2026-10', '2027-01']);
    expect(m['2026-10']![1]!.total).toBe(1);
    const y = countsByYear(rows, category, roles);
    expect(Object.keys(y)).toEqual(['2026', '2027']);
    expect(y['2026']![3]).toEqual({ workday: 1, weekend: 0, holiday: 0, leader: 0, total: 1 });
  });

  it('summarises the spread (max − min) per count, people without duties counting zero', () => {
    const c = countDuties(rows, category, roles);
    const s = spreadOf(c, [1, 2, 3, 4]);
    expect(s.total).toEqual({ min: 0, max: 2, spread: 2 });
    expect(s.leader).toEqual({ min: 0, max: 2, spread: 2 });
    const staff = [
      { id: 1, name: '甲', roles: ['leader'], active: true },
      { id: 2, name: '乙', roles: ['officer'], active: true },
      { id: 3, name: '丙', roles: ['officer'], active: true },
      { id: 4, name: '丁', roles: ['officer'], active: false },
    ];
    const byRole = spreadByRole(c, staff, roles);
    expect(byRole.officer!.holiday).toEqual({ min: 0, max: 1, spread: 1 });
    expect(byRole.leader!.total.spread).toBe(0);
  });
});
