import type { RegionTree } from './tree';
import { LEVEL_ZH, OWN_LEVEL, type PersonLevel, type RegionLevel, type Zone } from './types';

/** The little the checks need of each active person. */
export interface CheckPerson {
  id: number;
  level: PersonLevel;
  regionId: number;
  zoneId: number | null;
  name: string;
  phones: string[];
}

export interface RegionStatus {
  id: number;
  /** Active persons at this region's own level (乡级 for a township …). */
  own: number;
  /** The region lacks its own level's person. */
  missing: boolean;
  /** Gaps in this region and below (regions and 危险区). */
  gaps: number;
}

export interface ZoneStatus {
  id: number;
  /** 户级 contacts of the zone. */
  contacts: number;
  missing: boolean;
}

export interface Gap {
  kind: 'region' | 'zone';
  id: number;
  /** 石门镇/枫树村 (the zone's region for a zone gap). */
  path: string;
  what: string;
  message: string;
}

export interface Completeness {
  regions: RegionStatus[];
  zones: ZoneStatus[];
  gaps: Gap[];
  /** Per region level: how many, how many lack their person. */
  totals: { level: RegionLevel | 'zone'; label: string; total: number; missing: number }[];
}

/**
 * 完整性: every township, village and group has its level's responsible person, the county has its
 * 县级 persons, every 危险区 has 户级 contacts.
 */
export function completeness(tree: RegionTree, zones: readonly Zone[], persons: readonly Pick<CheckPerson, 'level' | 'regionId' | 'zoneId'>[]): Completeness {
  const own = new Map<number, number>();
  const contacts = new Map<number, number>();
  for (const p of persons) {
    const r = tree.get(p.regionId);
    if (r && OWN_LEVEL[r.level] === p.level) own.set(r.id, (own.get(r.id) ?? 0) + 1);
    if (p.level === 'household' && p.zoneId !== null) contacts.set(p.zoneId, (contacts.get(p.zoneId) ?? 0) + 1);
  }
  const zoneStatus: ZoneStatus[] = zones.map((z) => ({ id: z.id, contacts: contacts.get(z.id) ?? 0, missing: (contacts.get(z.id) ?? 0) === 0 }));
  const zoneGapsAt = new Map<number, number>();
  const gaps: Gap[] = [];
  const regions = tree.all();
  for (const r of regions) {
    const n = own.get(r.id) ?? 0;
    if (n === 0) {
      const lv = LEVEL_ZH[OWN_LEVEL[r.level]];
      gaps.push({ kind: 'region', id: r.id, path: tree.path(r.id) || r.name, what: r.name, message: `缺少${lv}责任人` });
    }
  }
  zones.forEach((z, i) => {
    if (!zoneStatus[i]!.missing) return;
    zoneGapsAt.set(z.regionId, (zoneGapsAt.get(z.regionId) ?? 0) + 1);
    gaps.push({ kind: 'zone', id: z.id, path: tree.path(z.regionId), what: z.name, message: `危险区“${z.name}”没有户级责任人` });
  });
  const status = new Map<number, RegionStatus>();
  // Children come after parents in tree order: add up from the end.
  for (let i = regions.length - 1; i >= 0; i--) {
    const r = regions[i]!;
    const n = own.get(r.id) ?? 0;
    let g = (n === 0 ? 1 : 0) + (zoneGapsAt.get(r.id) ?? 0);
    for (const c of tree.kids(r.id)) g += status.get(c.id)?.gaps ?? 0;
    status.set(r.id, { id: r.id, own: n, missing: n === 0, gaps: g });
  }
  const labels: Record<RegionLevel | 'zone', string> = { county: '县', township: '乡镇（街道）', village: '行政村（社区）', group: '村民组', zone: '危险区' };
  const totals: Completeness['totals'] = (['county', 'township', 'village', 'group'] as const).map((level) => {
    const list = regions.filter((r) => r.level === level);
    return { level, label: labels[level], total: list.length, missing: list.filter((r) => status.get(r.id)?.missing).length };
  });
  totals.push({ level: 'zone', label: labels.zone, total: zones.length, missing: zoneStatus.filter((z) => z.missing).length });
  return { regions: regions.map((r) => status.get(r.id)!), zones: zoneStatus, gaps, totals };
}

export interface QualityPerson {
  id: number;
  name: string;
  level: PersonLevel;
  path: string;
}

export interface Quality {
  /** No valid phone at all. */
  noPhone: QualityPerson[];
  /** One phone number given for different people. */
  sharedPhones: { phone: string; persons: QualityPerson[] }[];
  /** One person (same name and phone) holding many posts. */
  manyRoles: { name: string; phone: string; persons: QualityPerson[] }[];
}

export const MANY_ROLES_DEFAULT = 3;

/** 质量: persons without a phone, phones shared by different people, one person holding many roles. */
export function quality(tree: RegionTree, persons: readonly Omit<CheckPerson, 'zoneId'>[], manyRoles = MANY_ROLES_DEFAULT): Quality {
  const paths = new Map<number, string>();
  const q = (p: Omit<CheckPerson, 'zoneId'>): QualityPerson => {
    let path = paths.get(p.regionId);
    if (path === undefined) {
      path = tree.path(p.regionId);
      paths.set(p.regionId, path);
    }
    return { id: p.id, name: p.name, level: p.level, path };
  };
  const noPhone: QualityPerson[] = [];
  const byPhone = new Map<string, Omit<CheckPerson, 'zoneId'>[]>();
  const byIdentity = new Map<string, Omit<CheckPerson, 'zoneId'>[]>();
  for (const p of persons) {
    if (p.phones.length === 0) noPhone.push(q(p));
    for (const ph of p.phones) {
      const list = byPhone.get(ph);
      if (list) list.push(p);
      else byPhone.set(ph, [p]);
    }
    if (p.phones.length) {
      const k = `${p.name}|${[...p.phones].sort()[0]}`;
      const list = byIdentity.get(k);
      if (list) list.push(p);
      else byIdentity.set(k, [p]);
    }
  }
  const sharedPhones: Quality['sharedPhones'] = [];
  for (const [phone, list] of byPhone) {
    if (new Set(list.map((p) => p.name)).size > 1) sharedPhones.push({ phone, persons: list.map(q) });
  }
  const many: Quality['manyRoles'] = [];
  for (const [k, list] of byIdentity) {
    if (list.length >= manyRoles) many.push({ name: list[0]!.name, phone: k.slice(k.indexOf('|') + 1), persons: list.map(q) });
  }
  sharedPhones.sort((a, b) => b.persons.length - a.persons.length || a.phone.localeCompare(b.phone));
  many.sort((a, b) => b.persons.length - a.persons.length);
  return { noPhone, sharedPhones, manyRoles: many };
}

export interface YearState {
  year: number;
  createdAt: number;
  /** Last change to the year's persons or places. */
  changedAt: number;
  copiedFrom: number | null;
  published: string | null;
}

/** “not updated this year”: the year's list is missing, unchanged since it was copied, or not published. */
export function staleness(years: readonly YearState[], currentYear: number): string[] {
  const y = years.find((s) => s.year === currentYear);
  if (!y) return [`尚未建立${currentYear}年的责任人名单（可复制${currentYear - 1}年名单后更新）`];
  const out: string[] = [];
  if (y.copiedFrom !== null && y.changedAt <= y.createdAt) out.push(`${currentYear}年名单复制自${y.copiedFrom}年后没有任何更新`);
  if (!y.published) out.push(`${currentYear}年名单尚未公示`);
  return out;
}
