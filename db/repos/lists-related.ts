import type { Db } from '../open';
import { WORK_ROLES, type Leader, type RoleContact, type Work, type WorkKind } from '../../shared/lists/related';

/** 县级领导包保 and 水库三个责任人 of a list year (tables of migration 0070). */

export type LeaderWrite = Omit<Leader, 'id' | 'year'>;
export type WorkWrite = Omit<Work, 'id' | 'year'>;

interface LeaderRow {
  id: number;
  year: number;
  name: string;
  position: string;
  phones: string;
  works: string;
  note: string;
  townships: string | null;
}

const splitPhones = (s: string) => (s === '' ? [] : s.split(','));
const splitWorks = (s: string) => (s === '' ? [] : s.split('、'));

const LEADER_SELECT = `SELECT l.id, l.year, l.name, l.position, l.phones, l.works, l.note,
  (SELECT group_concat(region_id, ',') FROM (SELECT region_id FROM list_leader_townships t WHERE t.leader_id = l.id ORDER BY t.sort_order, t.region_id)) AS townships
  FROM list_leaders l`;

function leaderOf(r: LeaderRow): Leader {
  return {
    id: r.id,
    year: r.year,
    name: r.name,
    position: r.position,
    phones: splitPhones(r.phones),
    townshipIds: r.townships ? r.townships.split(',').map(Number) : [],
    works: splitWorks(r.works),
    note: r.note,
  };
}

export function listLeaders(db: Db, year: number): Leader[] {
  return (db.prepare(`${LEADER_SELECT} WHERE l.year = ? ORDER BY l.sort_order, l.id`).all(year) as LeaderRow[]).map(leaderOf);
}

export function getLeader(db: Db, id: number): Leader | null {
  const r = db.prepare(`${LEADER_SELECT} WHERE l.id = ?`).get(id) as LeaderRow | undefined;
  return r ? leaderOf(r) : null;
}

function setTownships(db: Db, leaderId: number, ids: readonly number[]): void {
  db.prepare('DELETE FROM list_leader_townships WHERE leader_id = ?').run(leaderId);
  const ins = db.prepare('INSERT OR IGNORE INTO list_leader_townships (leader_id, region_id, sort_order) VALUES (?, ?, ?)');
  ids.forEach((rid, i) => ins.run(leaderId, rid, i));
}

