/** Cell text as township spreadsheets hold it: full-width characters, stray spaces, line breaks. */

/** Full-width ASCII (Ａ１（) to half-width, ideographic and no-break spaces to plain spaces. */
const WIDE = /[\uFF01-\uFF5E\u3000\u00A0\u2002-\u200B\uFEFF]/;
/** What cell values fold: full-width letters and digits, odd spaces — not Chinese punctuation (，、（）：). */
const WIDE_VALUE = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000\u00A0\u2002-\u200B\uFEFF]/;
/** Text that needs no cleaning: no full-width letters or digits, no odd spaces, breaks or tabs, single inner spaces. */
const CLEAN = /^(?:[^\s\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000\u00A0\u2002-\u200B\uFEFF]+(?: [^\s\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000\u00A0\u2002-\u200B\uFEFF]+)*)?$/;

/** Everything full-width to half-width (for matching header words and levels). */
export function foldWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3000\u00A0\u2002-\u200B\uFEFF]/g, ' ');
}

/** Full-width letters and digits to half-width and odd spaces to plain ones; Chinese punctuation stays. */
export function foldValue(s: string): string {
  if (!WIDE_VALUE.test(s)) return s;
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3000\u00A0\u2002-\u200B\uFEFF]/g, ' ');
}

/** Fold full-width letters and digits, unify line breaks, trim each line, collapse runs of spaces; keeps single line breaks. */
export function cleanText(raw: string): string {
  if (CLEAN.test(raw)) return raw;
  return foldValue(raw)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** One line: line breaks become spaces. */
export function cleanLine(raw: string): string {
  if (CLEAN.test(raw)) return raw;
  return cleanText(raw).replace(/\n/g, ' ');
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * A person's name: “王\u3000五” (padded to align) → “王五”; spaces kept only between Latin letters.
 * A trailing role note in brackets is split off: “张三（兼）” → name 张三, note 兼.
 */
export function cleanName(raw: string): { name: string; note: string } {
  let s = cleanLine(raw);
  let note = '';
  // Only a role note is split off; “王伟（大）” keeps its bracket, which tells two 王伟 apart.
  const m = /^(.+?)\s*[(（[【](兼|兼任|兼职|代|代理|主持工作|挂职|驻村|驻村干部|女|男)[)）\]】]$/.exec(s);
  if (m) {
    s = m[1]!;
    note = m[2]!.trim();
  }
  s = s.replace(/\s+/g, (sp, i: number, all: string) => (CJK.test(all[i - 1] ?? '') || CJK.test(all[i + sp.length] ?? '') ? '' : ' '));
  return { name: s.trim(), note };
}

/** Header text for matching: no spaces or breaks, no required-field stars, no trailing colon, ASCII brackets. */
export function headerKey(raw: string): string {
  return foldWidth(raw)
    .replace(/[\s*＊]/g, '')
    .replace(/[:：]$/, '')
    .replace(/[（【[]/g, '(')
    .replace(/[）】\]]/g, ')');
}

/** The header key without any bracketed part: “联系电话(手机)” → “联系电话”. */
export function stripBrackets(key: string): string {
  return key.replace(/\([^()]*\)/g, '');
}

/** A, B, …, Z, AA, AB … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A whole count as written in a cell: “12”, “１２户”, “12.0”; null when empty; NaN when not a count. */
export function parseCount(raw: string): number | null {
  const s = cleanLine(raw).replace(/[户人个,，]/g, '').trim();
  if (s === '') return null;
  if (!/^\d+(\.0+)?$/.test(s)) return Number.NaN;
  return Number.parseInt(s, 10);
}

/** Longest cell text shown back in a preview or a message (a cell may hold a megabyte). */
export const SHOWN_TEXT_MAX = 200;

/** Text cut to `max` characters with an ellipsis (never between the two halves of a surrogate pair). */
export function clipText(s: string, max = SHOWN_TEXT_MAX): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/** A message with each quoted value (“…”) cut to SHOWN_TEXT_MAX characters, and the whole kept to a few of those. */
export function clipMessage(message: string): string {
  if (message.length <= SHOWN_TEXT_MAX) return message;
  const clipped = message.replace(/“([^”]*)”/g, (m, v: string) => (v.length > SHOWN_TEXT_MAX ? `“${clipText(v)}”` : m));
  return clipText(clipped, SHOWN_TEXT_MAX * 3);
}
