import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, occurrencesBetween, planTick, satisfiedBy, type Occurrence } from '../../../shared/reminders';
import { dateRange, timeOfDayOf, formatInstant } from '../../../shared/time/civil';
import { manualClock } from '../../../shared/time/clock';
import { at, ctx, desk, MINUTE, type Persisted } from './fixtures';

const DAY = '2026-07-01';
const never = () => false;
const fresh = (lastTick: number | null): Persisted => ({ keys: new Set(), lastTick });

describe('planTick: the 12:00 sequence', () => {
  it('delivers 11:00, 11:40, 12:00, 12:15 as the cron wakes at each rule time', () => {
    const clock = manualClock(at(DAY, '08:00'));
    const d = desk(DEFAULT_RULES, fresh(clock.now()));
    const seen: string[][] = [];
    for (const t of ['11:00', '11:40', '12:00', '12:15']) {
      clock.set(at(DAY, t));
      seen.push(d.tick(clock.now()).toDeliver.map((o) => `${timeOfDayOf(o.dueAt)} ${o.title} ${o.catchUp}`));
    }
    expect(seen).toEqual([
      ['11:00 准备每日值班报告 false'],
      ['11:40 距12:00上报还有20分钟 false'],
      ['12:00 每日值班报告已超时未上报 false'],
      ['12:15 每日值班报告已超时未上报 false'],
    ]);
  });

  it('an early submission silences every later reminder of that day', () => {
    const submitted = new Map([[DAY, at(DAY, '11:50')]]);
    const p = fresh(at(DAY, '00:00'));
    const d = desk(DEFAULT_RULES, p, submitted);
    for (let t = at(DAY, '00:01'); t <= at(DAY, '23:59'); t += MINUTE) d.tick(t);
    expect(d.delivered.map((o) => timeOfDayOf(o.dueAt))).toEqual(['11:00', '11:40']);
    expect(p.keys.size).toBe(50);
  });

  it('suppresses satisfied occurrences with their reason and stores them', () => {
    const plan = planTick({
      rules: DEFAULT_RULES,
      lastTick: at(DAY, '11:59'),
      now: at(DAY, '12:00'),
      ctx,
      isSatisfied: satisfiedBy({ reportSubmitted: (date) => date === DAY }),
      existingKeys: new Set(),
    });
    expect(plan.toDeliver).toEqual([]);
    expect(plan.suppressed.map((o) => [timeOfDayOf(o.dueAt), o.reason])).toEqual([['12:00', 'satisfied']]);
    expect(plan.newLastTick).toBe(at(DAY, '12:00'));
  });
});

describe('planTick: catch-up after the app was closed', () => {
  it('closed 10:00–12:58 without a report: one catch-up overdue alert (12:45), not four', () => {
    const d = desk(DEFAULT_RULES, fresh(at(DAY, '10:00')));
    const plan = d.tick(at(DAY, '12:58'));
    expect(plan.toDeliver.map((o) => [timeOfDayOf(o.dueAt), o.ruleId, o.catchUp])).toEqual([['12:45', 'daily-overdue', true]]);
    expect(plan.suppressed.map((o) => `${timeOfDayOf(o.dueAt)} ${o.reason}`)).toEqual([
      '11:00 superseded',
      '11:40 superseded',
      '12:00 superseded',
      '12:15 superseded',
      '12:30 superseded',
    ]);
    expect(d.tick(at(DAY, '12:59')).toDeliver).toEqual([]);
    expect(d.tick(at(DAY, '13:00')).toDeliver.map((o) => [timeOfDayOf(o.dueAt), o.catchUp])).toEqual([['13:00', false]]);
  });

  it('started exactly at 13:00: the due 13:00 repeat is the one alert', () => {
    const plan = desk(DEFAULT_RULES, fresh(at(DAY, '10:00'))).tick(at(DAY, '13:00'));
    expect(plan.toDeliver.map((o) => [timeOfDayOf(o.dueAt), o.catchUp])).toEqual([['13:00', false]]);
    expect(plan.suppressed).toHaveLength(6);
  });

  it('a report submitted while closed means no alert at all', () => {
    const d = desk(DEFAULT_RULES, fresh(at(DAY, '10:00')), new Map([[DAY, at(DAY, '10:30')]]));
    const plan = d.tick(at(DAY, '12:58'));
    expect(plan.toDeliver).toEqual([]);
    expect(plan.suppressed.every((o) => o.reason === 'satisfied')).toBe(true);
  });

  it('one alert per group and day across several closed days; zero reports collapse on their own', () => {
    const d = desk(DEFAULT_RULES, fresh(at('2026-09-30', '10:00')));
    const plan = d.tick(at('2026-10-02', '15:30'));
    expect(plan.toDeliver.map((o) => `${formatInstant(o.dueAt)} ${o.ruleId} ${o.catchUp}`)).toEqual([
      '2026-09-30 23:45 daily-overdue true',
      '2026-10-01 15:00 zero-deadline true',
      '2026-10-01 23:45 daily-overdue true',
      '2026-10-02 15:00 zero-deadline true',
      '2026-10-02 15:30 daily-overdue false',
    ]);
  });

  it('keeps a slightly late wake an ordinary alert and a later one a catch-up (2-minute grace)', () => {
    const plan = (now: number) => desk(DEFAULT_RULES, fresh(at(DAY, '11:30'))).tick(now).toDeliver.map((o) => o.catchUp);
    expect(plan(at(DAY, '11:41'))).toEqual([false]);
    expect(plan(at(DAY, '11:42'))).toEqual([false]);
    expect(plan(at(DAY, '11:43'))).toEqual([true]);
  });

  it('first ever start (lastTick null) catches up today only', () => {
    expect(desk(DEFAULT_RULES, fresh(null)).tick(at(DAY, '10:00')).toDeliver).toEqual([]);
    const plan = desk(DEFAULT_RULES, fresh(null)).tick(at(DAY, '14:05'));
    expect(plan.toDeliver.map((o) => `${formatInstant(o.dueAt)} ${o.catchUp}`)).toEqual(['2026-07-01 14:00 true']);
    expect(plan.suppressed.every((o) => o.date === DAY)).toBe(true);
  });

  it('reaches back at most maxCatchUpDays', () => {
    const lastTick = at('2026-06-01', '10:00');
    const now = at('2026-07-20', '10:00');
    const dates = (n?: number) =>
      planTick({ rules: DEFAULT_RULES, lastTick, now, ctx, isSatisfied: never, existingKeys: new Set(), maxCatchUpDays: n }).toDeliver.map((o) => o.date);
    expect(dates()).toEqual(dateRange('2026-07-13', '2026-07-19'));
    expect(dates(2)).toEqual(['2026-07-18', '2026-07-19']);
    expect(dates(0)).toEqual([]);
  });

  it('delivers nothing when the clock went backwards', () => {
    const plan = planTick({ rules: DEFAULT_RULES, lastTick: at(DAY, '13:00'), now: at(DAY, '12:00'), ctx, isSatisfied: never, existingKeys: new Set() });
    expect(plan).toEqual({ toDeliver: [], suppressed: [], newLastTick: at(DAY, '12:00') });
  });
});

