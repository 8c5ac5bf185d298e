import type { Db } from '../../../db/open';
import { AppError } from '../../../shared/contract/errors';
import type { ListYearInfo } from '../../../shared/contract/lists';
import { getYear, listYears, type ListYear } from '../../../db/repos/lists';
import { readSettingsRaw } from '../../../db/repos/settings';
import { yearView, type YearView } from './lists-view';

/** The year's prepared view, or a Chinese “not yet started” error. */
export function requireView(db: Db, year: number): YearView {
  const v = yearView(db, year);
  if (!v) throw new AppError('not_found', `${year}年名单尚未建立：请先新建，或复制上一年的名单`, 'year');
  return v;
}

const countsCache = new WeakMap<Db, { key: string; counts: Map<number, number> }>();

/**
 * Active persons per year. Counting scans every person of every year (~100 ms at 200,000), so the
 * answer is kept until a year's `rev` moves — the same key the year views are rebuilt on.
 */
export function personCounts(db: Db): Map<number, number> {
  const key = (db.prepare("SELECT group_concat(year || ':' || rev, ',') AS k FROM (SELECT year, rev FROM list_years ORDER BY year)").get() as { k: string | null }).k ?? '';
  const hit = countsCache.get(db);
  if (hit && hit.key === key) return hit.counts;
  const rows = db.prepare('SELECT year, count(*) AS n FROM list_persons WHERE active = 1 GROUP BY year').all() as { year: number; n: number }[];
  const counts = new Map(rows.map((r) => [r.year, r.n]));
  countsCache.set(db, { key, counts });
  return counts;
}

export function yearInfo(y: ListYear, persons: number): ListYearInfo {
  return { year: y.year, countyName: y.countyName, copiedFrom: y.copiedFrom, published: y.published, createdAt: y.createdAt, changedAt: y.changedAt, persons };
}

export function infoOf(db: Db, year: number): ListYearInfo {
  const y = getYear(db, year);
  if (!y) throw new AppError('not_found', `${year}年名单尚未建立`, 'year');
  return yearInfo(y, personCounts(db).get(year) ?? 0);
}

/** A new list's county: the latest list's, else the office name without its bureau (青山县应急管理局 → 青山县). */
export function defaultCountyName(db: Db): string {
  const latest = listYears(db)[0];
  if (latest) return latest.countyName;
  const org = String(readSettingsRaw(db).orgName ?? '');
  const m = /^(.*?[县市区旗])/.exec(org);
  return m?.[1] ?? '本县';
}
