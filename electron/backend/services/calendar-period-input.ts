import { AppError } from '../../../shared/contract/errors';
import type { PeriodData } from '../../../db/repos/calendar-periods';
import { diffDays, isCivilDate } from '../../../shared/time/civil';

export const PERIOD_NAME_MAX = 30;
export const PERIOD_NOTE_MAX = 200;
export const PERIOD_MAX_DAYS = 366;
export const DUTY_OFFICERS_MAX = 20;

const invalid = (message: string, field: string) => new AppError('invalid_input', message, field);

function date(value: string, field: string, label: string): string {
  const v = value.trim();
  if (!isCivilDate(v)) throw invalid(`${label}无效：“${value}”，应为有效日期，如 2026-06-01`, field);
  if (v < '2000-01-01' || v > '2100-12-31') throw invalid(`${label}超出范围（2000–2100年）`, field);
  return v;
}

/**
 * Check an important period's fields and say what is wrong in Chinese, naming the field.
 * (The contract checks the types; what the values mean is checked here.)
 */
export function periodData(input: PeriodData): PeriodData {
  const name = input.name.trim();
  if (name === '') throw invalid('时段名称不能为空', 'name');
  if (name.length > PERIOD_NAME_MAX) throw invalid(`时段名称最多${PERIOD_NAME_MAX}个字`, 'name');
  const from = date(input.from, 'from', '开始日期');
  const to = date(input.to, 'to', '结束日期');
  if (to < from) throw invalid(`结束日期（${to}）不能早于开始日期（${from}）`, 'to');
  if (diffDays(to, from) + 1 > PERIOD_MAX_DAYS) throw invalid(`一个时段最长${PERIOD_MAX_DAYS}天，请分成几段`, 'to');
  if (input.dutyOfficers < 1 || input.dutyOfficers > DUTY_OFFICERS_MAX) {
    throw invalid(`每日值班员人数应为1到${DUTY_OFFICERS_MAX}人`, 'dutyOfficers');
  }
  const note = input.note.trim();
  if (note.length > PERIOD_NOTE_MAX) throw invalid(`备注最多${PERIOD_NOTE_MAX}个字`, 'note');
  return { name, from, to, kind: input.kind, zeroReport: input.zeroReport, dutyOfficers: input.dutyOfficers, note };
}