export function insertLeader(db: Db, year: number, w: LeaderWrite, now: number): Leader {
  const order = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM list_leaders WHERE year = ?').get(year) as { n: number }).n;
  const id = Number(
    db
      .prepare('INSERT INTO list_leaders (year, name, position, phones, works, note, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(year, w.name, w.position, w.phones.join(','), w.works.join('、'), w.note, order, now, now).lastInsertRowid,
  );
  setTownships(db, id, w.townshipIds);
  return getLeader(db, id)!;
}

export function updateLeader(db: Db, id: number, w: LeaderWrite, now: number): Leader {
  db.prepare('UPDATE list_leaders SET name = ?, position = ?, phones = ?, works = ?, note = ?, updated_at = ? WHERE id = ?').run(
    w.name,
    w.position,
    w.phones.join(','),
    w.works.join('、'),
    w.note,
    now,
    id,
  );
  setTownships(db, id, w.townshipIds);
  return getLeader(db, id)!;
}

export function deleteLeader(db: Db, id: number): void {
  db.prepare('DELETE FROM list_leaders WHERE id = ?').run(id);
}

interface WorkRow {
  id: number;
  year: number;
  name: string;
  kind: string;
  township_id: number | null;
  scale: string;
  note: string;
  [k: string]: unknown;
}

function workOf(r: WorkRow): Work {
  const role = (p: string): RoleContact => ({ name: String(r[`${p}_name`]), position: String(r[`${p}_position`]), phones: splitPhones(String(r[`${p}_phones`])) });
  return { id: r.id, year: r.year, name: r.name, kind: r.kind as WorkKind, townshipId: r.township_id, scale: r.scale, admin: role('admin'), tech: role('tech'), patrol: role('patrol'), note: r.note };
}

export function listWorks(db: Db, year: number): Work[] {
  return (db.prepare('SELECT * FROM list_works WHERE year = ? ORDER BY sort_order, id').all(year) as WorkRow[]).map(workOf);
}

export function getWork(db: Db, id: number): Work | null {
  const r = db.prepare('SELECT * FROM list_works WHERE id = ?').get(id) as WorkRow | undefined;
  return r ? workOf(r) : null;
}

const roleValues = (w: WorkWrite) => WORK_ROLES.flatMap((r) => [w[r].name, w[r].position, w[r].phones.join(',')]);

export function insertWork(db: Db, year: number, w: WorkWrite, now: number): Work {
  const order = (db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM list_works WHERE year = ?').get(year) as { n: number }).n;
  const id = Number(
    db
      .prepare(
        `INSERT INTO list_works (year, name, kind, township_id, scale, admin_name, admin_position, admin_phones, tech_name, tech_position, tech_phones,
           patrol_name, patrol_position, patrol_phones, note, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(year, w.name, w.kind, w.townshipId, w.scale, ...roleValues(w), w.note, order, now, now).lastInsertRowid,
  );
  return getWork(db, id)!;
}

export function updateWork(db: Db, id: number, w: WorkWrite, now: number): Work {
  db.prepare(
    `UPDATE list_works SET name = ?, kind = ?, township_id = ?, scale = ?, admin_name = ?, admin_position = ?, admin_phones = ?, tech_name = ?, tech_position = ?,
       tech_phones = ?, patrol_name = ?, patrol_position = ?, patrol_phones = ?, note = ?, updated_at = ? WHERE id = ?`,
  ).run(w.name, w.kind, w.townshipId, w.scale, ...roleValues(w), w.note, now, id);
  return getWork(db, id)!;
}

export function deleteWork(db: Db, id: number): void {
  db.prepare('DELETE FROM list_works WHERE id = ?').run(id);
}

/**
 * Copy the related lists of `from` into `to`, inside copyYear (its temp.list_copy_regions maps the old
 * region ids to the new ones; a township missing from the map is dropped from the copy).
 */
export function copyRelatedLists(db: Db, from: number, to: number): { leaders: number; works: number } {
  const leaders = db
    .prepare(
      `INSERT INTO list_leaders (year, name, position, phones, works, note, sort_order, created_at, updated_at)
       SELECT ?, name, position, phones, works, note, sort_order, created_at, updated_at FROM list_leaders WHERE year = ? ORDER BY sort_order, id`,
    )
    .run(to, from).changes;
  db.prepare(
    `INSERT INTO list_leader_townships (leader_id, region_id, sort_order)
     SELECT nl.id, rm.new, t.sort_order FROM list_leader_townships t
       JOIN list_leaders ol ON ol.id = t.leader_id AND ol.year = ?
       JOIN list_leaders nl ON nl.year = ? AND nl.name = ol.name
       JOIN temp.list_copy_regions rm ON rm.old = t.region_id`,
  ).run(from, to);
  const works = db
    .prepare(
      `INSERT INTO list_works (year, name, kind, township_id, scale, admin_name, admin_position, admin_phones, tech_name, tech_position, tech_phones,
         patrol_name, patrol_position, patrol_phones, note, sort_order, created_at, updated_at)
       SELECT ?, w.name, w.kind, rm.new, w.scale, w.admin_name, w.admin_position, w.admin_phones, w.tech_name, w.tech_position, w.tech_phones,
         w.patrol_name, w.patrol_position, w.patrol_phones, w.note, w.sort_order, w.created_at, w.updated_at
       FROM list_works w LEFT JOIN temp.list_copy_regions rm ON rm.old = w.township_id WHERE w.year = ? ORDER BY w.sort_order, w.id`,
    )
    .run(to, from).changes;
  return { leaders, works };
}
