import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkdays, buildCalendar, calendarForYears, isWorkday, workdaysBetween, type HolidayCalendar } from '../../../shared/calendar';
import {
  addMonths,
  addYears,
  classify,
  drillDeadline,
  evaluationDeadline,
  filingDeadline,
  filingDue,
  type StageRecord,
} from '../../../shared/plans';
import { addDays, dayNumber, fromDayNumber } from '../../../shared/time/civil';

const real = calendarForYears([2025, 2026, 2027]).calendar;
const add = (cal: HolidayCalendar) => (d: string, n: number) => addWorkdays(cal, d, n);
const issued = (date: string, extra: StageRecord[] = []): StageRecord[] => [
  { stage: 'draft', outcome: 'done', date, who: '', notes: '', skipReason: '' },
  ...(['consult', 'review', 'evaluate', 'approve'] as const).map((stage) => ({ stage, outcome: 'skipped' as const, date, who: '', notes: '', skipReason: '补录' })),
  { stage: 'issue', outcome: 'done', date, who: '', notes: '', skipReason: '' },
  ...extra,
];

describe('备案 deadline: 20 working days after 印发, on the real holiday calendar', () => {
  it('印发 2026-09-25 (中秋) → 2026-10-29: skips 国庆 and counts Saturday 2026-10-10 (调休上班)', () => {
    expect(filingDue('2026-09-25', 20, add(real))).toBe('2026-10-29');
    expect(isWorkday(real, '2026-10-10')).toBe(true);
    for (let d = '2026-10-01'; d <= '2026-10-07'; d = addDays(d, 1)) expect(isWorkday(real, d)).toBe(false);
    // Without the make-up Saturday the count would end a day later.
    const noMakeup = buildCalendar([...real.byDate.values()].filter((d) => d.date !== '2026-10-10'));
    expect(filingDue('2026-09-25', 20, add(noMakeup))).toBe('2026-10-30');
  });

  it.each([
    // 春节 2026: 15–23 February off, Saturdays 14 and 28 February worked.
    ['2026-02-10', '2026-03-16'],
    ['2026-02-06', '2026-03-12'],
    // Across 元旦 2026 (1–3 January off, Sunday 4 January worked).
    ['2025-12-20', '2026-01-19'],
    // Across 劳动节 2026 (1–5 May off, Saturday 9 May worked).
    ['2026-04-30', '2026-06-01'],
    // Across the year end into 2027.
    ['2026-12-15', '2027-01-13'],
    ['2026-09-30', '2026-11-03'],
  ])('印发 %s → 备案 by %s', (issue, due) => {
    expect(filingDue(issue, 20, add(real))).toBe(due);
    expect(workdaysBetween(real, issue, due)).toBe(20);
  });

  it('is a working day and exactly n working days after 印发 (property, 2025–2027)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2025-01-01'), max: dayNumber('2026-11-30') }).map(fromDayNumber), fc.integer({ min: 1, max: 60 }), (d, n) => {
        const due = filingDue(d, n, add(real));
        expect(isWorkday(real, due)).toBe(true);
        expect(workdaysBetween(real, d, due)).toBe(n);
        // The day before the deadline is still inside it: one working day fewer (or the same count on an off day).
        expect(workdaysBetween(real, d, addDays(due, -1))).toBe(n - 1);
      }),
    );
  });

  it('is open, due soon, overdue, or done (late when filed after the due date)', () => {
    const stages = issued('2026-09-25');
    expect(filingDeadline(stages, 20, add(real), '2026-10-09')).toMatchObject({ kind: 'filing', due: '2026-10-29', state: 'ok', daysOverdue: -20 });
    expect(filingDeadline(stages, 20, add(real), '2026-10-25')).toMatchObject({ state: 'due_soon', daysOverdue: -4 });
    expect(filingDeadline(stages, 20, add(real), '2026-10-29')).toMatchObject({ state: 'due_soon', daysOverdue: 0 });
    expect(filingDeadline(stages, 20, add(real), '2026-10-30')).toMatchObject({ state: 'overdue', daysOverdue: 1 });
    const filedLate = issued('2026-09-25', [{ stage: 'file', outcome: 'done', date: '2026-11-02', who: '', notes: '', skipReason: '' }]);
    expect(filingDeadline(filedLate, 20, add(real), '2026-12-01')).toMatchObject({ state: 'done', metOn: '2026-11-02', late: true });
    const filedOnTime = issued('2026-09-25', [{ stage: 'file', outcome: 'done', date: '2026-10-29', who: '', notes: '', skipReason: '' }]);
    expect(filingDeadline(filedOnTime, 20, add(real), '2026-12-01')).toMatchObject({ state: 'done', late: false });
    const skipped = issued('2026-09-25', [{ stage: 'file', outcome: 'skipped', date: '2026-09-25', who: '', notes: '', skipReason: '内部预案无需备案' }]);
    expect(filingDeadline(skipped, 20, add(real), '2027-01-01')).toMatchObject({ state: 'done', late: false });
    expect(filingDeadline(issued('2026-09-25').slice(0, 3), 20, add(real), '2027-01-01')).toBeNull();
  });

  it('follows a configured number of working days', () => {
    expect(filingDue('2026-09-25', 30, add(real))).toBe(addWorkdays(real, '2026-10-29', 10));
  });
});

describe('evaluation and drill cycles', () => {
  it('adds months and years on the calendar, clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('evaluates every N years after 印发 or the latest evaluation, whichever is later', () => {
    expect(evaluationDeadline('2023-04-20', null, 3, '2026-05-01')).toMatchObject({ kind: 'evaluation', due: '2026-04-20', state: 'overdue', daysOverdue: 11 });
    expect(evaluationDeadline('2023-04-20', '2026-03-01', 3, '2026-05-01')).toMatchObject({ due: '2029-03-01', state: 'ok' });
    // An evaluation of an earlier version does not count for a newer one.
    expect(evaluationDeadline('2026-01-10', '2025-06-01', 3, '2026-05-01')).toMatchObject({ due: '2029-01-10' });
    expect(evaluationDeadline('2026-01-10', null, 5, '2026-05-01')?.due).toBe('2031-01-10');
    expect(evaluationDeadline('2026-01-10', null, 0, '2026-05-01')).toBeNull();
    expect(evaluationDeadline(null, null, 3, '2026-05-01')).toBeNull();
    expect(evaluationDeadline('2023-06-01', null, 3, '2026-04-15')?.state).toBe('due_soon');
  });

  it('drills every N months after the last drill, or after the first issue when never drilled', () => {
    expect(drillDeadline('2025-04-15', null, 12, '2026-05-01')).toMatchObject({ kind: 'drill', due: '2026-04-15', state: 'overdue', daysOverdue: 16 });
    expect(drillDeadline('2025-04-15', '2026-03-20', 12, '2026-05-01')).toMatchObject({ due: '2027-03-20', state: 'ok' });
    expect(drillDeadline('2025-04-15', '2025-06-01', 36, '2026-05-01')?.due).toBe('2028-06-01');
    expect(drillDeadline('2025-04-15', null, 0, '2026-05-01')).toBeNull();
    expect(drillDeadline('2025-04-15', '2025-05-20', 12, '2026-05-01')?.state).toBe('due_soon');
  });

  it('classifies by days left', () => {
    expect(classify('2026-06-10', '2026-06-01', 7)).toBe('ok');
    expect(classify('2026-06-08', '2026-06-01', 7)).toBe('due_soon');
    expect(classify('2026-06-01', '2026-06-01', 7)).toBe('due_soon');
    expect(classify('2026-05-31', '2026-06-01', 7)).toBe('overdue');
  });
});
