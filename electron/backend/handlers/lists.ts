import { AppError } from '../../../shared/contract/errors';
import type { ListTree } from '../../../shared/contract/lists';
import { completeness, staleness } from '../../../shared/lists/checks';
import { CHILD_LEVEL, REGION_LEVEL_ZH, type Region } from '../../../shared/lists/types';
import { civilDateOf, isCivilDate } from '../../../shared/time/civil';
import {
  deleteRegion,
  deleteZone,
  getRegion,
  getYear,
  getZone,
  insertRegion,
  insertYear,
  insertZone,
  listYears,
  moveZoneContacts,
  regionUsage,
  renameRegion,
  setPublished,
  touchYear,
  updateZone,
  zoneContacts,
} from '../../../db/repos/lists';
import { copyYear } from '../../../db/repos/lists-copy';
import { getPerson, insertPerson, setPersonActive, updatePerson } from '../../../db/repos/lists-persons';
import { personHistory, PERSON_ENTITY } from '../../../db/repos/lists-history';
import { callsOf } from '../../../db/repos/lists-calls';
import { personLabel, personSnapshot, regionSnapshot, zoneSnapshot } from '../services/lists-audit';
import { duplicateOf, personWrite } from '../services/lists-person-input';
import { decorate, personRows, regionsMatching, selectIds } from '../services/lists-view';
import { defaultCountyName, infoOf, personCounts, requireView, yearInfo } from '../services/lists-years';
import { listImportHandlers } from './lists-import';
import { listCheckHandlers } from './lists-checks';
import type { Handlers, HandlerContext } from '../types';
import type { Db } from '../../../db/open';

function mustPerson(db: Db, id: number) {
  const p = getPerson(db, id);
  if (!p) throw new AppError('not_found', `找不到编号为 ${id} 的责任人`, 'id');
  return p;
}

function mustRegion(db: Db, id: number, field = 'id') {
  const r = getRegion(db, id);
  if (!r) throw new AppError('not_found', `找不到编号为 ${id} 的地区`, field);
  return r;
}

const currentYear = (ctx: HandlerContext) => Number(civilDateOf(ctx.clock.now()).slice(0, 4));

function changedYear(ctx: HandlerContext, year: number): void {
  touchYear(ctx.db, year, ctx.clock.now());
  ctx.changed('lists');
}

