import { addDays, fromDayNumber, isCivilDate, isTimeOfDay, type CivilDate, type TimeOfDay } from '../time/civil';
import type { Assignment, RoleDef } from './types';

/** One duty as a calendar event. */
export interface IcsEntry {
  date: CivilDate;
  /** Role key (part of the UID). */
  role: string;
  roleName: string;
  slot: number;
  staffName: string;
  phone?: string;
  note?: string;
}

export interface IcsOptions {
  calName: string;
  /** 交接班 time: each duty runs from it on its date to the same time the next day. */
  shiftChange: TimeOfDay;
  /** DTSTAMP, an instant in ms (from the injected clock, never read here). */
  dtstamp: number;
  /** Right-hand side of the UIDs. */
  uidDomain?: string;
}

const CRLF = '\r\n';
const TZID = 'Asia/Shanghai';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** RFC 5545 TEXT escaping: backslash, semicolon, comma, new lines; other control characters dropped. */
export function escapeText(s: string): string {
  const escaped = s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return [...escaped].filter((c) => c >= ' ' && c !== '\u007f').join('');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Fold a content line to at most 75 octets per physical line, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const stamp = (date: CivilDate, time: TimeOfDay) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** An instant as UTC `YYYYMMDDTHHMMSSZ`, by arithmetic (no Date, no time zone). */
export function utcStamp(instant: number): string {
  const days = Math.floor(instant / 86_400_000);
  const secs = Math.floor((instant - days * 86_400_000) / 1000);
  const hms = [Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60].map((n) => String(n).padStart(2, '0'));
  return `${fromDayNumber(days).replace(/-/g, '')}T${hms.join('')}Z`;
}

/** UID-safe form of a role key: ASCII letters, digits, '_' and '-' kept, anything else as `.hex`. */
const uidPart = (s: string) => [...s].map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : `.${c.codePointAt(0)!.toString(16)}`)).join('');

/** The roster as an RFC 5545 calendar (CRLF line ends, folded lines, events in Asia/Shanghai time). */
export function rosterToIcs(entries: readonly IcsEntry[], opts: IcsOptions): string {
  if (!isTimeOfDay(opts.shiftChange)) throw new RangeError(`不是有效的交接班时间：${opts.shiftChange}`);
  const domain = opts.uidDomain ?? 'flood-duty-desk.local';
  const dtstamp = utcStamp(opts.dtstamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//flood-duty-desk//roster//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calName)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
  ];
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of sorted) {
    if (!isCivilDate(e.date)) throw new RangeError(`不是有效的日期：${e.date}`);
    const description = [e.phone ? `联系电话：${e.phone}` : '', e.note ?? ''].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.date.replace(/-/g, '')}-${uidPart(e.role)}-${e.slot}@${domain}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;TZID=${TZID}:${stamp(e.date, opts.shiftChange)}`,
      `DTEND;TZID=${TZID}:${stamp(addDays(e.date, 1), opts.shiftChange)}`,
      `SUMMARY:${escapeText(`${e.roleName}：${e.staffName}`)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Calendar entries for the filled rows of a roster. */
export function icsEntries(
  assignments: readonly Assignment[],
  staff: readonly { id: number; name: string; phone?: string }[],
  roles: readonly RoleDef[],
): IcsEntry[] {
  const byId = new Map(staff.map((s) => [s.id, s]));
  return assignments.flatMap((a) => {
    const person = a.staffId === null ? undefined : byId.get(a.staffId);
    if (!person) return [];
    const roleName = roles.find((r) => r.key === a.role)?.name ?? a.role;
    return [{ date: a.date, role: a.role, roleName, slot: a.slot, staffName: person.name, phone: person.phone }];
  });
}
