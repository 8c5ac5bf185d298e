import type { Db } from '../../../db/open';
import { AppError } from '../../../shared/contract/errors';
import type { ImportPreview } from '../../../shared/contract/lists';
import { LIST_FILE_MAX_BYTES } from '../../../shared/contract/lists';
import { isColumnTarget, type ColumnMapping, type ColumnTarget } from '../../../shared/lists/columns';
import { VALUE_FIELDS, type ValueField } from '../../../shared/lists/diff';
import { cellAt, isBlankRow, type SheetGrid } from '../../../shared/lists/grid';
import { autoMap, detectHeader, headerSignature, type HeaderInfo } from '../../../shared/lists/headers';
import { planImport, type DeleteScope, type ImportPlan, type StoredPerson } from '../../../shared/lists/plan';
import { errorRows, mappingNotes, mappingProblems, readRows, type RowIssue, type RowsResult } from '../../../shared/lists/rows';
import { cleanLine, clipMessage, clipText, columnLetter } from '../../../shared/lists/text';
import { PERSON_LEVELS, REGION_LEVEL_ZH } from '../../../shared/lists/types';
import { listPersons } from '../../../db/repos/lists-persons';
import { readMapping } from '../../../db/repos/lists-mappings';
import { readWorkbook, WorkbookError } from './lists-xlsx-read';
import { ZipDamagedError, ZipTooLargeError } from './lists-zip';
import type { YearView } from './lists-view';

export interface ImportInput {
  year: number;
  fileName: string;
  dataBase64: string;
  sheet?: number;
  mapping?: (ColumnTarget | null)[];
  township?: string;
  createRegions: boolean;
  deleteScope: DeleteScope;
}

const MB = 1024 * 1024;

/** The uploaded bytes; refuses what is too large or not base64 with a Chinese message. */
export function decodeFile(input: Pick<ImportInput, 'fileName' | 'dataBase64'>): Buffer {
  const buf = Buffer.from(input.dataBase64, 'base64');
  if (buf.length > LIST_FILE_MAX_BYTES) {
    throw new AppError('invalid_input', `文件“${input.fileName}”大小为 ${(buf.length / MB).toFixed(1)} MB，超过 50 MB 的上限，请按乡镇拆分后再导入`, 'dataBase64');
  }
  if (buf.length === 0) throw new AppError('invalid_input', `文件“${input.fileName}”是空的`, 'dataBase64');
  return buf;
}

/**
 * Read every sheet; a damaged, old-format or oversized file is refused with a Chinese message. The
 * technical reason behind a damaged file (zlib's English text) goes to the log, not to the operator.
 */
export async function loadSheets(buf: Buffer, log?: (level: 'warn', msg: string) => void): Promise<SheetGrid[]> {
  try {
    return await readWorkbook(buf);
  } catch (e) {
    if (e instanceof WorkbookError || e instanceof ZipTooLargeError) {
      const cause = e.cause instanceof ZipDamagedError ? `: ${e.cause.part}: ${e.cause.detail}` : '';
      log?.('warn', `list import refused${cause || `: ${e.message}`}`);
      throw new AppError('invalid_input', e.message, 'dataBase64');
    }
    throw e;
  }
}

export interface Analysis {
  grids: SheetGrid[];
  sheet: number;
  grid: SheetGrid;
  header: HeaderInfo | null;
  suggested: ColumnMapping;
  mapping: ColumnMapping;
  mappingSource: ImportPreview['mappingSource'];
  problems: string[];
  notes: string[];
  rows: RowsResult | null;
  plan: ImportPlan | null;
  /** Row problems and unknown places, in row order. */
  issues: RowIssue[];
  skipped: number;
}

const EMPTY_COUNTS = { dataRows: 0, blank: 0, subtotal: 0, footer: 0, repeatedHeader: 0 };

/** The fields the sheet has columns for (the others keep what the list has). */
function givenFields(mapping: ColumnMapping): Set<ValueField> {
  const has = (f: string) => mapping.some((t) => t === f || (t !== null && t.endsWith(`.${f}`)));
  return new Set(VALUE_FIELDS.filter((f) => has(f)));
}

function fitMapping(m: readonly (string | null)[], width: number): ColumnMapping {
  const out: ColumnMapping = [];
  for (let j = 0; j < width; j++) {
    const t = m[j] ?? null;
    out.push(t !== null && isColumnTarget(t) ? t : null);
  }
  return out;
}

/**
 * Parse → map → validate → plan: everything short of writing. `skipErrorRows` leaves rows with errors
 * out (their places still carry down to the rows below).
 */
