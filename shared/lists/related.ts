import { parsePhoneList } from '../phone';
import { isBlankRow, isFooterRow, isSubtotalRow, type GridRow, type SheetGrid } from './grid';

/**
 * Related lists kept beside the five-level list: 县级领导包保 (county leaders assigned to townships or
 * works) and the 三个责任人 of reservoirs and key works (行政、技术、巡查). Pure: the header mapping,
 * row reading and checks of their imports, and the phone checks of their forms.
 */

export type RelatedKind = 'leaders' | 'works';
export const RELATED_KINDS = ['leaders', 'works'] as const;
export const RELATED_KIND_ZH: Record<RelatedKind, string> = { leaders: '县级领导包保', works: '水库三个责任人' };

export const WORK_KINDS = ['水库', '水电站', '堤防', '水闸', '山洪沟', '在建工程', '其他'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export const WORK_SCALES = ['大(1)型', '大(2)型', '中型', '小(1)型', '小(2)型'] as const;

export const WORK_ROLES = ['admin', 'tech', 'patrol'] as const;
export type WorkRole = (typeof WORK_ROLES)[number];
export const WORK_ROLE_ZH: Record<WorkRole, string> = { admin: '行政责任人', tech: '技术责任人', patrol: '巡查责任人' };

export interface RoleContact {
  name: string;
  position: string;
  phones: string[];
}

export interface Leader {
  id: number;
  year: number;
  name: string;
  position: string;
  phones: string[];
  townshipIds: number[];
  works: string[];
  note: string;
}

export interface Work {
  id: number;
  year: number;
  name: string;
  kind: WorkKind;
  townshipId: number | null;
  scale: string;
  admin: RoleContact;
  tech: RoleContact;
  patrol: RoleContact;
  note: string;
}

/** Full-width to half-width, whitespace out: for comparing names and headers. */
export function squeeze(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00A0]+/g, '')
    .trim();
}

/** A name as typed: inner spaces (full-width too) and full-width letters folded. */
export function cleanName(s: string): string {
  return squeeze(s);
}

/** 小（1）型, 小一型, 小Ⅰ型, 小1型 → 小(1)型; 中 → 中型; '' stays ''; null when not recognised. */
export function normalizeScale(raw: string): string | null {
  const s = squeeze(raw).replace(/[（]/g, '(').replace(/[）]/g, ')');
  if (s === '') return '';
  const m = /^([大小])\(?([12一二ⅠⅡ])\)?型?$/.exec(s);
  if (m) return `${m[1]}(${/[1一Ⅰ]/.test(m[2]!) ? 1 : 2})型`;
  if (/^中型?$/.test(s)) return '中型';
  return null;
}

/** The kind written in a cell, or guessed from the work's name (…水库 → 水库); null when neither says. */
export function normalizeWorkKind(raw: string, name = ''): WorkKind | null {
  const s = squeeze(raw);
  if (s !== '') {
    if ((WORK_KINDS as readonly string[]).includes(s)) return s as WorkKind;
    if (/^(水库|山塘)/.test(s)) return '水库';
    if (/电站/.test(s)) return '水电站';
    if (/堤/.test(s)) return '堤防';
    if (/闸/.test(s)) return '水闸';
    if (/山洪沟|沟道/.test(s)) return '山洪沟';
    if (/在建/.test(s)) return '在建工程';
    return null;
  }
  const n = squeeze(name);
  if (/水库$/.test(n)) return '水库';
  if (/电站$/.test(n)) return '水电站';
  if (/堤(防)?$|圩$/.test(n)) return '堤防';
  if (/闸$/.test(n)) return '水闸';
  if (/沟$/.test(n)) return '山洪沟';
  return null;
}

/** Check a list of phones as typed in a form; each entry may hold several numbers. */
export function checkPhoneEntries(entries: readonly string[]): { phones: string[]; problems: string[] } {
  const phones: string[] = [];
  const problems: string[] = [];
  for (const e of entries) {
    for (const r of parsePhoneList(e)) {
      if (r.ok) {
        if (!phones.includes(r.value)) phones.push(r.value);
      } else problems.push(r.message);
    }
  }
  return { phones, problems };
}

