/**
 * Lexing for 国务院办公厅关于YYYY年部分节假日安排的通知: normalise a line of the notice and
 * cut a sentence into date tokens and the text between them.
 */

const CN_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUM = '[〇零一二三四五六七八九十]{1,3}';

/** 一 … 三十一 written in Chinese numerals, or NaN. */
export function chineseNumber(s: string): number {
  if (s === '十') return 10;
  const tens = s.indexOf('十');
  if (tens >= 0) {
    const hi = tens === 0 ? 1 : (CN_DIGITS[s.slice(0, tens)] ?? NaN);
    const lo = tens === s.length - 1 ? 0 : (CN_DIGITS[s.slice(tens + 1)] ?? NaN);
    return hi * 10 + lo;
  }
  return s.length === 1 ? (CN_DIGITS[s] ?? NaN) : NaN;
}

const cnDate = (m: string, d: string): string => `${chineseNumber(m)}月${chineseNumber(d)}日`;

/**
 * Full-width digits and brackets to ASCII, whitespace removed, range dashes to 至,
 * 十二月三十一日 to 12月31日.
 */
export function normalizeLine(line: string): string {
  return line
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(new RegExp(`(${CN_NUM})月(${CN_NUM})日`, 'g'), (_, m: string, d: string) => cnDate(m, d))
    .replace(new RegExp(`至(${CN_NUM})日`, 'g'), (_, d: string) => `至${chineseNumber(d)}日`)
    .replace(/(日|\))(?:[-—–~～－]+|到)/g, '$1至');
}

/** A month-day date, the mark of a line that says something about dates. */
export const MONTH_DAY = /\d{1,2}月\d{1,2}日/;

/** A date as written: year and month may be left out (“1月1日至3日”). */
export interface DateToken {
  kind: 'date';
  year?: number;
  month?: number;
  day: number;
  /** Bracketed note after the date: 周四, 星期日, 农历除夕、周二 … */
  note?: string;
}

export interface TextPart {
  kind: 'text';
  text: string;
}

export type Part = DateToken | TextPart;

const TOKEN = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]{0,40})\))?/g;

/** A bracket holding a plain date (“除夕（2月9日）”) is unwrapped; 农历 notes stay notes. */
function unwrapDateBrackets(s: string): string {
  return s.replace(/\(([^()]{0,40})\)/g, (all, inner: string) =>
    MONTH_DAY.test(inner) && !inner.includes('农历') ? inner : all,
  );
}

/** Cut a sentence into date tokens and text; brackets not attached to a date are dropped. */
export function lexSentence(sentence: string): Part[] {
  const s = unwrapDateBrackets(sentence);
  const parts: Part[] = [];
  let at = 0;
  const text = (t: string) => {
    const clean = t.replace(/\([^()]*\)/g, '');
    if (clean !== '') parts.push({ kind: 'text', text: clean });
  };
  for (const m of s.matchAll(TOKEN)) {
    text(s.slice(at, m.index));
    const token: DateToken = { kind: 'date', day: Number(m[3]) };
    if (m[1] !== undefined) token.year = Number(m[1]);
    if (m[2] !== undefined) token.month = Number(m[2]);
    if (m[4] !== undefined) token.note = m[4];
    parts.push(token);
    at = m.index + m[0].length;
  }
  text(s.slice(at));
  return parts;
}

const WEEKDAY_CHARS = '日一二三四五六';

/** The weekday (0 = Sunday) a note names — 周四, 星期日, 礼拜天 — or undefined. */
export function weekdayInNote(note: string): number | undefined {
  const m = /(?:周|星期|礼拜)([日天一二三四五六])/.exec(note);
  if (!m || m[1] === undefined) return undefined;
  return m[1] === '天' ? 0 : WEEKDAY_CHARS.indexOf(m[1]);
}
