import type { RegisterFilter } from '../../../../shared/plans/index';

/** The register filter in a URL query (for the print view), and back. */
export function filterToSearch(f: RegisterFilter): string {
  const p = new URLSearchParams();
  if (f.q?.trim()) p.set('q', f.q.trim());
  if (f.categories?.length) p.set('c', f.categories.join(','));
  if (f.levels?.length) p.set('l', f.levels.join(','));
  if (f.statuses?.length) p.set('s', f.statuses.join(','));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function searchToFilter(search: string): RegisterFilter {
  const p = new URLSearchParams(search);
  const list = <T extends string>(k: string) => (p.get(k) ? (p.get(k)!.split(',') as T[]) : undefined);
  return { q: p.get('q') ?? undefined, categories: list('c'), levels: list('l'), statuses: list('s') };
}

export function isFiltered(f: RegisterFilter): boolean {
  return Boolean(f.q?.trim() || f.categories?.length || f.levels?.length || f.statuses?.length);
}
