import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  listSeasonFirings,
  occurrencesBetween,
  parseLeadDays,
  planDeadlineFirings,
  planTick,
  routeOf,
  satisfiedBy,
  seasonStart,
  type Occurrence,
  type OccurrenceContext,
  type PlanDeadlineSubject,
  type ReminderRule,
} from '../../../shared/reminders';
import { timeOfDayOf } from '../../../shared/time/civil';
import { at, isWorkday2026 } from './fixtures';

const planRule = DEFAULT_RULES.find((r) => r.kind === 'plan_deadline')!;
const listRule = DEFAULT_RULES.find((r) => r.kind === 'list_season')!;

/** 备案 due on Monday 2026-10-12, just after 国庆节 (10-01–10-07 off, Saturday 10-10 a make-up working day). */
const FILING: PlanDeadlineSubject = { id: 'plan-3-filing-2026-10-12', planName: '城关镇防汛应急预案', kind: 'filing', due: '2026-10-12' };
/** 演练 due on Tuesday 2026-02-24, just after 春节 (02-15–02-23 off, Saturday 02-14 a make-up working day). */
const DRILL: PlanDeadlineSubject = { id: 'plan-4-drill-2026-02-24', planName: '《河口镇防汛应急预案》', kind: 'drill', due: '2026-02-24' };

const ctx = (over: Partial<OccurrenceContext> = {}): OccurrenceContext => ({ periods: [], isWorkday: isWorkday2026, ...over });
const whole2026 = [at('2026-01-01', '00:00') - 1, at('2027-01-01', '00:00') - 1] as const;

describe('plan deadlines: the days they are reminded of', () => {
  it('counts the lead in working days through 国庆节 and its Saturday make-up day', () => {
    expect(planDeadlineFirings(FILING, isWorkday2026, 5).map((f) => `${f.phase} ${f.date}`)).toEqual([
      'lead 2026-09-29',
      'due 2026-10-12',
      'overdue 2026-10-13',
    ]);
  });

  it('counts through 春节, where the Saturday before is a working day', () => {
    expect(planDeadlineFirings(DRILL, isWorkday2026, 3).map((f) => `${f.phase} ${f.date}`)).toEqual([
      'lead 2026-02-12',
      'due 2026-02-24',
      'overdue 2026-02-25',
    ]);
    // One working day before: the make-up Saturday, not the Friday.
    expect(planDeadlineFirings(DRILL, isWorkday2026, 1)[0]?.date).toBe('2026-02-14');
  });

  it('with a lead of 0 reminds only on the day and once the day after', () => {
    expect(planDeadlineFirings(FILING, isWorkday2026, 0).map((f) => f.phase)).toEqual(['due', 'overdue']);
  });
});

describe('plan deadlines through occurrencesBetween', () => {
  it('fires at 09:00 Shanghai with the plan, the deadline kind and date, routed to the plans page', () => {
    const occ = occurrencesBetween([planRule], ...whole2026, ctx({ planDeadlines: [FILING] }));
    expect(occ.map((o) => [o.date, timeOfDayOf(o.dueAt), o.dueAt])).toEqual([
      ['2026-09-29', '09:00', Date.UTC(2026, 8, 29, 1, 0)],
      ['2026-10-12', '09:00', Date.UTC(2026, 9, 12, 1, 0)],
      ['2026-10-13', '09:00', Date.UTC(2026, 9, 13, 1, 0)],
    ]);
    expect(occ.every((o) => o.kind === 'plan_deadline' && o.subject === FILING.id && o.ruleId === 'plan-deadline')).toBe(true);
    expect(new Set(occ.map((o) => o.key)).size).toBe(3);
    expect(occ[0]!.title).toBe('预案期限提醒：《城关镇防汛应急预案》备案');
    expect(occ.map((o) => o.body)).toEqual([
      '《城关镇防汛应急预案》备案期限为2026年10月12日，还有5个工作日，请抓紧报送备案，完成后在预案台账中登记。',
      '今天（2026年10月12日）是《城关镇防汛应急预案》的备案期限，请今日内报送备案，完成后在预案台账中登记。',
      '《城关镇防汛应急预案》备案期限2026年10月12日已过，尚未登记备案，已逾期，请尽快报送备案并在预案台账中登记。',
    ]);
    expect(routeOf('plan_deadline')).toBe('/plans');
    // Only the day-after reminder is an overdue one (shown in red in the alert center).
    expect(occ.map((o) => o.role ?? null)).toEqual([null, null, 'overdue']);
  });

  it('follows the rule’s lead and time, and does not double the 《》 of a name that has them', () => {
    const rule: ReminderRule = { ...planRule, leadWorkdays: 1, time: '08:30' };
    const occ = occurrencesBetween([rule], ...whole2026, ctx({ planDeadlines: [DRILL] }));
    expect(occ.map((o) => `${o.date} ${timeOfDayOf(o.dueAt)}`)).toEqual(['2026-02-14 08:30', '2026-02-24 08:30', '2026-02-25 08:30']);
    expect(occ[0]!.title).toBe('预案期限提醒：《河口镇防汛应急预案》演练');
    expect(occ[0]!.body).toBe('《河口镇防汛应急预案》演练期限为2026年2月24日，还有1个工作日，请抓紧组织演练，完成后在预案台账中登记。');
  });

  it('fires nothing without open deadlines, or when the rule is off', () => {
    expect(occurrencesBetween([planRule], ...whole2026, ctx())).toEqual([]);
    expect(occurrencesBetween([{ ...planRule, enabled: false }], ...whole2026, ctx({ planDeadlines: [FILING] }))).toEqual([]);
  });

  it('is satisfied once the deadline is met, and a met one is stored, not delivered', () => {
    const occ = occurrencesBetween([planRule], ...whole2026, ctx({ planDeadlines: [FILING, DRILL] }));
    const met = new Set([DRILL.id]);
    const is = satisfiedBy({ reportSubmitted: () => false, planDeadlineMet: (id) => met.has(id) });
    expect(occ.filter(is).map((o) => o.subject)).toEqual([DRILL.id, DRILL.id, DRILL.id]);
    const plan = planTick({
      rules: [planRule],
      lastTick: at('2026-10-12', '08:59'),
      now: at('2026-10-12', '09:00'),
      ctx: ctx({ planDeadlines: [FILING] }),
      isSatisfied: satisfiedBy({ reportSubmitted: () => false, planDeadlineMet: () => true }),
      existingKeys: new Set(),
    });
    expect(plan.toDeliver).toEqual([]);
    expect(plan.suppressed.map((o) => `${o.subject} ${o.reason}`)).toEqual([`${FILING.id} satisfied`]);
  });
});

