import type { Db } from '../../../db/open';
import { AppError } from '../../../shared/contract/errors';
import { LIST_FILE_MAX_BYTES } from '../../../shared/contract/lists';
import { RELATED_AUDIT_LABELS, type RelatedImportPreview } from '../../../shared/contract/lists-related';
import type { SheetGrid } from '../../../shared/lists/grid';
import {
  columnLetter,
  fieldZh,
  pickSheet,
  readLeaderRows,
  readWorkRows,
  RELATED_KIND_ZH,
  WORK_ROLES,
  type LeaderDraft,
  type ReadResult,
  type RelatedKind,
  type WorkDraft,
} from '../../../shared/lists/related';
import { listLeaders, listWorks, type LeaderWrite, type WorkWrite } from '../../../db/repos/lists-related';
import { readWorkbook } from './lists-xlsx-read';
import { changedFields, leaderSnapshot, requireYear, townshipNames, townshipsOf, workSnapshot, type TownshipNames } from './lists-related';

/** Import of a 县级领导包保 or 三个责任人 workbook: read, check row by row, compare by name, then all or nothing. */

export interface RelatedFileInput {
  year: number;
  kind: RelatedKind;
  fileName: string;
  dataBase64: string;
  sheet?: number;
}

const MB = 1024 * 1024;

export async function readRelatedFile(input: RelatedFileInput): Promise<SheetGrid[]> {
  const buf = Buffer.from(input.dataBase64, 'base64');
  if (buf.length === 0) throw new AppError('invalid_input', `文件“${input.fileName}”是空的`, 'dataBase64');
  if (buf.length > LIST_FILE_MAX_BYTES) throw new AppError('invalid_input', `文件“${input.fileName}”大小为 ${(buf.length / MB).toFixed(1)} MB，超过 50 MB 的上限`, 'dataBase64');
  let grids: SheetGrid[];
  try {
    grids = await readWorkbook(buf);
  } catch (e) {
    // The reader's own messages are Chinese; anything else (a zip library's English) gets a plain one.
    const msg = e instanceof Error && /[\u4e00-\u9fa5]/.test(e.message) ? e.message : `无法读取“${input.fileName}”：不是有效的 Excel（.xlsx）文件`;
    throw new AppError('invalid_input', msg, 'dataBase64');
  }
  if (grids.length === 0) throw new AppError('invalid_input', `“${input.fileName}”中没有工作表`, 'dataBase64');
  return grids;
}

/** One entry to write: new (before null) or an existing one with the file's values merged in. */
export interface Planned<W> {
  id: number | null;
  before: W | null;
  after: W;
  fields: string[];
}

export interface RelatedAnalysis {
  preview: RelatedImportPreview;
  leaders: Planned<LeaderWrite>[];
  works: Planned<WorkWrite>[];
  names: TownshipNames;
}

const has = (fields: readonly (string | null)[], ...f: string[]) => f.some((x) => fields.includes(x));

function planLeaders(db: Db, year: number, r: ReadResult<LeaderDraft>, names: TownshipNames): Planned<LeaderWrite>[] {
  const fields = r.header?.fields ?? [];
  const existing = new Map(listLeaders(db, year).map((l) => [l.name, l]));
  return r.items.map((d) => {
    const old = existing.get(d.name);
    const before: LeaderWrite | null = old ? { name: old.name, position: old.position, phones: old.phones, townshipIds: old.townshipIds, works: old.works, note: old.note } : null;
    const keep = <K extends keyof LeaderWrite>(k: K, present: boolean): LeaderWrite[K] => (before && !present ? before[k] : d[k]);
    const after: LeaderWrite = {
      name: d.name,
      position: keep('position', has(fields, 'position')),
      phones: keep('phones', has(fields, 'phones')),
      townshipIds: keep('townshipIds', has(fields, 'townships', 'objects')),
      works: keep('works', has(fields, 'works', 'objects')),
      note: keep('note', has(fields, 'note')),
    };
    const changed = before ? changedFields(leaderSnapshot(names, year, before), leaderSnapshot(names, year, after), RELATED_AUDIT_LABELS) : [];
    return { id: old?.id ?? null, before, after, fields: changed };
  });
}

