import { drillDeadline, evaluationDeadline, filingDeadline, type AddWorkdays } from './deadlines';
import { issueDateOf, lastRecord, nextStage } from './lifecycle';
import type { CivilDate } from '../time/civil';
import type { Deadline, PlanCycle, PlanStatus, Stage, StageRecord } from './types';

export interface VersionFacts {
  id: number;
  seq: number;
  label: string;
  docNo: string;
  stages: readonly StageRecord[];
}

export interface PlanFacts {
  /** Every version, oldest first. */
  versions: readonly VersionFacts[];
  lastDrill: CivilDate | null;
  lastEvaluation: CivilDate | null;
}

export interface CurrentVersion {
  id: number;
  seq: number;
  label: string;
  docNo: string;
  issued: CivilDate;
  /** 备案 date, or null when not filed (or filing skipped: see `filingSkipped`). */
  filed: CivilDate | null;
  filingSkipped: boolean;
}

export interface WorkingVersion {
  id: number;
  seq: number;
  label: string;
  /** The stage to record next. */
  next: Stage | null;
  /** The last stage recorded, if any. */
  last: Stage | null;
}

export interface PlanSummary {
  current: CurrentVersion | null;
  working: WorkingVersion | null;
  deadlines: Deadline[];
  status: PlanStatus;
}

/** The version in force: the latest issued one. */
export function currentVersionOf<V extends { seq: number; stages: readonly StageRecord[] }>(versions: readonly V[]): V | null {
  let found: V | null = null;
  for (const v of versions) if (issueDateOf(v.stages) && (!found || v.seq > found.seq)) found = v;
  return found;
}

/** The version being drafted or revised: the latest one, while not issued. */
export function workingVersionOf<V extends { seq: number; stages: readonly StageRecord[] }>(versions: readonly V[]): V | null {
  const latest = versions.reduce<V | null>((a, v) => (!a || v.seq > a.seq ? v : a), null);
  return latest && !issueDateOf(latest.stages) ? latest : null;
}

export interface SummaryDeps {
  today: CivilDate;
  addWorkdays: AddWorkdays;
}

/** Where one plan stands today: version in force, version under way, deadlines, overall status. */
export function summarizePlan(facts: PlanFacts, cycle: PlanCycle, deps: SummaryDeps): PlanSummary {
  const cur = currentVersionOf(facts.versions);
  const work = workingVersionOf(facts.versions);
  const deadlines: Deadline[] = [];
  let current: CurrentVersion | null = null;
  if (cur) {
    const issued = issueDateOf(cur.stages)!;
    const file = cur.stages.find((r) => r.stage === 'file');
    current = {
      id: cur.id,
      seq: cur.seq,
      label: cur.label,
      docNo: cur.docNo,
      issued,
      filed: file?.outcome === 'done' ? file.date : null,
      filingSkipped: file?.outcome === 'skipped',
    };
    const firstIssued = facts.versions.map((v) => issueDateOf(v.stages)).find((d): d is CivilDate => d !== null) ?? issued;
    for (const d of [
      filingDeadline(cur.stages, cycle.filingWorkdays, deps.addWorkdays, deps.today),
      evaluationDeadline(issued, facts.lastEvaluation, cycle.evaluationYears, deps.today),
      drillDeadline(firstIssued, facts.lastDrill, cycle.drillMonths, deps.today),
    ]) {
      if (d) deadlines.push(d);
    }
  }
  const working: WorkingVersion | null = work
    ? { id: work.id, seq: work.seq, label: work.label, next: nextStage(work.stages), last: lastRecord(work.stages)?.stage ?? null }
    : null;
  return { current, working, deadlines, status: statusOf(current, working, deadlines) };
}

export function statusOf(current: CurrentVersion | null, working: WorkingVersion | null, deadlines: readonly Deadline[]): PlanStatus {
  if (deadlines.some((d) => d.state === 'overdue')) return 'overdue';
  if (!current) return 'drafting';
  if (working) return 'revising';
  if (deadlines.some((d) => d.kind === 'filing' && d.state !== 'done')) return 'unfiled';
  return 'filed';
}
