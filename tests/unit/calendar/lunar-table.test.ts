import { describe, expect, it } from 'vitest';
import { computeLunarDates, dragonBoatFestival, midAutumnFestival, qingming, springFestival } from '../../../shared/calendar/lunar-dates';
import { LUNAR_TABLE, LUNAR_TABLE_FROM } from '../../../shared/calendar/lunar-table';

describe('precomputed lunar dates', () => {
  it('hold, for every year of the table, what lunar-typescript computes', () => {
    const years = LUNAR_TABLE.length / 4;
    expect(Number.isInteger(years)).toBe(true);
    for (let y = LUNAR_TABLE_FROM; y < LUNAR_TABLE_FROM + years; y++) {
      expect([springFestival(y), dragonBoatFestival(y), midAutumnFestival(y), qingming(y)], String(y)).toEqual(computeLunarDates(y));
    }
  });

  it('fall back to lunar-typescript outside the table', () => {
    const y = LUNAR_TABLE_FROM + LUNAR_TABLE.length / 4;
    expect([springFestival(y), dragonBoatFestival(y), midAutumnFestival(y), qingming(y)]).toEqual(computeLunarDates(y));
    expect(springFestival(LUNAR_TABLE_FROM - 1)).toBe(computeLunarDates(LUNAR_TABLE_FROM - 1)[0]);
    expect(springFestival(2026)).toBe('2026-02-17');
  });
});
