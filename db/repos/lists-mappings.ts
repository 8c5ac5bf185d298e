import type { Db } from '../open';

/** The column mapping remembered for a header layout (by its signature). */
export function readMapping(db: Db, signature: string): (string | null)[] | null {
  const r = db.prepare('SELECT mapping FROM list_import_mappings WHERE signature = ?').get(signature) as { mapping: string } | undefined;
  return r ? (JSON.parse(r.mapping) as (string | null)[]) : null;
}

export function saveMapping(db: Db, signature: string, mapping: readonly (string | null)[], now: number): void {
  db.prepare('INSERT INTO list_import_mappings (signature, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at').run(
    signature,
    JSON.stringify(mapping),
    now,
  );
}
