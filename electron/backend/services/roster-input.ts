import { AppError } from '../../../shared/contract/errors';
import { ROSTER_RANGE_MAX_DAYS } from '../../../shared/contract/roster';
import { addDays, diffDays, type CivilDate } from '../../../shared/time/civil';

const invalid = (message: string, field: string) => new AppError('invalid_input', message, field);

/** A date range the roster can work on: both ends within 2000–2100, in order, at most a year long. */
export function checkRange(from: CivilDate, to: CivilDate, max = ROSTER_RANGE_MAX_DAYS): { from: CivilDate; to: CivilDate } {
  if (from < '2000-01-01' || from > '2100-12-31') throw invalid('开始日期超出范围（2000–2100年）', 'from');
  if (to < '2000-01-01' || to > '2100-12-31') throw invalid('结束日期超出范围（2000–2100年）', 'to');
  if (to < from) throw invalid(`结束日期（${to}）不能早于开始日期（${from}）`, 'to');
  if (diffDays(to, from) + 1 > max) throw invalid(`一次最多${max}天，请缩小日期范围`, 'to');
  return { from, to };
}

/** The window of stored rows an edit on [from, to] must look at for the rest rule. */
export function restWindow(from: CivilDate, to: CivilDate, minRestDays: number): { from: CivilDate; to: CivilDate } {
  return { from: addDays(from, -(minRestDays + 1)), to: addDays(to, minRestDays + 1) };
}
