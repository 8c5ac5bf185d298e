import { civilDateOf, instantAt, timeOfDayOf, type CivilDate, type TimeOfDay } from '../time/civil';
import { DAILY_REPORT_DEADLINE } from './defaults';
import { hourZh, monthDayWeekZh, monthDayZh } from './format';

export type ReportStatus = 'on_time' | 'late' | 'missing' | 'pending';

/** The daily report's state relative to 12:00 (Asia/Shanghai) of `date`: submitted at or before 12:00 is on time. */
export function reportStatus(date: CivilDate, submittedAt: number | null, now: number): ReportStatus {
  const deadline = instantAt(date, DAILY_REPORT_DEADLINE);
  if (submittedAt !== null) return submittedAt <= deadline ? 'on_time' : 'late';
  return now > deadline ? 'missing' : 'pending';
}

export interface DutyLogEntry {
  /** Instant of the entry. */
  at: number;
  /** 来电, 来文, 突发事件, 领导指示, … */
  category?: string;
  text: string;
}

export interface DailyReportInput {
  date: CivilDate;
  org: string;
  leader: string;
  officers: readonly string[];
  phones: readonly string[];
  logEntries: readonly DutyLogEntry[];
}

function entryLine(e: DutyLogEntry, i: number, date: CivilDate): string {
  const day = civilDateOf(e.at);
  const when = day === date ? timeOfDayOf(e.at) : `${monthDayZh(day)}${timeOfDayOf(e.at)}`;
  return `${i + 1}. ${when} ${e.category ? `【${e.category}】` : ''}${e.text}`;
}

function countLine(entries: readonly DutyLogEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) if (e.category) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const detail = [...counts].map(([c, n]) => `${c}${n}条`).join('、');
  return `共记录值班日志${entries.length}条${detail ? `（${detail}）` : ''}：`;
}

/** The text to paste into the superior system: 值班值守情况 + 每日工作开展情况. */
export function dailyReportText(input: DailyReportInput): string {
  const { date, org } = input;
  const entries = [...input.logEntries].sort((a, b) => a.at - b.at);
  const list = (xs: readonly string[]) => (xs.length ? xs.join('、') : '无');
  return [
    `${org}${monthDayZh(date)}值班值守情况`,
    '一、值班值守情况',
    `${monthDayWeekZh(date)}，${org}严格落实24小时值班值守和领导带班制度，值班人员在岗在位，通讯畅通。带班领导：${input.leader || '无'}；值班员：${list(input.officers)}；值班电话：${list(input.phones)}。`,
    '二、每日工作开展情况',
    ...(entries.length
      ? [countLine(entries), ...entries.map((e, i) => entryLine(e, i, date))]
      : ['值班期间无突发事件发生，各项工作运转正常。']),
  ].join('\n');
}

export type ZeroReportStatus = '未报' | '零报告' | '有情况';

export interface ZeroReportInput {
  time: TimeOfDay;
  units: readonly { name: string; status: ZeroReportStatus; note?: string }[];
  /** “全市” by default. */
  area?: string;
}

/** The one-paragraph summary of the day's zero reports, e.g. “截至15时，全市各乡镇（街道）、各成员单位均无突发事件发生。” */
export function zeroReportSummary(input: ZeroReportInput): string {
  const head = `截至${hourZh(input.time)}，`;
  const { units } = input;
  if (units.length === 0) return `${head}尚无需报送零报告的单位。`;
  const incidents = units.filter((u) => u.status === '有情况');
  const missing = units.filter((u) => u.status === '未报');
  const zero = units.filter((u) => u.status === '零报告').length;
  if (!incidents.length && !missing.length) {
    return `${head}${input.area ?? '全市'}各乡镇（街道）、各成员单位均无突发事件发生。`;
  }
  const parts = incidents.map((u) => `${u.name}报告：${u.note?.trim() || '有突发情况（详见报送材料）'}`);
  if (zero) parts.push(`${incidents.length ? '其余' : '已报送的'}${zero}个单位均无突发事件发生`);
  if (missing.length) parts.push(`${missing.map((u) => u.name).join('、')}共${missing.length}个单位尚未报送，正在电话催报`);
  return `${head}${parts.join('；')}。`;
}
