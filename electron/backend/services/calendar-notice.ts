import type { Db } from '../../../db/open';
import { parseStateCouncilNotice, type ParsedNotice } from '../../../shared/calendar/index';
import type { NoticeDayRow, NoticePreview } from '../../../shared/contract/calendar';
import { isEstimated, yearArrangement, type YearArrangement } from './calendar-arrangement';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** Why a parsed notice cannot be imported as it stands, or null. */
export function noticeProblem(parsed: ParsedNotice): string | null {
  if (parsed.year === null) return '没有找到年份：通知标题应为“国务院办公厅关于YYYY年部分节假日安排的通知”，或先选择年份。';
  if (parsed.year < MIN_YEAR || parsed.year > MAX_YEAR) return `年份${parsed.year}超出范围（${MIN_YEAR}–${MAX_YEAR}年）。`;
  if (parsed.days.length === 0) return '没有识别出任何放假或上班日期，请检查粘贴的是否为通知全文。';
  return null;
}

/** Compare a notice's days with the year's current arrangement. */
export function noticeDiff(parsed: ParsedNotice, current: YearArrangement): Pick<NoticePreview, 'days' | 'removed'> {
  const now = new Map(current.days.map((d) => [d.date, d] as const));
  const listed = new Set(parsed.days.map((d) => d.date));
  const days = parsed.days.map((d): NoticeDayRow => {
    const b = now.get(d.date);
    const row: NoticeDayRow = { date: d.date, kind: d.kind, name: d.name, change: !b ? 'new' : b.kind === d.kind && b.name === d.name ? 'same' : 'changed' };
    if (b) row.before = { kind: b.kind, name: b.name };
    return row;
  });
  const removed = current.days.filter((d) => !listed.has(d.date)).map((d) => ({ date: d.date, kind: d.kind, name: d.name }));
  return { days, removed };
}

/** Parse a pasted notice and compare it with what the year has now. Never writes. */
export function previewNotice(db: Db, text: string, year?: number): { parsed: ParsedNotice; preview: NoticePreview } {
  const parsed = parseStateCouncilNotice(text, year);
  const problem = noticeProblem(parsed);
  const current = parsed.year !== null && problem === null ? yearArrangement(db, parsed.year) : null;
  const diff = current ? noticeDiff(parsed, current) : { days: parsed.days.map((d): NoticeDayRow => ({ date: d.date, kind: d.kind, name: d.name, change: 'new' })), removed: [] };
  return {
    parsed,
    preview: {
      year: parsed.year,
      issued: parsed.issued ?? null,
      holidays: parsed.holidays,
      ...diff,
      unparsed: parsed.unparsed,
      notes: parsed.notes,
      warnings: parsed.warnings,
      current: current ? { basis: current.basis, stored: current.stored, estimated: isEstimated(current) } : null,
      problem,
    },
  };
}
