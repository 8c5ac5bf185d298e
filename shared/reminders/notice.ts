import { addDays, type CivilDate, type TimeOfDay } from '../time/civil';
import { DEFAULT_NOTICE_LEAD_WORKDAYS } from './defaults';
import { dateZh, hourZh, monthDayWeekZh, monthDayZh } from './format';
import type { Period } from './types';

/** How far back to look for working days before giving up (a calendar with no workday is broken). */
const MAX_LOOKBACK_DAYS = 366;

/**
 * The working day that lies `leadWorkdays` working days before the period's first day
 * (1 = the last working day before it). 调休-aware through the injected `isWorkday`.
 * 0 gives the first day itself.
 */
export function noticeDueDate(
  period: Pick<Period, 'from'>,
  isWorkday: (date: CivilDate) => boolean,
  leadWorkdays: number = DEFAULT_NOTICE_LEAD_WORKDAYS,
): CivilDate {
  if (!Number.isInteger(leadWorkdays) || leadWorkdays < 0) throw new RangeError(`提前工作日数无效：${leadWorkdays}`);
  let date = period.from;
  let found = 0;
  for (let i = 0; found < leadWorkdays; i++) {
    if (i >= MAX_LOOKBACK_DAYS) throw new RangeError(`${period.from}之前${MAX_LOOKBACK_DAYS}天内找不到${leadWorkdays}个工作日`);
    date = addDays(date, -1);
    if (isWorkday(date)) found++;
  }
  return date;
}

export interface NoticeRosterRow {
  date: CivilDate;
  leader: string;
  officers: readonly string[];
  phones: readonly string[];
}

export interface HolidayNoticeInput {
  /** The issuing office, e.g. “××市应急管理局”. */
  org: string;
  period: Pick<Period, 'name' | 'from' | 'to'>;
  roster: readonly NoticeRosterRow[];
  dutyPhone: string;
  /** Daily zero-report deadline `HH:mm`. */
  zeroReportTime: TimeOfDay;
  fax?: string;
  email?: string;
  /** Units must hand in their own holiday duty rosters by this date. */
  rosterDeadline?: CivilDate;
  addressees?: string;
  issueDate?: CivilDate;
}

const BLANK = '＿＿＿＿＿＿';
const SP = '\u3000';
const P = SP + SP;

function rosterLine(r: NoticeRosterRow): string {
  const officers = r.officers.length ? r.officers.join('、') : BLANK;
  const phones = r.phones.length ? r.phones.join('、') : BLANK;
  return `${P}${monthDayWeekZh(r.date)}${SP}带班领导：${r.leader || BLANK}${SP}值班员：${officers}${SP}联系电话：${phones}`;
}

/** The text of 关于做好{名称}期间应急值班值守工作的通知. */
export function draftHolidayNotice(input: HolidayNoticeInput): string {
  const { org, period, dutyPhone, zeroReportTime } = input;
  const roster = [...input.roster].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const span = `${monthDayZh(period.from)}至${monthDayZh(period.to)}`;
  const lines = [
    `关于做好${period.name}期间应急值班值守工作的通知`,
    '',
    `${input.addressees ?? '各乡镇人民政府、街道办事处，市防指各成员单位'}：`,
    `${P}${period.name}（${span}）将至，为切实做好${period.name}期间应急值班值守工作，确保发生突发事件时信息报送及时、应对处置有力，现将有关事项通知如下：`,
    `${P}一、严格落实值班值守制度。各单位要严格执行24小时值班和领导带班制度，值班人员在岗在位，保持通讯畅通，严禁脱岗、漏岗，不得以呼叫转移代替值班。`,
    `${P}二、值班安排。${period.name}期间${org}值班安排如下：`,
    ...(roster.length ? roster.map(rosterLine) : [`${P}（值班表另行通知）`]),
  ];
  if (input.rosterDeadline) {
    lines.push(`${P}请各单位于${monthDayZh(input.rosterDeadline)}前将本单位${period.name}期间值班表（含带班领导、值班人员及联系电话）报${org}。`);
  }
  lines.push(
    `${P}三、严格执行零报告制度。${period.name}期间实行每日零报告制度，坚持“有事报事、无事报平安”，各单位于每日${hourZh(zeroReportTime)}前向${org}值班室报告本单位值班值守情况。遇有突发事件，要第一时间报告，严禁迟报、漏报、瞒报。`,
    `${P}四、联系方式。值班电话：${dutyPhone}；传真：${input.fax || BLANK}；电子邮箱：${input.email || BLANK}。`,
    '',
    org,
    input.issueDate ? dateZh(input.issueDate) : BLANK,
  );
  return lines.join('\n');
}