describe('planTick: exactly once across restarts', () => {
  it('a restart from the stored keys never fires an occurrence twice', () => {
    const p = fresh(at(DAY, '10:59'));
    const first = desk(DEFAULT_RULES, p);
    first.tick(at(DAY, '11:00'));
    first.tick(at(DAY, '11:40'), { crashBeforeLastTick: true });
    // Restart: the same persisted keys, last_tick still 11:00 because the app died before saving it.
    const second = desk(DEFAULT_RULES, p);
    expect(second.tick(at(DAY, '11:41')).toDeliver).toEqual([]);
    second.tick(at(DAY, '12:00'));
    // A third start replaying the whole morning from a stale last_tick.
    const third = desk(DEFAULT_RULES, { keys: p.keys, lastTick: at(DAY, '00:00') });
    expect(third.tick(at(DAY, '12:01')).toDeliver).toEqual([]);
    const all = [...first.delivered, ...second.delivered].map((o) => timeOfDayOf(o.dueAt));
    expect(all).toEqual(['11:00', '11:40', '12:00']);
  });

  it('never delivers a key that existingKeys already holds', () => {
    const occ = occurrencesBetween(DEFAULT_RULES, at(DAY, '00:00'), at(DAY, '23:59'), ctx);
    const plan = planTick({
      rules: DEFAULT_RULES,
      lastTick: at(DAY, '00:00'),
      now: at(DAY, '23:59'),
      ctx,
      isSatisfied: never,
      existingKeys: new Set(occ.map((o: Occurrence) => o.key)),
    });
    expect(plan.toDeliver).toEqual([]);
    expect(plan.suppressed).toEqual([]);
  });
});

describe('planTick: a tick every minute for a whole day', () => {
  const run = (date: string) => {
    const d = desk(DEFAULT_RULES, fresh(at(date, '00:00') - 1));
    for (let t = at(date, '00:00'); t < at(date, '00:00') + 24 * 60 * MINUTE; t += MINUTE) d.tick(t);
    return d.delivered;
  };

  it.each([
    ['2026-07-01', 50, []],
    ['2026-09-28', 51, ['09:00 period-notice']],
    ['2026-10-02', 52, ['09:00 zero-collect', '15:00 zero-deadline']],
  ] as const)('%s delivers exactly the expected %i occurrences, on time', (date, n, extra) => {
    const delivered = run(date);
    const expected = occurrencesBetween(DEFAULT_RULES, at(date, '00:00') - 1, at(date, '23:59'), ctx);
    expect(delivered).toHaveLength(n);
    expect(delivered.map((o) => o.key)).toEqual(expected.map((o) => o.key));
    expect(delivered.every((o) => !o.catchUp && o.deliveredAt === o.dueAt)).toBe(true);
    expect(delivered.filter((o) => o.kind !== 'daily_report').map((o) => `${timeOfDayOf(o.dueAt)} ${o.ruleId}`)).toEqual(extra);
  });
});

describe('satisfiedBy', () => {
  it('maps each kind to its fact', () => {
    const is = satisfiedBy({
      reportSubmitted: (d) => d === DAY,
      zeroReportsComplete: (p, d) => p === 'gq2026' && d === '2026-10-02',
      noticeIssued: (p) => p === 'gq2026',
    });
    const o = (kind: Occurrence['kind'], date: string, subject?: string): Occurrence => ({ key: 'k', ruleId: 'r', kind, dueAt: 0, date, title: '', body: '', subject });
    expect([
      is(o('daily_report', DAY)),
      is(o('daily_report', '2026-07-02')),
      is(o('period_deadline', '2026-10-02', 'gq2026')),
      is(o('period_collect', '2026-10-03', 'gq2026')),
      is(o('period_notice', '2026-09-28', 'gq2026')),
      is(o('custom', DAY)),
    ]).toEqual([true, false, true, false, true, false]);
    expect(satisfiedBy({ reportSubmitted: () => true })(o('period_notice', DAY, 'x'))).toBe(false);
  });
});
