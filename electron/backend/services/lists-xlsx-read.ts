import type { GridRow, SheetGrid } from '../../../shared/lists/grid';
import { StringDecoder } from 'node:string_decoder';
import { zipEntries, zipPart, zipPartChunks, zipPartData, ZipDamagedError } from './lists-zip';

/**
 * Every sheet of an .xlsx as plain text cells, merged ranges filled in.
 *
 * Why not exceljs here (it writes our exports and builds the tests' workbooks): its streaming reader
 * decodes each chunk of a part on its own and garbles a Chinese character that falls across two chunks
 * (about one cell in 2,000 of a 200,000-row list), and its in-memory reader is 2–3 times slower and
 * holds every cell as an object. Cell text is all the importer needs: this reads the sheet XML directly
 * (shared strings, inline strings, numbers, formula results) — checked against exceljs's reader in the tests.
 */

type Range = { r1: number; c1: number; r2: number; c2: number };

export class WorkbookError extends Error {}

/** Column letters and row number of a cell reference (B12 → column 1, row 12). */
export function decodeRef(ref: string): { r: number; c: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]), c: c - 1 };
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text to a string: entities and character references, and Excel's _xHHHH_ escapes (_x000D_ = CR). */
export function xmlText(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10)) : ENTITY[e]!,
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

const ATTRS = new Map<string, RegExp>();
const attr = (attrs: string, name: string): string | undefined => {
  let re = ATTRS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    ATTRS.set(name, re);
  }
  return re.exec(attrs)?.[1];
};

/** The text of a string item (<si> or <is>): its <t> runs, without phonetic readings (<rPh>). */
function runsText(xml: string): string {
  const body = xml.indexOf('rPh') >= 0 ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '') : xml;
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1]!;
  return xmlText(out);
}

const SI = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;

/** The shared strings of a whole sharedStrings.xml text. */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  readItems(xml, SI, out);
  return out;
}

/** Push the text of every complete <si> of `text` onto `out`; returns where the last one ended. */
function readItems(text: string, re: RegExp, out: string[]): number {
  let used = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m[1] === undefined ? '' : runsText(m[1]));
    used = re.lastIndex;
  }
  return used;
}

/** A number as written in a cell: integers as their digits (phones), others without float noise. */
export function numberText(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  return Number.isInteger(n) ? (Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n)) : String(Number(n.toPrecision(15)));
}

function cellValue(type: string | undefined, inner: string, strings: readonly string[]): string {
  const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  switch (type) {
    case 's':
      return v === undefined ? '' : (strings[Number(v)] ?? '');
    case 'inlineStr': {
      const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1];
      return is === undefined ? (v === undefined ? '' : xmlText(v)) : runsText(is);
    }
    case 'str':
      return v === undefined ? '' : xmlText(v);
    case 'b':
      return v === undefined ? '' : v.trim() === '1' ? '是' : '否';
    case 'e':
      return '';
    case 'd':
      return v === undefined ? '' : xmlText(v).slice(0, 10);
    default:
      return v === undefined ? '' : numberText(v.trim());
  }
}

/** Sheets longer than this are refused (a county's list is some 200,000 rows). */
export const MAX_SHEET_ROWS = 300_000;
/** Sheets with text in columns beyond this are refused (a list has a dozen or two). */
export const MAX_SHEET_COLUMNS = 200;

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const DATA_START = /<(?:\w+:)?sheetData\b/;
const DATA_END = /<\/(?:\w+:)?sheetData>/;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g;
/** Enough of the previous piece to find a tag cut in two by a piece boundary. */
const OVERLAP = 32;

/**
 * Reads one sheet's XML as it streams in, piece by piece: only the rows read so far and the text of the
 * row being received are held, never the whole sheet. Refuses a sheet over MAX_SHEET_ROWS rows or with
 * text beyond MAX_SHEET_COLUMNS columns as soon as it gets there.
 */
class SheetReader {
  readonly rows: GridRow[] = [];
  width = 0;
  readonly merges: Range[] = [];
  private lastRow = 0;
  private state: 'head' | 'data' | 'tail' = 'head';
  /** Text received and not used yet, in pieces (joined only when a row or the sheet data ends in it). */
  private parts: string[] = [];
  /** The end of the text received, to look for an end tag cut by a piece boundary. */
  private carry = '';

  constructor(
    private readonly sheet: string,
    private readonly strings: readonly string[],
  ) {}

