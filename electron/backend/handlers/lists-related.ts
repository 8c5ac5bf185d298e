import { AppError } from '../../../shared/contract/errors';
import { RELATED_KIND_ZH, WORK_ROLES } from '../../../shared/lists/related';
import { civilDateOf } from '../../../shared/time/civil';
import { deleteLeader, deleteWork, getLeader, getWork, insertLeader, insertWork, listLeaders, listWorks, updateLeader, updateWork } from '../../../db/repos/lists-related';
import {
  LEADER_ENTITY,
  leaderRow,
  leaderSnapshot,
  leaderWrite,
  requireYear,
  townshipNames,
  WORK_ENTITY,
  workRow,
  workSnapshot,
  workWrite,
} from '../services/lists-related';
import { analyseRelated, importText, readRelatedFile } from '../services/lists-related-import';
import { leadersWorkbook, worksWorkbook } from '../services/lists-related-xlsx';
import type { Handlers, HandlerContext } from '../types';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Only the related lists changed: the year's rev (which rebuilds the persons' search index) is left alone. */
function changedYear(ctx: HandlerContext, _year: number): void {
  ctx.changed('lists');
}

export const relatedListHandlers = {
  'lists.related.leaders': (input, { db }) => {
    requireYear(db, input.year);
    const names = townshipNames(db, input.year);
    return listLeaders(db, input.year).map((l) => leaderRow(names, l));
  },

  'lists.related.saveLeader': (input, ctx) => {
    const { year, id, ...fields } = input;
    requireYear(ctx.db, year);
    const names = townshipNames(ctx.db, year);
    const w = leaderWrite(names, fields);
    const clash = listLeaders(ctx.db, year).find((l) => l.name === w.name && l.id !== id);
    if (clash) throw new AppError('conflict', `${year}年包保名单中已有“${w.name}”：同一领导请写在一行，多个乡镇一并选择`, 'name');
    const now = ctx.clock.now();
    if (id !== undefined) {
      const before = getLeader(ctx.db, id);
      if (!before || before.year !== year) throw new AppError('not_found', `找不到编号为 ${id} 的包保领导`, 'id');
      const after = updateLeader(ctx.db, id, w, now);
      ctx.audit({ entity: LEADER_ENTITY, entityId: id, action: 'update', summary: `修改县级领导包保 ${after.name}`, before: leaderSnapshot(names, year, before), after: leaderSnapshot(names, year, after) });
      changedYear(ctx, year);
      return leaderRow(names, after);
    }
    const created = insertLeader(ctx.db, year, w, now);
    ctx.audit({ entity: LEADER_ENTITY, entityId: created.id, action: 'create', summary: `新增县级领导包保 ${created.name}`, after: leaderSnapshot(names, year, created) });
    changedYear(ctx, year);
    return leaderRow(names, created);
  },

  'lists.related.deleteLeader': (input, ctx) => {
    const l = getLeader(ctx.db, input.id);
    if (!l) throw new AppError('not_found', `找不到编号为 ${input.id} 的包保领导`, 'id');
    const names = townshipNames(ctx.db, l.year);
    deleteLeader(ctx.db, l.id);
    ctx.audit({ entity: LEADER_ENTITY, entityId: l.id, action: 'delete', summary: `删除县级领导包保 ${l.name}`, before: leaderSnapshot(names, l.year, l) });
    changedYear(ctx, l.year);
    return { id: l.id };
  },

  'lists.related.works': (input, { db }) => {
    requireYear(db, input.year);
    const names = townshipNames(db, input.year);
    return listWorks(db, input.year).map((w) => workRow(names, w));
  },

  'lists.related.saveWork': (input, ctx) => {
    const { year, id, ...fields } = input;
    requireYear(ctx.db, year);
    const names = townshipNames(ctx.db, year);
    const w = workWrite(names, fields);
    const clash = listWorks(ctx.db, year).find((x) => x.name === w.name && x.id !== id);
    if (clash) throw new AppError('conflict', `${year}年三个责任人名单中已有工程“${w.name}”`, 'name');
    const now = ctx.clock.now();
    if (id !== undefined) {
      const before = getWork(ctx.db, id);
      if (!before || before.year !== year) throw new AppError('not_found', `找不到编号为 ${id} 的工程`, 'id');
      const after = updateWork(ctx.db, id, w, now);
      ctx.audit({ entity: WORK_ENTITY, entityId: id, action: 'update', summary: `修改${after.kind}三个责任人 ${after.name}`, before: workSnapshot(names, year, before), after: workSnapshot(names, year, after) });
      changedYear(ctx, year);
      return workRow(names, after);
    }
    const created = insertWork(ctx.db, year, w, now);
    ctx.audit({ entity: WORK_ENTITY, entityId: created.id, action: 'create', summary: `新增${created.kind}三个责任人 ${created.name}`, after: workSnapshot(names, year, created) });
    changedYear(ctx, year);
    return workRow(names, created);
  },

  'lists.related.deleteWork': (input, ctx) => {
    const w = getWork(ctx.db, input.id);
    if (!w) throw new AppError('not_found', `找不到编号为 ${input.id} 的工程`, 'id');
    const names = townshipNames(ctx.db, w.year);
    deleteWork(ctx.db, w.id);
    ctx.audit({ entity: WORK_ENTITY, entityId: w.id, action: 'delete', summary: `删除${w.kind}三个责任人 ${w.name}`, before: workSnapshot(names, w.year, w) });
    changedYear(ctx, w.year);
    return { id: w.id };
  },

  'lists.related.importPreview': async (input, { db }) => {
    const grids = await readRelatedFile(input);
    return analyseRelated(db, input, grids).preview;
  },

  /** Not wrapped in a transaction by dispatch (ownTransaction): check again, back up, then write every row or none. */
  'lists.related.importCommit': async (input, ctx) => {
    const grids = await readRelatedFile(input);
    // From here on everything is synchronous: nothing can change the list between the check and the write.
    const a = analyseRelated(ctx.db, input, grids);
    const p = a.preview;
    if (p.problem) {
      const e = p.issues.find((i) => i.severity === 'error');
      const where = e ? `第${e.row}行「${e.header}」列（${e.column}）“${e.value}”：${e.message}。` : '';
      throw new AppError('invalid_input', `${where}${p.problem}`, 'dataBase64');
    }
    const text = importText(input.kind, p);
    const writes = a.leaders.filter((x) => x.before === null || x.fields.length).length + a.works.filter((x) => x.before === null || x.fields.length).length;
    if (writes === 0) return { added: 0, changed: 0, unchanged: p.unchanged, text, backup: '' };
    const backup = ctx.backend.backupNow('pre-import');
    const now = ctx.clock.now();
    const { year } = input;
    ctx.db.transaction(() => {
      for (const x of a.leaders) {
        if (x.before === null) {
          const c = insertLeader(ctx.db, year, x.after, now);
          ctx.audit({ entity: LEADER_ENTITY, entityId: c.id, action: 'create', summary: `导入新增县级领导包保 ${c.name}`, after: leaderSnapshot(a.names, year, c) });
        } else if (x.fields.length) {
          updateLeader(ctx.db, x.id!, x.after, now);
          ctx.audit({ entity: LEADER_ENTITY, entityId: x.id, action: 'update', summary: `导入变更县级领导包保 ${x.after.name}（${x.fields.join('、')}）`, before: leaderSnapshot(a.names, year, x.before), after: leaderSnapshot(a.names, year, x.after) });
        }
      }
      for (const x of a.works) {
        if (x.before === null) {
          const c = insertWork(ctx.db, year, x.after, now);
          ctx.audit({ entity: WORK_ENTITY, entityId: c.id, action: 'create', summary: `导入新增${c.kind}三个责任人 ${c.name}`, after: workSnapshot(a.names, year, c) });
        } else if (x.fields.length) {
          updateWork(ctx.db, x.id!, x.after, now);
          ctx.audit({ entity: WORK_ENTITY, entityId: x.id, action: 'update', summary: `导入变更${x.after.kind}三个责任人 ${x.after.name}（${x.fields.join('、')}）`, before: workSnapshot(a.names, year, x.before), after: workSnapshot(a.names, year, x.after) });
        }
      }
      ctx.audit({
        entity: 'list_related_import',
        entityId: year,
        action: 'import',
        summary: `导入${year}年${RELATED_KIND_ZH[input.kind]}“${input.fileName}”：${text}`,
        after: { listYear: year, relatedKind: RELATED_KIND_ZH[input.kind], importFile: input.fileName, importAdded: p.added, importChanged: p.changed.map((c) => c.name) },
      });
    })();
    ctx.changed('lists', 'backups');
    return { added: p.added.length, changed: p.changed.length, unchanged: p.unchanged, text, backup: backup.file };
  },

  'lists.related.export': async (input, { db, clock }) => {
    const y = requireYear(db, input.year);
    const names = townshipNames(db, input.year);
    const today = civilDateOf(clock.now());
    if (input.kind === 'leaders') {
      const rows = listLeaders(db, input.year).map((l) => leaderRow(names, l));
      const title = `${y.countyName}${input.year}年县级领导防汛包保责任表`;
      const buf = await leadersWorkbook(title, `共 ${rows.length} 人    导出日期：${today}`, rows, today, clock.now());
      return { name: `${title}.xlsx`, mime: XLSX_MIME, dataBase64: buf.toString('base64') };
    }
    const rows = listWorks(db, input.year).map((w) => workRow(names, w));
    const title = `${y.countyName}${input.year}年水库（重点工程）防汛三个责任人名单`;
    const missing = rows.filter((w) => WORK_ROLES.some((r) => w[r].name === '')).length;
    const buf = await worksWorkbook(title, `共 ${rows.length} 处${missing ? `（${missing}处责任人未落实齐）` : ''}    导出日期：${today}`, rows, today, clock.now());
    return { name: `${title}.xlsx`, mime: XLSX_MIME, dataBase64: buf.toString('base64') };
  },
} satisfies Pick<
  Handlers,
  | 'lists.related.leaders'
  | 'lists.related.saveLeader'
  | 'lists.related.deleteLeader'
  | 'lists.related.works'
  | 'lists.related.saveWork'
  | 'lists.related.deleteWork'
  | 'lists.related.importPreview'
  | 'lists.related.importCommit'
  | 'lists.related.export'
>;
