import { AppError } from '../../../shared/contract/errors';
import { summaryText, levelLines } from '../../../shared/lists/diff';
import { publicSections, publicTitle } from '../../../shared/lists/publish';
import { headerSignature } from '../../../shared/lists/headers';
import { clipMessage, clipText } from '../../../shared/lists/text';
import { civilDateOf } from '../../../shared/time/civil';
import { getYear } from '../../../db/repos/lists';
import { saveMapping } from '../../../db/repos/lists-mappings';
import { listPersons } from '../../../db/repos/lists-persons';
import { analyse, decodeFile, loadSheets, toPreview, type ImportInput } from '../services/lists-import';
import type { SheetGrid } from '../../../shared/lists/grid';
import { applyPlan } from '../services/lists-import-apply';
import { exportRows, listWorkbook } from '../services/lists-xlsx-write';
import { requireView } from '../services/lists-years';
import { selectIds, yearView, type YearView } from '../services/lists-view';
import type { Handlers } from '../types';
import type { Db } from '../../../db/open';

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

export const listImportHandlers = {
  'lists.import.preview': async (input, { db, log }) => {
    const buf = decodeFile(input);
    const grids = await loadSheets(buf, log);
    const view = requireView(db, input.year);
    return toPreview(view, analyse(db, view, grids, input), input.fileName);
  },

  /** Not wrapped in a transaction by dispatch (ownTransaction): back up, then write everything in one transaction. */
  'lists.import.commit': async (input, ctx) => {
    const grids = await loadSheets(decodeFile(input), ctx.log);
    // From here on everything is synchronous: nothing else can change the list between the check and the write.
    const view = requireView(ctx.db, input.year);
    // The sheets are handed over (splice) so that they, the rows read from them and the first analysis can
    // be collected while the plan is written: only the plan is kept. A 200,000-row list is a lot of memory.
    const a = checkedPlan(ctx.db, view, grids.splice(0), input);
    const plan = a.plan;
    const now = ctx.clock.now();
    const nothing = plan.changes.length === 0 && plan.newRegions.length === 0 && plan.zones.every((z) => z.kind === 'same');
    if (nothing) {
      if (input.rememberMapping && a.header) ctx.db.transaction(() => saveMapping(ctx.db, headerSignature(a.header!), a.mapping, now))();
      return { summary: plan.summary, text: summaryText(plan.summary), regionsAdded: 0, zonesAdded: 0, zonesChanged: 0, skippedRows: a.skipped, backup: '' };
    }
    const backup = ctx.backend.backupNow('pre-import');
    const op = { id: ctx.operator?.id ?? null, name: ctx.operator?.name ?? '（初始设置）' };
    const applied = ctx.db.transaction(() => {
      const r = applyPlan(ctx.db, view, plan, now, op);
      if (input.rememberMapping && a.header) saveMapping(ctx.db, headerSignature(a.header), a.mapping, now);
      const text = summaryText(plan.summary);
      ctx.audit({
        entity: 'list_import',
        entityId: input.year,
        action: 'import',
        summary: `导入${input.year}年名单“${input.fileName}”：${text}${a.skipped ? `（跳过有错误的${a.skipped}行）` : ''}`,
        after: { listYear: input.year, importFile: input.fileName, importSummary: levelLines(plan.summary), importScope: plan.scope.places },
      });
      return r;
    })();
    ctx.changed('lists', 'backups');
    // Prepare the changed list (listing and search index) while the operator looks at the result.
    setTimeout(() => {
      try {
        yearView(ctx.db, input.year)?.search();
      } catch {
        /* the data file was closed meanwhile */
      }
    }, 0);
    return { summary: plan.summary, text: summaryText(plan.summary), ...applied, skippedRows: a.skipped, backup: backup.file };
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
