import { Lunar, Solar } from 'lunar-typescript';
import { addDays, civil, type CivilDate } from '../time/civil';

/** lunar-typescript works in whole days (no time zone), so its solar dates are civil dates. */
function toCivil(s: Solar): CivilDate {
  return civil(s.getYear(), s.getMonth(), s.getDay());
}

/** The Gregorian date of a (non-leap) lunar month/day in the lunar year that begins in `year`. */
export function lunarDate(year: number, month: number, day: number): CivilDate {
  return toCivil(Lunar.fromYmd(year, month, day).getSolar());
}

/** 春节 (正月初一) of `year`. */
export function springFestival(year: number): CivilDate {
  return lunarDate(year, 1, 1);
}

/** 除夕: the last day of the lunar year, the eve of 春节. */
export function lunarNewYearsEve(year: number): CivilDate {
  return addDays(springFestival(year), -1);
}

/** 端午 (五月初五). */
export function dragonBoatFestival(year: number): CivilDate {
  return lunarDate(year, 5, 5);
}

/** 中秋 (八月十五). */
export function midAutumnFestival(year: number): CivilDate {
  return lunarDate(year, 8, 15);
}

/** 清明: the day of the solar term 清明 (4 or 5 April). */
export function qingming(year: number): CivilDate {
  const term = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()['清明'];
  if (!term || term.getYear() !== year) throw new RangeError(`无法计算${year}年清明`);
  return toCivil(term);
}
