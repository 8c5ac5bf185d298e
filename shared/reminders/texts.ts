import { diffDays, instantAt, type CivilDate } from '../time/civil';
import { DAILY_REPORT_DEADLINE, DEFAULT_NOTICE_LEAD_WORKDAYS } from './defaults';
import { monthDayWeekZh, monthDayZh } from './format';
import type { Period, ReminderRule } from './types';

const SYSTEM = '国家应急指挥综合业务系统';

/** The alert title: the rule's name, `{名称}` replaced by the period's name. */
export function occurrenceTitle(rule: ReminderRule, period?: Period): string {
  if (!period) return rule.name;
  if (rule.name.includes('{名称}')) return rule.name.replaceAll('{名称}', period.name);
  return `${rule.name}（${period.name}）`;
}

/** 45 → “45分钟”, 705 → “11小时45分钟”, 120 → “2小时”. */
function minutesZh(m: number): string {
  if (m < 60) return `${m}分钟`;
  return `${Math.floor(m / 60)}小时${m % 60 ? `${m % 60}分钟` : ''}`;
}

/** The daily report's alert text: a function of the rule's role, the date and the due instant only. */
export function dailyReportBody(rule: Pick<ReminderRule, 'role'>, date: CivilDate, dueAt: number): string {
  const md = monthDayZh(date);
  const minutes = Math.round((instantAt(date, DAILY_REPORT_DEADLINE) - dueAt) / 60_000);
  if (rule.role === 'prepare') {
    return `请准备${monthDayWeekZh(date)}值班值守情况和每日工作开展情况，${DAILY_REPORT_DEADLINE}前在${SYSTEM}上报。`;
  }
  if (minutes > 0) return `${md}值班报告尚未上报，距${DAILY_REPORT_DEADLINE}截止还有${minutes}分钟，请尽快在${SYSTEM}上报。`;
  if (minutes === 0) return `已到${DAILY_REPORT_DEADLINE}截止时间，${md}值班报告仍未上报，请立即上报。`;
  return `${md}值班报告已超过${DAILY_REPORT_DEADLINE}截止时间${minutesZh(-minutes)}仍未上报，请立即上报。`;
}

export function occurrenceBody(rule: ReminderRule, date: CivilDate, dueAt: number, period?: Period): string {
  const md = monthDayZh(date);
  switch (rule.kind) {
    case 'daily_report':
      return dailyReportBody(rule, date, dueAt);
    case 'period_notice': {
      const p = period as Period;
      const lead = rule.leadWorkdays ?? DEFAULT_NOTICE_LEAD_WORKDAYS;
      return `${p.name}（${monthDayZh(p.from)}至${monthDayZh(p.to)}）还有${lead}个工作日开始，请起草并印发《关于做好${p.name}期间应急值班值守工作的通知》，明确值班安排、带班领导和零报告要求。`;
    }
    case 'period_collect': {
      const p = period as Period;
      return `${p.name}第${diffDays(date, p.from) + 1}天：请收集各乡镇（街道）、各成员单位${md}零报告（有事报事、无事报平安），未报单位电话催报。`;
    }
    case 'period_deadline':
      return `${md}零报告已到截止时间，请汇总各单位报送情况并向上级报告，未报单位立即电话催报。`;
    case 'custom':
      return `${md} ${rule.time}：${rule.name}`;
    case 'plan_deadline':
    case 'list_season':
      // Worded from their subject (deadlines.ts); this generic line is only a fallback.
      return `${md} ${rule.time}：${rule.name}`;
  }
}
