import { civil, isCivilDate, type CivilDate } from '../time/civil';
import { sortDays } from './arrangement';
import { checkArrangement } from './check-arrangement';
import { ISSUE_DATE, parseItemBody } from './notice-item';
import { isStatutoryHolidayName } from './statutory';
import { MONTH_DAY, normalizeLine } from './notice-text';
import type { HolidayDay } from './types';

/** One holiday as the notice states it. */
export interface ParsedHoliday {
  name: string;
  from: CivilDate;
  to: CivilDate;
  offDays: CivilDate[];
  makeupDays: CivilDate[];
  /** Advisory sentences of the item, e.g. 鼓励…安排职工在除夕休息. */
  notes: string[];
}

/** A line that mentions dates but was not understood; its dates are not in `days`. */
export interface UnparsedLine {
  /** 1-based line number in the text given. */
  line: number;
  text: string;
  reason: string;
}

export interface ParsedNotice {
  /** The arrangement's year, from the title (or the `year` argument); null when neither gives one. */
  year: number | null;
  /** 成文日期, when the signature date is present. */
  issued?: CivilDate;
  days: HolidayDay[];
  holidays: ParsedHoliday[];
  unparsed: UnparsedLine[];
  /** Dated sentences of the preamble (before the first item): principles, not days, so not parsed. */
  notes: string[];
  /** Things that parsed but look wrong: a weekday note that does not match, 共N天 that does not add up… */
  warnings: string[];
}

const ITEM_MARK = '(?:[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、．]|\\([一二三四五六七八九十]{1,3}\\))';
const ITEM = new RegExp(`^(${ITEM_MARK})?([^:，。；\\d()]{1,20}):(.*)$`);

/** A numbered item, or an unnumbered line starting with a statutory holiday's name (“春节：…”). */
function itemOf(text: string): { name: string; body: string } | undefined {
  const m = ITEM.exec(text);
  if (!m || m[2] === undefined || m[3] === undefined) return undefined;
  if (m[1] === undefined && !isStatutoryHolidayName(m[2])) return undefined;
  return { name: m[2], body: m[3] };
}
/** Where a notice pasted as one line starts its next item. */
const ITEM_SPLIT = new RegExp(`(?<=[。；])(?=${ITEM_MARK}[^:，。；\\d()]{1,20}:)`, 'g');

interface Segment {
  line: number;
  raw: string;
  text: string;
}

function yearOf(text: string, given: number | undefined, warnings: string[]): number | null {
  const m = /关于(\d{4})年(?:部分)?节假日安排/.exec(text) ?? /现将(\d{4})年[^。]{0,40}?放假/.exec(text);
  const titled = m ? Number(m[1]) : undefined;
  if (titled !== undefined && given !== undefined && titled !== given) {
    warnings.push(`通知标题是${titled}年，与指定的${given}年不同，按标题的${titled}年解析`);
  }
  return titled ?? given ?? null;
}

/** Lines as segments: items split where a line holds several, wrapped item lines joined back. */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let joinable = false;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = normalizeLine(raw);
    if (line === '') joinable = false;
    const pieces = line.split(ITEM_SPLIT).filter((p) => p !== '');
    for (const piece of pieces) {
      // A line holding several items shows each item's own (normalised) text.
      const shown = pieces.length > 1 ? piece : raw.trim();
      const open = out[out.length - 1];
      if (open && joinable && !itemOf(piece)) {
        open.text += piece;
        open.raw += shown;
      } else out.push({ line: i + 1, raw: shown, text: piece });
      const last = out[out.length - 1];
      joinable = last !== undefined && itemOf(last.text) !== undefined && !/[。；]$/.test(last.text);
    }
  });
  return out;
}

/**
 * Read the text of a 国务院办公厅关于YYYY年部分节假日安排的通知 into an arrangement.
 * Understands numbered items (“一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。”),
 * ranges across months and years, “与周末连休”, “放假1天，不调休”, “补休”, weekday and 农历 notes,
 * combined holidays and lists of make-up days. Never throws: a line it cannot read that mentions
 * dates comes back in `unparsed` and contributes no days.
 */
export function parseStateCouncilNotice(text: string, year?: number): ParsedNotice {
  const warnings: string[] = [];
  const result: ParsedNotice = { year: yearOf(normalizeLine(text), year, warnings), days: [], holidays: [], unparsed: [], notes: [], warnings };
  const segs = segments(text);
  const firstItem = segs.findIndex((s) => itemOf(s.text) !== undefined);
  segs.forEach((seg, i) => {
    const item = itemOf(seg.text);
    const issued = ISSUE_DATE.exec(seg.text);
    if (issued && isCivilDate(civil(Number(issued[1]), Number(issued[2]), Number(issued[3])))) {
      result.issued = civil(Number(issued[1]), Number(issued[2]), Number(issued[3]));
    } else if (!item) {
      if (!MONTH_DAY.test(seg.text)) return;
      if (i < firstItem) result.notes.push(seg.raw);
      else result.unparsed.push({ line: seg.line, text: seg.raw, reason: '不是放假安排条目（如“一、元旦：……”）' });
    } else if (!/\d{1,2}日/.test(item.body)) {
      return; // a numbered item without dates (工作要求 …) says nothing about days
    } else if (result.year === null) {
      result.unparsed.push({ line: seg.line, text: seg.raw, reason: '没有找到年份：请在标题写明或指定年份' });
    } else {
      addItem(result, seg, item.name, item.body, result.year);
    }
  });
  result.days = sortDays(result.days);
  warnings.push(...checkArrangement(result.days));
  return result;
}

function addItem(result: ParsedNotice, seg: Segment, name: string, body: string, year: number): void {
  const r = parseItemBody(name, body, year);
  if (r.issued) result.issued = r.issued;
  if (r.errors.length > 0) {
    result.unparsed.push({ line: seg.line, text: seg.raw, reason: r.errors.join('；') });
    return;
  }
  const from = r.off[0];
  const to = r.off[r.off.length - 1];
  if (from === undefined || to === undefined) return;
  result.warnings.push(...r.warnings);
  result.holidays.push({ name, from, to, offDays: r.off, makeupDays: r.makeup, notes: r.notes });
  for (const date of r.off) result.days.push({ date, kind: 'off', name });
  for (const date of r.makeup) result.days.push({ date, kind: 'workday', name });
}
