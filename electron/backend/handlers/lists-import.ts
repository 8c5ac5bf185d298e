import { AppError } from '../../../shared/contract/errors';
import { publicSections, publicTitle } from '../../../shared/lists/publish';
import { civilDateOf } from '../../../shared/time/civil';
import { getYear } from '../../../db/repos/lists';
import { listPersons } from '../../../db/repos/lists-persons';
import { commitImport, previewImport, type CommitInput, type ImportEnv } from '../services/lists-import-job';
import { runImportJob, type ImportWorkerConfig } from '../services/lists-import-run';
import { exportRows, listWorkbook } from '../services/lists-xlsx-write';
import { requireView } from '../services/lists-years';
import { selectIds, yearView, type YearView } from '../services/lists-view';
import type { HandlerContext, Handlers } from '../types';
import type { Db } from '../../../db/open';
import type { ImportResult } from '../../../shared/contract/lists';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The year's active persons of a region (the whole county by default) with those responsible for the
 * places above it — a village's table shows its county, township, village, group and household persons.
 */
function sectionsOf(db: Db, view: YearView, regionId?: number) {
  const ids = regionId === undefined ? null : new Set(selectIds(view, { regionId }));
  const persons = listPersons(db, view.year, true).filter((p) => !ids || ids.has(p.id));
  return publicSections(view.tree, view.zones, persons);
}

/** Where an import runs: the worker when the back end has one, else this connection. */
function importEnv(ctx: HandlerContext): ImportEnv {
  return {
    db: ctx.db,
    now: ctx.clock.now(),
    operator: operatorOf(ctx),
    backup: () => ctx.backend.backupNow('pre-import').file,
    log: ctx.log,
  };
}

function operatorOf(ctx: HandlerContext) {
  return { id: ctx.operator?.id ?? null, name: ctx.operator?.name ?? '（初始设置）' };
}

const lastAuditId = (db: Db) => (db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;

/** The audit row an import of `now` wrote in its transaction (so: the import landed), if there is one. */
function landedImport(db: Db, year: number, now: number, afterId: number): string | null {
  const r = db
    .prepare("SELECT summary FROM audit_log WHERE entity = 'list_import' AND entity_id = ? AND at = ? AND action = 'import' AND id > ? ORDER BY id DESC LIMIT 1")
    .get(String(year), now, afterId) as { summary: string } | undefined;
  return r?.summary ?? null;
}

/**
 * A commit in the import worker. The worker can die (killed, out of memory) after its transaction
 * committed but before its answer arrived: the import is then in the data file, and the operator must
 * not be told that nothing changed.
 */
async function commitInWorker(ctx: HandlerContext, input: CommitInput, config: ImportWorkerConfig, here: () => Promise<ImportResult>): Promise<ImportResult> {
  const now = ctx.clock.now();
  const since = lastAuditId(ctx.db);
  try {
    return await runImportJob({ kind: 'commit', input, config, now, operator: operatorOf(ctx) }, here, ctx.log);
  } catch (e) {
    let landed: string | null = null;
    try {
      landed = landedImport(ctx.db, input.year, now, since);
    } catch {
      /* the data file was closed meanwhile: the worker's own answer stands */
    }
    if (landed === null) throw e;
    ctx.log?.('warn', `import worker ended without answering after its import was committed: ${(e as Error).message}`);
    ctx.changed('lists', 'backups');
    throw new AppError('internal', `导入已完成，名单已更新（${landed}）；但后台处理随后意外中止，未能显示导入结果。请在名单中核对，无需重新导入`);
  }
}

export const listImportHandlers = {
  'lists.import.preview': async (input, ctx) => {
    const here = () => previewImport(importEnv(ctx), input);
    const config = ctx.backend.importWorker();
    return config ? runImportJob({ kind: 'preview', input, config, now: ctx.clock.now(), operator: operatorOf(ctx) }, here, ctx.log) : here();
  },

  /** Not wrapped in a transaction by dispatch (ownTransaction): back up, then write everything in one transaction. */
  'lists.import.commit': async (input, ctx) => {
    const here = () => commitImport(importEnv(ctx), input);
    const config = ctx.backend.importWorker();
    const result = await (config ? commitInWorker(ctx, input, config, here) : here());
    if (result.backup === '') return result;
    ctx.changed('lists', 'backups');
    // Prepare the changed list (listing and search index) while the operator looks at the result.
    setTimeout(() => {
      try {
        yearView(ctx.db, input.year)?.search();
      } catch {
        /* the data file was closed meanwhile */
      }
    }, 0);
    return result;
  },

  'lists.export': async (input, { db, clock }) => {
    const view = requireView(db, input.year);
    const year = getYear(db, input.year)!;
    const sections = sectionsOf(db, view);
    const rows = exportRows(sections);
    const names = (regionId: number) => view.tree.names(regionId);
    const contacts = new Map<number, number>();
    for (const e of view.entries) if (e.active && e.zoneId !== null) contacts.set(e.zoneId, (contacts.get(e.zoneId) ?? 0) + 1);
    const zones = [...view.zones]
      .sort((a, b) => (view.tree.order.get(a.regionId) ?? 0) - (view.tree.order.get(b.regionId) ?? 0) || a.id - b.id)
      .map((z) => ({ ...z, ...names(z.regionId), contacts: contacts.get(z.id) ?? 0 }));
    const today = civilDateOf(clock.now());
    const title = `${year.countyName}${input.year}年山洪灾害防御责任人名单`;
    const sub = `${year.published ? `公示日期：${year.published}    ` : ''}共 ${rows.length} 人    导出日期：${today}`;
    const buf = await listWorkbook(title, sub, rows, zones, today, clock.now());
    return { name: `${title}.xlsx`, mime: XLSX_MIME, dataBase64: buf.toString('base64') };
  },

  'lists.publicTable': (input, { db }) => {
    const view = requireView(db, input.year);
    const year = getYear(db, input.year)!;
    if (input.regionId !== undefined && !view.tree.get(input.regionId)) throw new AppError('not_found', `${input.year}年名单中没有编号为 ${input.regionId} 的地区`, 'regionId');
    const sections = sectionsOf(db, view, input.regionId);
    const scope = input.regionId === undefined || input.regionId === view.tree.root?.id ? year.countyName : view.path(input.regionId);
    return {
      title: publicTitle(year.countyName, input.year),
      year: input.year,
      countyName: year.countyName,
      scope,
      published: year.published,
      sections,
      total: sections.reduce((n, s) => n + s.rows.length, 0),
    };
  },
} satisfies Pick<Handlers, 'lists.import.preview' | 'lists.import.commit' | 'lists.export' | 'lists.publicTable'>;
