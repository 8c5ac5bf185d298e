import type { Db } from '../../../db/open';
import { countStaff } from '../../../db/repos/staff';
import {
  countUnacknowledged,
  ensureRules,
  getAlert,
  insertOccurrence,
  listRules,
  occurrenceKeysSince,
  readReminderState,
  writeReminderState,
  type OccurrenceRecord,
} from '../../../db/repos/reminders';
import { dailyReportSubmittedAt } from '../../../db/repos/reports';
import { getNotice, zeroSentOn } from '../../../db/repos/reports-zero';
import {
  CATCH_UP_GRACE_MS,
  DEFAULT_MAX_CATCH_UP_DAYS,
  DEFAULT_RULES,
  planTick,
  satisfiedBy,
  windowStart,
  routeOf,
  type ListYearStatus,
  type Occurrence,
  type PlanDeadlineSubject,
  type ReminderRule,
} from '../../../shared/reminders/index';
import { getYear } from '../../../db/repos/lists';
import { planRegister } from './plans-register';
import type { ReminderAlert } from '../../../shared/contract/reminders';
import { civilDateOf } from '../../../shared/time/civil';
import { yearOf, yearSpan, zeroReportContext } from './reminder-periods';
import { zeroUnitRows } from './zero-report-day';

/** The page that deals with an occurrence (now in shared/, so the repository can derive it too). */
export { routeOf };

/** The shipped rules, registered by the engine; other areas add theirs to this list. */
export const REGISTERED_RULES: readonly ReminderRule[] = DEFAULT_RULES;
export const BUILT_IN_RULE_IDS: ReadonlySet<string> = new Set(REGISTERED_RULES.map((r) => r.id));

export interface ReminderEngineDeps {
  /** The open database, or null while the data file is unusable. */
  db: () => Db | null;
  /** Called after the tick's transaction committed, with the newly stored alerts. */
  deliver: (alerts: ReminderAlert[], unacknowledged: number) => void;
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
  maxCatchUpDays?: number;
}

export interface ReminderEngine {
  /** One scheduler wake: plan (last_tick, now], store every occurrence and last_tick in one transaction, then deliver. */
  tick(now: number): ReminderAlert[];
  /** Forget the cached calendar and plan deadlines (call when the calendar, the plans or the whole data file changed). */
  invalidate(): void;
}

type ZeroContext = ReturnType<typeof zeroReportContext>;

/** The subject id of a plan deadline: a deadline that moves (a drill recorded) becomes a new subject. */
export const planDeadlineId = (planId: number, kind: string, due: string) => `plan-${planId}-${kind}-${due}`;

/** Every open (not yet met) 备案/评估/演练 deadline of the register as of `today`. */
export function openPlanDeadlines(db: Db, today: string): PlanDeadlineSubject[] {
  return planRegister(db, today).rows.flatMap((r) =>
    r.deadlines
      .filter((d) => d.state !== 'done')
      .map((d): PlanDeadlineSubject => ({ id: planDeadlineId(r.id, d.kind, d.due), planName: r.name, kind: d.kind, due: d.due })),
  );
}

/** Where a year's responsible-persons list stands (the same reading as the lists page's staleness notes). */
export function listYearStatus(db: Db, year: number): ListYearStatus {
  const y = getYear(db, year);
  if (!y) return 'missing';
  if (y.published) return 'published';
  if (y.copiedFrom !== null && y.changedAt <= y.createdAt) return 'not_updated';
  return 'unpublished';
}

interface Caches {
  calendar: (years: number[]) => ZeroContext;
  planDeadlines: (today: string) => PlanDeadlineSubject[];
}

/** Building the calendar costs ~10 ms; a wake every minute reuses it for a while, or until the calendar changes. */
const CALENDAR_CACHE_MS = 10 * 60_000;
/** The plans register (a calendar build and every plan) is kept for the day; plan changes drop it through `invalidate`. */
const PLANS_CACHE_MS = 60 * 60_000;

/** The deadline alert names the units that have not reported. */
function deadlineBody(db: Db, occ: Occurrence): string {
  const rows = zeroUnitRows(db, occ.date);
  if (rows.length === 0) return `${occ.body}\n尚未设置报送单位（设置 → 报送单位）。`;
  const missing = rows.filter((u) => u.status === '未报');
  if (missing.length === 0) return `${occ.body}\n各单位均已报送，请汇总上报。`;
  return `${occ.body}\n未报单位（${missing.length}个）：${missing.map((u) => (u.phone ? `${u.name}（${u.phone}）` : u.name)).join('、')}。`;
}

