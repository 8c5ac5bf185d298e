import type { Db } from '../open';
import type { Region, RegionLevel, Zone } from '../../shared/lists/types';

/** One year's list: its county, where it was copied from, when it was published. */
export interface ListYear {
  year: number;
  countyName: string;
  copiedFrom: number | null;
  published: string | null;
  rev: number;
  createdAt: number;
  changedAt: number;
}

interface YearRow {
  year: number;
  county_name: string;
  copied_from: number | null;
  published: string | null;
  rev: number;
  created_at: number;
  changed_at: number;
}

const toYear = (r: YearRow): ListYear => ({
  year: r.year,
  countyName: r.county_name,
  copiedFrom: r.copied_from,
  published: r.published,
  rev: r.rev,
  createdAt: r.created_at,
  changedAt: r.changed_at,
});

export function listYears(db: Db): ListYear[] {
  return (db.prepare('SELECT * FROM list_years ORDER BY year DESC').all() as YearRow[]).map(toYear);
}

export function getYear(db: Db, year: number): ListYear | null {
  const r = db.prepare('SELECT * FROM list_years WHERE year = ?').get(year) as YearRow | undefined;
  return r ? toYear(r) : null;
}

/** A new year's list with its county region; returns the county region's id. */
export function insertYear(db: Db, year: number, countyName: string, copiedFrom: number | null, now: number): number {
  db.prepare('INSERT INTO list_years (year, county_name, copied_from, created_at, changed_at) VALUES (?, ?, ?, ?, ?)').run(year, countyName, copiedFrom, now, now);
  return Number(db.prepare("INSERT INTO list_regions (year, parent_id, level, name, sort_order) VALUES (?, NULL, 'county', ?, 0)").run(year, countyName).lastInsertRowid);
}

export function setPublished(db: Db, year: number, published: string | null): void {
  db.prepare('UPDATE list_years SET published = ? WHERE year = ?').run(published, year);
}

/** Record that the year's places or persons changed (moves the search index's key). */
export function touchYear(db: Db, year: number, now: number): void {
  db.prepare('UPDATE list_years SET rev = rev + 1, changed_at = ? WHERE year = ?').run(now, year);
}

export function yearRev(db: Db, year: number): number | null {
  const r = db.prepare('SELECT rev FROM list_years WHERE year = ?').get(year) as { rev: number } | undefined;
  return r ? r.rev : null;
}

interface RegionRow {
  id: number;
  parent_id: number | null;
  level: RegionLevel;
  name: string;
  sort_order: number;
}
const toRegion = (r: RegionRow): Region => ({ id: r.id, parentId: r.parent_id, level: r.level, name: r.name, sortOrder: r.sort_order });

export function listRegions(db: Db, year: number): Region[] {
  return (db.prepare('SELECT id, parent_id, level, name, sort_order FROM list_regions WHERE year = ? ORDER BY sort_order, id').all(year) as RegionRow[]).map(toRegion);
}

export function getRegion(db: Db, id: number): (Region & { year: number }) | null {
  const r = db.prepare('SELECT id, parent_id, level, name, sort_order, year FROM list_regions WHERE id = ?').get(id) as (RegionRow & { year: number }) | undefined;
  return r ? { ...toRegion(r), year: r.year } : null;
}

export function insertRegion(db: Db, year: number, parentId: number, level: RegionLevel, name: string): Region {
  const info = db
    .prepare('INSERT INTO list_regions (year, parent_id, level, name, sort_order) VALUES (?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM list_regions WHERE parent_id = ?))')
    .run(year, parentId, level, name, parentId);
  return getRegion(db, Number(info.lastInsertRowid))!;
}

export function renameRegion(db: Db, id: number, name: string): void {
  db.prepare('UPDATE list_regions SET name = ? WHERE id = ?').run(name, id);
}

export function deleteRegion(db: Db, id: number): void {
  db.prepare('DELETE FROM list_regions WHERE id = ?').run(id);
}

/** Child regions, zones and persons (active or not) under a region, directly. */
export function regionUsage(db: Db, id: number): { children: number; zones: number; persons: number; leaders: number; works: number } {
  const year = (db.prepare('SELECT year FROM list_regions WHERE id = ?').get(id) as { year: number } | undefined)?.year ?? 0;
  const n = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
  return {
    children: n('SELECT count(*) AS n FROM list_regions WHERE parent_id = ?', id),
    zones: n('SELECT count(*) AS n FROM list_zones WHERE region_id = ?', id),
    persons: n('SELECT count(*) AS n FROM list_persons WHERE year = ? AND region_id = ?', year, id),
    // The related lists: leaders assigned to the township (包保) and works located in it.
    leaders: n('SELECT count(*) AS n FROM list_leader_townships WHERE region_id = ?', id),
    works: n('SELECT count(*) AS n FROM list_works WHERE township_id = ?', id),
  };
}

interface ZoneRow {
  id: number;
  region_id: number;
  name: string;
  households: number;
  people: number;
  route: string;
  shelter: string;
}
const toZone = (r: ZoneRow): Zone => ({ id: r.id, regionId: r.region_id, name: r.name, households: r.households, people: r.people, route: r.route, shelter: r.shelter });

export function listZones(db: Db, year: number): Zone[] {
  return (db.prepare('SELECT id, region_id, name, households, people, route, shelter FROM list_zones WHERE year = ? ORDER BY region_id, id').all(year) as ZoneRow[]).map(toZone);
}

export function getZone(db: Db, id: number): (Zone & { year: number }) | null {
  const r = db.prepare('SELECT id, region_id, name, households, people, route, shelter, year FROM list_zones WHERE id = ?').get(id) as (ZoneRow & { year: number }) | undefined;
  return r ? { ...toZone(r), year: r.year } : null;
}

export type ZoneData = Omit<Zone, 'id'>;

export function insertZone(db: Db, year: number, z: ZoneData): Zone {
  const info = db
    .prepare('INSERT INTO list_zones (year, region_id, name, households, people, route, shelter) VALUES (?, @regionId, @name, @households, @people, @route, @shelter)')
    .run(year, z);
  return getZone(db, Number(info.lastInsertRowid))!;
}

export function updateZone(db: Db, id: number, z: ZoneData): Zone {
  db.prepare('UPDATE list_zones SET region_id = @regionId, name = @name, households = @households, people = @people, route = @route, shelter = @shelter WHERE id = @id').run({ ...z, id });
  return getZone(db, id)!;
}

export function deleteZone(db: Db, id: number): void {
  db.prepare('DELETE FROM list_zones WHERE id = ?').run(id);
}

export function zoneContacts(db: Db, id: number): number {
  return (db.prepare('SELECT count(*) AS n FROM list_persons WHERE zone_id = ? AND active = 1').get(id) as { n: number }).n;
}

/** A zone moved to another village or group takes its 户级 contacts along. */
export function moveZoneContacts(db: Db, zoneId: number, regionId: number): void {
  db.prepare('UPDATE list_persons SET region_id = ? WHERE zone_id = ?').run(regionId, zoneId);
}
