import { diffPersons, type KeyedPerson, type LevelSummary, type PersonChange, type PersonValues, type ValueField } from './diff';
import type { ImportedPerson, RegionNames, RowIssue, RowsResult } from './rows';
import type { RegionTree } from './tree';
import { regionKey } from './names';
import { PERSON_LEVELS, type PersonLevel, type RegionLevel, type Zone } from './types';

/** A stored person as the import compares it (active persons of the year). */
export interface StoredPerson extends PersonValues {
  id: number;
  level: PersonLevel;
  regionId: number;
  zoneId: number | null;
  name: string;
}

export type DeleteScope = 'township' | 'village' | 'none';

export interface PlanOptions {
  /** Create townships, villages and groups the list does not have yet (otherwise: an error per row). */
  createRegions: boolean;
  deleteScope: DeleteScope;
  /** The person fields the sheet has columns for; the others keep their stored values. */
  given: ReadonlySet<ValueField>;
}

/** A place the import creates; `ref` is negative until it is stored. */
export interface NewRegion {
  ref: number;
  parentRef: number;
  level: Exclude<RegionLevel, 'county'>;
  name: string;
  path: string;
  row: number;
}

export interface ZoneValues {
  households: number;
  people: number;
  route: string;
  shelter: string;
}

export interface ZonePlan {
  /** The stored zone's id, or a negative ref for a new zone. */
  ref: number;
  regionRef: number;
  path: string;
  name: string;
  kind: 'added' | 'changed' | 'same';
  before: ZoneValues | null;
  after: ZoneValues;
  row: number;
}

export interface ImportPlan {
  newRegions: NewRegion[];
  zones: ZonePlan[];
  changes: PersonChange[];
  summary: LevelSummary[];
  /** Places the sheet names that the list does not have (when not creating them). */
  issues: RowIssue[];
  /** What a missing person means: the townships or villages the sheet covers. */
  scope: { kind: DeleteScope; places: string[]; county: boolean; levels: PersonLevel[] };
}

type Col = { column: string; header: string };

const LEVEL_PLACE: Record<Exclude<RegionLevel, 'county'>, string> = { township: '乡镇', village: '行政村', group: '村民组' };

/** Personal key: level, the place at that level (and the 危险区 for 户级), the name. */
export function personKey(level: PersonLevel, regionRef: number, zoneRef: number | null, name: string): string {
  return `${level}|${regionRef}|${level === 'household' ? (zoneRef ?? 0) : 0}|${name}`;
}

/**
 * Resolve the sheet's places against the list (石门 = 石门镇, 1组 = 一组), plan the places and zones
 * to create, and compare persons: 新增 / 变更 / 删除 per level within the sheet's scope.
 */
