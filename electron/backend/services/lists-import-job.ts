import type { Db } from '../../../db/open';
import type { AuditRecord } from '../../../db/repos/audit';
import { insertAudit } from '../../../db/repos/audit';
import { yearRev } from '../../../db/repos/lists';
import { saveMapping } from '../../../db/repos/lists-mappings';
import { AppError } from '../../../shared/contract/errors';
import type { ImportPreview, ImportResult } from '../../../shared/contract/lists';
import type { ParsedInputOf } from '../../../shared/contract/index';
import { levelLines, summaryText } from '../../../shared/lists/diff';
import type { SheetGrid } from '../../../shared/lists/grid';
import { headerSignature } from '../../../shared/lists/headers';
import { clipMessage, clipText } from '../../../shared/lists/text';
import { analyse, decodeFile, loadSheets, toPreview, type ImportInput } from './lists-import';
import { applyPlan } from './lists-import-apply';
import type { YearView } from './lists-view';
import { requireView } from './lists-years';

export type PreviewInput = ParsedInputOf<'lists.import.preview'>;
export type CommitInput = ParsedInputOf<'lists.import.commit'>;

/**
 * What an import needs around it — the same whether it runs on the back end's own connection or in the
 * import worker on a connection of its own (lists-import-worker.ts).
 */
export interface ImportEnv {
  db: Db;
  now: number;
  operator: { id: number | null; name: string };
  /** The pre-import backup; its file name. */
  backup(): string;
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
}

export async function previewImport(env: ImportEnv, input: PreviewInput): Promise<ImportPreview> {
  const grids = await loadSheets(decodeFile(input), env.log);
  const view = requireView(env.db, input.year);
  return toPreview(view, analyse(env.db, view, grids, input), input.fileName);
}

/**
 * Analyse a file for commit: a mapping problem, or row errors unless they are to be skipped, refuse it
 * with the first one. Returns only what the write needs (not the sheets, nor the rows read from them).
 */
function checkedPlan(db: Db, view: YearView, grids: SheetGrid[], input: ImportInput & { skipErrorRows?: boolean }) {
  const first = analyse(db, view, grids, input);
  if (first.problems.length) throw new AppError('invalid_input', first.problems[0]!, 'mapping');
  const errors = first.issues.filter((i) => i.severity === 'error');
  if (errors.length && !input.skipErrorRows) {
    const e = errors[0]!;
    const where = e.column ? `第${e.row}行「${clipText(e.header || e.field, 40)}」列（${e.column}）` : `第${e.row}行`;
    throw new AppError('invalid_input', `${where}：${clipMessage(e.message)}。共${errors.length}处错误，名单未作任何修改；请修正后再导入，或选择“跳过有错误的行”`, 'dataBase64');
  }
  const a = errors.length ? analyse(db, view, grids, input, true) : first;
  return { plan: a.plan!, header: a.header, mapping: a.mapping, skipped: a.skipped };
}

/** Read, check, back up, then write everything in one transaction — or nothing. */
export async function commitImport(env: ImportEnv, input: CommitInput): Promise<ImportResult> {
  const { db, now } = env;
  const grids = await loadSheets(decodeFile(input), env.log);
  const view = requireView(db, input.year);
  // The sheets are handed over (splice) so that they, the rows read from them and the first analysis can
  // be collected while the plan is written: only the plan is kept. A 200,000-row list is a lot of memory.
  const a = checkedPlan(db, view, grids.splice(0), input);
  const plan = a.plan;
  const nothing = plan.changes.length === 0 && plan.newRegions.length === 0 && plan.zones.every((z) => z.kind === 'same');
  if (nothing) {
    if (input.rememberMapping && a.header) db.transaction(() => saveMapping(db, headerSignature(a.header!), a.mapping, now))();
    return { summary: plan.summary, text: summaryText(plan.summary), regionsAdded: 0, zonesAdded: 0, zonesChanged: 0, skippedRows: a.skipped, backup: '' };
  }
  const backup = env.backup();
  const text = summaryText(plan.summary);
  const audit = (rec: Omit<AuditRecord, 'at' | 'operatorId' | 'operatorName'>) => insertAudit(db, { ...rec, at: now, operatorId: env.operator.id, operatorName: env.operator.name });
  // IMMEDIATE: the write lock from the check on. In the worker, the back end's own connection may have
  // changed the list while the file was read; the plan was made against the list as it was then.
  const applied = db.transaction(() => {
    if (yearRev(db, input.year) !== view.rev) throw new AppError('conflict', `导入期间${input.year}年名单已被修改，本次导入未作任何修改；请重新导入`, 'year');
    const r = applyPlan(db, view, plan, now, env.operator);
    if (input.rememberMapping && a.header) saveMapping(db, headerSignature(a.header), a.mapping, now);
    audit({
      entity: 'list_import',
      entityId: input.year,
      action: 'import',
      summary: `导入${input.year}年名单“${input.fileName}”：${text}${a.skipped ? `（跳过有错误的${a.skipped}行）` : ''}`,
      after: { listYear: input.year, importFile: input.fileName, importSummary: levelLines(plan.summary), importScope: plan.scope.places },
    });
    return r;
  }).immediate();
  return { summary: plan.summary, text, ...applied, skippedRows: a.skipped, backup };
}
