import { createHash } from 'node:crypto';
import type { Db } from '../../../db/open';
import { listAssignments, replaceGenerated, type StoredAssignment } from '../../../db/repos/roster';
import { listLeave } from '../../../db/repos/roster-leave';
import type { PreviewDay, RosterPreview } from '../../../shared/contract/roster';
import type { RosterDay } from '../../../shared/roster/types';
import { countDuties, generateRoster, type Assignment, type GenerateResult } from '../../../shared/roster/index';
import { addDays, weekdayZh, type CivilDate } from '../../../shared/time/civil';
import { rosterSetup, type RosterSetup } from './roster-config';
import { rangeCalendar, rosterDays } from './roster-days';

/** How far back stored rows are read for the rotation (接着上月最后一人) and the rest rule. */
const HISTORY_DAYS = 120;

export interface GenerationRun {
  from: CivilDate;
  to: CivilDate;
  setup: RosterSetup;
  /** The range's duty days, as given to the generator. */
  days: RosterDay[];
  result: GenerateResult;
  stored: StoredAssignment[];
  /** Days with rows set by hand or locked: kept whole. */
  keptDays: Set<CivilDate>;
  /** The full preview (names per day, before and after): built on first use, as saving alone does not need it. */
  readonly preview: RosterPreview;
}

const key = (a: Pick<Assignment, 'date' | 'role' | 'slot'>) => `${a.date}|${a.role}|${a.slot}`;

