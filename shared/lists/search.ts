import { foldWidth } from './text';
import { LEVEL_RANK, type PersonLevel } from './types';

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
/** Between two phones of one person: a digit fragment never spans it. */
const PHONE_SEP = '|';

/**
 * The index's columns, filled position by position (the list's order) in any order — so the back end can
 * fill them straight from the database, one row at a time.
 */
export class SearchColumns {
  readonly ids: Int32Array;
  readonly ranks: Uint8Array;
  readonly regionIds: Int32Array;
  readonly active: Uint8Array;
  /** Each person's piece of the three texts, each starting with SEP. */
  readonly texts: [names: string[], codes: string[], phones: string[]];

  constructor(readonly n: number) {
    this.ids = new Int32Array(n);
    this.ranks = new Uint8Array(n);
    this.regionIds = new Int32Array(n);
    this.active = new Uint8Array(n);
    this.texts = [new Array<string>(n).fill(SEP), new Array<string>(n).fill(SEP), new Array<string>(n).fill(SEP)];
  }

  put(i: number, e: SearchEntry): void {
    this.ids[i] = e.id;
    this.ranks[i] = LEVEL_RANK[e.level];
    this.regionIds[i] = e.regionId;
    this.active[i] = e.active ? 1 : 0;
    this.texts[0][i] = SEP + e.name;
    // “|zs|zhangsan|”: pinyin matches at the start of either token.
    this.texts[1][i] = `${SEP}|${e.initials}|${e.pinyin}|`;
    this.texts[2][i] = SEP + e.phones.map((p) => p.replace(/\D/g, '')).join(PHONE_SEP);
  }
}

/**
 * An in-memory index over one year's persons, prepared once per change of the list. Compact, for a
 * county of 200,000: three long strings (names; pinyin; phone digits) searched with indexOf, offset
 * tables back to persons, typed arrays for id, level, place and state, and persons per place — no object
 * per person is kept.
 * Ordered as given (the list's order), so the first hits are the first persons in the tree.
 */
export class PersonSearchIndex {
  private readonly n: number;
  private readonly ids: Int32Array;
  private readonly ranks: Uint8Array;
  private readonly regionIds: Int32Array;
  private readonly active: Uint8Array;
  private readonly names: string;
  private readonly nameStarts: Int32Array;
  private readonly codes: string;
  private readonly codeStarts: Int32Array;
  private readonly phones: string;
  private readonly phoneStarts: Int32Array;
  /** Positions per region, in list order. */
  private readonly byRegion = new Map<number, Int32Array>();
  /** Ids ascending with their positions: id → position by binary search. */
  private readonly sortedIds: Int32Array;
  private readonly sortedPos: Int32Array;

  /** An index of persons given in list order. */
  static of(entries: readonly SearchEntry[], regionPath: (regionId: number) => string): PersonSearchIndex {
    const c = new SearchColumns(entries.length);
    entries.forEach((e, i) => c.put(i, e));
    return new PersonSearchIndex(c, regionPath);
  }