/** Split a cell of several items (townships, works): 、，,;；/ and new lines. */
export function splitItems(cell: string): string[] {
  return cell
    .split(/[、,，;；/\n\r|]+/)
    .map((s) => squeeze(s))
    .filter(Boolean);
}

// ---------------------------------------------------------------- import: columns

export type LeaderField = 'name' | 'position' | 'phones' | 'townships' | 'works' | 'objects' | 'note';
export type WorkField = 'name' | 'kind' | 'township' | 'scale' | 'note' | `${WorkRole}.${'name' | 'position' | 'phones'}`;
export type RelatedField = LeaderField | WorkField;

export const FIELD_ZH: Record<string, string> = {
  name: '姓名',
  position: '职务',
  phones: '联系电话',
  townships: '包保乡镇',
  works: '包保工程',
  objects: '包保对象',
  note: '备注',
  kind: '工程类型',
  township: '所在乡镇',
  scale: '规模',
};
for (const r of WORK_ROLES) {
  FIELD_ZH[`${r}.name`] = `${WORK_ROLE_ZH[r]}姓名`;
  FIELD_ZH[`${r}.position`] = `${WORK_ROLE_ZH[r]}职务`;
  FIELD_ZH[`${r}.phones`] = `${WORK_ROLE_ZH[r]}电话`;
}
export const fieldZh = (kind: RelatedKind, f: string): string => (kind === 'works' && f === 'name' ? '工程名称' : (FIELD_ZH[f] ?? f));

const PHONE = /电话|手机|联系方式|号码/;
const POSITION = /职务|职称|单位/;

function roleOf(h: string): WorkRole | null {
  if (/行政/.test(h)) return 'admin';
  if (/技术/.test(h)) return 'tech';
  if (/巡查|巡库|巡护|巡视/.test(h)) return 'patrol';
  return null;
}

/** What one header says, for a leaders or works sheet; null when the column is not one we read. */
export function fieldOfHeader(kind: RelatedKind, header: string): RelatedField | null {
  const h = squeeze(header).replace(/[（(].*?[)）]$/, (m) => (/乡镇|工程/.test(m) ? m : ''));
  if (h === '' || /^(序号|编号|No\.?)$/i.test(h)) return null;
  if (/备注|说明/.test(h)) return 'note';
  if (kind === 'leaders') {
    if (PHONE.test(h)) return 'phones';
    if (/乡镇|街道/.test(h) && /工程|水库|对象|范围/.test(h)) return 'objects';
    if (/乡镇|街道/.test(h)) return 'townships';
    if (/工程|水库|堤防|山洪沟/.test(h)) return 'works';
    if (/包保对象|包保范围|包保地区|联系点/.test(h)) return 'objects';
    if (POSITION.test(h)) return 'position';
    if (/姓名|领导|责任人|名字/.test(h)) return 'name';
    return null;
  }
  const role = roleOf(h);
  if (role) {
    if (PHONE.test(h)) return `${role}.phones`;
    if (POSITION.test(h)) return `${role}.position`;
    return `${role}.name`;
  }
  if (/类型|类别|工程性质/.test(h)) return 'kind';
  if (/规模|等级/.test(h)) return 'scale';
  if (/乡镇|街道|所在地|位置|地点/.test(h)) return 'township';
  if (/名称|水库|工程|堤防|电站|山洪沟/.test(h)) return 'name';
  return null;
}

export interface HeaderFound {
  /** Excel row numbers of the header (one or two rows). */
  rows: number[];
  /** Index of the first data row in grid.rows. */
  dataStart: number;
  headers: string[];
  fields: (RelatedField | null)[];
}

/** Sub-headers of a two-row header: 姓名 / 职务 / 电话 under a group such as 行政责任人. */
const SUB_HEADER = /^(姓名|职务|单位|单位及职务|单位职务|职务职称|联系电话|电话|手机|手机号码|联系方式|办公电话)$/;