export function planImport(
  tree: RegionTree,
  zones: readonly Zone[],
  stored: readonly StoredPerson[],
  rows: RowsResult,
  opts: PlanOptions,
  columnOf: (t: 'township' | 'village' | 'group' | 'zone') => Col,
): ImportPlan {
  const root = tree.root;
  if (!root) throw new Error('the list has no county region');
  const issues: RowIssue[] = [];
  const newRegions: NewRegion[] = [];
  const newByKey = new Map<string, NewRegion>();
  const reported = new Set<string>();
  let nextRef = -1;

  const newByRef = new Map<number, NewRegion>();
  const paths = new Map<number, string>();
  const refPath = (ref: number): string => {
    let p = paths.get(ref);
    if (p === undefined) {
      p = ref > 0 ? tree.path(ref) : (newByRef.get(ref)?.path ?? '');
      paths.set(ref, p);
    }
    return p;
  };

  const child = (parentRef: number, level: Exclude<RegionLevel, 'county'>, name: string, row: number): number | null => {
    if (parentRef > 0) {
      const found = tree.findChild(parentRef, name);
      if (found) return found.id;
    }
    const key = `${parentRef}|${regionKey(level, name)}`;
    const made = newByKey.get(key);
    if (made) return made.ref;
    if (!opts.createRegions) {
      const where = parentRef === root.id ? '名单中' : refPath(parentRef);
      const rk = `${row}|${key}`;
      if (!reported.has(rk)) {
        reported.add(rk);
        const c = columnOf(level);
        issues.push({ row, column: c.column, header: c.header, field: LEVEL_PLACE[level], value: name, message: `${where}没有${LEVEL_PLACE[level]}“${name}”`, severity: 'error' });
      }
      return null;
    }
    const parentPath = parentRef === root.id ? '' : refPath(parentRef);
    const r: NewRegion = { ref: nextRef--, parentRef, level, name, path: parentPath ? `${parentPath}/${name}` : name, row };
    newRegions.push(r);
    newByKey.set(key, r);
    newByRef.set(r.ref, r);
    return r.ref;
  };

  /** Refs of the place at each level; null when a place is unknown (reported once per row). */
  type Resolved = { township: number | null; village: number | null; group: number | null } | null;
  const resolved = new Map<string, Resolved>();
  const resolve = (n: RegionNames, row: number): Resolved => {
    const key = `${n.township}|${n.village}|${n.group}`;
    const hit = resolved.get(key);
    if (hit) return hit;
    const r = resolveOnce(n, row);
    // An unknown place is looked up again for each row, so every row that names it is reported.
    if (r) resolved.set(key, r);
    return r;
  };
  const resolveOnce = (n: RegionNames, row: number): Resolved => {
    const out = { township: null as number | null, village: null as number | null, group: null as number | null };
    let parent = root.id;
    for (const level of ['township', 'village', 'group'] as const) {
      if (!n[level]) break;
      const ref = child(parent, level, n[level], row);
      if (ref === null) return null;
      out[level] = ref;
      parent = ref;
    }
    return out;
  };

  const scopeTownships = new Set<number>();
  const scopeVillages = new Set<number>();
  const note = (r: { township: number | null; village: number | null }) => {
    if (r.township !== null) scopeTownships.add(r.township);
    if (r.village !== null) scopeVillages.add(r.village);
  };

  for (const r of rows.regions) {
    const res = resolve(r, r.row);
    if (res) note(res);
  }

  // 危险区
  const zonePlans: ZonePlan[] = [];
  const zoneRefs = new Map<string, number>();
  const zoneNames = new Map<number, string>();
  let nextZone = -1;
  const zoneKey = (regionRef: number, name: string) => `${regionRef}|${name.replace(/\s/g, '')}`;
  const storedZone = new Map<string, Zone>();
  for (const z of zones) storedZone.set(zoneKey(z.regionId, z.name), z);
  for (const z of rows.zones) {
    const res = resolve(z, z.row);
    if (!res) continue;
    note(res);
    const regionRef = res.group ?? res.village!;
    const key = zoneKey(regionRef, z.name);
    if (zoneRefs.has(key)) continue;
    const old = storedZone.get(key);
    const before: ZoneValues | null = old ? { households: old.households, people: old.people, route: old.route, shelter: old.shelter } : null;
    const after: ZoneValues = {
      households: z.households ?? before?.households ?? 0,
      people: z.people ?? before?.people ?? 0,
      route: z.route ?? before?.route ?? '',
      shelter: z.shelter ?? before?.shelter ?? '',
    };
    const kind = !before ? 'added' : before.households === after.households && before.people === after.people && before.route === after.route && before.shelter === after.shelter ? 'same' : 'changed';
    const ref = old ? old.id : nextZone--;
    zoneRefs.set(key, ref);
    zoneNames.set(ref, old?.name ?? z.name);
    zonePlans.push({ ref, regionRef, path: refPath(regionRef), name: old?.name ?? z.name, kind, before, after, row: z.row });
  }

  // Persons
  const imported: KeyedPerson[] = [];
  let county = false;
  for (const p of rows.persons) {
    const res = resolve(p, p.row);
    if (!res) continue;
    note(res);
    if (p.level === 'county') county = true;
    const regionRef = regionOf(p, res, root.id);
    let zoneRef: number | null = null;
    if (p.level === 'household' && p.zone) zoneRef = zoneRefs.get(zoneKey(regionRef, p.zone)) ?? null;
    const zonePart = zoneRef === null ? '' : `/${zoneNames.get(zoneRef) ?? p.zone}`;
    imported.push({
      key: personKey(p.level, regionRef, zoneRef, p.name),
      level: p.level,
      path: refPath(regionRef) + zonePart,
      name: p.name,
      values: { position: p.position, duty: p.duty, phones: p.phones, households: p.households, note: p.note },
      row: p.row,
      regionRef,
      zoneRef,
    });
  }

  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const current: KeyedPerson[] = stored.map((s) => ({
    key: personKey(s.level, s.regionId, s.zoneId, s.name),
    level: s.level,
    path: refPath(s.regionId) + (s.zoneId !== null && zoneName.has(s.zoneId) ? `/${zoneName.get(s.zoneId)}` : ''),
    name: s.name,
    values: { position: s.position, duty: s.duty, phones: s.phones, households: s.households, note: s.note },
    id: s.id,
    regionRef: s.regionId,
    zoneRef: s.zoneId,
  }));
  const regionOfStored = new Map(stored.map((s) => [s.id, s.regionId]));
  const ancestors = new Map<string, number | undefined>();
  const ancestorId = (rid: number, level: 'township' | 'village') => {
    const k = `${level}${rid}`;
    if (!ancestors.has(k)) ancestors.set(k, tree.ancestorAt(rid, level)?.id);
    return ancestors.get(k);
  };
  // Only the levels the sheet lists: a sheet of 户级 contacts does not delete the township's other persons.
  const levels = new Set(rows.persons.map((p) => p.level));
  const inScope = (k: KeyedPerson): boolean => {
    if (opts.deleteScope === 'none' || !levels.has(k.level)) return false;
    if (k.level === 'county') return opts.deleteScope === 'township' && county;
    const rid = regionOfStored.get(k.id ?? -1);
    if (rid === undefined) return false;
    if (opts.deleteScope === 'township') {
      const t = ancestorId(rid, 'township');
      return t !== undefined && scopeTownships.has(t);
    }
    if (k.level === 'township') return false;
    const v = ancestorId(rid, 'village');
    return v !== undefined && scopeVillages.has(v);
  };
  const { changes, summary } = diffPersons(current, imported, inScope, opts.given);
  const places = [...(opts.deleteScope === 'village' ? scopeVillages : scopeTownships)].map(refPath).filter(Boolean);
  return {
    newRegions,
    zones: zonePlans,
    changes,
    summary,
    issues,
    scope: { kind: opts.deleteScope, places, county: county && opts.deleteScope === 'township', levels: PERSON_LEVELS.filter((l) => levels.has(l)) },
  };
}

function regionOf(p: ImportedPerson, res: { township: number | null; village: number | null; group: number | null }, rootId: number): number {
  switch (p.level) {
    case 'county':
      return rootId;
    case 'township':
      return res.township!;
    case 'village':
      return res.village!;
    case 'group':
      return res.group!;
    case 'household':
      return res.group ?? res.village!;
  }
}
