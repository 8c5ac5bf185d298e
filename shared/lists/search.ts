import { foldWidth } from './text';
import type { PersonLevel } from './types';

/** What the search index holds per person (loaded from the list's prepared columns). */
export interface SearchEntry {
  id: number;
  level: PersonLevel;
  regionId: number;
  active: boolean;
  name: string;
  /** zs */
  initials: string;
  /** zhangsan */
  pinyin: string;
  /** Normalised phones. */
  phones: string[];
}

export type QueryKind = 'phone' | 'pinyin' | 'text' | 'empty';

export interface SearchHits {
  ids: number[];
  /** More persons match than were returned. */
  more: boolean;
  kind: QueryKind;
  /** Why nothing was searched (too short a phone fragment …). */
  hint: string | null;
}

/** Lower case, half width, no spaces or dashes inside a phone fragment. */
export function classifyQuery(raw: string): { kind: QueryKind; terms: string[] } {
  const s = foldWidth(raw).trim().toLowerCase();
  if (s === '') return { kind: 'empty', terms: [] };
  if (/^[\d\s\-()+]+$/.test(s)) return { kind: 'phone', terms: [s.replace(/\D/g, '')] };
  const terms = s.split(/\s+/).filter(Boolean);
  if (terms.every((t) => /^[a-z]+$/.test(t))) return { kind: 'pinyin', terms };
  return { kind: 'text', terms };
}

const SEP = '\u0001';

/**
 * An in-memory index over one year's persons, prepared once per change of the list: two long
 * strings (names; pinyin) searched with indexOf, an offset table back to persons, three-digit pieces
 * of phones, and persons per place.
 * Ordered as given (the list's order), so the first hits are the first persons in the tree.
 */
export class PersonSearchIndex {
  private readonly entries: readonly SearchEntry[];
  private readonly names: string;
  private readonly nameStarts: Int32Array;
  private readonly codes: string;
  private readonly codeStarts: Int32Array;
  /** Three-digit pieces of phones → entries (built on the first phone search). */
  private grams: (Int32Array | undefined)[] | null = null;
  /** Entry positions per region, in list order. */
  private readonly byRegion = new Map<number, number[]>();

