import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { PersonLevel, PersonRow } from '../../../../shared/lists/types';
import { call } from '../../api/client';

export const PAGE = 200;

/** A row of the virtual table: a person, or a placeholder while its page loads. */
export type WindowRow = PersonRow | { id: number; pending: true; index: number };

export function isPending(r: WindowRow): r is { id: number; pending: true; index: number } {
  return 'pending' in r;
}

/**
 * A region's persons, however many, for a virtual table: the total and the first page come at once,
 * further pages of 200 are fetched as their rows scroll into view (`need`). Pages are ordinary queries
 * under the `lists` key, so a change anywhere in the lists refetches what is on screen.
 */
export function usePersonWindow(input: { year: number; regionId?: number; level?: PersonLevel; includeInactive: boolean }) {
  const [wanted, setWanted] = useState<number[]>([0]);
  const key = JSON.stringify(input);
  const lastKey = useRef(key);
  useEffect(() => {
    if (lastKey.current !== key) {
      lastKey.current = key;
      setWanted([0]);
    }
  }, [key]);
  const results = useQueries({
    queries: wanted.map((page) => {
      const q = { ...input, offset: page * PAGE, limit: PAGE };
      return { queryKey: ['lists', 'lists.persons.page', q], queryFn: () => call('lists.persons.page', q), staleTime: 5_000 };
    }),
  });
  const first = results[0];
  const total = first?.data?.total ?? 0;
  const loadedKey = results.map((r) => r.dataUpdatedAt).join(',');
  const rows = useMemo<WindowRow[]>(() => {
    const out: WindowRow[] = new Array(total);
    for (let i = 0; i < total; i++) out[i] = { id: -1 - i, pending: true, index: i };
    results.forEach((r, k) => {
      const page = wanted[k]!;
      r.data?.rows.forEach((row, j) => {
        if (page * PAGE + j < total) out[page * PAGE + j] = row;
      });
    });
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [total, loadedKey]);
  const need = useCallback((index: number) => {
    const page = Math.floor(index / PAGE);
    setWanted((w) => (w.includes(page) ? w : [...w, page]));
  }, []);
  return { rows, total, need, loading: first?.isPending ?? true, error: first?.error ?? null };
}
