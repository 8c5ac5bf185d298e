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
  type Occurrence,
  type ReminderKind,
  type ReminderRule,
} from '../../../shared/reminders/index';
import type { ReminderAlert } from '../../../shared/contract/reminders';
import { civilDateOf } from '../../../shared/time/civil';
import { yearOf, yearSpan, zeroReportContext } from './reminder-periods';
import { zeroUnitRows } from './zero-report-day';

/** The page that deals with an occurrence. */
export function routeOf(kind: ReminderKind): string {
  switch (kind) {
    case 'daily_report':
      return '/daily-report';
    case 'period_notice':
      return '/daily-report/notices';
    case 'period_collect':
    case 'period_deadline':
      return '/daily-report/zero';
    case 'custom':
      return '/reminders';
  }
}

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
  /** Forget the cached calendar (call when the calendar or the whole data file changed). */
  invalidate(): void;
}

type ZeroContext = ReturnType<typeof zeroReportContext>;

/** Building the calendar costs ~10 ms; a wake every minute reuses it for a while, or until the calendar changes. */
const CALENDAR_CACHE_MS = 10 * 60_000;

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
function runTick(db: Db, now: number, maxCatchUpDays: number, calendar: (years: number[]) => ZeroContext): number[] {
  ensureRules(db, REGISTERED_RULES, now);
  const state = readReminderState(db);
  if (countStaff(db) === 0) {
    // Nobody at the desk yet: nothing to remind of. Move on so a new file does not replay the day.
    writeReminderState(db, { ...state, lastTick: now });
    return [];
  }
  const from = windowStart(state.lastTick, now, maxCatchUpDays);
  const zero = calendar(yearSpan(yearOf(civilDateOf(Math.min(from, now))), yearOf(civilDateOf(now)) + 1));
  const plan = planTick({
    rules: listRules(db),
    lastTick: state.lastTick,
    now,
    ctx: { periods: zero.periods, isWorkday: zero.isWorkday },
    isSatisfied: satisfiedBy({
      reportSubmitted: (date) => dailyReportSubmittedAt(db, date) !== null,
      zeroReportsComplete: (_periodId, date) => zeroSentOn(db, date) !== null,
      noticeIssued: (periodId) => getNotice(db, periodId) !== null,
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
  const calendarFor = (db: Db, now: number) => (years: number[]) => {
    const key = years.join(',');
    if (!cached || cached.key !== key || Math.abs(now - cached.at) > CALENDAR_CACHE_MS) {
      cached = { key, at: now, value: zeroReportContext(db, years) };
    }
    return cached.value;
  };
  return {
    invalidate() {
      cached = null;
    },
    tick(now) {
      const db = deps.db();
      if (!db) return [];
      let alerts: ReminderAlert[];
      try {
        const ids = db.transaction(() => runTick(db, now, maxCatchUpDays, calendarFor(db, now))).immediate();
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
