import type { Db } from '../../../db/open';
import { deleteDay, replaceYear, upsertDay } from '../../../db/repos/calendar';
import { AppError } from '../../../shared/contract/errors';
import { isCivilDate, isWeekend, weekdayZh, type CivilDate } from '../../../shared/time/civil';
import type { YearArrangement } from './calendar-arrangement';
import { calendarState } from './calendar-context';
import { yearsAround } from './calendar-year';
import type { DayState } from './calendar-audit';

export const HOLIDAY_NAME_MAX = 20;

export interface DayEdit {
  date: CivilDate;
  kind: 'off' | 'workday' | 'normal';
  name: string;
}

/** Check one day's edit; say in Chinese what is wrong, naming the field. */
export function checkDayEdit(input: DayEdit): DayEdit {
  const date = input.date.trim();
  if (!isCivilDate(date)) throw new AppError('invalid_input', `日期无效：“${input.date}”，应为有效日期，如 2026-10-01`, 'date');
  if (date < '2000-01-01' || date > '2100-12-31') throw new AppError('invalid_input', '日期超出范围（2000–2100年）', 'date');
  const name = input.kind === 'normal' ? '' : input.name.trim();
  if (input.kind !== 'normal' && name === '') throw new AppError('invalid_input', '请填写假日名称（如 国庆节）', 'name');
  if (name.length > HOLIDAY_NAME_MAX) throw new AppError('invalid_input', `假日名称最多${HOLIDAY_NAME_MAX}个字`, 'name');
  if (input.kind === 'workday' && !isWeekend(date)) {
    throw new AppError('invalid_input', `${date}是${weekdayZh(date)}，本来就是工作日；调休上班只能设在周六或周日`, 'kind');
  }
  return { date, kind: input.kind, name };
}

/** Copy a year's shipped arrangement into the data file before its first edit. */
function ensureStored(db: Db, a: YearArrangement, now: number): void {
  if (!a.stored) replaceYear(db, a.year, a.basis, a.issued, a.days, now);
}

export interface DayEditResult {
  changed: boolean;
  /** The year whose arrangement now holds the day (or held it, for 普通). */
  year: number;
  before: DayState;
  after: DayState;
}

/**
 * Set one day: 放假 or 调休上班 with a holiday name, or 普通 (back to the plain week).
 * The day is edited in the arrangement it belongs to (30 December may belong to next year's 元旦);
 * a year edited for the first time is stored with its shipped days, the edited day marked manual.
 */
export function editDay(db: Db, edit: DayEdit, now: number): DayEditResult {
  const state = calendarState(db, yearsAround(Number(edit.date.slice(0, 4))));
  const held = state.winners.get(edit.date);
  const before: DayState = held ? { kind: held.day.kind, name: held.day.name, source: held.day.source } : { kind: 'normal', name: '' };
  const ownYear = held?.year ?? Number(edit.date.slice(0, 4));
  if (edit.kind === 'normal') {
    const listing = state.arrangements.filter((a) => a.days.some((d) => d.date === edit.date));
    for (const a of listing) {
      ensureStored(db, a, now);
      deleteDay(db, a.year, edit.date, now);
    }
    return { changed: listing.length > 0, year: ownYear, before, after: { kind: 'normal', name: '' } };
  }
  const after: DayState = { kind: edit.kind, name: edit.name, source: 'manual' };
  if (held && held.day.kind === edit.kind && held.day.name === edit.name) return { changed: false, year: ownYear, before, after: before };
  ensureStored(db, state.arrangements.find((a) => a.year === ownYear)!, now);
  upsertDay(db, ownYear, { date: edit.date, kind: edit.kind, name: edit.name, source: 'manual' }, now);
  return { changed: true, year: ownYear, before, after };
}
