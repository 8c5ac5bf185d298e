import type { Db } from '../../../db/open';
import { insertRegion, insertZone, touchYear, updateZone } from '../../../db/repos/lists';
import { activeSetter, inactiveByKey, personInserter, personUpdater, type PersonWrite } from '../../../db/repos/lists-persons';
import { auditWriter, PERSON_ENTITY } from '../../../db/repos/lists-history';
import type { PersonChange, PersonValues } from '../../../shared/lists/diff';
import { personKey, type ImportPlan } from '../../../shared/lists/plan';
import { namePinyin } from '../../../shared/lists/pinyin';
import { LEVEL_ZH, REGION_LEVEL_ZH } from '../../../shared/lists/types';
import type { YearView } from './lists-view';

/** Above this many additions, added persons share the import's audit row instead of one row each. */
export const BULK_ADDS = 5_000;

export interface Applied {
  regionsAdded: number;
  zonesAdded: number;
  zonesChanged: number;
}

export interface Operator {
  id: number | null;
  name: string;
}

function snapshot(year: number, c: PersonChange, v: PersonValues | null) {
  if (!v) return undefined;
  return { listYear: year, personLevel: LEVEL_ZH[c.level], region: c.path, name: c.name, position: v.position, duty: v.duty, phones: v.phones, households: v.households, note: v.note };
}

/**
 * Write an import plan: new places, new or changed zones, then persons — 新增 (or a deleted person of
 * the same place and name brought back), 变更, 删除 (deactivated, history kept). Every person change
 * gets its own audit row (the person's history). Runs inside the caller's transaction.
 */
export function applyPlan(db: Db, view: YearView, plan: ImportPlan, now: number, op: Operator): Applied {
  const year = view.year;
  const audit = auditWriter(db, now, op.id, op.name);
  const regionIds = new Map<number, number>();
  const real = (ref: number) => (ref > 0 ? ref : regionIds.get(ref)!);
  for (const r of plan.newRegions) {
    const created = insertRegion(db, year, real(r.parentRef), r.level, r.name);
    regionIds.set(r.ref, created.id);
    audit('list_region', created.id, 'create', `导入时新增${REGION_LEVEL_ZH[r.level]} ${r.path}`, undefined, { listYear: year, regionLevel: REGION_LEVEL_ZH[r.level], regionName: r.name, region: r.path });
  }
  const zoneIds = new Map<number, number>();
  let zonesAdded = 0;
  let zonesChanged = 0;
  for (const z of plan.zones) {
    const data = { regionId: real(z.regionRef), name: z.name, ...z.after };
    const snap = (v: typeof z.after) => ({ listYear: year, region: z.path, zoneName: z.name, zoneHouseholds: v.households, zonePeople: v.people, route: v.route, shelter: v.shelter });
    if (z.kind === 'added') {
      const created = insertZone(db, year, data);
      zoneIds.set(z.ref, created.id);
      zonesAdded++;
      audit('list_zone', created.id, 'create', `导入时新增危险区 ${z.name}（${z.path}）`, undefined, snap(z.after));
    } else if (z.kind === 'changed') {
      updateZone(db, z.ref, data);
      zonesChanged++;
      audit('list_zone', z.ref, 'update', `导入时修改危险区 ${z.name}（${z.path}）`, snap(z.before!), snap(z.after));
    }
  }
  const zoneOf = (ref: number | null | undefined) => (ref === null || ref === undefined ? null : ref > 0 ? ref : (zoneIds.get(ref) ?? null));

  const insert = personInserter(db, year, now);
  const update = personUpdater(db, now);
  const setActive = activeSetter(db, now);
  const inactive = inactiveByKey(db, year);
  const bulk = plan.changes.filter((c) => c.kind === 'added').length > BULK_ADDS;
  const write = (c: PersonChange, v: PersonValues): PersonWrite => {
    const py = namePinyin(c.name);
    return { level: c.level, regionId: real(c.regionRef!), zoneId: zoneOf(c.zoneRef), name: c.name, ...v, initials: py.initials, pinyin: py.full };
  };
  for (const c of plan.changes) {
    if (c.kind === 'added') {
      const w = write(c, c.after!);
      const back = inactive.get(personKey(w.level, w.regionId, w.zoneId, w.name));
      if (back !== undefined) {
        inactive.delete(personKey(w.level, w.regionId, w.zoneId, w.name));
        update(back, w);
        audit(PERSON_ENTITY, back, 'activate', `导入时恢复责任人 ${LEVEL_ZH[c.level]} ${c.name}（${c.path}）`, undefined, snapshot(year, c, c.after));
      } else {
        const id = insert(w);
        // A first import of a whole county adds 200,000 persons at once: their history is the import's own
        // audit row (same instant as their creation; see personHistory) rather than one row each.
        if (!bulk) audit(PERSON_ENTITY, id, 'create', `导入新增责任人 ${LEVEL_ZH[c.level]} ${c.name}（${c.path}）`, undefined, snapshot(year, c, c.after));
      }
    } else if (c.kind === 'changed') {
      update(c.id!, write(c, c.after!));
      audit(PERSON_ENTITY, c.id!, 'update', `导入变更责任人 ${LEVEL_ZH[c.level]} ${c.name}（${c.path}）`, snapshot(year, c, c.before), snapshot(year, c, c.after));
    } else {
      setActive(c.id!, false);
      audit(PERSON_ENTITY, c.id!, 'deactivate', `导入删除责任人 ${LEVEL_ZH[c.level]} ${c.name}（${c.path}）`, snapshot(year, c, c.before), undefined);
    }
  }
  insert.flush();
  touchYear(db, year, now);
  return { regionsAdded: plan.newRegions.length, zonesAdded, zonesChanged };
}
