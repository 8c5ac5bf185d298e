import ExcelJS from 'exceljs';
import type { LeaderRow, WorkRow } from '../../../shared/contract/lists-related';
import { WORK_ROLES, WORK_ROLE_ZH } from '../../../shared/lists/related';
import { civilDateOf, timeOfDayOf } from '../../../shared/time/civil';
import { stampZipEntries } from './lists-zip';

/**
 * 县级领导包保 and 三个责任人 in the official layout: a title, a sub-title, a bordered table (the works
 * table with a two-row header, one column group per role) and the 制表人/审核人/日期 line. The column
 * headers are ones the importer recognises, so an exported file can be edited and imported back.
 */

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = (size: number, bold = false) => ({ name: '宋体', size, bold });
const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEFEFEF' } };

function titleRows(ws: ExcelJS.Worksheet, n: number, title: string, sub: string): void {
  ws.mergeCells(1, 1, 1, n);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = font(16, true);
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 32;
  ws.mergeCells(2, 1, 2, n);
  const s = ws.getCell(2, 1);
  s.value = sub;
  s.font = font(10);
  s.alignment = { horizontal: 'right' };
}

function head(c: ExcelJS.Cell, v: string): void {
  c.value = v;
  c.font = font(10, true);
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
  c.fill = HEAD_FILL;
}

function body(row: ExcelJS.Row, values: (string | number)[], center: ReadonlySet<number>): void {
  values.forEach((v, j) => {
    const c = row.getCell(j + 1);
    c.value = v;
    c.font = font(10);
    c.border = border;
    c.alignment = { vertical: 'middle', wrapText: true, horizontal: center.has(j) ? 'center' : 'left' };
  });
}

function footer(ws: ExcelJS.Worksheet, at: number, n: number, signDate: string): void {
  const r = ws.getRow(at);
  r.getCell(1).value = '制表人：';
  r.getCell(Math.max(2, Math.floor(n / 2))).value = '审核人：';
  r.getCell(Math.max(3, n - 2)).value = `日期：${signDate}`;
  r.font = font(11);
}

/** The zip's entries dated by the injected clock, so an export depends only on the data and the clock. */
async function bytes(wb: ExcelJS.Workbook, now: number): Promise<Buffer> {
  const d = civilDateOf(now);
  const [hour, minute] = timeOfDayOf(now).split(':').map(Number) as [number, number];
  return stampZipEntries(Buffer.from(await wb.xlsx.writeBuffer()), { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)), hour, minute });
}

function newBook(now: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '防汛值班台';
  wb.created = new Date(now);
  wb.modified = new Date(now);
  return wb;
}

const PAGE = { paperSize: 9, orientation: 'landscape' as const, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true };

export async function leadersWorkbook(title: string, sub: string, rows: readonly LeaderRow[], signDate: string, now: number): Promise<Buffer> {
  const wb = newBook(now);
  const cols = [
    { title: '序号', width: 6 },
    { title: '姓名', width: 10 },
    { title: '职务', width: 22 },
    { title: '联系电话', width: 24 },
    { title: '包保乡镇', width: 22 },
    { title: '包保工程', width: 26 },
    { title: '备注', width: 16 },
  ];
  const ws = wb.addWorksheet('县级领导包保', { pageSetup: { ...PAGE, printTitlesRow: '3:3' } });
  ws.columns = cols.map((c) => ({ width: c.width }));
  titleRows(ws, cols.length, title, sub);
  cols.forEach((c, j) => head(ws.getCell(3, j + 1), c.title));
  ws.getRow(3).height = 22;
  rows.forEach((l, i) => body(ws.getRow(4 + i), [i + 1, l.name, l.position, l.phones.join('、'), l.townships.join('、'), l.works.join('、'), l.note], new Set([0, 1])));
  footer(ws, 4 + rows.length + 1, cols.length, signDate);
  return bytes(wb, now);
}

export async function worksWorkbook(title: string, sub: string, rows: readonly WorkRow[], signDate: string, now: number): Promise<Buffer> {
  const wb = newBook(now);
  const lead = [
    { title: '序号', width: 6 },
    { title: '工程名称', width: 16 },
    { title: '工程类型', width: 9 },
    { title: '所在乡镇', width: 11 },
    { title: '规模', width: 9 },
  ];
  const roleCols = [
    { title: '姓名', width: 9 },
    { title: '单位及职务', width: 18 },
    { title: '联系电话', width: 14 },
  ];
  const n = lead.length + WORK_ROLES.length * roleCols.length + 1;
  const ws = wb.addWorksheet('三个责任人', { pageSetup: { ...PAGE, printTitlesRow: '3:4' } });
  ws.columns = [...lead, ...WORK_ROLES.flatMap(() => roleCols), { title: '备注', width: 12 }].map((c) => ({ width: c.width }));
  titleRows(ws, n, title, sub);
  lead.forEach((c, j) => {
    head(ws.getCell(3, j + 1), c.title);
    head(ws.getCell(4, j + 1), c.title);
    ws.mergeCells(3, j + 1, 4, j + 1);
  });
  WORK_ROLES.forEach((r, k) => {
    const c0 = lead.length + k * roleCols.length + 1;
    for (let j = 0; j < roleCols.length; j++) head(ws.getCell(3, c0 + j), WORK_ROLE_ZH[r]);
    ws.mergeCells(3, c0, 3, c0 + roleCols.length - 1);
    roleCols.forEach((c, j) => head(ws.getCell(4, c0 + j), c.title));
  });
  head(ws.getCell(3, n), '备注');
  head(ws.getCell(4, n), '备注');
  ws.mergeCells(3, n, 4, n);
  rows.forEach((w, i) =>
    body(
      ws.getRow(5 + i),
      [i + 1, w.name, w.kind, w.township, w.scale, ...WORK_ROLES.flatMap((r) => [w[r].name, w[r].position, w[r].phones.join('、')]), w.note],
      new Set([0, 2, 4, 5, 8, 11]),
    ),
  );
  footer(ws, 5 + rows.length + 1, n, signDate);
  return bytes(wb, now);
}