  feed(text: string, final = false): void {
    if (this.state === 'head') {
      const head = this.carry + text;
      const i = head.search(DATA_START);
      if (i < 0) {
        this.carry = head.slice(-OVERLAP);
        return;
      }
      this.state = 'data';
      this.carry = '';
      text = head.slice(i);
    }
    if (this.state === 'data') {
      const probe = this.carry + text;
      this.parts.push(text);
      // Most pieces end several rows; one holding part of a huge cell is only kept until its row ends.
      if (!final && probe.indexOf('row>') < 0 && probe.indexOf('sheetData>') < 0) {
        this.carry = probe.slice(-OVERLAP);
        return;
      }
      const pending = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      this.parts = [];
      const end = pending.search(DATA_END);
      if (end < 0) {
        // Rows that end in what came so far; the rest waits (all of it, at the end of the part).
        const upto = final ? pending.length : pending.lastIndexOf('row>') + 4;
        const used = this.readRows(pending, Math.max(upto, 0));
        const rest = pending.slice(used);
        if (rest) this.parts.push(rest);
        this.carry = rest.slice(-OVERLAP);
        return;
      }
      this.readRows(pending, end);
      this.state = 'tail';
      this.carry = '';
      text = pending.slice(end);
    }
    // After the rows: the merged ranges.
    const tail = this.carry + text;
    MERGE.lastIndex = 0;
    let used = 0;
    for (let m = MERGE.exec(tail); m; m = MERGE.exec(tail)) {
      used = MERGE.lastIndex;
      const a = decodeRef(m[1]!);
      const b = decodeRef(m[2]!);
      if (a && b) this.merges.push({ r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) });
    }
    const open = tail.lastIndexOf('<');
    this.carry = open >= used && tail.length - open <= 1024 ? tail.slice(open) : '';
  }

  /** Read the complete rows in text[0, upto); returns where the last one ended. */
  private readRows(text: string, upto: number): number {
    const data = upto < text.length ? text.slice(0, upto) : text;
    let used = 0;
    ROW.lastIndex = 0;
    for (let rm = ROW.exec(data); rm; rm = ROW.exec(data)) {
      used = ROW.lastIndex;
      this.readRow(rm[1]!, rm[2]);
    }
    return used;
  }

  private readRow(attrs: string, inner: string | undefined): void {
    if (this.rows.length >= MAX_SHEET_ROWS) throw tooManyRows(this.sheet);
    const n = Number(attr(attrs, 'r') ?? this.lastRow + 1);
    this.lastRow = n;
    const cells: string[] = [];
    let col = -1;
    if (inner) {
      CELL.lastIndex = 0;
      for (let cm = CELL.exec(inner); cm; cm = CELL.exec(inner)) {
        const ref = attr(cm[1]!, 'r');
        const at = ref ? decodeRef(ref) : null;
        col = at ? at.c : col + 1;
        const text = cm[2] === undefined ? '' : cellValue(attr(cm[1]!, 't'), cm[2], this.strings);
        // An empty cell beyond the row's text (formatting only) adds nothing: trailing empty cells are dropped.
        if (text === '' && col >= cells.length) continue;
        if (col >= MAX_SHEET_COLUMNS) throw tooManyColumns(this.sheet);
        while (cells.length < col) cells.push('');
        cells[col] = text;
      }
    }
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > this.width) this.width = cells.length;
    this.rows.push({ n, cells });
  }
}

const tooManyRows = (sheet: string) =>
  new WorkbookError(`工作表“${sheet}”超过 ${MAX_SHEET_ROWS.toLocaleString('en-US')} 行的上限，已拒绝导入；请按乡镇拆分成几个文件后再导入`);
const tooManyColumns = (sheet: string) =>
  new WorkbookError(`工作表“${sheet}”有内容的列超过 ${MAX_SHEET_COLUMNS} 列的上限，已拒绝导入；请删去多余的列后再导入`);

/**
 * One sheet's cells, row by row (rows Excel leaves out, being empty, are left out here too), from its
 * whole XML or from its XML in pieces as they would stream in.
 */
export function sheetRows(xml: string | readonly string[], strings: readonly string[], sheet = '工作表'): { rows: GridRow[]; width: number; merges: Range[] } {
  const r = new SheetReader(sheet, strings);
  const pieces = typeof xml === 'string' ? [xml] : xml;
  pieces.forEach((piece, k) => r.feed(piece, k === pieces.length - 1));
  if (pieces.length === 0) r.feed('', true);
  return { rows: r.rows, width: r.width, merges: r.merges };
}

/** Feed a part's text, decoded piece by piece (a character split between pieces is kept whole). */
async function streamPart(chunks: AsyncIterable<Buffer>, feed: (text: string, final: boolean) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) feed(decoder.write(chunk), false);
  feed(decoder.end(), true);
}

/** The workbook's sheets in tab order: name and part path. */
function sheetList(text: (part: string) => string): { name: string; part: string }[] {
  const rels = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out: { name: string; part: string }[] = [];
  for (const m of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const rid = attr(m[0], 'r:id') ?? /\s[\w]+:id="([^"]+)"/.exec(m[0])?.[1];
    const part = rid ? rels.get(rid) : undefined;
    if (name !== undefined && part) out.push({ name: xmlText(name), part });
  }
  return out;
}

