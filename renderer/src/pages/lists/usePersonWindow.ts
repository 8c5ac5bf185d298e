import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { PersonLevel, PersonRow } from '../../../../shared/lists/types';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';

import { PAGE } from './paging';

export { PAGE };

/**
 * Pages of a region's persons, fetched as their rows scroll into view. The table asks for rows by
 * position, so a page arriving re-renders only the rows showing it — never the 200,000 rows.
 */
export class PageStore {
  private readonly pages = new Map<number, PersonRow[]>();
  private readonly loading = new Set<number>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly input: { year: number; regionId?: number; level?: PersonLevel; includeInactive: boolean },
    first: PersonRow[] | null,
  ) {
    if (first) this.pages.set(0, first);
  }

  /** A store over rows already at hand (search results). */
  static of(rows: PersonRow[]): PageStore {
    const s = new PageStore({ year: 0, includeInactive: false }, null);
    for (let p = 0; p * PAGE < rows.length; p++) s.pages.set(p, rows.slice(p * PAGE, (p + 1) * PAGE));
    return s;
  }

  get(index: number): PersonRow | undefined {
    return this.pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  }

  /**
   * Fetch the pages holding rows `from` to `to` (exclusive) that are neither here nor on their way. The
   * table asks for more rows than it shows, so a page is usually here before its rows scroll into view.
   */
  want(from: number, to: number): void {
    if (this.input.year === 0) return;
    for (let page = Math.floor(from / PAGE); page * PAGE < to; page++) {
      if (this.pages.has(page) || this.loading.has(page)) continue;
      this.loading.add(page);
      void call('lists.persons.page', { ...this.input, offset: page * PAGE, limit: PAGE })
        .then((r) => {
          this.pages.set(page, r.rows);
          this.emit();
        })
        .finally(() => this.loading.delete(page));
    }
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}

/** The person at a position, or undefined while its page loads (the table asks for the pages). */
export function useSlot(store: PageStore, index: number): PersonRow | undefined {
  const get = useCallback(() => store.get(index), [store, index]);
  return useSyncExternalStore(store.subscribe, get);
}

/** A region's persons for the virtual table: total and the page store. */
export function usePersonWindow(input: { year: number; regionId?: number; level?: PersonLevel; includeInactive: boolean }) {
  const first = useApi('lists.persons.page', { ...input, offset: 0, limit: PAGE });
  const total = first.data?.total ?? 0;
  const key = JSON.stringify(input);
  // A new store whenever the first page is (re)loaded: a change to the lists refetches it.
  const store = useMemo(
    () => new PageStore(JSON.parse(key) as typeof input, first.data?.rows ?? null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, first.dataUpdatedAt],
  );
  return { store, total, loading: first.isPending, error: first.error ?? null };
}
