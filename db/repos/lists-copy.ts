import type { Db } from '../open';
import { insertYear, listRegions, listZones } from './lists';
import { copyRelatedLists } from './lists-related';

/**
 * Start `to` as a copy of `from`: the region tree, the zones and the active persons (their lineage kept,
 * so a person's history runs across years), and the related lists (县级领导包保, 三个责任人). Runs inside the caller's transaction.
 */
export function copyYear(db: Db, from: number, to: number, countyName: string, now: number): { regions: number; zones: number; persons: number; leaders: number; works: number } {
  const rootId = insertYear(db, to, countyName, from, now);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS list_copy_regions (old INTEGER PRIMARY KEY, new INTEGER NOT NULL); DELETE FROM temp.list_copy_regions;');
  db.exec('CREATE TEMP TABLE IF NOT EXISTS list_copy_zones (old INTEGER PRIMARY KEY, new INTEGER NOT NULL); DELETE FROM temp.list_copy_zones;');
  const mapRegion = db.prepare('INSERT INTO temp.list_copy_regions (old, new) VALUES (?, ?)');
  const insRegion = db.prepare('INSERT INTO list_regions (year, parent_id, level, name, sort_order) VALUES (?, ?, ?, ?, ?)');
  const ids = new Map<number, number>();
  const regions = listRegions(db, from);
  // Parents first: a region's parent is mapped before the region itself.
  const pending = [...regions];
  while (pending.length) {
    const before = pending.length;
    for (let i = 0; i < pending.length; i++) {
      const r = pending[i]!;
      let id: number;
      if (r.parentId === null) id = rootId;
      else {
        const parent = ids.get(r.parentId);
        if (parent === undefined) continue;
        id = Number(insRegion.run(to, parent, r.level, r.name, r.sortOrder).lastInsertRowid);
      }
      ids.set(r.id, id);
      mapRegion.run(r.id, id);
      pending.splice(i--, 1);
    }
    if (pending.length === before) break;
  }
  const zones = listZones(db, from);
  const insZone = db.prepare('INSERT INTO list_zones (year, region_id, name, households, people, route, shelter) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const mapZone = db.prepare('INSERT INTO temp.list_copy_zones (old, new) VALUES (?, ?)');
  for (const z of zones) {
    const region = ids.get(z.regionId);
    if (region === undefined) continue;
    mapZone.run(z.id, Number(insZone.run(to, region, z.name, z.households, z.people, z.route, z.shelter).lastInsertRowid));
  }
  const persons = db
    .prepare(
      `INSERT INTO list_persons (year, lineage, level, region_id, zone_id, name, position, duty, phones, households, note, active, initials, pinyin, created_at, updated_at)
       SELECT ?, p.lineage, p.level, rm.new, zm.new, p.name, p.position, p.duty, p.phones, p.households, p.note, 1, p.initials, p.pinyin, ?, p.updated_at
       FROM list_persons p JOIN temp.list_copy_regions rm ON rm.old = p.region_id LEFT JOIN temp.list_copy_zones zm ON zm.old = p.zone_id
       WHERE p.year = ? AND p.active = 1 ORDER BY p.id`,
    )
    .run(to, now, from).changes;
  const related = copyRelatedLists(db, from, to);
  db.exec('DELETE FROM temp.list_copy_regions; DELETE FROM temp.list_copy_zones;');
  return { regions: ids.size, zones: zones.length, persons, ...related };
}
