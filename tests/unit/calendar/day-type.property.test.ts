import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addWorkdays,
  buildCalendar,
  calendarForYears,
  isWorkday,
  previousWorkday,
  workdaysBetween,
  type HolidayCalendar,
  type HolidayDay,
} from '../../../shared/calendar';
import { addDays, dayNumber, fromDayNumber } from '../../../shared/time/civil';

const real = calendarForYears([2023, 2024, 2025, 2026, 2027, 2028]).calendar;

/** A date from mid-2023 to the end of 2027. */
const date = fc.integer({ min: dayNumber('2023-06-01'), max: dayNumber('2027-12-31') }).map(fromDayNumber);

/** A random arrangement: up to 60 entries, off or workday, in 2026 (any weekday, any weekend). */
const randomCalendar: fc.Arbitrary<HolidayCalendar> = fc
  .array(
    fc.record({
      offset: fc.integer({ min: 0, max: 364 }),
      kind: fc.constantFrom<HolidayDay['kind']>('off', 'workday'),
    }),
    { maxLength: 60 },
  )
  .map((entries) => buildCalendar(entries.map((e) => ({ date: addDays('2026-01-01', e.offset), kind: e.kind, name: '测试' }))));

const calendars = fc.oneof(fc.constant(real), randomCalendar);
const n = fc.integer({ min: 1, max: 80 });

describe('working-day arithmetic, properties', () => {
  it('addWorkdays(d, n) is a working day after d, and workdaysBetween inverts it', () => {
    fc.assert(
      fc.property(calendars, date, n, (cal, d, k) => {
        const end = addWorkdays(cal, d, k);
        expect(end > d).toBe(true);
        expect(isWorkday(cal, end)).toBe(true);
        expect(workdaysBetween(cal, d, end)).toBe(k);
        expect(workdaysBetween(cal, end, d)).toBe(-k);
      }),
    );
  });

  it('previousWorkday undoes addWorkdays from a working day', () => {
    fc.assert(
      fc.property(calendars, date, n, (cal, d, k) => {
        fc.pre(isWorkday(cal, d));
        expect(previousWorkday(cal, addWorkdays(cal, d, k), k)).toBe(d);
      }),
    );
  });

  it('addWorkdays is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(calendars, date, date, n, n, (cal, d1, d2, k1, k2) => {
        const [a, b] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const [lo, hi] = k1 <= k2 ? [k1, k2] : [k2, k1];
        expect(addWorkdays(cal, a, lo) <= addWorkdays(cal, a, hi)).toBe(true);
        if (lo < hi) expect(addWorkdays(cal, a, lo) < addWorkdays(cal, a, hi)).toBe(true);
        expect(addWorkdays(cal, a, lo) <= addWorkdays(cal, b, lo)).toBe(true);
      }),
    );
  });

  it('adding in two steps equals adding at once', () => {
    fc.assert(
      fc.property(calendars, date, n, n, (cal, d, k1, k2) => {
        expect(addWorkdays(cal, addWorkdays(cal, d, k1), k2)).toBe(addWorkdays(cal, d, k1 + k2));
      }),
    );
  });

  it('workdaysBetween is additive over an intermediate date', () => {
    fc.assert(
      fc.property(calendars, date, date, date, (cal, a, b, c) => {
        expect(workdaysBetween(cal, a, b) + workdaysBetween(cal, b, c)).toBe(workdaysBetween(cal, a, c));
      }),
    );
  });
});
