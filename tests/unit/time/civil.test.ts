import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  civilDateOf,
  dateRange,
  dayNumber,
  dutyDayOf,
  formatInstant,
  fromDayNumber,
  instantAt,
  isCivilDate,
  monthRange,
  stampOf,
  timeOfDayOf,
  weekday,
  weekdayZh,
} from '../../../shared/time/civil';
import { manualClock, offsetClock } from '../../../shared/time/clock';

describe('civil dates', () => {
  it.each([
    ['2026-11-30', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-4-1', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
  ])('isCivilDate(%s) = %s', (s, ok) => expect(isCivilDate(s)).toBe(ok));

  it('knows weekdays of real dates', () => {
    expect(weekday('2026-11-30')).toBe(1);
    expect(weekdayZh('2026-10-01')).toBe('星期四');
    expect(weekday('2024-02-10')).toBe(6);
    expect(weekday('1970-01-01')).toBe(4);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(dateRange('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(monthRange(2026, 2)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('dayNumber and fromDayNumber are inverse (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const d = fromDayNumber(n);
        expect(isCivilDate(d)).toBe(true);
        expect(dayNumber(d)).toBe(n);
      }),
    );
  });
});

describe('office time (Asia/Shanghai) whatever the machine zone', () => {
  // 2026-11-30 12:00 in Shanghai is 04:00 UTC.
  const noon = Date.UTC(2026, 10, 30, 4, 0, 0);

  it('computes the office wall clock from an instant', () => {
    expect(instantAt('2026-11-30', '12:00')).toBe(noon);
    expect(civilDateOf(noon)).toBe('2026-11-30');
    expect(timeOfDayOf(noon)).toBe('12:00');
    expect(formatInstant(noon)).toBe('2026-11-30 12:00');
    expect(stampOf(noon + 5_000)).toBe('20261130-120005');
  });

  it('places the office midnight where New York still has yesterday', () => {
    const officeMidnight = instantAt('2026-12-01', '00:00'); // 2026-11-30 16:00 UTC, 11:00 in New York
    expect(civilDateOf(officeMidnight)).toBe('2026-12-01');
    expect(civilDateOf(officeMidnight - 1)).toBe('2026-11-30');
  });

  it('finds the duty day from the shift change', () => {
    expect(dutyDayOf(instantAt('2026-11-30', '08:29'), '08:30')).toBe('2026-11-29');
    expect(dutyDayOf(instantAt('2026-11-30', '08:30'), '08:30')).toBe('2026-11-30');
    expect(dutyDayOf(instantAt('2026-12-01', '03:00'), '08:30')).toBe('2026-11-30');
  });

  it('runs under the zone the test process was given', () => {
    // The suite runs twice: with the machine zone and with TZ=America/New_York (see scripts/test.mjs).
    expect(instantAt('2026-07-01', '12:00')).toBe(Date.UTC(2026, 6, 1, 4, 0, 0));
  });
});

describe('clocks', () => {
  it('manual clock moves only when told', () => {
    const c = manualClock(1000);
    c.advance(500);
    expect(c.now()).toBe(1500);
    c.set(42);
    expect(c.now()).toBe(42);
  });

  it('offset clock follows its base from the chosen instant', () => {
    const base = manualClock(10_000);
    const c = offsetClock(base);
    c.setNow(50_000);
    base.advance(1_000);
    expect(c.now()).toBe(51_000);
    c.reset();
    expect(c.now()).toBe(11_000);
  });
});