export function analyse(db: Db, view: YearView, grids: SheetGrid[], input: ImportInput, skipErrorRows = false): Analysis {
  if (grids.length === 0) throw new AppError('invalid_input', '文件中没有工作表', 'dataBase64');
  if (input.sheet !== undefined && input.sheet >= grids.length) throw new AppError('invalid_input', `文件中没有第${input.sheet + 1}个工作表`, 'sheet');
  const sheet = input.sheet ?? Math.max(0, grids.findIndex((g) => detectHeader(g) !== null));
  const grid = grids[sheet]!;
  const header = detectHeader(grid);
  const base: Analysis = { grids, sheet, grid, header, suggested: [], mapping: [], mappingSource: 'auto', problems: [], notes: [], rows: null, plan: null, issues: [], skipped: 0 };
  if (!header) {
    return { ...base, problems: [`工作表“${grid.name}”的前20行中没有找到表头（如“乡镇”“行政村”“姓名”“联系电话”），请检查是否选对了工作表`] };
  }
  const suggested = autoMap(header);
  let mapping = suggested;
  let mappingSource: Analysis['mappingSource'] = 'auto';
  if (input.mapping) {
    mapping = fitMapping(input.mapping, header.texts.length);
    mappingSource = 'given';
  } else {
    const remembered = readMapping(db, headerSignature(header));
    if (remembered && remembered.length === header.texts.length) {
      mapping = fitMapping(remembered, header.texts.length);
      mappingSource = 'remembered';
    }
  }
  const problems = mappingProblems(mapping);
  const notes = mappingNotes(mapping).filter((n) => !(input.township && n.startsWith('没有“乡镇”列')));
  const a: Analysis = { ...base, suggested, mapping, mappingSource, problems, notes };
  if (problems.length) return a;

  const stored: StoredPerson[] = listPersons(db, view.year, true);
  const columnOf = (t: 'township' | 'village' | 'group' | 'zone') => {
    const j = mapping.indexOf(t);
    return j < 0 ? { column: '', header: '' } : { column: columnLetter(j), header: header.texts[j] ?? '' };
  };
  // A sheet without names (danger zones only) says nothing about persons: it deletes none.
  const hasNames = mapping.some((t) => t === 'name' || (t !== null && t.endsWith('.name')));
  if (!hasNames) notes.push('文件中没有姓名列：只导入地区和危险区，不改动责任人');
  const opts = { createRegions: input.createRegions, deleteScope: hasNames ? input.deleteScope : ('none' as const), given: givenFields(mapping) };
  const run = (skipRows?: ReadonlySet<number>) => {
    const rows = readRows(grid, header, mapping, { township: input.township, skipRows });
    const plan = planImport(view.tree, view.zones, stored, rows, opts, columnOf);
    const issues = [...rows.issues, ...plan.issues].sort((x, y) => x.row - y.row || x.column.localeCompare(y.column));
    return { rows, plan, issues };
  };
  let r = run();
  let skipped = 0;
  if (skipErrorRows) {
    const bad = errorRows(r.issues);
    if (bad.size) {
      skipped = bad.size;
      r = run(bad);
    }
  }
  return { ...a, ...r, skipped };
}

const MAX_LISTED = 500;

export function toPreview(view: YearView, a: Analysis, fileName: string): ImportPreview {
  const header = a.header;
  const dataStart = header ? (header.rows[header.rows.length - 1] ?? 0) + 1 : 0;
  const sampleRows = a.grid.rows.slice(dataStart).filter((r) => !isBlankRow(r)).slice(0, 3);
  const columns = (header?.texts ?? []).map((text, j) => ({
    index: j,
    letter: columnLetter(j),
    header: clipText(text),
    samples: sampleRows.map((r) => clipText(cleanLine(cellAt(r, j)))).filter(Boolean),
    target: a.mapping[j] ?? null,
    suggested: a.suggested[j] ?? null,
  }));
  const errors = a.issues.filter((i) => i.severity === 'error');
  const plan = a.plan;
  const changes = plan?.changes ?? [];
  const problem = a.problems[0] ?? (!plan ? '无法读取' : null);
  return {
    fileName,
    sheets: a.grids.map((g, index) => ({ index, name: clipText(g.name), rows: g.rows.length })),
    sheet: a.sheet,
    headerRows: header ? header.rows.map((i) => a.grid.rows[i]!.n) : [],
    columns,
    mappingSource: a.mappingSource,
    mappingProblems: a.problems,
    notes: a.notes,
    townships: view.tree.kids(view.tree.root?.id ?? 0).map((r) => r.name),
    counts: a.rows?.counts ?? EMPTY_COUNTS,
    personsRead: a.rows?.persons.length ?? 0,
    zonesRead: a.rows?.zones.length ?? 0,
    errors: errors.length,
    warnings: a.issues.length - errors.length,
    errorRows: errorRows(a.issues).size,
    // A cell may hold a megabyte: values and messages are shown cut to a couple of hundred characters.
    issues: a.issues.slice(0, MAX_LISTED).map((i) => ({ ...i, header: clipText(i.header), value: clipText(i.value), message: clipMessage(i.message) })),
    issuesTotal: a.issues.length,
    summary: plan?.summary ?? PERSON_LEVELS.map((level) => ({ level, added: 0, changed: 0, removed: 0, unchanged: 0 })),
    changes: changes.slice(0, MAX_LISTED),
    changesTotal: changes.length,
    newRegions: (plan?.newRegions ?? []).map((r) => ({ level: REGION_LEVEL_ZH[r.level], path: r.path })),
    zoneChanges: (plan?.zones ?? []).filter((z) => z.kind !== 'same').map((z) => ({ kind: z.kind as 'added' | 'changed', path: z.path, name: z.name })),
    scope: plan?.scope ?? { kind: 'township', places: [], county: false, levels: [] },
    problem,
  };
}

