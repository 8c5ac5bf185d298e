import type { Db } from '../open';
import type { ListPerson, PersonFields, PersonLevel } from '../../shared/lists/types';

interface PersonDbRow {
  id: number;
  year: number;
  lineage: number;
  level: PersonLevel;
  region_id: number;
  zone_id: number | null;
  name: string;
  position: string;
  duty: string;
  phones: string;
  households: number | null;
  note: string;
  active: number;
  created_at: number;
  updated_at: number;
}

export const splitPhones = (s: string): string[] => (s === '' ? [] : s.split(','));

const COLUMNS = 'id, year, lineage, level, region_id, zone_id, name, position, duty, phones, households, note, active, created_at, updated_at';

function toPerson(r: PersonDbRow): ListPerson {
  return {
    id: r.id,
    year: r.year,
    lineage: r.lineage,
    level: r.level,
    regionId: r.region_id,
    zoneId: r.zone_id,
    name: r.name,
    position: r.position,
    duty: r.duty,
    phones: splitPhones(r.phones),
    households: r.households,
    note: r.note,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getPerson(db: Db, id: number): ListPerson | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM list_persons WHERE id = ?`).get(id) as PersonDbRow | undefined;
  return r ? toPerson(r) : null;
}

/** Persons by id, in the order asked. */
export function getPersons(db: Db, ids: readonly number[]): ListPerson[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`SELECT ${COLUMNS} FROM list_persons WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as PersonDbRow[];
  const byId = new Map(rows.map((r) => [r.id, toPerson(r)]));
  return ids.map((id) => byId.get(id)).filter((p): p is ListPerson => p !== undefined);
}

export function listPersons(db: Db, year: number, activeOnly: boolean): ListPerson[] {
  const sql = `SELECT ${COLUMNS} FROM list_persons WHERE year = ?${activeOnly ? ' AND active = 1' : ''} ORDER BY id`;
  return (db.prepare(sql).all(year) as PersonDbRow[]).map(toPerson);
}

/** How many persons (active or not) a year's list has. */
export function personTotal(db: Db, year: number): number {
  return (db.prepare('SELECT count(*) AS n FROM list_persons WHERE year = ?').get(year) as { n: number }).n;
}

/** Every person of a year as [id, lineage, level rank (0 = 县级 … 4 = 户级), region, zone, active], in id order. */
export function personListing(db: Db, year: number): IterableIterator<[number, number, number, number, number | null, number]> {
  return db
    .prepare(
      `SELECT id, lineage, CASE level WHEN 'county' THEN 0 WHEN 'township' THEN 1 WHEN 'village' THEN 2 WHEN 'group' THEN 3 ELSE 4 END,
              region_id, zone_id, active FROM list_persons WHERE year = ? ORDER BY id`,
    )
    .raw(true)
    .iterate(year) as IterableIterator<[number, number, number, number, number | null, number]>;
}

/**
 * The prepared search columns of every person of a year, [id, name, initials, pinyin, phones], one row at a
 * time (a county has 200,000: no array of them all).
 */
export function personSearchColumns(db: Db, year: number): IterableIterator<[number, string, string, string, string]> {
  return db.prepare('SELECT id, name, initials, pinyin, phones FROM list_persons WHERE year = ?').raw(true).iterate(year) as IterableIterator<[number, string, string, string, string]>;
}

export interface PersonWrite extends PersonFields {
  initials: string;
  pinyin: string;
}

const INSERT_COLUMNS = 'INSERT INTO list_persons (id, year, lineage, level, region_id, zone_id, name, position, duty, phones, households, note, active, initials, pinyin, created_at, updated_at) VALUES ';
const ONE_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)';
const BATCH = 50;

/**
 * A writer for many persons in the caller's transaction, ids given in order. Rows are written 50 to a
 * statement (far fewer calls into SQLite for an import of 200,000); call `flush()` after the last one.
 */
export function personInserter(db: Db, year: number, now: number) {
  const one = db.prepare(INSERT_COLUMNS + ONE_ROW);
  const many = db.prepare(INSERT_COLUMNS + Array(BATCH).fill(ONE_ROW).join(', '));
  let next = ((db.prepare('SELECT max(id) AS m FROM list_persons').get() as { m: number | null }).m ?? 0) + 1;
  let pending: unknown[][] = [];
  const flush = () => {
    for (const r of pending) one.run(r);
    pending = [];
  };
  const add = (p: PersonWrite, lineage?: number): number => {
    const id = next++;
    pending.push([id, year, lineage ?? id, p.level, p.regionId, p.zoneId, p.name, p.position, p.duty, p.phones.join(','), p.households, p.note, p.initials, p.pinyin, now, now]);
    if (pending.length === BATCH) {
      many.run(pending.flat());
      pending = [];
    }
    return id;
  };
  return Object.assign(add, { flush });
}

export function insertPerson(db: Db, year: number, p: PersonWrite, now: number, lineage?: number): ListPerson {
  const insert = personInserter(db, year, now);
  const id = insert(p, lineage);
  insert.flush();
  return getPerson(db, id)!;
}

export function personUpdater(db: Db, now: number) {
  const stmt = db.prepare(
    `UPDATE list_persons SET level = ?, region_id = ?, zone_id = ?, name = ?, position = ?, duty = ?, phones = ?, households = ?, note = ?,
       initials = ?, pinyin = ?, active = 1, updated_at = ? WHERE id = ?`,
  );
  return (id: number, p: PersonWrite): void => {
    stmt.run(p.level, p.regionId, p.zoneId, p.name, p.position, p.duty, p.phones.join(','), p.households, p.note, p.initials, p.pinyin, now, id);
  };
}

export function updatePerson(db: Db, id: number, p: PersonWrite, now: number): ListPerson {
  personUpdater(db, now)(id, p);
  return getPerson(db, id)!;
}

export function activeSetter(db: Db, now: number) {
  const stmt = db.prepare('UPDATE list_persons SET active = ?, updated_at = ? WHERE id = ?');
  return (id: number, active: boolean) => void stmt.run(active ? 1 : 0, now, id);
}

export function setPersonActive(db: Db, id: number, active: boolean, now: number): ListPerson {
  activeSetter(db, now)(id, active);
  return getPerson(db, id)!;
}

export function countPersons(db: Db, year: number): { total: number; active: number } {
  return db.prepare('SELECT count(*) AS total, coalesce(sum(active), 0) AS active FROM list_persons WHERE year = ?').get(year) as { total: number; active: number };
}

/** Inactive persons of a year by place and name (an import brings a deleted person back rather than making a new one). */
export function inactiveByKey(db: Db, year: number): Map<string, number> {
  const rows = db.prepare('SELECT id, level, region_id, zone_id, name FROM list_persons WHERE year = ? AND active = 0').all(year) as { id: number; level: PersonLevel; region_id: number; zone_id: number | null; name: string }[];
  return new Map(rows.map((r) => [`${r.level}|${r.region_id}|${r.level === 'household' ? (r.zone_id ?? 0) : 0}|${r.name}`, r.id]));
}
