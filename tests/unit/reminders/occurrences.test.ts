import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, dueInstants, occurrencesBetween, type ReminderRule } from '../../../shared/reminders';
import { timeOfDayOf } from '../../../shared/time/civil';
import { at, ctx, GUOQING, MINUTE } from './fixtures';

const overdueRepeats = Array.from({ length: 48 }, (_, i) => {
  const m = 12 * 60 + 15 * i;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
});

describe('occurrencesBetween', () => {
  it('produces the 12:00 sequence of an ordinary day: 11:00, 11:40, 12:00, 12:15 … 23:45', () => {
    const occ = occurrencesBetween(DEFAULT_RULES, at('2026-07-01', '00:00') - 1, at('2026-07-02', '00:00') - 1, ctx);
    expect(occ.map((o) => timeOfDayOf(o.dueAt))).toEqual(['11:00', '11:40', ...overdueRepeats]);
    expect(occ.map((o) => o.ruleId).slice(0, 4)).toEqual(['daily-prepare', 'daily-warn', 'daily-overdue', 'daily-overdue']);
    expect(occ.every((o) => o.date === '2026-07-01' && o.kind === 'daily_report')).toBe(true);
    expect(new Set(occ.map((o) => o.key)).size).toBe(occ.length);
  });

  it('pins instants to Asia/Shanghai whatever the machine zone', () => {
    const [occ] = occurrencesBetween(DEFAULT_RULES, at('2026-07-01', '11:59'), at('2026-07-01', '12:00'), ctx);
    expect(occ?.dueAt).toBe(Date.UTC(2026, 6, 1, 4, 0));
    expect(occ?.key).toBe(`daily-overdue|${Date.UTC(2026, 6, 1, 4, 0)}`);
    expect(occ?.title).toBe('每日值班报告已超时未上报');
  });

  it('excludes the window start and includes its end', () => {
    const keys = (a: number, b: number) => occurrencesBetween(DEFAULT_RULES, a, b, ctx).map((o) => timeOfDayOf(o.dueAt));
    expect(keys(at('2026-07-01', '12:00'), at('2026-07-01', '12:15'))).toEqual(['12:15']);
    expect(keys(at('2026-07-01', '12:15') - 1, at('2026-07-01', '12:15') - 1)).toEqual([]);
    expect(keys(at('2026-07-01', '12:15'), at('2026-07-01', '12:00'))).toEqual([]);
  });

  it('writes bodies that say how close or late the report is', () => {
    const occ = occurrencesBetween(DEFAULT_RULES, at('2026-07-01', '10:00'), at('2026-07-01', '12:30'), ctx);
    expect(occ.map((o) => o.body)).toEqual([
      '请准备7月1日（星期三）值班值守情况和每日工作开展情况，12:00前在国家应急指挥综合业务系统上报。',
      '7月1日值班报告尚未上报，距12:00截止还有20分钟，请尽快在国家应急指挥综合业务系统上报。',
      '已到12:00截止时间，7月1日值班报告仍未上报，请立即上报。',
      '7月1日值班报告已超过12:00截止时间15分钟仍未上报，请立即上报。',
      '7月1日值班报告已超过12:00截止时间30分钟仍未上报，请立即上报。',
    ]);
  });

  it('skips disabled rules', () => {
    const rules = DEFAULT_RULES.map((r) => (r.id === 'daily-overdue' ? { ...r, enabled: false } : r));
    const occ = occurrencesBetween(rules, at('2026-07-01', '00:00'), at('2026-07-01', '23:59'), ctx);
    expect(occ.map((o) => o.ruleId)).toEqual(['daily-prepare', 'daily-warn']);
  });

  it('fires collect and deadline on each day of a zero-report period only', () => {
    const rules = DEFAULT_RULES.filter((r) => r.kind === 'period_collect' || r.kind === 'period_deadline');
    const occ = occurrencesBetween(rules, at('2026-09-29', '00:00'), at('2026-10-09', '00:00'), ctx);
    expect(occ).toHaveLength(14);
    expect(new Set(occ.map((o) => o.date))).toEqual(new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']));
    expect(occ.slice(0, 2).map((o) => [timeOfDayOf(o.dueAt), o.title, o.subject])).toEqual([
      ['09:00', '收集零报告（国庆节）', 'gq2026'],
      ['15:00', '零报告截止（国庆节）', 'gq2026'],
    ]);
    expect(occ[2]?.body).toContain('国庆节第2天');
    const noZero = { ...ctx, periods: [{ ...GUOQING, zeroReport: false }] };
    expect(occurrencesBetween(rules, at('2026-09-29', '00:00'), at('2026-10-09', '00:00'), noZero)).toEqual([]);
  });

  it('fires the holiday notice at 09:00 three working days before the period', () => {
    const rules = DEFAULT_RULES.filter((r) => r.kind === 'period_notice');
    const occ = occurrencesBetween(rules, at('2026-09-01', '00:00'), at('2026-09-30', '23:59'), ctx);
    expect(occ.map((o) => [o.date, timeOfDayOf(o.dueAt), o.title, o.key])).toEqual([
      ['2026-09-28', '09:00', '关于做好国庆节期间应急值班值守工作的通知', `period-notice|gq2026|${at('2026-09-28', '09:00')}`],
    ]);
    expect(occ[0]?.body).toContain('国庆节（10月1日至10月7日）还有3个工作日开始');
  });

  it('gives the same keys whether a span is computed at once or in pieces', () => {
    const a = at('2026-09-30', '08:00');
    const b = at('2026-10-01', '10:00');
    const c = at('2026-10-02', '20:00');
    const whole = occurrencesBetween(DEFAULT_RULES, a, c, ctx).map((o) => o.key);
    const pieces = [...occurrencesBetween(DEFAULT_RULES, a, b, ctx), ...occurrencesBetween(DEFAULT_RULES, b, c, ctx)].map((o) => o.key);
    expect(pieces).toEqual(whole);
  });

  it('stops repeats at the end of the day and handles a midnight custom rule', () => {
    const rule: ReminderRule = { id: 'c', kind: 'custom', name: '检查值班电话', time: '23:00', repeatMinutes: 25, enabled: true };
    expect(dueInstants(rule, '2026-07-01').map(timeOfDayOf)).toEqual(['23:00', '23:25', '23:50']);
    expect(dueInstants({ ...rule, repeatMinutes: 0 }, '2026-07-01').map(timeOfDayOf)).toEqual(['23:00']);
    const midnight: ReminderRule = { ...rule, time: '00:00', repeatMinutes: undefined };
    const occ = occurrencesBetween([midnight], at('2026-07-01', '23:50'), at('2026-07-01', '23:50') + 20 * MINUTE, ctx);
    expect(occ.map((o) => [o.date, timeOfDayOf(o.dueAt), o.body])).toEqual([['2026-07-02', '00:00', '7月2日 00:00：检查值班电话']]);
  });
});
