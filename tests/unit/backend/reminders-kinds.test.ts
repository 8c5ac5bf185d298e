import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import type { ReminderRuleView } from '../../../shared/contract/reminders';
import type { AuditEntry } from '../../../shared/audit/types';
import { addDays, timeOfDayOf } from '../../../shared/time/civil';
import { createPlan, TO_ISSUE, walk } from './plans-helpers';
import { at, peek, sampleDesk } from './reminders-helpers';

const PLAN = '测试镇防汛应急预案';

/** Wake once a day at 08:59 and 09:00 from `from` to `to` (inclusive). */
function wakeDaily(desk: { wake(t: number): void }, from: string, to: string) {
  for (let d = from; d <= to; d = addDays(d, 1)) {
    desk.wake(at(d, '08:59'));
    desk.wake(at(d, '09:00'));
  }
}

describe('plan_deadline through the engine', () => {
  it('stores and delivers the lead, due-day and overdue alerts of an unfiled plan, routed to /plans', async () => {
    const desk = await sampleDesk(at('2026-09-25', '08:00'));
    // 15 working days before the 备案 deadline reaches back over the make-up Saturday 10-10 and 国庆节.
    await ok(desk.backend, 'reminders.updateRule', { id: 'plan-deadline', time: '09:00', leadWorkdays: 15, repeatMinutes: null, enabled: true });
    const created = await createPlan(desk.backend);
    const issued = await walk(desk.backend, created.versions[0]!.id, TO_ISSUE, '测政〔2026〕1号');
    const filing = issued.plan.deadlines.find((d) => d.kind === 'filing')!;
    // 20 working days after 印发 on 09-25 (国庆节 off, 10-10 worked).
    expect(filing.due).toBe('2026-10-29');

    wakeDaily(desk, '2026-09-26', '2026-11-02');
    const mine = desk.pushed.filter((a) => a.ruleId === 'plan-deadline' && a.title.includes(PLAN));
    expect(mine.map((a) => `${a.date} ${timeOfDayOf(a.dueAt)} ${a.catchUp}`)).toEqual(['2026-10-09 09:00 false', '2026-10-29 09:00 false', '2026-10-30 09:00 false']);
    expect(mine.every((a) => a.route === '/plans' && a.kind === 'plan_deadline' && a.title === `预案期限提醒：《${PLAN}》备案`)).toBe(true);
    expect(mine[0]!.body).toBe(`《${PLAN}》备案期限为2026年10月29日，还有15个工作日，请抓紧报送备案，完成后在预案台账中登记。`);
    expect(mine[2]!.body).toContain('已逾期');

    const stored = peek<{ date: string; outcome: string; subject: string }>(
      desk.dataDir,
      "SELECT date, outcome, subject FROM reminder_occurrences WHERE rule_id = 'plan-deadline' AND subject = ? ORDER BY due_at",
      `plan-${created.plan.id}-filing-2026-10-29`,
    );
    expect(stored.map((s) => `${s.date} ${s.outcome}`)).toEqual(['2026-10-09 delivered', '2026-10-29 delivered', '2026-10-30 delivered']);
    const list = await desk.alerts();
    expect(list.unacknowledged.filter((a) => a.ruleId === 'plan-deadline' && a.title.includes(PLAN))).toHaveLength(3);
  });

  it('stops once the plan is filed', async () => {
    const desk = await sampleDesk(at('2026-09-25', '08:00'));
    await ok(desk.backend, 'reminders.updateRule', { id: 'plan-deadline', time: '09:00', leadWorkdays: 15, repeatMinutes: null, enabled: true });
    const created = await createPlan(desk.backend);
    await walk(desk.backend, created.versions[0]!.id, TO_ISSUE, '测政〔2026〕1号');
    wakeDaily(desk, '2026-09-26', '2026-10-12');
    desk.clock.set(at('2026-10-12', '10:00'));
    const filed = await walk(desk.backend, created.versions[0]!.id, [['file', '2026-10-12']]);
    expect(filed.plan.deadlines.find((d) => d.kind === 'filing')?.state).toBe('done');
    wakeDaily(desk, '2026-10-13', '2026-11-02');
    const mine = desk.pushed.filter((a) => a.ruleId === 'plan-deadline' && a.title.includes(PLAN));
    expect(mine.map((a) => a.date)).toEqual(['2026-10-09']);
  });

  it('is listed and edited in the rules like the other built-in rules, with an audit row', async () => {
    const desk = await sampleDesk(at('2026-09-25', '08:00'));
    const rules = await ok<ReminderRuleView[]>(desk.backend, 'reminders.rules');
    expect(rules.find((r) => r.id === 'plan-deadline')).toMatchObject({ kind: 'plan_deadline', time: '09:00', leadWorkdays: 5, builtIn: true, enabled: true });
    await ok(desk.backend, 'reminders.updateRule', { id: 'plan-deadline', time: '08:30', leadWorkdays: 10, repeatMinutes: null, enabled: true });
    const audit = await ok<{ rows: AuditEntry[] }>(desk.backend, 'audit.list', { entity: 'reminder_rule' });
    const row = audit.rows.find((r) => r.entityId === 'plan-deadline')!;
    expect(row.before).toMatchObject({ time: '09:00', leadWorkdays: 5 });
    expect(row.after).toMatchObject({ time: '08:30', leadWorkdays: 10 });
  });
});

