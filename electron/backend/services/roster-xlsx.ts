import ExcelJS from 'exceljs';
import type { RosterSheet, RosterStats } from '../../../shared/contract/roster';
import type { DutyCounts } from '../../../shared/roster/types';
import { stampZip } from './roster-zip-stamp';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = (size: number, bold = false) => ({ name: '宋体', size, bold });
const shade = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8E8E8' } };

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook stamped with the injected clock's time. */
function workbook(now: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '防汛值班台';
  wb.created = new Date(now);
  wb.modified = new Date(now);
  return wb;
}

function headerRow(ws: ExcelJS.Worksheet, row: number, titles: readonly string[]): void {
  const r = ws.getRow(row);
  titles.forEach((t, i) => {
    const c = r.getCell(i + 1);
    c.value = t;
    c.font = font(11, true);
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
    c.fill = shade;
  });
  r.height = 22;
}

function title(ws: ExcelJS.Worksheet, text: string, columns: number): void {
  ws.mergeCells(1, 1, 1, columns);
  const c = ws.getCell(1, 1);
  c.value = text;
  c.font = font(16, true);
  c.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
}

/** The roster sheet as xlsx: title, 日期/星期/roles/联系电话/备注, weekends and holidays shaded, foot lines. */
export async function rosterWorkbook(sheet: RosterSheet, now: number): Promise<Buffer> {
  const wb = workbook(now);
  const ws = wb.addWorksheet('值班表', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1, horizontalCentered: true },
  });
  const n = sheet.headers.length;
  ws.columns = sheet.headers.map((h) => ({ width: h === '联系电话' ? 30 : h === '日期' || h === '星期' || h === '备注' ? 11 : 18 }));
  title(ws, sheet.title, n);
  headerRow(ws, 2, sheet.headers);
  sheet.rows.forEach((r, i) => {
    const row = ws.getRow(3 + i);
    const cells = [r.dateLabel, r.weekday, ...sheet.roles.map((role) => r.byRole[role.key] ?? ''), r.phones, r.label];
    cells.forEach((text, j) => {
      const c = row.getCell(j + 1);
      c.value = text;
      c.font = font(11, r.shaded && j === n - 1);
      c.border = border;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (r.shaded) c.fill = shade;
    });
  });
  const foot = 3 + sheet.rows.length + 1;
  ws.getCell(foot, 1).value = `值班电话：${sheet.dutyPhone}`;
  ws.getCell(foot + 1, 1).value = `制表人：${sheet.preparer}`;
  ws.getCell(foot + 1, Math.max(3, n - 2)).value = `审核人：${sheet.reviewer}`;
  ws.getCell(foot + 1, n).value = '日期：';
  for (const r of [foot, foot + 1]) ws.getRow(r).font = font(11);
  return stampZip(Buffer.from(await wb.xlsx.writeBuffer()), now);
}

const COUNT_TITLES: [keyof DutyCounts, string][] = [
  ['workday', '工作日'],
  ['weekend', '周末'],
  ['holiday', '节假日'],
  ['leader', '其中带班'],
  ['total', '合计'],
];

/** Duty counts for 值班补贴: the year per person, then month by month. */
export async function statsWorkbook(org: string, stats: RosterStats, now: number): Promise<Buffer> {
  const wb = workbook(now);
  const year = wb.addWorksheet('年度汇总', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const heads = ['序号', '姓名', '可任岗位', ...COUNT_TITLES.map(([, t]) => t)];
  year.columns = heads.map((h) => ({ width: h === '可任岗位' ? 22 : h === '姓名' ? 12 : 10 }));
  title(year, `${org}${stats.year}年值班次数统计（值班补贴）`, heads.length);
  headerRow(year, 2, heads);
  stats.people.forEach((p, i) => {
    const row = year.getRow(3 + i);
    [i + 1, p.name, p.roles.join('、'), ...COUNT_TITLES.map(([k]) => p.year[k])].forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = v;
      c.border = border;
      c.font = font(11);
      c.alignment = { horizontal: j === 2 ? 'left' : 'center', vertical: 'middle' };
    });
  });

  const monthly = wb.addWorksheet('按月明细');
  const mHeads = ['姓名', '月份', ...COUNT_TITLES.map(([, t]) => t)];
  monthly.columns = mHeads.map((h) => ({ width: h === '姓名' ? 12 : 10 }));
  title(monthly, `${org}${stats.year}年值班次数按月明细`, mHeads.length);
  headerRow(monthly, 2, mHeads);
  let r = 3;
  for (const p of stats.people) {
    p.months.forEach((m, i) => {
      if (m.total === 0) return;
      const row = monthly.getRow(r++);
      [p.name, `${i + 1}月`, ...COUNT_TITLES.map(([k]) => m[k])].forEach((v, j) => {
        const c = row.getCell(j + 1);
        c.value = v;
        c.border = border;
        c.font = font(11);
        c.alignment = { horizontal: 'center' };
      });
    });
  }
  return stampZip(Buffer.from(await wb.xlsx.writeBuffer()), now);
}
