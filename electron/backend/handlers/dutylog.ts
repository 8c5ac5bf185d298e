import { AppError } from '../../../shared/contract/errors';
import { addDays, dutyDayOf, formatInstant } from '../../../shared/time/civil';
import {
  getHandover,
  getLogEntry,
  insertLogEntry,
  logOfDutyDay,
  openEntriesBefore,
  saveHandover,
  updateLogEntry,
  type LogEntryData,
} from '../../../db/repos/dutylog';
import type { Db } from '../../../db/open';
import type { LogEntry } from '../../../shared/contract/dutylog';
import { dutyOfDay } from '../services/duty-today';
import { handoverSummary } from '../services/handover-summary';
import { readSettings } from './settings';
import type { HandlerContext, Handlers } from '../types';

/** Entries may be written up to this far ahead of the clock (a clock a few minutes off). */
const FUTURE_SLACK_MS = 10 * 60_000;

const byName = (ctx: HandlerContext) => ctx.operator?.name ?? '（初始设置）';

function entryData(ctx: HandlerContext, input: Omit<LogEntryData, 'dutyDate'>): LogEntryData {
  if (input.at > ctx.clock.now() + FUTURE_SLACK_MS) {
    throw new AppError('invalid_input', `时间不能晚于当前时间（${formatInstant(ctx.clock.now())}）`, 'at');
  }
  return { ...input, dutyDate: dutyDayOf(input.at, readSettings(ctx.db).shiftChange) };
}

function mustGet(db: Db, id: number): LogEntry {
  const e = getLogEntry(db, id);
  if (!e) throw new AppError('not_found', `找不到编号为 ${id} 的值班日志`, 'id');
  return e;
}

const brief = (e: LogEntry) => `${formatInstant(e.at)}【${e.category}】${e.content.slice(0, 30)}`;

export const dutylogHandlers = {
  'dutylog.day': (input, { db, clock }) => {
    const { shiftChange } = readSettings(db);
    const currentDutyDate = dutyDayOf(clock.now(), shiftChange);
    const dutyDate = input.dutyDate ?? currentDutyDate;
    const toDate = addDays(dutyDate, 1);
    const entries = logOfDutyDay(db, dutyDate);
    const carried = openEntriesBefore(db, dutyDate);
    const today = dutyOfDay(db, dutyDate);
    const next = dutyOfDay(db, toDate);
    const fromOfficers = today.officers.map((p) => p.name);
    const toOfficers = next.officers.map((p) => p.name);
    const handover = getHandover(db, dutyDate);
    return {
      dutyDate,
      currentDutyDate,
      shiftChange,
      entries,
      carried,
      handover,
      fromOfficers,
      toOfficers,
      rostered: today.rostered,
      handoverDraft: handoverSummary({
        dutyDate,
        toDate,
        fromOfficer: fromOfficers.join('、'),
        toOfficer: toOfficers.join('、'),
        entryCount: entries.length,
        openItems: [...carried, ...entries.filter((e) => e.open)],
      }),
    };
  },
  'dutylog.create': (input, ctx) => {
    const created = insertLogEntry(ctx.db, entryData(ctx, input), byName(ctx), ctx.clock.now());
    ctx.audit({ entity: 'dutylog', entityId: created.id, action: 'create', summary: `新增值班日志 ${brief(created)}`, after: created });
    ctx.changed('dutylog', 'reports');
    return created;
  },
  'dutylog.update': (input, ctx) => {
    const before = mustGet(ctx.db, input.id);
    const { id, ...rest } = input;
    const after = updateLogEntry(ctx.db, id, entryData(ctx, rest), byName(ctx), ctx.clock.now());
    ctx.audit({ entity: 'dutylog', entityId: id, action: 'update', summary: `修改值班日志 ${brief(after)}`, before, after });
    ctx.changed('dutylog', 'reports');
    return after;
  },
  'dutylog.setOpen': (input, ctx) => {
    const before = mustGet(ctx.db, input.id);
    if (before.open === input.open) return before;
    const { id: _id, closedAt: _c, closedBy: _b, createdBy: _cb, createdAt: _ca, updatedAt: _u, ...data } = before;
    const after = updateLogEntry(ctx.db, input.id, { ...data, open: input.open }, byName(ctx), ctx.clock.now());
    ctx.audit({
      entity: 'dutylog',
      entityId: input.id,
      action: 'update',
      summary: `${input.open ? '重新打开' : '办结'}值班日志 ${brief(after)}`,
      before,
      after,
    });
    ctx.changed('dutylog', 'reports');
    return after;
  },
  'dutylog.handover': (input, ctx) => {
    const { shiftChange } = readSettings(ctx.db);
    const current = dutyDayOf(ctx.clock.now(), shiftChange);
    if (input.dutyDate > current) throw new AppError('invalid_input', `${input.dutyDate} 的值班尚未开始，不能交接`, 'dutyDate');
    const toDate = addDays(input.dutyDate, 1);
    const openItems = openEntriesBefore(ctx.db, toDate);
    const entryCount = logOfDutyDay(ctx.db, input.dutyDate).length;
    const before = getHandover(ctx.db, input.dutyDate);
    const after = saveHandover(ctx.db, {
      dutyDate: input.dutyDate,
      toDate,
      at: ctx.clock.now(),
      fromOfficer: input.fromOfficer,
      toOfficer: input.toOfficer,
      summary: handoverSummary({ ...input, toDate, entryCount, openItems }),
      openItems: openItems.map((e) => e.id),
      note: input.note,
      recordedBy: byName(ctx),
    });
    ctx.audit({
      entity: 'handover',
      entityId: input.dutyDate,
      action: 'handover',
      summary: `交接班：${input.fromOfficer} → ${input.toOfficer}（${input.dutyDate}，遗留事项${openItems.length}项）`,
      ...(before ? { before } : {}),
      after,
    });
    ctx.changed('dutylog');
    return after;
  },
} satisfies Pick<Handlers, 'dutylog.day' | 'dutylog.create' | 'dutylog.update' | 'dutylog.setOpen' | 'dutylog.handover'>;