  constructor(
    entries: readonly SearchEntry[],
    /** Region id → the region's path, for “石门镇” or “枫树村一组”. */
    private readonly regionPath: (regionId: number) => string,
  ) {
    this.entries = entries;
    const n = entries.length;
    this.nameStarts = new Int32Array(n + 1);
    this.codeStarts = new Int32Array(n + 1);
    const names: string[] = [];
    const codes: string[] = [];
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      this.nameStarts[i] = a;
      this.codeStarts[i] = b;
      const nm = SEP + e.name;
      // “|zs|zhangsan|”: pinyin matches at the start of either token (phones have their own index).
      const cd = `${SEP}|${e.initials}|${e.pinyin}|`;
      names.push(nm);
      codes.push(cd);
      a += nm.length;
      b += cd.length;
    }
    this.nameStarts[n] = a;
    this.codeStarts[n] = b;
    this.names = names.join('');
    this.codes = codes.join('');
    for (let i = 0; i < n; i++) {
      const r = entries[i]!.regionId;
      const list = this.byRegion.get(r);
      if (list) list.push(i);
      else this.byRegion.set(r, [i]);
    }
  }

  /** Entries (positions, ascending) whose phones contain the rarest three-digit piece of `digits`: a superset of the matches. */
  private phoneCandidates(digits: string): Int32Array {
    this.grams ??= this.buildGrams();
    let best: Int32Array | null = null;
    for (let k = 0; k + 3 <= digits.length; k++) {
      const list = this.grams[Number(digits.slice(k, k + 3))];
      if (!list) return new Int32Array(0);
      if (!best || list.length < best.length) best = list;
    }
    return best ?? new Int32Array(0);
  }

  /** For each three-digit piece (000–999), the entries with a phone containing it. */
  private buildGrams(): (Int32Array | undefined)[] {
    const lists: number[][] = [];
    const last = new Int32Array(1000).fill(-1);
    this.entries.forEach((e, i) => {
      for (const p of e.phones) {
        const d = p.replace(/\D/g, '');
        for (let k = 0; k + 3 <= d.length; k++) {
          const g = (d.charCodeAt(k) - 48) * 100 + (d.charCodeAt(k + 1) - 48) * 10 + (d.charCodeAt(k + 2) - 48);
          if (last[g] === i) continue;
          last[g] = i;
          (lists[g] ??= []).push(i);
        }
      }
    });
    const out: (Int32Array | undefined)[] = new Array(1000);
    lists.forEach((l, g) => (out[g] = Int32Array.from(l)));
    return out;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Index of the entry containing string position `pos`. */
  private static owner(starts: Int32Array, n: number, pos: number): number {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Entries whose text contains `needle`, in order, until `cap` are found. With `at`, the needle must
   * start just after that character (a word start): the search looks for the needle itself and checks
   * the character before — much faster than searching for a separator that occurs in every entry.
   */
  private scan(text: string, starts: Int32Array, needle: string, cap: number, accept: (e: SearchEntry) => boolean, out: number[], seen: Set<number>, at?: string): boolean {
    const n = this.entries.length;
    let from = 0;
    while (out.length < cap) {
      const pos = text.indexOf(needle, from);
      if (pos < 0) return false;
      if (at !== undefined && text[pos - 1] !== at) {
        from = pos + 1;
        continue;
      }
      const i = PersonSearchIndex.owner(starts, n, pos);
      const e = this.entries[i]!;
      if (!seen.has(i) && accept(e)) {
        seen.add(i);
        out.push(i);
      }
      from = starts[i + 1]!;
    }
    return true;
  }

  /**
   * Search by name (or part of it), pinyin initials or whole pinyin (“zs”, “zhangs”), a phone fragment
   * (3 digits or more) or a place (“石门镇”, “枫树村”). Several words narrow the result (“石门 张”).
   */
  search(query: string, opts: { limit?: number; includeInactive?: boolean; regionIds?: ReadonlySet<number>; regionsMatching?: (term: string) => ReadonlySet<number> } = {}): SearchHits {
    const limit = opts.limit ?? 100;
    const { kind, terms } = classifyQuery(query);
    if (kind === 'empty') return { ids: [], more: false, kind, hint: null };
    if (kind === 'phone' && terms[0]!.length < 3) return { ids: [], more: false, kind, hint: '按电话查找请至少输入3位数字' };
    const within = opts.regionIds;
    const accept = (e: SearchEntry) => (opts.includeInactive || e.active) && (!within || within.has(e.regionId));
    const matchers = terms.map((t) => this.matcher(t, opts.regionsMatching));
    const [first, ...rest] = matchers;
    const all = (i: number) => rest.every((m) => m.test(i));
    const cap = limit + 1;
    const found: number[] = [];
    const seen = new Set<number>();
    const take = (i: number) => {
      if (seen.has(i)) return;
      seen.add(i);
      if (all(i)) found.push(i);
    };
    const scanCap = rest.length ? Number.MAX_SAFE_INTEGER : cap;
    first!.collect((i) => {
      take(i);
      return found.length < cap;
    }, accept, scanCap);
    const more = found.length > limit;
    return { ids: found.slice(0, limit).map((i) => this.entries[i]!.id), more, kind, hint: null };
  }

  private matcher(term: string, regionsMatching?: (term: string) => ReadonlySet<number>) {
    const ascii = /^[a-z]+$/.test(term);
    const digits = /^\d+$/.test(term);
    const needleCode = ascii ? `|${term}` : digits ? term : null;
    const regions = !ascii && !digits && regionsMatching ? regionsMatching(term) : null;
    const entries = this.entries;
    return {
      test: (i: number): boolean => {
        const e = entries[i]!;
        if (needleCode !== null) {
          if (ascii) return `|${e.initials}|${e.pinyin}|`.includes(needleCode);
          return e.phones.some((p) => p.replace(/\D/g, '').includes(term));
        }
        return e.name.includes(term) || (regions !== null && regions.has(e.regionId)) || this.regionPath(e.regionId).includes(term);
      },
      collect: (emit: (i: number) => boolean, accept: (e: SearchEntry) => boolean, cap: number) => {
        const out: number[] = [];
        const seen = new Set<number>();
        if (needleCode !== null) {
          if (ascii) {
            this.scan(this.codes, this.codeStarts, term, cap, accept, out, seen, '|');
            for (const i of out) if (!emit(i)) return;
            return;
          }
          // A phone fragment: candidates from the rarest three-digit piece, each checked in full.
          for (const i of this.phoneCandidates(term)) {
            const e = entries[i]!;
            if (accept(e) && e.phones.some((p) => p.replace(/\D/g, '').includes(term)) && !emit(i)) return;
          }
          return;
        }
        // Names first: the exact name, then names containing the term; then persons of matching places.
        this.scan(this.names, this.nameStarts, term, cap, (e) => accept(e) && e.name === term, out, seen, SEP);
        this.scan(this.names, this.nameStarts, term, cap, accept, out, seen);
        for (const i of out) if (!emit(i)) return;
        if (!regions || regions.size === 0) return;
        // Persons of the matching places: from the per-place lists when they are few, else one pass.
        let count = 0;
        for (const r of regions) count += this.byRegion.get(r)?.length ?? 0;
        if (count <= 20_000) {
          const hits: number[] = [];
          for (const r of regions) for (const i of this.byRegion.get(r) ?? []) hits.push(i);
          hits.sort((a, b) => a - b);
          for (const i of hits) if (!seen.has(i) && accept(entries[i]!) && !emit(i)) return;
          return;
        }
        for (let i = 0; i < entries.length; i++) {
          if (seen.has(i)) continue;
          const e = entries[i]!;
          if (regions.has(e.regionId) && accept(e) && !emit(i)) return;
        }
      },
    };
  }
}