describe('list_season: before the flood season', () => {
  it('fires 30, 14, 7 and 1 days before 4月1日 and on the day', () => {
    expect(seasonStart(2026)).toBe('2026-04-01');
    expect(listSeasonFirings(listRule, '2026-01-01', '2026-12-31').map((f) => f.date)).toEqual([
      '2026-03-02',
      '2026-03-18',
      '2026-03-25',
      '2026-03-31',
      '2026-04-01',
    ]);
  });

  it('follows an edited start and lead days, reaching back into the year before', () => {
    expect(listSeasonFirings({ anchor: '06-01', leadDays: [0, 10, 10] }, '2026-01-01', '2026-12-31').map((f) => f.date)).toEqual(['2026-05-22', '2026-06-01']);
    expect(listSeasonFirings({ anchor: '01-15', leadDays: [30] }, '2026-12-01', '2026-12-31').map((f) => `${f.date} ${f.year}`)).toEqual(['2026-12-16 2027']);
    expect(seasonStart(2026, '02-29')).toBe('2026-02-28');
  });

  it('names the year, the days left and what is missing about the list, routed to the lists page', () => {
    const status = { 2026: 'missing', 2027: 'unpublished' } as const;
    const occ = occurrencesBetween([listRule], at('2026-03-01', '00:00'), at('2026-04-02', '00:00'), ctx({ listStatus: (y) => status[y as 2026] }));
    expect(occ.map((o) => `${o.date} ${timeOfDayOf(o.dueAt)} ${o.subject}`)).toEqual([
      '2026-03-02 09:00 lists-2026',
      '2026-03-18 09:00 lists-2026',
      '2026-03-25 09:00 lists-2026',
      '2026-03-31 09:00 lists-2026',
      '2026-04-01 09:00 lists-2026',
    ]);
    expect(occ[0]!.dueAt).toBe(Date.UTC(2026, 2, 2, 1, 0));
    expect(occ[0]!.title).toBe('汛前更新并公示责任人名单（2026年）');
    expect(occ[0]!.body).toBe('距4月1日汛期开始还有30天，2026年山洪灾害防御责任人名单尚未建立。请汛前更新五级责任人名单并公示（接受公众监督），公示后在名单页登记公示日期。');
    expect(occ[4]!.body.startsWith('今天（4月1日）汛期开始，2026年山洪灾害防御责任人名单尚未建立。')).toBe(true);
    expect(routeOf('list_season')).toBe('/lists');
  });

  it('is satisfied once that year’s list is published', () => {
    const occ = occurrencesBetween([listRule], ...whole2026, ctx());
    const published = satisfiedBy({ reportSubmitted: () => false, listPublished: (y) => y === 2026 });
    const other = satisfiedBy({ reportSubmitted: () => false, listPublished: (y) => y === 2025 });
    expect(occ.length).toBe(5);
    expect(occ.every(published)).toBe(true);
    expect(occ.some(other)).toBe(false);
    const o: Occurrence = { ...occ[0]!, subject: 'lists-x' };
    expect(published(o)).toBe(false);
  });

  it('reads the editor’s lead days', () => {
    expect(parseLeadDays('30，14、7 1,0')).toEqual([30, 14, 7, 1, 0]);
    expect(parseLeadDays('7,7,1')).toEqual([7, 1]);
    expect(parseLeadDays('')).toBeNull();
    expect(parseLeadDays('7,-1')).toBeNull();
    expect(parseLeadDays('一周')).toBeNull();
  });
});
