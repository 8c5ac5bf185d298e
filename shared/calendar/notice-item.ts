import { addDays, civil, dateRange, dayNumber, isCivilDate, isWeekend, weekday, weekdayZh, type CivilDate } from '../time/civil';
import { lexSentence, weekdayInNote, type DateToken, type Part } from './notice-text';

/** What one numbered item of the notice (“二、春节：…”) says. */
export interface ItemResult {
  off: CivilDate[];
  makeup: CivilDate[];
  /** Advisory sentences (“鼓励各单位…安排职工在除夕休息”), kept, not turned into days. */
  notes: string[];
  warnings: string[];
  /** Why the item could not be understood; when non-empty its days must not be used. */
  errors: string[];
  /** The 成文日期 when a pasted notice runs on into the signature. */
  issued?: CivilDate;
}

type Verb = 'off' | 'work' | 'buxiu';
interface Resolved {
  y: number;
  m: number;
  d: number;
  explicitYear: boolean;
}

const MAX_RANGE_DAYS = 40;
const CONNECTOR = /^(至|、|和|及|以及)$/;
export const ISSUE_DATE = /^(?:国务院办公厅)?(\d{4})年(\d{1,2})月(\d{1,2})日$/;

function verbOf(text: string): Verb | undefined {
  if (text.includes('补休')) return 'buxiu';
  if (text.includes('上班')) return 'work';
  if (text.includes('放假')) return 'off';
  return undefined;
}

const toDate = (r: Resolved): CivilDate => civil(r.y, r.m, r.d);

class ItemParser {
  readonly r: ItemResult = { off: [], makeup: [], notes: [], warnings: [], errors: [] };
  private readonly off = new Set<CivilDate>();
  private readonly makeup = new Set<CivilDate>();
  private prev: Resolved | undefined;
  private joinWeekend = false;
  private buxiu = false;
  private noMakeup = false;
  private readonly counts: number[] = [];

  private readonly name: string;
  private readonly year: number;

  constructor(name: string, year: number) {
    this.name = name;
    this.year = year;
  }

  sentence(s: string): void {
    const issued = ISSUE_DATE.exec(s);
    if (issued) {
      const date = civil(Number(issued[1]), Number(issued[2]), Number(issued[3]));
      if (isCivilDate(date)) this.r.issued = date;
      else this.r.errors.push(`日期无效：${s}`);
      return;
    }
    if (/鼓励|提倡|建议/.test(s)) {
      this.r.notes.push(s);
      return;
    }
    this.prev = undefined;
    for (const clause of splitClauses(lexSentence(s))) this.clause(clause);
  }

  private clause(parts: Part[]): void {
    if (!parts.some((p) => p.kind === 'date')) {
      const text = parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
      if (text.includes('连休')) this.joinWeekend = true; // 与周末连休
      if (text.includes('不调休')) this.noMakeup = true;
      const total = /共(\d{1,3})天/.exec(text);
      if (total) this.counts.push(Number(total[1]));
      return;
    }
    let tokens: DateToken[] = [];
    let seps: string[] = [];
    let sep = '';
    for (const p of parts) {
      if (p.kind === 'date') {
        if (tokens.length > 0) seps.push(sep);
        tokens.push(p);
        sep = '';
        continue;
      }
      if (tokens.length === 0) continue; // words before the first date: “自”, “安排在”
      const verb = verbOf(p.text);
      if (verb) {
        this.group(tokens, seps, verb);
        const count = /放假(\d{1,3})天/.exec(p.text);
        if (count) this.counts.push(Number(count[1]));
        tokens = [];
        seps = [];
      } else if (CONNECTOR.test(p.text) && sep === '') sep = p.text;
      else this.r.errors.push(`无法理解“${p.text}”`);
    }
    if (tokens.length > 0) this.r.errors.push('日期后没有“放假”“上班”或“补休”');
  }

