import { regionKey } from './names';
import { CHILD_LEVEL, type Region, type RegionLevel } from './types';

/** The region tree of one year's list, indexed for lookups by id, by name under a parent, and in tree order. */
export class RegionTree {
  readonly byId = new Map<number, Region>();
  readonly children = new Map<number | null, Region[]>();
  /** Position of each region in depth-first order (parents before children, siblings by sort order). */
  readonly order = new Map<number, number>();
  readonly root: Region | null;

  constructor(regions: readonly Region[]) {
    for (const r of regions) {
      this.byId.set(r.id, r);
      const list = this.children.get(r.parentId) ?? [];
      list.push(r);
      this.children.set(r.parentId, list);
    }
    for (const list of this.children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
    this.root = this.children.get(null)?.[0] ?? null;
    let i = 0;
    const walk = (r: Region) => {
      this.order.set(r.id, i++);
      for (const c of this.children.get(r.id) ?? []) walk(c);
    };
    for (const r of this.children.get(null) ?? []) walk(r);
  }

  get(id: number): Region | undefined {
    return this.byId.get(id);
  }

  kids(id: number): Region[] {
    return this.children.get(id) ?? [];
  }

  /** The region and its ancestors, root first. */
  chain(id: number): Region[] {
    const out: Region[] = [];
    for (let r = this.byId.get(id); r; r = r.parentId === null ? undefined : this.byId.get(r.parentId)) out.unshift(r);
    return out;
  }

  /** 石门镇/枫树村/一组 (without the county). */
  path(id: number): string {
    return this.chain(id)
      .filter((r) => r.level !== 'county')
      .map((r) => r.name)
      .join('/');
  }

  /** The names at each level of a region's chain. */
  names(id: number): { township: string; village: string; group: string } {
    const out = { township: '', village: '', group: '' };
    for (const r of this.chain(id)) if (r.level !== 'county') out[r.level] = r.name;
    return out;
  }

  ancestorAt(id: number, level: RegionLevel): Region | undefined {
    return this.chain(id).find((r) => r.level === level);
  }

  /** The region and everything below it. */
  subtree(id: number): Set<number> {
    const out = new Set<number>();
    const walk = (rid: number) => {
      out.add(rid);
      for (const c of this.kids(rid)) walk(c.id);
    };
    if (this.byId.has(id)) walk(id);
    return out;
  }

  /** A child by name: the exact name first, then the spelling-insensitive key (石门 = 石门镇, 1组 = 一组). */
  findChild(parentId: number, name: string): Region | undefined {
    const kids = this.kids(parentId);
    const exact = kids.find((k) => k.name === name);
    if (exact) return exact;
    const level = CHILD_LEVEL[this.byId.get(parentId)?.level ?? 'group'];
    if (!level) return undefined;
    const key = regionKey(level, name);
    const hits = kids.filter((k) => regionKey(level, k.name) === key);
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** A region by its names (township, village, group; '' where the path stops). */
  find(names: { township: string; village: string; group: string }): Region | undefined {
    let cur = this.root;
    for (const n of [names.township, names.village, names.group]) {
      if (!cur || n === '') return cur ?? undefined;
      cur = this.findChild(cur.id, n) ?? null;
    }
    return cur ?? undefined;
  }

  all(): Region[] {
    return [...this.byId.values()].sort((a, b) => (this.order.get(a.id) ?? 0) - (this.order.get(b.id) ?? 0));
  }
}