/** Find the header within the first rows: the first row where the name column and one more are recognised. */
export function findHeader(kind: RelatedKind, grid: SheetGrid): HeaderFound | null {
  const limit = Math.min(grid.rows.length, 12);
  for (let i = 0; i < limit; i++) {
    const top = grid.rows[i]!;
    // A title row (one cell, or one merged across the width: the same text in every cell) is never the header.
    if (new Set(top.cells.map((c) => c.trim()).filter(Boolean)).size < 2) continue;
    const next = grid.rows[i + 1];
    const subs = next && next.cells.some((c, j) => SUB_HEADER.test(squeeze(c)) && !next.merged?.[j]) ? next : null;
    const headers: string[] = [];
    for (let j = 0; j < grid.width; j++) {
      const t = squeeze(top.cells[j] ?? '');
      const s = subs && !subs.merged?.[j] ? squeeze(subs.cells[j] ?? '') : '';
      headers.push(s && s !== t ? `${t}${t ? '/' : ''}${s}` : t);
    }
    const fields = headers.map((h) => fieldOfHeader(kind, h));
    // A role's bare name column (行政责任人) and its sub-columns: a group header over 姓名 reads as `行政责任人/姓名`.
    const known = fields.filter((f) => f !== null).length;
    if (fields.includes('name') && known >= 2) {
      return { rows: subs ? [top.n, subs.n] : [top.n], dataStart: i + (subs ? 2 : 1), headers, fields: dedupe(fields) };
    }
  }
  return null;
}

/** A field claimed by two columns: the first keeps it (a second 电话 column is read as more phones). */
function dedupe(fields: (RelatedField | null)[]): (RelatedField | null)[] {
  const seen = new Set<string>();
  return fields.map((f) => {
    if (f === null) return null;
    if (seen.has(f) && !/phones$/.test(f)) return null;
    seen.add(f);
    return f;
  });
}