/** Copy each merged range's top-left value into its other cells (adding rows Excel left out as empty; more than `maxRows` rows are refused). */
export function applyMerges(grid: SheetGrid, ranges: readonly Range[], maxRows = Infinity): void {
  if (ranges.length === 0) return;
  const byNumber = new Map(grid.rows.map((r) => [r.n, r]));
  let added = false;
  for (const m of ranges) {
    if (m.r2 - m.r1 > 100_000) continue;
    const master = byNumber.get(m.r1)?.cells[m.c1] ?? '';
    for (let r = m.r1; r <= m.r2; r++) {
      let row = byNumber.get(r);
      if (!row) {
        row = { n: r, cells: [] };
        byNumber.set(r, row);
        grid.rows.push(row);
        added = true;
        if (grid.rows.length > maxRows) throw tooManyRows(grid.name);
      }
      for (let c = m.c1; c <= m.c2; c++) {
        if (r === m.r1 && c === m.c1) continue;
        while (row.cells.length <= c) row.cells.push('');
        row.cells[c] = master;
        if (r > m.r1) {
          row.merged ??= [];
          row.merged[c] = true;
        }
      }
      if (row.cells.length > grid.width) grid.width = row.cells.length;
    }
  }
  if (added) grid.rows.sort((a, b) => a.n - b.n);
}

/** Merged ranges held to the sheet's column limit (what lies beyond it is not read). */
function capMerges(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const m of ranges) {
    if (m.c1 >= MAX_SHEET_COLUMNS) continue;
    out.push(m.c2 >= MAX_SHEET_COLUMNS ? { ...m, c2: MAX_SHEET_COLUMNS - 1 } : m);
  }
  return out;
}

/**
 * Read every sheet of an .xlsx; an old .xls, a non-workbook or a damaged file is refused in Chinese.
 * The sheets and shared strings are decompressed and read as they stream, so a 200,000-row list never
 * exists as one big buffer or string — only as its rows.
 */
export async function readWorkbook(buf: Buffer): Promise<SheetGrid[]> {
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    throw new WorkbookError('这是旧版 Excel（.xls）文件，请先用 Excel 或 WPS 打开后“另存为” .xlsx 格式再导入');
  }
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) throw new WorkbookError('文件不是 Excel（.xlsx）格式，无法读取');
  const entries = zipEntries(buf);
  const sheets = sheetList((name) => zipPart(buf, entries, name)?.toString('utf8') ?? '');
  if (sheets.length === 0) throw new WorkbookError('Excel 文件已损坏或格式不受支持（找不到工作表）');
  try {
    const strings: string[] = [];
    const sst = zipPartData(buf, entries, 'xl/sharedStrings.xml');
    if (sst) {
      // As for rows: pieces are joined only once an item ends in them.
      let parts: string[] = [];
      let carry = '';
      await streamPart(zipPartChunks(sst, 'xl/sharedStrings.xml'), (text, final) => {
        const probe = carry + text;
        parts.push(text);
        if (!final && probe.indexOf('si>') < 0) {
          carry = probe.slice(-OVERLAP);
          return;
        }
        const pending = parts.length === 1 ? parts[0]! : parts.join('');
        const upto = final ? pending.length : pending.lastIndexOf('si>') + 3;
        const used = readItems(upto < pending.length ? pending.slice(0, upto) : pending, SI, strings);
        const rest = pending.slice(used);
        parts = rest ? [rest] : [];
        carry = rest.slice(-OVERLAP);
      });
    }
    const grids: SheetGrid[] = [];
    for (const s of sheets) {
      const part = zipPartData(buf, entries, s.part);
      if (!part) throw new WorkbookError(`Excel 文件已损坏（工作表“${s.name}”缺失）`);
      const reader = new SheetReader(s.name, strings);
      await streamPart(zipPartChunks(part, s.part), (text, final) => reader.feed(text, final));
      const grid: SheetGrid = { name: s.name, rows: reader.rows, width: reader.width };
      applyMerges(grid, capMerges(reader.merges), MAX_SHEET_ROWS);
      grids.push(grid);
    }
    return grids;
  } catch (e) {
    if (e instanceof ZipDamagedError) throw new WorkbookError(`Excel 文件已损坏，无法读取（${partLabel(e.part)}的数据无法解压）`, { cause: e });
    throw e;
  }
}

/** A part of the file in words an operator understands. */
function partLabel(part: string): string {
  if (part === 'xl/sharedStrings.xml') return '文字内容';
  const m = /worksheets\/sheet(\d+)\.xml$/.exec(part);
  return m ? `第${m[1]}个工作表` : '文件内部';
}

