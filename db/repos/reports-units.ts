import type { Db } from '../open';
import type { ReportUnit, UnitKind } from '../../shared/contract/reports';

interface UnitRow {
  id: number;
  name: string;
  kind: UnitKind;
  phone: string;
  active: number;
}

function toUnit(r: UnitRow): ReportUnit {
  return { id: r.id, name: r.name, kind: r.kind, phone: r.phone, active: r.active === 1 };
}

export type UnitData = Pick<ReportUnit, 'name' | 'kind' | 'phone'>;

/** 乡镇/街道 first, then 成员单位, each in the order entered. */
export function listUnits(db: Db, includeInactive: boolean): ReportUnit[] {
  const where = includeInactive ? '' : 'WHERE active = 1';
  const sql = `SELECT * FROM report_units ${where} ORDER BY active DESC, CASE kind WHEN '乡镇/街道' THEN 0 ELSE 1 END, sort_order, id`;
  return (db.prepare(sql).all() as UnitRow[]).map(toUnit);
}

export function getUnit(db: Db, id: number): ReportUnit | null {
  const r = db.prepare('SELECT * FROM report_units WHERE id = ?').get(id) as UnitRow | undefined;
  return r ? toUnit(r) : null;
}

export function unitByName(db: Db, name: string): ReportUnit | null {
  const r = db.prepare('SELECT * FROM report_units WHERE name = ?').get(name) as UnitRow | undefined;
  return r ? toUnit(r) : null;
}

export function insertUnit(db: Db, u: UnitData, now: number): ReportUnit {
  const info = db
    .prepare(
      `INSERT INTO report_units (name, kind, phone, sort_order, created_at, updated_at)
       VALUES (@name, @kind, @phone, (SELECT coalesce(max(sort_order), 0) + 1 FROM report_units), @now, @now)`,
    )
    .run({ ...u, now });
  return getUnit(db, Number(info.lastInsertRowid))!;
}

export function updateUnit(db: Db, id: number, u: UnitData, now: number): ReportUnit {
  db.prepare('UPDATE report_units SET name=@name, kind=@kind, phone=@phone, updated_at=@now WHERE id=@id').run({ ...u, id, now });
  return getUnit(db, id)!;
}

export function setUnitActive(db: Db, id: number, active: boolean, now: number): ReportUnit {
  db.prepare('UPDATE report_units SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, now, id);
  return getUnit(db, id)!;
}
