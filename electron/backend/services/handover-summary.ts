import type { LogEntry } from '../../../shared/contract/dutylog';
import { formatInstant, type CivilDate } from '../../../shared/time/civil';
import { monthDayZh } from '../../../shared/reminders/format';

export interface HandoverSummaryInput {
  dutyDate: CivilDate;
  toDate: CivilDate;
  fromOfficer: string;
  toOfficer: string;
  entryCount: number;
  openItems: readonly LogEntry[];
  note?: string;
}

/** The 交接班记录 text: who hands over to whom, and every open item carried into the next duty day. */
export function handoverSummary(h: HandoverSummaryInput): string {
  const lines = [
    `${monthDayZh(h.dutyDate)}值班日交接班记录`,
    `交班人：${h.fromOfficer || '（未填写）'}；接班人：${h.toOfficer || '（未填写）'}（接${monthDayZh(h.toDate)}值班）。`,
    `本值班日记录值班日志${h.entryCount}条。`,
  ];
  if (h.openItems.length === 0) lines.push('遗留事项：无。');
  else {
    lines.push(`遗留事项${h.openItems.length}项，移交下一班继续办理：`);
    h.openItems.forEach((e, i) => {
      const follow = e.followUp ? `；后续：${e.followUp}` : '';
      const who = e.handledBy ? `；处理人：${e.handledBy}` : '';
      lines.push(`${i + 1}. ${formatInstant(e.at)}【${e.category}】${e.content}${who}${follow}`);
    });
  }
  if (h.note?.trim()) lines.push(`交接说明：${h.note.trim()}`);
  return lines.join('\n');
}
