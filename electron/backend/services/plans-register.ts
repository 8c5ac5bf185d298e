import type { Db } from '../../../db/open';
import { getPlan, listPlans, listVersions, type PlanRecord, type VersionRecord } from '../../../db/repos/plans';
import { stagesByVersion } from '../../../db/repos/plans-stages';
import { listDrills, listEvaluations } from '../../../db/repos/plans-records';
import { countAttachmentsByPlan } from '../../../db/repos/plans-attachments';
import { readCycles } from '../../../db/repos/plans-cycles';
import { AppError } from '../../../shared/contract/errors';
import { addWorkdays } from '../../../shared/calendar/index';
import { currentVersionOf, issueDateOf, summarizePlan, workingVersionOf, type AddWorkdays, type StageRecord, type VersionFacts } from '../../../shared/plans/index';
import type { CivilDate } from '../../../shared/time/civil';
import type { Drill, Evaluation, PlanDetail, PlanRegister, PlanRow, PlanVersionView } from '../../../shared/contract/plans';
import { calendarContext } from './calendar-context';

const yearOf = (d: CivilDate) => Number(d.slice(0, 4));

/** Working-day arithmetic over the stored calendar for the years these dates need (and the next, for year-end). */
export function planCalendar(db: Db, dates: readonly CivilDate[], today: CivilDate): { addWorkdays: AddWorkdays; estimatedYears: number[] } {
  const years = new Set<number>([yearOf(today), yearOf(today) + 1]);
  for (const d of dates) {
    years.add(yearOf(d));
    years.add(yearOf(d) + 1);
  }
  const ctx = calendarContext(db, [...years]);
  return { addWorkdays: (d, n) => addWorkdays(ctx.calendar, d, n), estimatedYears: ctx.estimatedYears };
}

interface Loaded {
  plans: PlanRecord[];
  versions: Map<number, (VersionRecord & { stages: StageRecord[] })[]>;
  drills: Map<number, Drill[]>;
  evaluations: Map<number, Evaluation[]>;
  attachments: Map<number, number>;
}

function group<T extends { planId: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const i of items) out.set(i.planId, [...(out.get(i.planId) ?? []), i]);
  return out;
}

function load(db: Db, only?: PlanRecord): Loaded {
  const stages = stagesByVersion(db);
  const versions = listVersions(db, only?.id).map((v) => ({ ...v, stages: stages.get(v.id) ?? [] }));
  return {
    plans: only ? [only] : listPlans(db),
    versions: group(versions),
    drills: group(listDrills(db, only?.id)),
    evaluations: group(listEvaluations(db, only?.id)),
    attachments: countAttachmentsByPlan(db),
  };
}

function rowsOf(db: Db, data: Loaded, today: CivilDate): { rows: PlanRow[]; estimatedYears: number[] } {
  const issueDates = [...data.versions.values()].flat().map((v) => issueDateOf(v.stages)).filter((d): d is CivilDate => d !== null);
  const cal = planCalendar(db, issueDates, today);
  const cycles = readCycles(db);
  const estimated = (d: CivilDate) => cal.estimatedYears.includes(yearOf(d));
  const rows = data.plans.map((p): PlanRow => {
    const versions: VersionFacts[] = data.versions.get(p.id) ?? [];
    const drills = data.drills.get(p.id) ?? [];
    const evaluations = data.evaluations.get(p.id) ?? [];
    const s = summarizePlan({ versions, lastDrill: drills[0]?.date ?? null, lastEvaluation: evaluations[0]?.date ?? null }, cycles[p.category], {
      today,
      addWorkdays: cal.addWorkdays,
    });
    const deadlines = s.deadlines.map((d) => (d.kind === 'filing' && s.current && (estimated(s.current.issued) || estimated(d.due)) ? { ...d, estimated: true } : d));
    return {
      id: p.id,
      name: p.name,
      category: p.category,
      level: p.level,
      unit: p.unit,
      approver: p.approver,
      note: p.note,
      current: s.current ? { id: s.current.id, seq: s.current.seq, label: s.current.label } : null,
      docNo: s.current?.docNo ?? '',
      issued: s.current?.issued ?? null,
      filed: s.current?.filed ?? null,
      filingSkipped: s.current?.filingSkipped ?? false,
      working: s.working,
      deadlines,
      status: s.status,
      lastDrill: drills[0] ? { date: drills[0].date, kind: drills[0].kind } : null,
      lastEvaluation: evaluations[0] ? { date: evaluations[0].date, conclusion: evaluations[0].conclusion } : null,
      versionCount: versions.length,
      attachmentCount: data.attachments.get(p.id) ?? 0,
      updatedAt: p.updatedAt,
    };
  });
  return { rows, estimatedYears: cal.estimatedYears };
}

/** The whole 台账 with every plan's status and deadlines as of today. */
export function planRegister(db: Db, today: CivilDate): PlanRegister {
  return { today, ...rowsOf(db, load(db), today) };
}

export function mustGetPlan(db: Db, planId: number): PlanRecord {
  const p = getPlan(db, planId);
  if (!p) throw new AppError('not_found', `找不到编号为 ${planId} 的预案，可能已被删除`, 'planId');
  return p;
}

/** One plan with every version (newest first), its stages, drills, evaluations and cycle. */
export function planDetail(db: Db, planId: number, today: CivilDate): PlanDetail {
  const data = load(db, mustGetPlan(db, planId));
  const plan = rowsOf(db, data, today).rows[0]!;
  const versions = data.versions.get(planId) ?? [];
  const cur = currentVersionOf(versions);
  const work = workingVersionOf(versions);
  const views = versions
    .map(
      (v): PlanVersionView => ({
        id: v.id,
        seq: v.seq,
        label: v.label,
        docNo: v.docNo,
        reason: v.reason,
        createdAt: v.createdAt,
        stages: v.stages,
        issued: issueDateOf(v.stages),
        current: v.id === cur?.id,
        working: v.id === work?.id,
      }),
    )
    .reverse();
  return {
    today,
    plan,
    versions: views,
    drills: data.drills.get(planId) ?? [],
    evaluations: data.evaluations.get(planId) ?? [],
    cycle: readCycles(db)[data.plans[0]!.category],
  };
}