function planWorks(db: Db, year: number, r: ReadResult<WorkDraft>, names: TownshipNames): Planned<WorkWrite>[] {
  const fields = r.header?.fields ?? [];
  const existing = new Map(listWorks(db, year).map((w) => [w.name, w]));
  return r.items.map((d) => {
    const old = existing.get(d.name);
    const before: WorkWrite | null = old ? { name: old.name, kind: old.kind, townshipId: old.townshipId, scale: old.scale, admin: old.admin, tech: old.tech, patrol: old.patrol, note: old.note } : null;
    const pick = <T>(present: boolean, mine: T, theirs: T | undefined): T => (theirs !== undefined && !present ? theirs : mine);
    const role = (k: (typeof WORK_ROLES)[number]) => ({
      name: pick(has(fields, `${k}.name`), d[k].name, before?.[k].name),
      position: pick(has(fields, `${k}.position`), d[k].position, before?.[k].position),
      phones: pick(has(fields, `${k}.phones`), d[k].phones, before?.[k].phones),
    });
    const after: WorkWrite = {
      name: d.name,
      kind: pick(has(fields, 'kind'), d.kind, before?.kind),
      townshipId: pick(has(fields, 'township'), d.townshipId, before?.townshipId),
      scale: pick(has(fields, 'scale'), d.scale, before?.scale),
      admin: role('admin'),
      tech: role('tech'),
      patrol: role('patrol'),
      note: pick(has(fields, 'note'), d.note, before?.note),
    };
    const changed = before ? changedFields(workSnapshot(names, year, before), workSnapshot(names, year, after), RELATED_AUDIT_LABELS) : [];
    return { id: old?.id ?? null, before, after, fields: changed };
  });
}

/** The whole check of a file against the year's list; nothing is written. */
export function analyseRelated(db: Db, input: RelatedFileInput, grids: SheetGrid[]): RelatedAnalysis {
  const y = requireYear(db, input.year);
  const sheet = pickSheet(input.kind, grids, input.sheet);
  const grid = grids[sheet]!;
  const ctx = { townships: townshipsOf(db, input.year), countyName: y.countyName };
  const names = townshipNames(db, input.year);
  const read: ReadResult<LeaderDraft | WorkDraft> = input.kind === 'leaders' ? readLeaderRows(grid, ctx) : readWorkRows(grid, ctx);
  const leaders = input.kind === 'leaders' ? planLeaders(db, input.year, read as ReadResult<LeaderDraft>, names) : [];
  const works = input.kind === 'works' ? planWorks(db, input.year, read as ReadResult<WorkDraft>, names) : [];
  const planned: Planned<unknown>[] = input.kind === 'leaders' ? leaders : works;
  const issues = [...read.issues].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  const errors = issues.filter((i) => i.severity === 'error').length;
  let problem = read.problem;
  if (!problem && read.items.length === 0) problem = `工作表“${grid.name}”中没有读到${input.kind === 'leaders' ? '领导' : '工程'}`;
  if (!problem && errors) problem = `有${errors}处错误（见下表），请在Excel中改正后重新选择文件；名单未作任何修改`;
  const preview: RelatedImportPreview = {
    kind: input.kind,
    fileName: input.fileName,
    sheets: grids.map((g, index) => ({ index, name: g.name, rows: g.rows.length })),
    sheet,
    headerRows: read.header?.rows ?? [],
    columns: (read.header?.headers ?? []).map((header, i) => {
      const f = read.header!.fields[i] ?? null;
      return { letter: columnLetter(i), header, field: f === null ? null : fieldZh(input.kind, f) };
    }),
    read: read.items.length,
    skipped: read.skipped,
    errors,
    warnings: issues.length - errors,
    issues: issues.slice(0, 500),
    added: planned.filter((p) => p.before === null).map((p) => (p.after as { name: string }).name),
    changed: planned.filter((p) => p.before !== null && p.fields.length > 0).map((p) => ({ name: (p.after as { name: string }).name, fields: p.fields })),
    unchanged: planned.filter((p) => p.before !== null && p.fields.length === 0).length,
    problem,
  };
  return { preview, leaders, works, names };
}

export function importText(kind: RelatedKind, p: RelatedImportPreview): string {
  return `${RELATED_KIND_ZH[kind]}：新增${p.added.length}${kind === 'leaders' ? '人' : '处'}，变更${p.changed.length}${kind === 'leaders' ? '人' : '处'}，未变${p.unchanged}`;
}
