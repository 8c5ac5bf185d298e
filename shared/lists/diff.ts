import { LEVEL_ZH, PERSON_LEVELS, type PersonLevel } from './types';

/** The fields of a person that a list can change. */
export const VALUE_FIELDS = ['position', 'duty', 'phones', 'households', 'note'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];
export const VALUE_FIELD_ZH: Record<ValueField, string> = { position: '职务', duty: '责任区域/职责', phones: '联系电话', households: '联系户数', note: '备注' };

export interface PersonValues {
  position: string;
  duty: string;
  phones: string[];
  households: number | null;
  note: string;
}

/** A person on one side of a comparison, identified by `key` (level, place, name). */
export interface KeyedPerson {
  key: string;
  level: PersonLevel;
  /** 石门镇/枫树村/一组/危险区 */
  path: string;
  name: string;
  values: PersonValues;
  /** The stored person (current side). */
  id?: number;
  /** The sheet row (imported side). */
  row?: number;
  /** Region and zone the person goes to: a stored id, or a negative id of a place the import creates. */
  regionRef?: number;
  zoneRef?: number | null;
}

export type ChangeKind = 'added' | 'changed' | 'removed';
export const CHANGE_ZH: Record<ChangeKind, string> = { added: '新增', changed: '变更', removed: '删除' };

export interface PersonChange {
  kind: ChangeKind;
  level: PersonLevel;
  path: string;
  name: string;
  /** Stored person (changed, removed). */
  id: number | null;
  row: number | null;
  before: PersonValues | null;
  after: PersonValues | null;
  /** The changed fields (变更). */
  fields: ValueField[];
  regionRef?: number;
  zoneRef?: number | null;
}

export interface LevelSummary {
  level: PersonLevel;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

function samePhones(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p));
}

/** Which fields differ; fields the new side does not speak for (`given`) keep the old value. */
export function changedFields(before: PersonValues, after: PersonValues, given: ReadonlySet<ValueField>): ValueField[] {
  const out: ValueField[] = [];
  for (const f of VALUE_FIELDS) {
    if (!given.has(f)) continue;
    const same = f === 'phones' ? samePhones(before.phones, after.phones) : before[f] === after[f];
    if (!same) out.push(f);
  }
  return out;
}

/** The new side's values with the fields it does not give taken from the old side. */
export function mergedValues(before: PersonValues, after: PersonValues, given: ReadonlySet<ValueField>): PersonValues {
  return {
    position: given.has('position') ? after.position : before.position,
    duty: given.has('duty') ? after.duty : before.duty,
    phones: given.has('phones') ? after.phones : before.phones,
    households: given.has('households') ? after.households : before.households,
    note: given.has('note') ? after.note : before.note,
  };
}

/**
 * 新增 / 变更 / 删除 between two lists. Only old persons `inScope` can be deleted (a township's file
 * does not delete the other townships' persons).
 */
export function diffPersons(
  before: readonly KeyedPerson[],
  after: readonly KeyedPerson[],
  inScope: (p: KeyedPerson) => boolean,
  given: ReadonlySet<ValueField> = new Set(VALUE_FIELDS),
): { changes: PersonChange[]; summary: LevelSummary[] } {
  const old = new Map<string, KeyedPerson>();
  for (const p of before) old.set(p.key, p);
  const summary = new Map<PersonLevel, LevelSummary>(PERSON_LEVELS.map((l) => [l, { level: l, added: 0, changed: 0, removed: 0, unchanged: 0 }]));
  const changes: PersonChange[] = [];
  const matched = new Set<string>();
  for (const p of after) {
    const s = summary.get(p.level)!;
    const o = old.get(p.key);
    if (!o) {
      s.added++;
      changes.push({ kind: 'added', level: p.level, path: p.path, name: p.name, id: null, row: p.row ?? null, before: null, after: p.values, fields: [], regionRef: p.regionRef, zoneRef: p.zoneRef });
      continue;
    }
    matched.add(p.key);
    const fields = changedFields(o.values, p.values, given);
    if (fields.length === 0) s.unchanged++;
    else {
      s.changed++;
      changes.push({ kind: 'changed', level: p.level, path: p.path, name: p.name, id: o.id ?? null, row: p.row ?? null, before: o.values, after: mergedValues(o.values, p.values, given), fields, regionRef: p.regionRef, zoneRef: p.zoneRef });
    }
  }
  for (const o of before) {
    if (matched.has(o.key) || !inScope(o)) continue;
    summary.get(o.level)!.removed++;
    changes.push({ kind: 'removed', level: o.level, path: o.path, name: o.name, id: o.id ?? null, row: null, before: o.values, after: null, fields: [] });
  }
  const rank = { added: 0, changed: 1, removed: 2 };
  changes.sort((a, b) => PERSON_LEVELS.indexOf(a.level) - PERSON_LEVELS.indexOf(b.level) || rank[a.kind] - rank[b.kind] || (a.row ?? 0) - (b.row ?? 0));
  return { changes, summary: [...summary.values()] };
}

/** “新增12人，变更3人，删除1人” (parts with zero left out; “没有变化” when all are zero). */
export function summaryText(summary: readonly LevelSummary[]): string {
  const t = summary.reduce((a, s) => ({ added: a.added + s.added, changed: a.changed + s.changed, removed: a.removed + s.removed }), { added: 0, changed: 0, removed: 0 });
  const parts = [t.added && `新增${t.added}人`, t.changed && `变更${t.changed}人`, t.removed && `删除${t.removed}人`].filter(Boolean);
  return parts.length ? parts.join('，') : '没有变化';
}

/** “户级：新增3人” lines per level with changes. */
export function levelLines(summary: readonly LevelSummary[]): string[] {
  return summary.filter((s) => s.added + s.changed + s.removed > 0).map((s) => `${LEVEL_ZH[s.level]}：${summaryText([s])}`);
}
