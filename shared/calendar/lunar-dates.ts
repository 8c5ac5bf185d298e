import { Lunar, Solar } from 'lunar-typescript';
import { addDays, civil, type CivilDate } from '../time/civil';
import { LUNAR_TABLE, LUNAR_TABLE_FROM } from './lunar-table';

/** lunar-typescript works in whole days (no time zone), so its solar dates are civil dates. */
function toCivil(s: Solar): CivilDate {
  return civil(s.getYear(), s.getMonth(), s.getDay());
}

/** Column of the table (lunar-table.ts) for each of its dates. */
const SPRING = 0;
const DRAGON_BOAT = 1;
const MID_AUTUMN = 2;
const QINGMING = 3;

/** A date of `year` from the precomputed table, or null outside its years. */
function fromTable(year: number, column: number): CivilDate | null {
  const k = (year - LUNAR_TABLE_FROM) * 4 + column;
  if (!Number.isInteger(year) || k < 0 || k >= LUNAR_TABLE.length) return null;
  const md = LUNAR_TABLE[k]!;
  return civil(year, Math.floor(md / 100), md % 100);
}

/** The Gregorian date of a (non-leap) lunar month/day in the lunar year that begins in `year`. */
export function lunarDate(year: number, month: number, day: number): CivilDate {
  return toCivil(Lunar.fromYmd(year, month, day).getSolar());
}

/** 春节 (正月初一) of `year`. */
export function springFestival(year: number): CivilDate {
  return fromTable(year, SPRING) ?? lunarDate(year, 1, 1);
}

/** 除夕: the last day of the lunar year, the eve of 春节. */
export function lunarNewYearsEve(year: number): CivilDate {
  return addDays(springFestival(year), -1);
}

/** 端午 (五月初五). */
export function dragonBoatFestival(year: number): CivilDate {
  return fromTable(year, DRAGON_BOAT) ?? lunarDate(year, 5, 5);
}

/** 中秋 (八月十五). */
export function midAutumnFestival(year: number): CivilDate {
  return fromTable(year, MID_AUTUMN) ?? lunarDate(year, 8, 15);
}

/** 清明: the day of the solar term 清明 (4 or 5 April). */
export function qingming(year: number): CivilDate {
  return fromTable(year, QINGMING) ?? computeQingming(year);
}

/** The four dates of lunar-table.ts computed with lunar-typescript (what the table holds; for its test). */
export function computeLunarDates(year: number): [spring: CivilDate, dragonBoat: CivilDate, midAutumn: CivilDate, qingming: CivilDate] {
  return [lunarDate(year, 1, 1), lunarDate(year, 5, 5), lunarDate(year, 8, 15), computeQingming(year)];
}

function computeQingming(year: number): CivilDate {
  const term = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()['清明'];
  if (!term || term.getYear() !== year) throw new RangeError(`无法计算${year}年清明`);
  return toCivil(term);
}