const coreHandlers = {
  'lists.overview': (_i, ctx) => {
    const years = listYears(ctx.db);
    const counts = personCounts(ctx.db);
    const now = currentYear(ctx);
    return { currentYear: now, years: years.map((y) => yearInfo(y, counts.get(y.year) ?? 0)), stale: staleness(years, now) };
  },

  'lists.tree': (input, { db }): ListTree => {
    const view = requireView(db, input.year);
    // The whole county's tree with its completeness (4,000+ places): built once per change of the list.
    return view.memo('tree', () => {
      const active = view.entries.filter((e) => e.active);
      const c = completeness(view.tree, view.zones, active);
      const status = new Map(c.regions.map((s) => [s.id, s]));
      const zoneStatus = new Map(c.zones.map((z) => [z.id, z]));
      return {
        year: view.year,
        countyName: view.tree.root?.name ?? '',
        regions: view.tree.all().map((r) => ({ ...r, own: status.get(r.id)?.own ?? 0, missing: status.get(r.id)?.missing ?? true, gaps: status.get(r.id)?.gaps ?? 0 })),
        zones: view.zones.map((z) => ({ ...z, contacts: zoneStatus.get(z.id)?.contacts ?? 0, missing: zoneStatus.get(z.id)?.missing ?? true })),
        totals: c.totals,
        gaps: c.gaps,
      };
    });
  },

  'lists.persons.page': (input, { db }) => {
    const view = requireView(db, input.year);
    if (input.regionId !== undefined && !view.tree.get(input.regionId)) throw new AppError('not_found', `${input.year}年名单中没有编号为 ${input.regionId} 的地区`, 'regionId');
    const ids = selectIds(view, { regionId: input.regionId, level: input.level, includeInactive: input.includeInactive });
    return { total: ids.length, offset: input.offset, rows: personRows(db, view, ids.slice(input.offset, input.offset + input.limit)) };
  },

  'lists.persons.search': (input, { db }) => {
    const view = requireView(db, input.year);
    const hits = view.search().index.search(input.q, {
      limit: input.limit,
      includeInactive: input.includeInactive,
      regionIds: input.regionId !== undefined ? view.tree.subtree(input.regionId) : undefined,
      regionsMatching: (t: string) => regionsMatching(view, t),
    });
    return { rows: personRows(db, view, hits.ids), more: hits.more, hint: hits.hint };
  },

  'lists.persons.detail': (input, { db }) => {
    const p = mustPerson(db, input.id);
    const view = requireView(db, p.year);
    return {
      person: decorate(view, p),
      history: personHistory(db, p.lineage),
      calls: callsOf(db, p.lineage).map(({ id, at, phone, result, note, operatorName }) => ({ id, at, phone, result, note, operatorName })),
    };
  },

  'lists.persons.create': (input, ctx) => {
    const { year, ...fields } = input;
    const view = requireView(ctx.db, year);
    const w = personWrite(view, fields);
    const dup = duplicateOf(view, w);
    if (dup) throw new AppError('conflict', dup, 'name');
    const created = insertPerson(ctx.db, year, w, ctx.clock.now());
    ctx.audit({ entity: PERSON_ENTITY, entityId: created.id, action: 'create', summary: `新增责任人 ${personLabel(view, created)}`, after: personSnapshot(view, created) });
    changedYear(ctx, year);
    return decorate(view, created);
  },

  'lists.persons.update': (input, ctx) => {
    const before = mustPerson(ctx.db, input.id);
    const view = requireView(ctx.db, before.year);
    const { id, ...fields } = input;
    const w = personWrite(view, fields);
    const dup = duplicateOf(view, w, id);
    if (dup) throw new AppError('conflict', dup, 'name');
    const after = updatePerson(ctx.db, id, w, ctx.clock.now());
    if (!before.active) setPersonActive(ctx.db, id, false, ctx.clock.now());
    const final = before.active ? after : { ...after, active: false };
    ctx.audit({ entity: PERSON_ENTITY, entityId: id, action: 'update', summary: `修改责任人 ${personLabel(view, final)}`, before: personSnapshot(view, before), after: personSnapshot(view, final) });
    changedYear(ctx, before.year);
    return decorate(view, final);
  },

  'lists.persons.move': (input, ctx) => {
    const before = mustPerson(ctx.db, input.id);
    const view = requireView(ctx.db, before.year);
    const w = personWrite(view, { ...before, regionId: input.regionId, zoneId: input.zoneId });
    const dup = duplicateOf(view, w, before.id);
    if (dup) throw new AppError('conflict', dup, 'regionId');
    const after = updatePerson(ctx.db, before.id, w, ctx.clock.now());
    if (!before.active) setPersonActive(ctx.db, before.id, false, ctx.clock.now());
    ctx.audit({
      entity: PERSON_ENTITY,
      entityId: before.id,
      action: 'update',
      summary: `调整责任人 ${before.name} 的所属地区：${personLabel(view, before)} → ${personLabel(view, after)}`,
      before: personSnapshot(view, before),
      after: personSnapshot(view, { ...after, active: before.active }),
    });
    changedYear(ctx, before.year);
    return decorate(view, { ...after, active: before.active });
  },

  'lists.persons.setActive': (input, ctx) => {
    const before = mustPerson(ctx.db, input.id);
    const view = requireView(ctx.db, before.year);
    if (before.active === input.active) return decorate(view, before);
    if (input.active) {
      const dup = duplicateOf(view, { ...before, initials: '', pinyin: '' }, before.id);
      if (dup) throw new AppError('conflict', `不能启用：${dup}`, 'active');
    }
    const after = setPersonActive(ctx.db, input.id, input.active, ctx.clock.now());
    ctx.audit({
      entity: PERSON_ENTITY,
      entityId: input.id,
      action: input.active ? 'activate' : 'deactivate',
      summary: `${input.active ? '启用' : '停用'}责任人 ${personLabel(view, after)}`,
      before: personSnapshot(view, before),
      after: personSnapshot(view, after),
    });
    changedYear(ctx, before.year);
    return decorate(view, after);
  },

  'lists.years.create': (input, ctx) => {
    const { db } = ctx;
    if (getYear(db, input.year)) throw new AppError('conflict', `${input.year}年名单已经建立`, 'year');
    const now = ctx.clock.now();
    let summary: string;
    if (input.copyFrom !== null) {
      const from = getYear(db, input.copyFrom);
      if (!from) throw new AppError('not_found', `没有${input.copyFrom}年的名单可以复制`, 'copyFrom');
      const n = copyYear(db, input.copyFrom, input.year, input.countyName || from.countyName, now);
      summary = `复制${input.copyFrom}年名单建立${input.year}年名单：${n.regions}个地区、${n.zones}个危险区、${n.persons}名责任人、${n.leaders}名包保县级领导、${n.works}处工程`;
    } else {
      insertYear(db, input.year, input.countyName || defaultCountyName(db), null, now);
      summary = `新建${input.year}年责任人名单（空白）`;
    }
    const info = infoOf(db, input.year);
    ctx.audit({ entity: 'list_year', entityId: input.year, action: 'create', summary, after: { listYear: input.year, countyName: info.countyName, copiedFrom: info.copiedFrom } });
    ctx.changed('lists');
    return info;
  },

  'lists.years.publish': (input, ctx) => {
    const before = getYear(ctx.db, input.year);
    if (!before) throw new AppError('not_found', `${input.year}年名单尚未建立`, 'year');
    if (input.published !== null && !isCivilDate(input.published)) throw new AppError('invalid_input', `公示日期“${input.published}”无效，应为 YYYY-MM-DD`, 'published');
    setPublished(ctx.db, input.year, input.published);
    ctx.audit({
      entity: 'list_year',
      entityId: input.year,
      action: 'update',
      summary: input.published ? `${input.year}年名单公示日期记为${input.published}` : `撤销${input.year}年名单的公示日期`,
      before: { listYear: input.year, published: before.published },
      after: { listYear: input.year, published: input.published },
    });
    ctx.changed('lists');
    return infoOf(ctx.db, input.year);
  },

  'lists.regions.save': (input, ctx): Region => {
    const view = requireView(ctx.db, input.year);
    const name = input.name.replace(/\s+/g, '');
    if (input.id !== undefined) {
      const before = mustRegion(ctx.db, input.id);
      if (before.year !== input.year) throw new AppError('not_found', `${input.year}年名单中没有编号为 ${input.id} 的地区`, 'id');
      const sibling = before.parentId === null ? undefined : view.tree.kids(before.parentId).find((k) => k.name === name && k.id !== before.id);
      if (sibling) throw new AppError('conflict', `${view.path(before.parentId!) || view.tree.root?.name}下已有“${name}”`, 'name');
      renameRegion(ctx.db, before.id, name);
      const after = { ...before, name };
      ctx.audit({ entity: 'list_region', entityId: before.id, action: 'update', summary: `地区改名：${before.name} → ${name}`, before: regionSnapshot(view, before), after: regionSnapshot(view, after) });
      changedYear(ctx, input.year);
      const { year: _y, ...region } = after;
      return region;
    }
    const parent = mustRegion(ctx.db, input.parentId ?? view.tree.root!.id, 'parentId');
    if (parent.year !== input.year) throw new AppError('not_found', `${input.year}年名单中没有编号为 ${parent.id} 的地区`, 'parentId');
    const level = CHILD_LEVEL[parent.level];
    if (!level) throw new AppError('invalid_input', '村民组下不能再分地区；危险区请在“危险区”中添加', 'parentId');
    if (view.tree.kids(parent.id).some((k) => k.name === name)) throw new AppError('conflict', `${view.path(parent.id) || parent.name}下已有${REGION_LEVEL_ZH[level]}“${name}”`, 'name');
    const created = insertRegion(ctx.db, input.year, parent.id, level, name);
    ctx.audit({ entity: 'list_region', entityId: created.id, action: 'create', summary: `新增${REGION_LEVEL_ZH[level]} ${[view.path(parent.id), name].filter(Boolean).join('/')}`, after: regionSnapshot(view, created) });
    changedYear(ctx, input.year);
    return created;
  },

  'lists.regions.delete': (input, ctx) => {
    const r = mustRegion(ctx.db, input.id);
    if (r.parentId === null) throw new AppError('conflict', '县是名单的根，不能删除', 'id');
    const view = requireView(ctx.db, r.year);
    const u = regionUsage(ctx.db, r.id);
    if (u.children || u.zones || u.persons || u.leaders || u.works) {
      const what = [
        u.children && `${u.children}个下级地区`,
        u.zones && `${u.zones}个危险区`,
        u.persons && `${u.persons}名责任人（含已停用）`,
        u.leaders && `${u.leaders}名包保县级领导`,
        u.works && `${u.works}处水库等工程`,
      ]
        .filter(Boolean)
        .join('、');
      throw new AppError('conflict', `“${view.path(r.id)}”下还有${what}，请先移走或删除`, 'id');
    }
    deleteRegion(ctx.db, r.id);
    ctx.audit({ entity: 'list_region', entityId: r.id, action: 'delete', summary: `删除${REGION_LEVEL_ZH[r.level]} ${view.path(r.id)}`, before: regionSnapshot(view, r) });
    changedYear(ctx, r.year);
    return { id: r.id };
  },

  'lists.zones.save': (input, ctx) => {
    const region = mustRegion(ctx.db, input.regionId, 'regionId');
    if (region.level !== 'village' && region.level !== 'group') throw new AppError('invalid_input', '危险区应属于行政村（社区）或村民组', 'regionId');
    const view = requireView(ctx.db, region.year);
    const { id, ...data } = input;
    const clash = view.zones.find((z) => z.regionId === data.regionId && z.name === data.name && z.id !== id);
    if (clash) throw new AppError('conflict', `${view.path(region.id)}已有危险区“${data.name}”`, 'name');
    if (id !== undefined) {
      const before = getZone(ctx.db, id);
      if (!before || before.year !== region.year) throw new AppError('not_found', `找不到编号为 ${id} 的危险区`, 'id');
      const after = updateZone(ctx.db, id, data);
      if (after.regionId !== before.regionId) moveZoneContacts(ctx.db, id, after.regionId);
      ctx.audit({ entity: 'list_zone', entityId: id, action: 'update', summary: `修改危险区 ${after.name}（${view.path(after.regionId)}）`, before: zoneSnapshot(view, before), after: zoneSnapshot(view, after) });
      changedYear(ctx, region.year);
      return after;
    }
    const created = insertZone(ctx.db, region.year, data);
    ctx.audit({ entity: 'list_zone', entityId: created.id, action: 'create', summary: `新增危险区 ${created.name}（${view.path(created.regionId)}）`, after: zoneSnapshot(view, created) });
    changedYear(ctx, region.year);
    return created;
  },

  'lists.zones.delete': (input, ctx) => {
    const z = getZone(ctx.db, input.id);
    if (!z) throw new AppError('not_found', `找不到编号为 ${input.id} 的危险区`, 'id');
    const view = requireView(ctx.db, z.year);
    const n = zoneContacts(ctx.db, z.id);
    if (n > 0) throw new AppError('conflict', `危险区“${z.name}”还有${n}名户级责任人，请先移走或停用`, 'id');
    deleteZone(ctx.db, z.id);
    ctx.audit({ entity: 'list_zone', entityId: z.id, action: 'delete', summary: `删除危险区 ${z.name}（${view.path(z.regionId)}）`, before: zoneSnapshot(view, z) });
    changedYear(ctx, z.year);
    return { id: z.id };
  },
} satisfies Pick<
  Handlers,
  | 'lists.overview'
  | 'lists.tree'
  | 'lists.persons.page'
  | 'lists.persons.search'
  | 'lists.persons.detail'
  | 'lists.persons.create'
  | 'lists.persons.update'
  | 'lists.persons.move'
  | 'lists.persons.setActive'
  | 'lists.years.create'
  | 'lists.years.publish'
  | 'lists.regions.save'
  | 'lists.regions.delete'
  | 'lists.zones.save'
  | 'lists.zones.delete'
>;

export const listHandlers = { ...coreHandlers, ...listImportHandlers, ...listCheckHandlers };
