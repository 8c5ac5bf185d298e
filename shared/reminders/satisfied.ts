import type { CivilDate } from '../time/civil';
import type { Occurrence } from './types';

/** What has been done, as the scheduler knows it at tick time. */
export interface SatisfactionFacts {
  /** The daily report for `date` has been submitted. */
  reportSubmitted(date: CivilDate): boolean;
  /** Every unit's zero report for the period and date is in. */
  zeroReportsComplete?(periodId: string, date: CivilDate): boolean;
  /** The period's notice has been issued. */
  noticeIssued?(periodId: string): boolean;
  /** The plan deadline (by its subject id) has been met: 备案/评估/演练 recorded, so it is no longer open. */
  planDeadlineMet?(deadlineId: string): boolean;
  /** That year's responsible-persons list is published (公示日期 recorded). */
  listPublished?(year: number): boolean;
}

/** Builds the `isSatisfied` predicate for `planTick` from the facts; custom reminders are never satisfied. */
export function satisfiedBy(facts: SatisfactionFacts): (occ: Occurrence) => boolean {
  return (occ) => {
    switch (occ.kind) {
      case 'daily_report':
        return facts.reportSubmitted(occ.date);
      case 'period_collect':
      case 'period_deadline':
        return occ.subject !== undefined && (facts.zeroReportsComplete?.(occ.subject, occ.date) ?? false);
      case 'period_notice':
        return occ.subject !== undefined && (facts.noticeIssued?.(occ.subject) ?? false);
      case 'plan_deadline':
        return occ.subject !== undefined && (facts.planDeadlineMet?.(occ.subject) ?? false);
      case 'list_season': {
        const year = /^lists-(\d{4})$/.exec(occ.subject ?? '')?.[1];
        return year !== undefined && (facts.listPublished?.(Number(year)) ?? false);
      }
      case 'custom':
        return false;
    }
  };
}