describe('list_season through the engine', () => {
  it('reminds before 4月1日 while the year’s list is unpublished, then stores the rest as satisfied', async () => {
    const desk = await sampleDesk(at('2026-02-28', '08:00'));
    wakeDaily(desk, '2026-03-01', '2026-03-20');
    const season = () => desk.pushed.filter((a) => a.ruleId === 'list-season');
    expect(season().map((a) => `${a.date} ${timeOfDayOf(a.dueAt)}`)).toEqual(['2026-03-02 09:00', '2026-03-18 09:00']);
    expect(season()[0]).toMatchObject({ kind: 'list_season', route: '/lists', title: '汛前更新并公示责任人名单（2026年）', subject: 'lists-2026' });
    // The sample's 2026 list exists but has no 公示日期.
    expect(season()[0]!.body).toBe('距4月1日汛期开始还有30天，2026年山洪灾害防御责任人名单已建立但尚未记录公示。请汛前更新五级责任人名单并公示（接受公众监督），公示后在名单页登记公示日期。');

    desk.clock.set(at('2026-03-20', '10:00'));
    await ok(desk.backend, 'lists.years.publish', { year: 2026, published: '2026-03-20' });
    wakeDaily(desk, '2026-03-21', '2026-04-02');
    expect(season()).toHaveLength(2);
    const stored = peek<{ date: string; outcome: string }>(desk.dataDir, "SELECT date, outcome FROM reminder_occurrences WHERE rule_id = 'list-season' ORDER BY due_at");
    expect(stored.map((s) => `${s.date} ${s.outcome}`)).toEqual([
      '2026-03-02 delivered',
      '2026-03-18 delivered',
      '2026-03-25 satisfied',
      '2026-03-31 satisfied',
      '2026-04-01 satisfied',
    ]);
  });

  it('follows edited lead days and season start, and refuses a bad start with a Chinese message', async () => {
    const desk = await sampleDesk(at('2026-04-25', '08:00'));
    await ok(desk.backend, 'reminders.updateRule', { id: 'list-season', time: '09:30', leadDays: [3, 0], anchor: '05-01', repeatMinutes: null, enabled: true });
    const rule = (await ok<ReminderRuleView[]>(desk.backend, 'reminders.rules')).find((r) => r.id === 'list-season');
    expect(rule).toMatchObject({ leadDays: [3, 0], anchor: '05-01', time: '09:30' });
    const bad = await desk.backend.dispatch('reminders.updateRule', { id: 'list-season', time: '09:30', anchor: '13-01', repeatMinutes: null, enabled: true });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'invalid_input', field: 'anchor', message: '汛期开始日期应为 MM-DD，如 04-01' });
    for (let d = '2026-04-26'; d <= '2026-05-02'; d = addDays(d, 1)) desk.wake(at(d, '09:30'));
    expect(desk.pushed.filter((a) => a.ruleId === 'list-season').map((a) => `${a.date} ${timeOfDayOf(a.dueAt)}`)).toEqual(['2026-04-28 09:30', '2026-05-01 09:30']);
    const audit = await ok<{ rows: AuditEntry[] }>(desk.backend, 'audit.list', { entity: 'reminder_rule' });
    expect(audit.rows.find((r) => r.entityId === 'list-season')?.after).toMatchObject({ leadDays: [3, 0], anchor: '05-01' });
  });
});