function fingerprintOf(rows: readonly Assignment[]): string {
  const text = rows.map((a) => `${key(a)}=${a.staffId ?? ''}:${a.source}`).join(';');
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

const nameIn = (setup: RosterSetup, a: Assignment) => (a.staffId === null ? '（空缺）' : (setup.staffById.get(a.staffId)?.name ?? `编号${a.staffId}`));

/**
 * Names per role on one day, in slot order. A day has a few rows and a setup a few roles: scanning
 * the rows per role is cheaper than grouping them (this runs for every day of a generated range).
 */
function namesByRole(setup: RosterSetup, rows: readonly Assignment[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!rows.length) return out;
  for (const r of setup.roles) {
    let list: Assignment[] | undefined;
    for (const a of rows) if (a.role === r.key) (list ??= []).push(a);
    if (!list) continue;
    if (list.length > 1) list.sort((a, b) => a.slot - b.slot);
    let names = nameIn(setup, list[0]!);
    for (let k = 1; k < list.length; k++) names += `、${nameIn(setup, list[k]!)}`;
    out[r.key] = names;
  }
  return out;
}

/** Whether a day's rows differ (same slots with the same people, in any order, count as equal). */
function dayChanged(b: readonly Assignment[], a: readonly Assignment[]): boolean {
  if (b.length !== a.length) return true;
  if (!b.length) return false;
  const sig = (list: readonly Assignment[]) => list.map((x) => `${key(x)}=${x.staffId ?? ''}`).sort().join(';');
  return sig(b) !== sig(a);
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
  const before: StoredAssignment[] = [];
  const stored: StoredAssignment[] = [];
  for (const a of rows) {
    if (a.date < from) before.push(a);
    else if (a.date <= to) stored.push(a);
  }
  // A day with any row set by hand or locked is kept whole: its generated rows are kept too, and no slot opens.
  const keptDays = new Set(stored.filter((a) => a.source !== 'generated').map((a) => a.date));
  const days = rosterDays(rc, setup.roles, from, to).map((d) => (keptDays.has(d.date) ? { ...d, slots: slotsOf(stored, d.date) } : d));
  const historyStart = addDays(from, -HISTORY_DAYS);
  const existing: Assignment[] = [];
  for (const { date, role, slot, staffId, source } of rows) {
    if (date < historyStart) continue;
    existing.push({ date, role, slot, staffId, source: keptDays.has(date) && source === 'generated' ? 'manual' : source });
  }
  const yearCounts = countDuties(before.filter((a) => a.date >= yearStart), rc.categoryOf, setup.roleDefs);
  const leave = listLeave(db, { from, to }).map((l) => ({ staffId: l.staffId, from: l.from, to: l.to, kind: l.kind }));
  const result = generateRoster({
    days,
    roles: setup.roleDefs,
    staff: setup.rosterStaff,
    leave,
    existing,
    minRestDays: setup.settings.minRestDays,
    yearCounts,
  });
  let preview: RosterPreview | undefined;
  const run: GenerationRun = {
    from,
    to,
    setup,
    days,
    result,
    stored,
    keptDays,
    get preview() {
      return (preview ??= buildPreview(run));
    },
  };
  return run;
}

function buildPreview(run: GenerationRun): RosterPreview {
  const { setup, result, keptDays } = run;
  const storedOn = groupByDate(run.stored);
  const afterOn = groupByDate(result.assignments);
  const previewDays = run.days.map((d): PreviewDay => {
    const b = storedOn.get(d.date) ?? [];
    const a = afterOn.get(d.date) ?? [];
    return {
      date: d.date,
      weekday: weekdayZh(d.date),
      category: d.category,
      holidayName: d.holidayName ?? null,
      before: namesByRole(setup, b),
      after: namesByRole(setup, a),
      changed: dayChanged(b, a),
      kept: keptDays.has(d.date),
    };
  });
  return {
    from: run.from,
    to: run.to,
    roles: setup.roles.map((r) => ({ key: r.key, name: r.name })),
    days: previewDays,
    warnings: result.warnings,
    changedDays: previewDays.filter((d) => d.changed).length,
    keptDays: previewDays.filter((d) => d.kept).length,
    emptySlots: result.assignments.filter((a) => a.staffId === null).length,
    fingerprint: fingerprintOf(result.assignments),
  };
}

/** The preview's fingerprint alone (what a save checks against the preview shown). */
export function generationFingerprint(run: GenerationRun): string {
  return fingerprintOf(run.result.assignments);
}

/** What a save reports and audits: the changed days (names before and after, as audit texts) and the counts. */
export interface GenerationChanges {
  changedDays: number;
  keptDays: number;
  emptySlots: number;
  /** Day texts of the changed days, in date order (see `dayText`). */
  before: Map<CivilDate, string>;
  after: Map<CivilDate, string>;
}

/**
 * The preview's counts and the audit snapshots of a run without building the whole preview:
 * names are looked up for the changed days only, straight into the audit texts.
 */
export function generationChanges(run: GenerationRun): GenerationChanges {
  const { setup, result, keptDays } = run;
  const storedOn = groupByDate(run.stored);
  const afterOn = groupByDate(result.assignments);
  const before = new Map<CivilDate, string>();
  const after = new Map<CivilDate, string>();
  let changedDays = 0;
  let kept = 0;
  for (const d of run.days) {
    if (keptDays.has(d.date)) kept++;
    const b = storedOn.get(d.date) ?? [];
    const a = afterOn.get(d.date) ?? [];
    if (!dayChanged(b, a)) continue;
    changedDays++;
    before.set(d.date, dayText(setup, namesByRole(setup, b)) || '（未排班）');
    after.set(d.date, dayText(setup, namesByRole(setup, a)) || '（未排班）');
  }
  let emptySlots = 0;
  for (const a of result.assignments) if (a.staffId === null) emptySlots++;
  return { changedDays, keptDays: kept, emptySlots, before, after };
}

/**
 * An audit snapshot: the `head` fields, then the day texts keyed by date, in that order. Built as a
 * prototype-less object, which V8 keeps as a dictionary from the start: a plain object (or a spread)
 * gains a new hidden class for each of a year's 365 fresh date keys, which was most of the time and
 * the garbage of auditing a generation.
 */
export function auditSnapshot(head: Record<string, unknown>, days: ReadonlyMap<CivilDate, string>): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(head)) out[k] = head[k];
  for (const [date, text] of days) out[date] = text;
  return out;
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
  replaceGenerated(db, run.from, run.to, generated, now, run.keptDays);
  return generated.length;
}

/** Text of a day's people for the audit log: “带班领导 王建国；值班员 赵敏、孙浩”. */
export function dayText(setup: RosterSetup, names: Record<string, string>): string {
  let text = '';
  for (const r of setup.roles) {
    const n = names[r.key];
    if (n) text += `${text ? '；' : ''}${r.name} ${n}`;
  }
  return text;
}
