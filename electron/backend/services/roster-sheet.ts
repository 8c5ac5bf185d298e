import type { Db } from '../../../db/open';
import { listAssignments } from '../../../db/repos/roster';
import type { IcsFile, RosterSheet } from '../../../shared/contract/roster';
import { icsEntries, monthPrintModel, rosterToIcs, type PrintRow } from '../../../shared/roster/index';
import { daysInMonth, dateRange, type CivilDate } from '../../../shared/time/civil';
import { readSettings } from '../handlers/settings';
import { rosterSetup, staffName } from './roster-config';
import { rangeCalendar } from './roster-days';

const zh = (d: CivilDate) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** The whole month from its first to its last day? */
export function wholeMonth(from: CivilDate, to: CivilDate): { year: number; month: number } | null {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const last = `${from.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
  return from.endsWith('-01') && to === last ? { year, month } : null;
}

/** Title: “{单位}{YYYY}年{M}月值班表” for a month, “{单位}{YYYY}年{节日}值班表” for a named period. */
export function sheetTitle(org: string, from: CivilDate, to: CivilDate, name?: string): string {
  const m = wholeMonth(from, to);
  if (m && !name) return `${org}${m.year}年${m.month}月值班表`;
  if (name) return `${org}${/^\d{4}年/.test(name) ? '' : `${from.slice(0, 4)}年`}${name}值班表`;
  return `${org}${zh(from)}至${zh(to)}值班表`;
}

/** The printable roster of [from, to]: one row per day, the roles in use as columns. */
export function rosterSheet(db: Db, from: CivilDate, to: CivilDate, name?: string): RosterSheet {
  const setup = rosterSetup(db);
  const settings = readSettings(db);
  const rc = rangeCalendar(db, from, to);
  const rows = listAssignments(db, from, to);
  const roles = setup.roles.filter((r) => r.counts.workday + r.counts.weekend + r.counts.holiday > 0 || rows.some((a) => a.role === r.key));
  const roleDefs = roles.map((r) => ({ key: r.key, name: r.name, leader: r.leader }));
  const staff = setup.staff.map((s) => ({ id: s.id, name: s.name, phone: s.phones[0] }));
  const months = [...new Set(dateRange(from, to).map((d) => d.slice(0, 7)))];
  const printRows: PrintRow[] = [];
  let headers: string[] = [];
  for (const ym of months) {
    const year = Number(ym.slice(0, 4));
    const month = Number(ym.slice(5, 7));
    const days = dateRange(`${ym}-01`, `${ym}-${String(daysInMonth(year, month)).padStart(2, '0')}`).map((date) => {
      const category = rc.categoryOf(date);
      const holidayName = category === 'holiday' ? rc.cal.holidayName(date) : undefined;
      return holidayName ? { date, category, holidayName } : { date, category };
    });
    const model = monthPrintModel({ org: settings.orgName, year, month, days, assignments: rows, staff, roles: roleDefs });
    headers = model.headers;
    printRows.push(...model.rows.filter((r) => r.date >= from && r.date <= to));
  }
  const rosterSettings = setup.settings;
  return {
    title: sheetTitle(settings.orgName, from, to, name),
    org: settings.orgName,
    headers,
    roles: roleDefs.map(({ key, name: n }) => ({ key, name: n })),
    rows: printRows,
    dutyPhone: settings.dutyPhone,
    preparer: rosterSettings.preparer,
    reviewer: rosterSettings.reviewer,
    from,
    to,
  };
}

/** The roster of [from, to] as an .ics calendar, whole or one person's duties. */
export function rosterIcs(db: Db, from: CivilDate, to: CivilDate, staffId: number | undefined, now: number): IcsFile {
  const setup = rosterSetup(db);
  const settings = readSettings(db);
  const rows = listAssignments(db, from, to).filter((a) => staffId === undefined || a.staffId === staffId);
  const staff = setup.staff.map((s) => ({ id: s.id, name: s.name, phone: s.phones[0] }));
  const who = staffId === undefined ? '' : staffName(setup, staffId);
  const calName = `${settings.orgName}值班表${who ? `（${who}）` : ''}`;
  const text = rosterToIcs(icsEntries(rows, staff, setup.roleDefs), { calName, shiftChange: settings.shiftChange, dtstamp: now });
  const span = `${from.replace(/-/g, '')}-${to.replace(/-/g, '')}`;
  return { name: `${who ? `${who}_` : ''}值班表_${span}.ics`, text };
}
