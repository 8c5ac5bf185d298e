import type { GridRow, SheetGrid } from '../../../shared/lists/grid';
import { zipParts } from './lists-zip';

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

export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)) out.push(m[1] === undefined ? '' : runsText(m[1]));
  return out;
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

/** One sheet's cells, row by row (rows Excel leaves out, being empty, are left out here too). */
export function sheetRows(xml: string, strings: readonly string[]): { rows: GridRow[]; width: number; merges: Range[] } {
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  const end = xml.search(/<\/(?:\w+:)?sheetData>/);
  const data = start < 0 ? '' : xml.slice(start, end < 0 ? undefined : end);
  const rows: GridRow[] = [];
  let width = 0;
  let lastRow = 0;
  for (const rm of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const n = Number(attr(rm[1]!, 'r') ?? lastRow + 1);
    lastRow = n;
    const cells: string[] = [];
    let col = -1;
    if (rm[2]) {
      for (const cm of rm[2].matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
        const ref = attr(cm[1]!, 'r');
        const at = ref ? decodeRef(ref) : null;
        col = at ? at.c : col + 1;
        const text = cm[2] === undefined ? '' : cellValue(attr(cm[1]!, 't'), cm[2], strings);
        while (cells.length < col) cells.push('');
        cells[col] = text;
      }
    }
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > width) width = cells.length;
    rows.push({ n, cells });
  }
  const merges: Range[] = [];
  const tail = end < 0 ? '' : xml.slice(end);
  for (const m of tail.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const a = decodeRef(m[1]!);
    const b = decodeRef(m[2]!);
    if (a && b) merges.push({ r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) });
  }
  return { rows, width, merges };
}

/** The workbook's sheets in tab order: name and part path. */
function sheetList(parts: ReadonlyMap<string, Buffer>): { name: string; part: string }[] {
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';
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

/** Copy each merged range's top-left value into its other cells (adding rows Excel left out as empty). */
export function applyMerges(grid: SheetGrid, ranges: readonly Range[]): void {
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

/** Read every sheet of an .xlsx; an old .xls, a non-workbook or a damaged file is refused in Chinese. */
export async function readWorkbook(buf: Buffer): Promise<SheetGrid[]> {
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    throw new WorkbookError('这是旧版 Excel（.xls）文件，请先用 Excel 或 WPS 打开后“另存为” .xlsx 格式再导入');
  }
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) throw new WorkbookError('文件不是 Excel（.xlsx）格式，无法读取');
  const parts = zipParts(buf);
  const sheets = sheetList(parts);
  if (sheets.length === 0) throw new WorkbookError('Excel 文件已损坏或格式不受支持（找不到工作表）');
  const strings = parts.has('xl/sharedStrings.xml') ? sharedStrings(parts.get('xl/sharedStrings.xml')!.toString('utf8')) : [];
  const grids: SheetGrid[] = [];
  for (const s of sheets) {
    const part = parts.get(s.part);
    if (!part) throw new WorkbookError(`Excel 文件已损坏（工作表“${s.name}”缺失）`);
    const { rows, width, merges } = sheetRows(part.toString('utf8'), strings);
    const grid: SheetGrid = { name: s.name, rows, width };
    applyMerges(grid, merges);
    grids.push(grid);
  }
  return grids;
}
