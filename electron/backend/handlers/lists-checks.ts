import { AppError } from '../../../shared/contract/errors';
import type { CallListRow, CallView } from '../../../shared/contract/lists';
import { quality, staleness } from '../../../shared/lists/checks';
import { CALL_RESULT_ZH } from '../../../shared/lists/types';
import { civilDateOf, dayNumber } from '../../../shared/time/civil';
import { getYear, listYears } from '../../../db/repos/lists';
import { getPerson, getPersons } from '../../../db/repos/lists-persons';
import { insertCall, lastCalls, recentCalls } from '../../../db/repos/lists-calls';
import { personLabel } from '../services/lists-audit';
import { personRows, searchEntries, type ListEntry } from '../services/lists-view';
import { requireView } from '../services/lists-years';
import type { Handlers } from '../types';
import type { Db } from '../../../db/open';

const view = (c: { id: number; at: number; phone: string; result: CallView['result']; note: string; operatorName: string }): CallView => ({
  id: c.id,
  at: c.at,
  phone: c.phone,
  result: c.result,
  note: c.note,
  operatorName: c.operatorName,
});

/** Townships none of whose persons changed since the year's list was started (copied or created). */
function untouchedTownships(db: Db, year: number, since: number, townships: Map<number, number | undefined>, names: Map<number, string>): string[] {
  const rows = db.prepare('SELECT region_id, max(updated_at) AS at FROM list_persons WHERE year = ? GROUP BY region_id').all(year) as { region_id: number; at: number }[];
  const touched = new Set<number>();
  for (const r of rows) {
    const t = townships.get(r.region_id);
    if (t !== undefined && r.at > since) touched.add(t);
  }
  return [...names.entries()].filter(([id]) => !touched.has(id)).map(([, n]) => n);
}

/** A stable pick of `count` entries: the same list all day, another tomorrow. */
function dailyPick<T>(items: readonly T[], count: number, seed: number): T[] {
  const a = [...items];
  let s = seed >>> 0 || 1;
  const rnd = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
  for (let i = a.length - 1; i > 0 && a.length - i <= count; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(Math.max(0, a.length - count)).reverse();
}

export const listCheckHandlers = {
  'lists.checks.quality': (input, { db, clock }) => {
    const v = requireView(db, input.year);
    const y = getYear(db, input.year)!;
    const active = searchEntries(db, v.year, v.entries.filter((e) => e.active));
    const townshipOf = new Map<number, number | undefined>();
    for (const r of v.tree.byId.values()) townshipOf.set(r.id, v.tree.ancestorAt(r.id, 'township')?.id);
    const names = new Map(v.tree.kids(v.tree.root?.id ?? 0).map((r) => [r.id, r.name]));
    const current = Number(civilDateOf(clock.now()).slice(0, 4));
    return {
      year: input.year,
      stale: input.year === current ? staleness(listYears(db), current) : [],
      untouchedTownships: y.copiedFrom !== null ? untouchedTownships(db, input.year, y.createdAt, townshipOf, names) : [],
      quality: quality(v.tree, active, input.manyRoles),
      persons: active.length,
    };
  },

  'lists.calls.list': (input, { db }) => {
    const v = requireView(db, input.year);
    const last = lastCalls(db);
    const active = v.entries.filter((e) => e.active);
    const counts = { persons: active.length, checked: 0, never: 0, problems: 0 };
    const pick: ListEntry[] = [];
    for (const e of active) {
      const c = last.get(e.lineage);
      if (c) counts.checked++;
      else counts.never++;
      if (c && c.result !== 'answered') counts.problems++;
      const keep = input.filter === 'all' || (input.filter === 'never' ? !c : input.filter === 'checked' ? !!c : !!c && c.result !== 'answered');
      if (keep) pick.push(e);
    }
    const page = pick.slice(input.offset, input.offset + input.limit);
    const rows: CallListRow[] = personRows(db, v, page.map((e) => e.id)).map((person) => {
      const c = last.get(person.lineage);
      return { person, last: c ? view(c) : null };
    });
    const calls = recentCalls(db, input.year, 20);
    const names = new Map(getPersons(db, [...new Set(calls.map((c) => c.personId))]).map((p) => [p.id, p.name]));
    const recent = calls.map((c) => ({ ...view(c), personName: names.get(c.personId) ?? '' }));
    return { total: pick.length, rows, counts, recent };
  },

  'lists.calls.sample': (input, { db, clock }) => {
    const v = requireView(db, input.year);
    const last = lastCalls(db);
    const { index } = v.search();
    const never = v.entries.filter((e) => e.active && index.hasPhone(e.id) && !last.has(e.lineage));
    const chosen = dailyPick(never, input.count, dayNumber(civilDateOf(clock.now())) * 2654435761 + input.year);
    return personRows(db, v, chosen.map((e) => e.id));
  },

  'lists.calls.record': (input, ctx) => {
    const p = getPerson(ctx.db, input.personId);
    if (!p) throw new AppError('not_found', `找不到编号为 ${input.personId} 的责任人`, 'personId');
    if (!p.active) throw new AppError('conflict', `${p.name}已停用，不再抽查`, 'personId');
    const v = requireView(ctx.db, p.year);
    const phone = input.phone || p.phones[0] || '';
    const c = insertCall(ctx.db, { personId: p.id, lineage: p.lineage, year: p.year, at: ctx.clock.now(), phone, result: input.result, note: input.note, operatorName: ctx.operator?.name ?? '' });
    ctx.audit({
      entity: 'list_call',
      entityId: c.id,
      action: 'create',
      summary: `电话抽查 ${personLabel(v, p)}：${CALL_RESULT_ZH[input.result]}${input.note ? `（${input.note}）` : ''}`,
      after: { callPhone: phone, callResult: CALL_RESULT_ZH[input.result], callNote: input.note },
    });
    ctx.changed('lists');
    return view(c);
  },
} satisfies Pick<Handlers, 'lists.checks.quality' | 'lists.calls.list' | 'lists.calls.sample' | 'lists.calls.record'>;
