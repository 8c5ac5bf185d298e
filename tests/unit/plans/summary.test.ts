import { describe, expect, it } from 'vitest';
import { addWorkdays, calendarForYears } from '../../../shared/calendar';
import { DEFAULT_CYCLES, STAGES, cyclesWithDefaults, summarizePlan, type StageRecord, type VersionFacts } from '../../../shared/plans';

const cal = calendarForYears([2023, 2024, 2025, 2026, 2027]).calendar;
const deps = (today: string) => ({ today, addWorkdays: (d: string, n: number) => addWorkdays(cal, d, n) });
const rec = (stage: StageRecord['stage'], date: string): StageRecord => ({ stage, outcome: 'done', date, who: '', notes: '', skipReason: '' });
const through = (last: StageRecord['stage'], date: string, filed?: string): StageRecord[] => [
  ...STAGES.slice(0, STAGES.indexOf(last) + 1).map((s) => rec(s, date)),
  ...(filed ? [rec('file', filed)] : []),
];
const v = (seq: number, stages: StageRecord[], label = ''): VersionFacts => ({ id: seq * 10, seq, label, docNo: `文号${seq}`, stages });
const grassroots = DEFAULT_CYCLES.grassroots;

describe('where a plan stands', () => {
  it('is 编制中 until its first version is issued, with no deadlines', () => {
    const s = summarizePlan({ versions: [v(1, through('consult', '2026-09-01'))], lastDrill: null, lastEvaluation: null }, grassroots, deps('2026-10-09'));
    expect(s).toMatchObject({ status: 'drafting', current: null, deadlines: [], working: { seq: 1, next: 'review', last: 'consult' } });
  });

  it('is 待备案 once issued, then 已备案', () => {
    const unfiled = summarizePlan({ versions: [v(1, through('issue', '2026-09-25'))], lastDrill: null, lastEvaluation: null }, grassroots, deps('2026-10-09'));
    expect(unfiled.status).toBe('unfiled');
    expect(unfiled.current).toMatchObject({ seq: 1, issued: '2026-09-25', filed: null, docNo: '文号1' });
    expect(unfiled.deadlines.map((d) => [d.kind, d.due])).toEqual([
      ['filing', '2026-10-29'],
      ['evaluation', '2029-09-25'],
      ['drill', '2027-09-25'],
    ]);
    const filed = summarizePlan({ versions: [v(1, through('issue', '2026-09-25', '2026-10-20'))], lastDrill: null, lastEvaluation: null }, grassroots, deps('2026-11-30'));
    expect(filed.status).toBe('filed');
    expect(filed.current?.filed).toBe('2026-10-20');
  });

  it('is 逾期 when any deadline has passed', () => {
    const late = summarizePlan({ versions: [v(1, through('issue', '2026-09-25'))], lastDrill: null, lastEvaluation: null }, grassroots, deps('2026-10-30'));
    expect(late.status).toBe('overdue');
    const noDrill = summarizePlan({ versions: [v(1, through('issue', '2024-03-01', '2024-03-10'))], lastDrill: null, lastEvaluation: null }, grassroots, deps('2026-10-30'));
    expect(noDrill.status).toBe('overdue');
    expect(noDrill.deadlines.filter((d) => d.state === 'overdue').map((d) => d.kind)).toEqual(['drill']);
  });

  it('is 修订中 while a newer version is under way; the issued one stays in force', () => {
    const s = summarizePlan(
      { versions: [v(1, through('issue', '2021-05-10', '2021-06-01')), v(2, through('consult', '2026-09-01'))], lastDrill: '2026-07-01', lastEvaluation: '2026-08-01' },
      grassroots,
      deps('2026-10-09'),
    );
    expect(s.status).toBe('revising');
    expect(s.current?.seq).toBe(1);
    expect(s.working).toMatchObject({ seq: 2, next: 'review' });
    // The drill cycle continues from the last drill; the first issue date is only the fallback.
    expect(s.deadlines.find((d) => d.kind === 'drill')?.due).toBe('2027-07-01');
  });

  it('moves the current version to the newest issued one', () => {
    const s = summarizePlan(
      { versions: [v(1, through('issue', '2021-05-10', '2021-06-01')), v(2, through('issue', '2026-09-25'))], lastDrill: '2026-07-01', lastEvaluation: null },
      grassroots,
      deps('2026-10-09'),
    );
    expect(s.current).toMatchObject({ seq: 2, issued: '2026-09-25' });
    expect(s.working).toBeNull();
    expect(s.status).toBe('unfiled');
  });

  it('uses the configured cycles; 0 switches a deadline off', () => {
    const cycles = cyclesWithDefaults([{ category: 'grassroots', filingWorkdays: 10, evaluationYears: 0, drillMonths: 0 }]);
    const s = summarizePlan({ versions: [v(1, through('issue', '2026-09-25'))], lastDrill: null, lastEvaluation: null }, cycles.grassroots, deps('2026-10-09'));
    expect(s.deadlines.map((d) => [d.kind, d.due])).toEqual([['filing', addWorkdays(cal, '2026-09-25', 10)]]);
    expect(cycles.special).toEqual(DEFAULT_CYCLES.special);
  });
});