  constructor(
    c: SearchColumns,
    /** Region id → the region's path, for “石门镇” or “枫树村一组”. */
    private readonly regionPath: (regionId: number) => string,
  ) {
    const n = c.n;
    this.n = n;
    this.ids = c.ids;
    this.ranks = c.ranks;
    this.regionIds = c.regionIds;
    this.active = c.active;
    [this.names, this.nameStarts] = joined(c.texts[0]);
    [this.codes, this.codeStarts] = joined(c.texts[1]);
    [this.phones, this.phoneStarts] = joined(c.texts[2]);
    const regions = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const list = regions.get(c.regionIds[i]!);
      if (list) list.push(i);
      else regions.set(c.regionIds[i]!, [i]);
    }
    for (const [r, list] of regions) this.byRegion.set(r, Int32Array.from(list));
    this.sortedPos = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => c.ids[a]! - c.ids[b]!);
    this.sortedIds = this.sortedPos.map((i) => c.ids[i]!);
  }

  get size(): number {
    return this.n;
  }

  /** The position of a person, or -1. */
  positionOf(id: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.sortedIds[mid]!;
      if (v === id) return this.sortedPos[mid]!;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Whether a person has at least one phone. */
  hasPhone(id: number): boolean {
    const i = this.positionOf(id);
    return i >= 0 && this.phoneStarts[i + 1]! - this.phoneStarts[i]! > 1;
  }

  /** Active persons of a level and place with exactly this name (their ids, in list order). */
  namesakes(level: PersonLevel, regionId: number, name: string): number[] {
    const out: number[] = [];
    for (const i of this.byRegion.get(regionId) ?? []) {
      if (this.active[i] === 1 && this.ranks[i] === LEVEL_RANK[level] && this.text(this.names, this.nameStarts, i) === name) out.push(this.ids[i]!);
    }
    return out;
  }

  /** Person i's piece of a text, without its leading SEP. */
  private text(text: string, starts: Int32Array, i: number): string {
    return text.slice(starts[i]! + 1, starts[i + 1]!);
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
  private scan(text: string, starts: Int32Array, needle: string, cap: number, accept: (i: number) => boolean, out: number[], seen: Set<number>, at?: string): boolean {
    let from = 0;
    while (out.length < cap) {
      const pos = text.indexOf(needle, from);
      if (pos < 0) return false;
      if (at !== undefined && text[pos - 1] !== at) {
        from = pos + 1;
        continue;
      }
      const i = PersonSearchIndex.owner(starts, this.n, pos);
      if (!seen.has(i) && accept(i)) {
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
    const accept = (i: number) => (opts.includeInactive || this.active[i] === 1) && (!within || within.has(this.regionIds[i]!));
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
    return { ids: found.slice(0, limit).map((i) => this.ids[i]!), more, kind, hint: null };
  }

  private matcher(term: string, regionsMatching?: (term: string) => ReadonlySet<number>) {
    const ascii = /^[a-z]+$/.test(term);
    const digits = /^\d+$/.test(term);
    const regions = !ascii && !digits && regionsMatching ? regionsMatching(term) : null;
    return {
      test: (i: number): boolean => {
        if (ascii) return this.text(this.codes, this.codeStarts, i).includes(`|${term}`);
        if (digits) return this.text(this.phones, this.phoneStarts, i).includes(term);
        const r = this.regionIds[i]!;
        return this.text(this.names, this.nameStarts, i).includes(term) || (regions !== null && regions.has(r)) || this.regionPath(r).includes(term);
      },
      collect: (emit: (i: number) => boolean, accept: (i: number) => boolean, cap: number) => {
        const out: number[] = [];
        const seen = new Set<number>();
        if (ascii || digits) {
          if (ascii) this.scan(this.codes, this.codeStarts, term, cap, accept, out, seen, '|');
          else this.scan(this.phones, this.phoneStarts, term, cap, accept, out, seen);
          for (const i of out) if (!emit(i)) return;
          return;
        }
        // Names first: the exact name, then names containing the term; then persons of matching places.
        this.scan(this.names, this.nameStarts, term, cap, (i) => accept(i) && this.text(this.names, this.nameStarts, i) === term, out, seen, SEP);
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
          for (const i of hits) if (!seen.has(i) && accept(i) && !emit(i)) return;
          return;
        }
        for (let i = 0; i < this.n; i++) {
          if (seen.has(i)) continue;
          if (regions.has(this.regionIds[i]!) && accept(i) && !emit(i)) return;
        }
      },
    };
  }
}

/** Pieces joined into one string, with each piece's start (and the end). */
function joined(parts: string[]): [string, Int32Array] {
  const starts = new Int32Array(parts.length + 1);
  let at = 0;
  parts.forEach((p, i) => {
    starts[i] = at;
    at += p.length;
  });
  starts[parts.length] = at;
  return [parts.join(''), starts];
}