  private resolve(t: DateToken): Resolved | undefined {
    const m = t.month ?? this.prev?.m;
    if (m === undefined) {
      this.r.errors.push(`${t.day}日缺少月份`);
      return undefined;
    }
    const inherited = t.month === undefined ? this.prev?.y : undefined;
    const y = t.year ?? inherited ?? (m === 12 && this.name.includes('元旦') ? this.year - 1 : this.year);
    const r: Resolved = { y, m, d: t.day, explicitYear: t.year !== undefined };
    if (!isCivilDate(toDate(r))) {
      this.r.errors.push(`日期无效：${y}年${m}月${t.day}日`);
      return undefined;
    }
    const wd = t.note === undefined ? undefined : weekdayInNote(t.note);
    if (wd !== undefined && wd !== weekday(toDate(r))) {
      this.r.warnings.push(`${toDate(r)}：通知写“${t.note}”，实际是${weekdayZh(toDate(r))}`);
    }
    this.prev = r;
    return r;
  }

  private group(tokens: DateToken[], seps: string[], verb: Verb): void {
    const dates: CivilDate[] = [];
    let last: Resolved | undefined;
    for (const [i, t] of tokens.entries()) {
      const r = this.resolve(t);
      if (!r) return;
      if (i > 0 && seps[i - 1] === '至' && last !== undefined) {
        const range = this.range(last, r);
        if (!range) return;
        dates.push(...range);
      } else if (seps[i] !== '至') dates.push(toDate(r));
      last = r;
    }
    if (verb === 'buxiu') this.buxiu = true;
    for (const d of dates) (verb === 'work' ? this.makeup : this.off).add(d);
  }

  /** The days from `a` to `b`; a range written across the year end (“12月30日至1月1日”) is fixed. */
  private range(a: Resolved, b: Resolved): CivilDate[] | undefined {
    let from = a;
    const to = { ...b };
    if (toDate(to) < toDate(from)) {
      if (!from.explicitYear) from = { ...from, y: from.y - 1 };
      else if (!to.explicitYear) to.y += 1;
    }
    const span = dayNumber(toDate(to)) - dayNumber(toDate(from));
    if (span < 0 || span >= MAX_RANGE_DAYS || !isCivilDate(toDate(from)) || !isCivilDate(toDate(to))) {
      this.r.errors.push(`日期范围不合理：${toDate(a)}至${toDate(b)}`);
      return undefined;
    }
    return dateRange(toDate(from), toDate(to));
  }

  finish(): ItemResult {
    const sorted = [...this.off].sort();
    const first = sorted[0];
    const lastOff = sorted[sorted.length - 1];
    if (first === undefined || lastOff === undefined) {
      if (this.r.errors.length === 0) this.r.errors.push('没有找到放假日期');
      return this.r;
    }
    if (this.buxiu) for (const d of dateRange(first, lastOff)) this.off.add(d);
    if (this.buxiu || this.joinWeekend) this.extendToWeekend(first, lastOff);
    this.r.off = [...this.off].sort();
    this.r.makeup = [...this.makeup].sort();
    for (const n of this.counts) {
      if (n !== this.r.off.length) this.r.warnings.push(`${this.name}：通知写共${n}天，解析出放假${this.r.off.length}天`);
    }
    if (this.noMakeup && this.r.makeup.length > 0) this.r.warnings.push(`${this.name}：通知写“不调休”，却有调休上班日`);
    return this.r;
  }

  /** “与周末连休”: the weekend days touching the block are part of the holiday. */
  private extendToWeekend(first: CivilDate, last: CivilDate): void {
    for (let d = addDays(first, -1); isWeekend(d) && !this.makeup.has(d); d = addDays(d, -1)) this.off.add(d);
    for (let d = addDays(last, 1); isWeekend(d) && !this.makeup.has(d); d = addDays(d, 1)) this.off.add(d);
  }
}

/** Split a lexed sentence at the commas between clauses. */
function splitClauses(parts: Part[]): Part[][] {
  const clauses: Part[][] = [[]];
  for (const p of parts) {
    if (p.kind === 'date') {
      clauses[clauses.length - 1]?.push(p);
      continue;
    }
    p.text.split('，').forEach((piece, i) => {
      if (i > 0) clauses.push([]);
      if (piece !== '') clauses[clauses.length - 1]?.push({ kind: 'text', text: piece });
    });
  }
  return clauses;
}

/** Understand the body of one numbered item (the text after “春节：”). */
export function parseItemBody(name: string, body: string, year: number): ItemResult {
  const p = new ItemParser(name, year);
  for (const s of body.split(/[。；]/)) if (s !== '') p.sentence(s);
  return p.finish();
}
