import type { RegionTree } from './tree';
import { LEVEL_RANK, LEVEL_ZH, type PersonLevel, type Zone } from './types';
import { maskPhone } from '../phone';

/** What the 公示表 needs of each active person. */
export interface PublishPerson {
  id: number;
  level: PersonLevel;
  regionId: number;
  zoneId: number | null;
  name: string;
  position: string;
  duty: string;
  phones: string[];
  households: number | null;
  note: string;
}

export interface PublicRow {
  id: number;
  level: PersonLevel;
  levelZh: string;
  /** 村民组 and/or 危险区 ('' above group level). */
  place: string;
  group: string;
  zone: string;
  name: string;
  position: string;
  duty: string;
  phones: string[];
  households: number | null;
  note: string;
}

/** One block of the table: a township's own persons, or one village with its groups and households. */
export interface PublicSection {
  key: string;
  township: string;
  village: string;
  title: string;
  rows: PublicRow[];
}

/**
 * The 公示表: 县级 first, then each township (乡级), then its villages in tree order with their 村级,
 * 组级 and 户级 persons — the order the printed table and the xlsx export follow.
 */
export function publicSections(tree: RegionTree, zones: readonly Zone[], persons: readonly PublishPerson[]): PublicSection[] {
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const sections = new Map<string, PublicSection>();
  const order = new Map<string, number>();
  const sorted = [...persons].sort((a, b) => {
    const ra = tree.order.get(a.regionId) ?? 0;
    const rb = tree.order.get(b.regionId) ?? 0;
    const sa = sectionRegion(tree, a.regionId);
    const sb = sectionRegion(tree, b.regionId);
    return (tree.order.get(sa) ?? 0) - (tree.order.get(sb) ?? 0) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || ra - rb || (a.zoneId ?? 0) - (b.zoneId ?? 0) || a.id - b.id;
  });
  for (const p of sorted) {
    const sid = sectionRegion(tree, p.regionId);
    const key = String(sid);
    let s = sections.get(key);
    if (!s) {
      const names = tree.names(sid);
      const r = tree.get(sid);
      const title = r?.level === 'county' ? `${r.name}（县级）` : r?.level === 'township' ? `${names.township}（乡级）` : `${names.township} ${names.village}`;
      s = { key, township: names.township, village: names.village, title, rows: [] };
      sections.set(key, s);
      order.set(key, tree.order.get(sid) ?? 0);
    }
    const names = tree.names(p.regionId);
    const zone = p.zoneId !== null ? (zoneName.get(p.zoneId) ?? '') : '';
    const group = p.level === 'group' || p.level === 'household' ? names.group : '';
    const place = [group, zone].filter(Boolean).join(' ');
    s.rows.push({ id: p.id, level: p.level, levelZh: LEVEL_ZH[p.level], place, group, zone, name: p.name, position: p.position, duty: p.duty, phones: p.phones, households: p.households, note: p.note });
  }
  return [...sections.values()].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
}

/** The region a person's row is printed under: the village for 村/组/户, else the person's own region. */
function sectionRegion(tree: RegionTree, regionId: number): number {
  const r = tree.get(regionId);
  if (!r) return regionId;
  if (r.level === 'group') return r.parentId ?? regionId;
  return regionId;
}

/** Phones as printed: joined with 、, the middle digits masked for public posting when asked. */
export function phonesText(phones: readonly string[], mask: boolean): string {
  return phones.map((p) => (mask ? maskPhone(p) : p)).join('、');
}

/** “青山县2026年山洪灾害防御责任人公示表” */
export function publicTitle(county: string, year: number): string {
  return `${county}${year}年山洪灾害防御责任人公示表`;
}