function record(db: Db, occ: Occurrence, outcome: OccurrenceRecord['outcome'], catchUp: boolean, now: number): OccurrenceRecord {
  return {
    key: occ.key,
    ruleId: occ.ruleId,
    kind: occ.kind,
    ...(occ.role ? { role: occ.role } : {}),
    ...(occ.subject !== undefined ? { subject: occ.subject } : {}),
    date: occ.date,
    dueAt: occ.dueAt,
    title: occ.title,
    body: outcome === 'delivered' && occ.kind === 'period_deadline' ? deadlineBody(db, occ) : occ.body,
    route: routeOf(occ.kind),
    outcome,
    catchUp,
    tickAt: now,
  };
}

/** Everything inside the tick's transaction; returns the ids of the alerts to deliver. */
function runTick(db: Db, now: number, maxCatchUpDays: number, caches: Caches): number[] {
  ensureRules(db, REGISTERED_RULES, now);
  const state = readReminderState(db);
  if (countStaff(db) === 0) {
    // Nobody at the desk yet: nothing to remind of. Move on so a new file does not replay the day.
    writeReminderState(db, { ...state, lastTick: now });
    return [];
  }
  const from = windowStart(state.lastTick, now, maxCatchUpDays);
  const zero = caches.calendar(yearSpan(yearOf(civilDateOf(Math.min(from, now))), yearOf(civilDateOf(now)) + 1));
  const rules = listRules(db);
  // The register costs a calendar build: only when a plan rule is on, and cached per day (dropped when plans change).
  const planDeadlines = rules.some((r) => r.enabled && r.kind === 'plan_deadline') ? caches.planDeadlines(civilDateOf(now)) : [];
  const openDeadlines = new Set(planDeadlines.map((d) => d.id));
  const plan = planTick({
    rules,
    lastTick: state.lastTick,
    now,
    ctx: { periods: zero.periods, isWorkday: zero.isWorkday, planDeadlines, listStatus: (year) => listYearStatus(db, year) },
    isSatisfied: satisfiedBy({
      reportSubmitted: (date) => dailyReportSubmittedAt(db, date) !== null,
      zeroReportsComplete: (_periodId, date) => zeroSentOn(db, date) !== null,
      noticeIssued: (periodId) => getNotice(db, periodId) !== null,
      planDeadlineMet: (id) => !openDeadlines.has(id),
      listPublished: (year) => listYearStatus(db, year) === 'published',
    }),
    existingKeys: occurrenceKeysSince(db, Math.min(from, now)),
    maxCatchUpDays,
  });
  for (const s of plan.suppressed) insertOccurrence(db, record(db, s, s.reason, now - s.dueAt > CATCH_UP_GRACE_MS, now));
  const ids: number[] = [];
  for (const d of plan.toDeliver) {
    const id = insertOccurrence(db, record(db, d, 'delivered', d.catchUp, now));
    if (id !== null) ids.push(id);
  }
  writeReminderState(db, { lastTick: plan.newLastTick, startedOn: state.startedOn ?? civilDateOf(now) });
  return ids;
}

export function createReminderEngine(deps: ReminderEngineDeps): ReminderEngine {
  const maxCatchUpDays = deps.maxCatchUpDays ?? DEFAULT_MAX_CATCH_UP_DAYS;
  let cached: { key: string; at: number; value: ZeroContext } | null = null;
  let plans: { today: string; at: number; value: PlanDeadlineSubject[] } | null = null;
  const cachesFor = (db: Db, now: number): Caches => ({
    calendar: (years) => {
      const key = years.join(',');
      if (!cached || cached.key !== key || Math.abs(now - cached.at) > CALENDAR_CACHE_MS) {
        cached = { key, at: now, value: zeroReportContext(db, years) };
      }
      return cached.value;
    },
    planDeadlines: (today) => {
      if (!plans || plans.today !== today || Math.abs(now - plans.at) > PLANS_CACHE_MS) plans = { today, at: now, value: openPlanDeadlines(db, today) };
      return plans.value;
    },
  });
  return {
    invalidate() {
      cached = null;
      plans = null;
    },
    tick(now) {
      const db = deps.db();
      if (!db) return [];
      let alerts: ReminderAlert[];
      try {
        const ids = db.transaction(() => runTick(db, now, maxCatchUpDays, cachesFor(db, now))).immediate();
        alerts = ids.map((id) => getAlert(db, id)).filter((a): a is ReminderAlert => a !== null);
      } catch (e) {
        deps.log?.('error', `提醒计算失败：${(e as Error).stack ?? String(e)}`);
        return [];
      }
      if (alerts.length) {
        try {
          deps.deliver(alerts, countUnacknowledged(db));
        } catch (e) {
          deps.log?.('error', `提醒送达失败：${(e as Error).message}`);
        }
      }
      return alerts;
    },
  };
}
