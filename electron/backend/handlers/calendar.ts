import { AppError } from '../../../shared/contract/errors';
import { deleteStoredYear, replaceYear } from '../../../db/repos/calendar';
import { deletePeriod, getPeriod, insertPeriod, listPeriods, updatePeriod, type PeriodData, type StoredPeriod } from '../../../db/repos/calendar-periods';
import { weekdayZh } from '../../../shared/time/civil';
import type { PeriodView } from '../../../shared/contract/calendar';
import { yearArrangement } from '../services/calendar-arrangement';
import { dayArrangementZh, daySnapshot, periodSnapshot, yearSnapshot } from '../services/calendar-audit';
import { calendarState } from '../services/calendar-context';
import { checkDayEdit, editDay } from '../services/calendar-day-edit';
import { previewNotice } from '../services/calendar-notice';
import { periodData } from '../services/calendar-period-input';
import { calendarYear, dayView, yearPeriods, yearsAround, yearWarnings } from '../services/calendar-year';
import type { Handlers } from '../types';
import type { Db } from '../../../db/open';

function mustGetPeriod(db: Db, id: number): StoredPeriod {
  const p = getPeriod(db, id);
  if (!p) throw new AppError('not_found', `找不到编号为 ${id} 的重要时段，可能已被删除`, 'id');
  return p;
}

function refuseDuplicate(db: Db, p: PeriodData, exceptId?: number): void {
  const same = listPeriods(db).find((x) => x.name === p.name && x.from === p.from && x.id !== exceptId);
  if (same) throw new AppError('conflict', `已有“${p.name}”（${p.from}起）这个时段`, 'name');
}

/** A stored period as listed for its first year. */
function viewOf(db: Db, p: StoredPeriod): PeriodView {
  const found = yearPeriods(db, Number(p.from.slice(0, 4))).find((v) => v.id === p.id);
  if (found) return found;
  const { id, name, from, to, kind, zeroReport, dutyOfficers, note } = p;
  return { key: `p${id}`, id, name, from, to, kind, zeroReport, dutyOfficers, note, origin: 'entered', estimated: false };
}

const periodLabel = (p: PeriodData) => `${p.name}（${p.from}至${p.to}）`;

export const calendarHandlers = {
  'calendar.year': (input, { db }) => calendarYear(db, input.year),

  'calendar.setDay': (input, ctx) => {
    const edit = checkDayEdit(input);
    const r = editDay(ctx.db, edit, ctx.clock.now());
    const state = calendarState(ctx.db, yearsAround(Number(edit.date.slice(0, 4))));
    const day = dayView(state, edit.date, state.periods);
    if (r.changed) {
      const what = (s: typeof r.before) => `${s.name && s.kind !== 'normal' ? s.name : ''}${dayArrangementZh(edit.date, s)}`;
      ctx.audit({
        entity: 'calendar_day',
        entityId: edit.date,
        action: 'update',
        summary: `修改${edit.date}（${weekdayZh(edit.date)}）：${what(r.before)} → ${what(r.after)}`,
        before: daySnapshot(edit.date, r.before),
        after: daySnapshot(edit.date, r.after),
      });
      ctx.changed('calendar');
    }
    return { day, warnings: yearWarnings(state, r.year) };
  },

  'calendar.previewNotice': (input, { db }) => previewNotice(db, input.text, input.year).preview,

  'calendar.applyNotice': (input, ctx) => {
    const { parsed, preview } = previewNotice(ctx.db, input.text, input.year);
    if (preview.problem !== null || parsed.year === null) throw new AppError('invalid_input', preview.problem ?? '没有找到年份', 'text');
    if (parsed.unparsed.length > 0 && !input.ignoreUnparsed) {
      throw new AppError('conflict', `通知中有${parsed.unparsed.length}行无法识别，请核对；确认可以忽略后再导入`, 'ignoreUnparsed');
    }
    const year = parsed.year;
    const before = yearArrangement(ctx.db, year);
    const days = parsed.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: 'notice' as const }));
    replaceYear(ctx.db, year, 'notice', parsed.issued ?? null, days, ctx.clock.now());
    const after = yearArrangement(ctx.db, year);
    const off = days.filter((d) => d.kind === 'off').length;
    ctx.audit({
      entity: 'calendar_year',
      entityId: year,
      action: 'import',
      summary: `导入国务院办公厅关于${year}年部分节假日安排的通知：${parsed.holidays.length}个节日，放假${off}天、调休上班${days.length - off}天`,
      before: yearSnapshot(before),
      after: yearSnapshot(after),
    });
    ctx.changed('calendar');
    return calendarYear(ctx.db, year);
  },

  'calendar.resetYear': (input, ctx) => {
    const before = yearArrangement(ctx.db, input.year);
    if (deleteStoredYear(ctx.db, input.year)) {
      const after = yearArrangement(ctx.db, input.year);
      ctx.audit({
        entity: 'calendar_year',
        entityId: input.year,
        action: 'update',
        summary: `${input.year}年放假安排恢复为${after.basis === 'official' ? '内置的国务院通知' : '预估'}`,
        before: yearSnapshot(before),
        after: yearSnapshot(after),
      });
      ctx.changed('calendar');
    }
    return calendarYear(ctx.db, input.year);
  },

  'calendar.periods.list': (input, { db }) => yearPeriods(db, input.year),

  'calendar.periods.create': (input, ctx) => {
    const data = periodData(input);
    refuseDuplicate(ctx.db, data);
    const created = insertPeriod(ctx.db, data, ctx.clock.now());
    ctx.audit({ entity: 'calendar_period', entityId: created.id, action: 'create', summary: `新增重要时段 ${periodLabel(created)}`, after: periodSnapshot(created) });
    ctx.changed('calendar');
    return viewOf(ctx.db, created);
  },

  'calendar.periods.update': (input, ctx) => {
    const before = mustGetPeriod(ctx.db, input.id);
    const data = periodData(input);
    refuseDuplicate(ctx.db, data, input.id);
    const after = updatePeriod(ctx.db, input.id, data, ctx.clock.now());
    ctx.audit({
      entity: 'calendar_period',
      entityId: input.id,
      action: 'update',
      summary: `修改重要时段 ${periodLabel(after)}`,
      before: periodSnapshot(before),
      after: periodSnapshot(after),
    });
    ctx.changed('calendar');
    return viewOf(ctx.db, after);
  },

  'calendar.periods.delete': (input, ctx) => {
    const before = mustGetPeriod(ctx.db, input.id);
    deletePeriod(ctx.db, input.id);
    ctx.audit({ entity: 'calendar_period', entityId: input.id, action: 'delete', summary: `删除重要时段 ${periodLabel(before)}`, before: periodSnapshot(before) });
    ctx.changed('calendar');
    return { id: input.id };
  },
} satisfies Pick<
  Handlers,
  | 'calendar.year'
  | 'calendar.setDay'
  | 'calendar.previewNotice'
  | 'calendar.applyNotice'
  | 'calendar.resetYear'
  | 'calendar.periods.list'
  | 'calendar.periods.create'
  | 'calendar.periods.update'
  | 'calendar.periods.delete'
>;
