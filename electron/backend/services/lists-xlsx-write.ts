import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PublicSection } from '../../../shared/lists/publish';
import type { Zone } from '../../../shared/lists/types';
import { civilDateOf, timeOfDayOf } from '../../../shared/time/civil';
import { stampZipEntries } from './lists-zip';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = (size: number, bold = false) => ({ name: '宋体', size, bold });

export const PERSON_COLUMNS = [
  { title: '序号', width: 6 },
  { title: '乡镇（街道）', width: 12 },
  { title: '行政村（社区）', width: 12 },
  { title: '村民组', width: 10 },
  { title: '危险区', width: 12 },
  { title: '责任人类别', width: 9 },
  { title: '姓名', width: 9 },
  { title: '职务', width: 16 },
  { title: '责任区域/职责', width: 20 },
  { title: '联系电话', width: 26 },
  { title: '联系户数', width: 8 },
  { title: '备注', width: 12 },
] as const;

const ZONE_COLUMNS = [
  { title: '序号', width: 6 },
  { title: '乡镇（街道）', width: 12 },
  { title: '行政村（社区）', width: 12 },
  { title: '村民组', width: 10 },
  { title: '危险区名称', width: 14 },
  { title: '危险区户数', width: 8 },
  { title: '危险区人数', width: 8 },
  { title: '转移路线', width: 30 },
  { title: '避险安置点', width: 18 },
  { title: '户级已落实', width: 10 },
] as const;

export interface ExportRow {
  township: string;
  village: string;
  group: string;
  zone: string;
  level: string;
  name: string;
  position: string;
  duty: string;
  phones: string;
  households: number | null;
  note: string;
}

export interface ExportZone extends Zone {
  township: string;
  village: string;
  group: string;
  contacts: number;
}

function titleRows(ws: ExcelJS.Worksheet, n: number, title: string, sub: string): void {
  ws.mergeCells(1, 1, 1, n);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = font(16, true);
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, n);
  const s = ws.getCell(2, 1);
  s.value = sub;
  s.font = font(10);
  s.alignment = { horizontal: 'right' };
}

function headerRow(row: ExcelJS.Row, titles: readonly string[]): void {
  titles.forEach((title, i) => {
    const c = row.getCell(i + 1);
    c.value = title;
    c.font = font(10, true);
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
}

/**
 * The year's list in the official layout: sheet 责任人名单 (one row per person with a 责任人类别 column,
 * the same columns the importer recognises) and sheet 危险区. Written with exceljs's streaming writer
 * so a county of 200,000 persons stays quick and small in memory.
 */
export async function listWorkbook(title: string, sub: string, rows: readonly ExportRow[], zones: readonly ExportZone[], signDate: string, now: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', () => resolve());
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = '防汛值班台';
  // Dated by the injected clock (not the machine's), so an export depends only on the data and the clock.
  wb.created = new Date(now);
  wb.modified = new Date(now);

  const ws = wb.addWorksheet('责任人名单', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: '3:3' },
  });
  ws.columns = PERSON_COLUMNS.map((c) => ({ width: c.width }));
  titleRows(ws, PERSON_COLUMNS.length, title, sub);
  headerRow(ws.getRow(3), PERSON_COLUMNS.map((c) => c.title));
  ws.getRow(1).commit();
  ws.getRow(2).commit();
  ws.getRow(3).commit();
  // One style object per column, shared by every cell: exceljs looks a style up by object identity,
  // so 200,000 rows cost no more style work than one.
  const cellStyles = PERSON_COLUMNS.map((_, j) => ({
    border,
    font: font(10),
    alignment: { vertical: 'middle' as const, wrapText: j >= 7, horizontal: j === 0 || j === 5 || j === 10 ? ('center' as const) : ('left' as const) },
  }));
  rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    const values = [i + 1, r.township, r.village, r.group, r.zone, r.level, r.name, r.position, r.duty, r.phones, r.households ?? '', r.note];
    values.forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = v;
      c.style = cellStyles[j]!;
    });
    row.commit();
  });
  const footer = ws.getRow(4 + rows.length + 1);
  footer.getCell(1).value = '制表人：';
  footer.getCell(6).value = '审核人：';
  footer.getCell(10).value = `日期：${signDate}`;
  footer.font = font(11);
  footer.commit();
  ws.commit();

  const zs = wb.addWorksheet('危险区', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  zs.columns = ZONE_COLUMNS.map((c) => ({ width: c.width }));
  headerRow(zs.getRow(1), ZONE_COLUMNS.map((c) => c.title));
  zs.getRow(1).commit();
  const zoneStyles = ZONE_COLUMNS.map((_, j) => ({ border, font: font(10), alignment: { vertical: 'middle' as const, wrapText: j === 7 || j === 8 } }));
  zones.forEach((z, i) => {
    const row = zs.getRow(2 + i);
    [i + 1, z.township, z.village, z.group, z.name, z.households, z.people, z.route, z.shelter, z.contacts].forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = v;
      c.style = zoneStyles[j]!;
    });
    row.commit();
  });
  zs.commit();
  await wb.commit();
  await done;
  const d = civilDateOf(now);
  const [hour, minute] = timeOfDayOf(now).split(':').map(Number) as [number, number];
  return stampZipEntries(Buffer.concat(chunks), { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)), hour, minute });
}

/** Export rows from the 公示表 sections (same order as the printed table). */
export function exportRows(sections: readonly PublicSection[]): ExportRow[] {
  return sections.flatMap((s) =>
    s.rows.map((r) => ({ township: s.township, village: s.village, group: r.group, zone: r.zone, level: r.levelZh, name: r.name, position: r.position, duty: r.duty, phones: r.phones.join('、'), households: r.households, note: r.note })),
  );
}
