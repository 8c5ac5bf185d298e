import { createHash } from 'node:crypto';
import type { Db } from '../../../db/open';
import { listAssignments, replaceGenerated, type StoredAssignment } from '../../../db/repos/roster';
import { listLeave } from '../../../db/repos/roster-leave';
import type { PreviewDay, RosterPreview } from '../../../shared/contract/roster';
import { countDuties, generateRoster, type Assignment, type GenerateResult } from '../../../shared/roster/index';
import { addDays, weekdayZh, type CivilDate } from '../../../shared/time/civil';
import { rosterSetup, type RosterSetup } from './roster-config';
import { rangeCalendar, rosterDays } from './roster-days';

/** How far back stored rows are read for the rotation (接着上月最后一人) and the rest rule. */
const HISTORY_DAYS = 120;

export interface GenerationRun {
  setup: RosterSetup;
  result: GenerateResult;
  stored: StoredAssignment[];
  /** Days with rows set by hand or locked: kept whole. */
  keptDays: Set<CivilDate>;
  preview: RosterPreview;
}

const key = (a: Pick<Assignment, 'date' | 'role' | 'slot'>) => `${a.date}|${a.role}|${a.slot}`;

function fingerprintOf(rows: readonly Assignment[]): string {
  const text = rows.map((a) => `${key(a)}=${a.staffId ?? ''}:${a.source}`).join(';');
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** Names per role on one day, in slot order. */
function namesByRole(setup: RosterSetup, rows: readonly Assignment[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of setup.roles) {
    const names = rows
      .filter((a) => a.role === r.key)
      .sort((a, b) => a.slot - b.slot)
      .map((a) => (a.staffId === null ? '（空缺）' : (setup.staffById.get(a.staffId)?.name ?? `编号${a.staffId}`)));
    if (names.length) out[r.key] = names.join('、');
  }
  return out;
}

/**
 * Run the generator for [from, to] over what is stored: rotation and rest from the rows before,
 * year-to-date counts from the rows of the year before the range, manual and locked rows kept.
 * Nothing is written.
 */
export function runGeneration(db: Db, from: CivilDate, to: CivilDate): GenerationRun {
  const setup = rosterSetup(db);
  const rc = rangeCalendar(db, from, to);
  const yearStart = `${from.slice(0, 4)}-01-01`;
  const historyFrom = [addDays(from, -HISTORY_DAYS), yearStart].sort()[0]!;
  const rows = listAssignments(db, historyFrom, addDays(to, setup.settings.minRestDays + 1));
  const before = rows.filter((a) => a.date < from);
  const stored = rows.filter((a) => a.date >= from && a.date <= to);
  // A day with any row set by hand or locked is kept whole: its generated rows are kept too, and no slot opens.
  const keptDays = new Set(stored.filter((a) => a.source !== 'generated').map((a) => a.date));
  const days = rosterDays(rc, setup.roles, from, to).map((d) => (keptDays.has(d.date) ? { ...d, slots: slotsOf(stored, d.date) } : d));
  const existing = rows
    .filter((a) => a.date >= addDays(from, -HISTORY_DAYS))
    .map((a) => (keptDays.has(a.date) && a.source === 'generated' ? { ...a, source: 'manual' as const } : a));
  const yearCounts = countDuties(before.filter((a) => a.date >= yearStart), rc.categoryOf, setup.roleDefs);
  const leave = listLeave(db, { from, to }).map((l) => ({ staffId: l.staffId, from: l.from, to: l.to, kind: l.kind }));
  const result = generateRoster({
    days,
    roles: setup.roleDefs,
    staff: setup.rosterStaff,
    leave,
    existing: existing.map(({ date, role, slot, staffId, source }) => ({ date, role, slot, staffId, source })),
    minRestDays: setup.settings.minRestDays,
    yearCounts,
  });
  const storedOn = groupByDate(stored);
  const afterOn = groupByDate(result.assignments);
  const previewDays = days.map((d): PreviewDay => {
    const b = storedOn.get(d.date) ?? [];
    const a = afterOn.get(d.date) ?? [];
    const sig = (list: readonly Assignment[]) => list.map((x) => `${key(x)}=${x.staffId ?? ''}`).sort().join(';');
    return {
      date: d.date,
      weekday: weekdayZh(d.date),
      category: d.category,
      holidayName: d.holidayName ?? null,
      before: namesByRole(setup, b),
      after: namesByRole(setup, a),
      changed: sig(b) !== sig(a),
      kept: keptDays.has(d.date),
    };
  });
  const preview: RosterPreview = {
    from,
    to,
    roles: setup.roles.map((r) => ({ key: r.key, name: r.name })),
    days: previewDays,
    warnings: result.warnings,
    changedDays: previewDays.filter((d) => d.changed).length,
    keptDays: previewDays.filter((d) => d.kept).length,
    emptySlots: result.assignments.filter((a) => a.staffId === null).length,
    fingerprint: fingerprintOf(result.assignments),
  };
  return { setup, result, stored, keptDays, preview };
}

/** The slots a kept day already has, so the generator opens none there. */
function slotsOf(rows: readonly Assignment[], date: CivilDate): { role: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of rows) if (a.date === date) counts.set(a.role, Math.max(counts.get(a.role) ?? 0, a.slot + 1));
  return [...counts].map(([role, count]) => ({ role, count }));
}

function groupByDate<T extends Assignment>(rows: readonly T[]): Map<CivilDate, T[]> {
  const out = new Map<CivilDate, T[]>();
  for (const a of rows) {
    const list = out.get(a.date);
    if (list) list.push(a);
    else out.set(a.date, [a]);
  }
  return out;
}

/** Store a run: the range's generated rows are replaced by the new ones; manual and locked rows stay. */
export function saveGeneration(db: Db, run: GenerationRun, now: number): number {
  const generated = run.result.assignments.filter((a) => a.source === 'generated');
  replaceGenerated(db, run.preview.from, run.preview.to, generated, now, run.keptDays);
  return generated.length;
}

/** Text of a day's people for the audit log: “带班领导 王建国；值班员 赵敏、孙浩”. */
export function dayText(setup: RosterSetup, names: Record<string, string>): string {
  return setup.roles
    .filter((r) => names[r.key])
    .map((r) => `${r.name} ${names[r.key]}`)
    .join('；');
}

/** Before/after of the changed days, keyed by date, for the audit log. */
export function generationSnapshots(run: GenerationRun): { before: Record<string, string>; after: Record<string, string> } {
  const before: Record<string, string> = {};
  const after: Record<string, string> = {};
  for (const d of run.preview.days) {
    if (!d.changed) continue;
    before[d.date] = dayText(run.setup, d.before) || '（未排班）';
    after[d.date] = dayText(run.setup, d.after) || '（未排班）';
  }
  return { before, after };
}