export function columnLetter(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

// ---------------------------------------------------------------- import: rows

export interface RelatedIssue {
  /** Excel row number. */
  row: number;
  /** Column letter ('' for the whole row). */
  column: string;
  header: string;
  value: string;
  message: string;
  severity: 'error' | 'warning';
}

export type LeaderDraft = Omit<Leader, 'id' | 'year' | 'townshipIds'> & { townshipIds: number[]; row: number };
export type WorkDraft = Omit<Work, 'id' | 'year'> & { row: number };

export interface ReadContext {
  /** The year's townships by name (also matched without their 镇/乡/街道 ending). */
  townships: { id: number; name: string }[];
  countyName: string;
}

export interface ReadResult<T> {
  header: HeaderFound | null;
  problem: string | null;
  items: T[];
  issues: RelatedIssue[];
  skipped: { blank: number; subtotal: number; footer: number };
}

const stem = (n: string) => n.replace(/(镇|乡|街道|街道办事处|办事处)$/, '');

export function townshipMatcher(list: ReadContext['townships']): (name: string) => { id: number; name: string } | undefined {
  const exact = new Map(list.map((t) => [t.name, t]));
  const byStem = new Map<string, { id: number; name: string }>();
  for (const t of list) byStem.set(stem(t.name), t);
  return (name) => {
    const n = squeeze(name);
    return exact.get(n) ?? byStem.get(stem(n));
  };
}

interface Cells {
  row: GridRow;
  get(field: RelatedField): { text: string; col: number; header: string }[];
}

function cellsOf(header: HeaderFound, row: GridRow): Cells {
  return {
    row,
    get(field) {
      const out: { text: string; col: number; header: string }[] = [];
      header.fields.forEach((f, j) => {
        if (f === field) out.push({ text: (row.cells[j] ?? '').trim(), col: j, header: header.headers[j] ?? '' });
      });
      return out;
    },
  };
}

/** Phones of a field's cells, each bad number reported against its cell. */
function phonesOf(c: Cells, field: RelatedField, issues: RelatedIssue[], label: string): string[] {
  const phones: string[] = [];
  for (const cell of c.get(field)) {
    for (const r of parsePhoneList(cell.text)) {
      if (r.ok) {
        if (!phones.includes(r.value)) phones.push(r.value);
      } else issues.push({ row: c.row.n, column: columnLetter(cell.col), header: cell.header || label, value: cell.text, message: r.message, severity: 'error' });
    }
  }
  return phones;
}

function firstCell(c: Cells, field: RelatedField) {
  return c.get(field)[0] ?? null;
}

function rowsOf<T>(kind: RelatedKind, grid: SheetGrid, onRow: (c: Cells, issues: RelatedIssue[]) => T | null): ReadResult<T> {
  const header = findHeader(kind, grid);
  const skipped = { blank: 0, subtotal: 0, footer: 0 };
  if (!header) {
    const what = kind === 'leaders' ? '“姓名”（或“领导”）列' : '“工程名称”（或“水库名称”）列';
    return { header, problem: `工作表“${grid.name}”的前12行中没有找到表头：需要${what}和至少另一列可识别的列`, items: [], issues: [], skipped };
  }
  const items: T[] = [];
  const issues: RelatedIssue[] = [];
  for (const row of grid.rows.slice(header.dataStart)) {
    if (isBlankRow(row)) skipped.blank++;
    else if (isFooterRow(row)) skipped.footer++;
    else if (isSubtotalRow(row)) skipped.subtotal++;
    else {
      const item = onRow(cellsOf(header, row), issues);
      if (item !== null) items.push(item);
    }
  }
  return { header, problem: null, items, issues, skipped };
}

function limit(c: Cells, field: RelatedField, label: string, max: number, issues: RelatedIssue[]): string {
  const cell = firstCell(c, field);
  const v = cell ? cell.text.replace(/\s+/g, ' ') : '';
  if (cell && v.length > max) issues.push({ row: c.row.n, column: columnLetter(cell.col), header: cell.header, value: v, message: `${label}最多${max}个字`, severity: 'error' });
  return v.slice(0, max);
}

/** Read a 县级领导包保 sheet. */
export function readLeaderRows(grid: SheetGrid, ctx: ReadContext): ReadResult<LeaderDraft> {
  const township = townshipMatcher(ctx.townships);
  const seen = new Map<string, number>();
  return rowsOf<LeaderDraft>('leaders', grid, (c, issues) => {
    const nameCell = firstCell(c, 'name')!;
    const name = cleanName(nameCell.text);
    const at = (col: number, header: string, value: string, message: string, severity: RelatedIssue['severity'] = 'error') =>
      issues.push({ row: c.row.n, column: columnLetter(col), header, value, message, severity });
    if (name === '') {
      at(nameCell.col, nameCell.header, '', '姓名为空');
      return null;
    }
    if (name.length > 20) at(nameCell.col, nameCell.header, name, '姓名最多20个字');
    const again = seen.get(name);
    if (again !== undefined) at(nameCell.col, nameCell.header, name, `与第${again}行重名：同一领导请写在一行，多个乡镇用“、”分开`);
    seen.set(name, c.row.n);
    const townshipIds: number[] = [];
    const works: string[] = [];
    for (const cell of c.get('townships')) {
      for (const item of splitItems(cell.text)) {
        const t = township(item);
        if (t) {
          if (!townshipIds.includes(t.id)) townshipIds.push(t.id);
        } else at(cell.col, cell.header, item, `${ctx.countyName}名单中没有乡镇“${item}”`);
      }
    }
    for (const cell of [...c.get('objects'), ...c.get('works')]) {
      const isObjects = c.get('objects').includes(cell);
      for (const item of splitItems(cell.text)) {
        const t = isObjects ? township(item) : undefined;
        if (t) {
          if (!townshipIds.includes(t.id)) townshipIds.push(t.id);
        } else if (!works.includes(item)) works.push(item);
      }
    }
    const phones = phonesOf(c, 'phones', issues, '联系电话');
    if (phones.length === 0 && !issues.some((i) => i.row === c.row.n && /电话|手机|号/.test(i.message))) {
      const pc = firstCell(c, 'phones');
      at(pc?.col ?? nameCell.col, pc?.header ?? '联系电话', '', '没有联系电话', 'warning');
    }
    if (townshipIds.length === 0 && works.length === 0) at(nameCell.col, nameCell.header, name, '没有包保乡镇或工程', 'warning');
    return {
      row: c.row.n,
      name,
      position: limit(c, 'position', '职务', 40, issues),
      phones,
      townshipIds,
      works,
      note: limit(c, 'note', '备注', 200, issues),
    };
  });
}

/** Read a 水库（重点工程）三个责任人 sheet. */
export function readWorkRows(grid: SheetGrid, ctx: ReadContext): ReadResult<WorkDraft> {
  const township = townshipMatcher(ctx.townships);
  const seen = new Map<string, number>();
  return rowsOf<WorkDraft>('works', grid, (c, issues) => {
    const nameCell = firstCell(c, 'name')!;
    const name = squeeze(nameCell.text);
    const at = (col: number, header: string, value: string, message: string, severity: RelatedIssue['severity'] = 'error') =>
      issues.push({ row: c.row.n, column: columnLetter(col), header, value, message, severity });
    if (name === '') {
      at(nameCell.col, nameCell.header, '', '工程名称为空');
      return null;
    }
    if (name.length > 40) at(nameCell.col, nameCell.header, name, '工程名称最多40个字');
    const again = seen.get(name);
    if (again !== undefined) at(nameCell.col, nameCell.header, name, `工程名称与第${again}行重复`);
    seen.set(name, c.row.n);

    const kindCell = firstCell(c, 'kind');
    let kind = normalizeWorkKind(kindCell?.text ?? '', name);
    if (kind === null) {
      if (kindCell && kindCell.text !== '') at(kindCell.col, kindCell.header, kindCell.text, `工程类型应为${WORK_KINDS.join('、')}之一`);
      else at(nameCell.col, nameCell.header, name, '看不出工程类型，记为“其他”', 'warning');
      kind = '其他';
    }
    const scaleCell = firstCell(c, 'scale');
    let scale = normalizeScale(scaleCell?.text ?? '');
    if (scale === null) {
      at(scaleCell!.col, scaleCell!.header, scaleCell!.text, `规模应为${WORK_SCALES.join('、')}之一（或留空）`);
      scale = '';
    }
    const tCell = firstCell(c, 'township');
    let townshipId: number | null = null;
    if (tCell && tCell.text !== '') {
      const t = township(tCell.text);
      if (t) townshipId = t.id;
      else at(tCell.col, tCell.header, tCell.text, `${ctx.countyName}名单中没有乡镇“${squeeze(tCell.text)}”`);
    }
    const role = (r: WorkRole): RoleContact => {
      const nc = firstCell(c, `${r}.name`);
      const rname = cleanName(nc?.text ?? '');
      const phones = phonesOf(c, `${r}.phones`, issues, `${WORK_ROLE_ZH[r]}电话`);
      if (rname === '') at(nc?.col ?? nameCell.col, nc?.header ?? WORK_ROLE_ZH[r], '', `没有${WORK_ROLE_ZH[r]}`, 'warning');
      else if (rname.length > 20) at(nc!.col, nc!.header, rname, `${WORK_ROLE_ZH[r]}姓名最多20个字`);
      else if (phones.length === 0 && c.get(`${r}.phones`).every((x) => x.text === '')) {
        const pc = firstCell(c, `${r}.phones`);
        at(pc?.col ?? nc!.col, pc?.header ?? WORK_ROLE_ZH[r], '', `${WORK_ROLE_ZH[r]}${rname}没有联系电话`, 'warning');
      }
      return { name: rname, position: limit(c, `${r}.position`, `${WORK_ROLE_ZH[r]}职务`, 40, issues), phones };
    };
    return {
      row: c.row.n,
      name,
      kind,
      townshipId,
      scale,
      admin: role('admin'),
      tech: role('tech'),
      patrol: role('patrol'),
      note: limit(c, 'note', '备注', 200, issues),
    };
  });
}

/** Pick the sheet to read: the given one, else the first whose header is found. */
export function pickSheet(kind: RelatedKind, grids: readonly SheetGrid[], sheet?: number): number {
  if (sheet !== undefined && sheet < grids.length) return sheet;
  const i = grids.findIndex((g) => findHeader(kind, g) !== null);
  return i < 0 ? 0 : i;
}
