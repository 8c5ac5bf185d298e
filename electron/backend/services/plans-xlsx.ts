import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, dateZh, ledgerCells, ledgerTitle, type LedgerSource } from '../../../shared/plans/index';
import type { CivilDate } from '../../../shared/time/civil';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = (size: number, bold = false) => ({ name: '宋体', size, bold });

/** The 台账 as an xlsx workbook (A4 landscape, fit to width, header row repeated on each page). */
export async function ledgerWorkbook(org: string, today: CivilDate, rows: readonly LedgerSource[], now: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '防汛值班台';
  wb.created = new Date(now);
  wb.modified = new Date(now);
  const ws = wb.addWorksheet('预案台账', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: '3:3' },
  });
  const n = LEDGER_COLUMNS.length;
  ws.columns = LEDGER_COLUMNS.map((c) => ({ key: c.key, width: Math.round(c.width * 1.6) }));

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = ledgerTitle(org);
  title.font = font(16, true);
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;

  ws.mergeCells(2, 1, 2, n);
  const sub = ws.getCell(2, 1);
  sub.value = `制表日期：${dateZh(today)}    共 ${rows.length} 项`;
  sub.font = font(10);
  sub.alignment = { horizontal: 'right' };

  const header = ws.getRow(3);
  LEDGER_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.title;
    cell.font = font(10, true);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });
  header.height = 22;

  rows.forEach((r, idx) => {
    const row = ws.getRow(4 + idx);
    ledgerCells(r, idx).forEach((text, i) => {
      const cell = row.getCell(i + 1);
      cell.value = text;
      cell.font = font(10);
      cell.border = border;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: i === 0 ? 'center' : 'left' };
    });
  });

  const footer = ws.getRow(4 + rows.length + 1);
  footer.getCell(1).value = '制表人：';
  footer.getCell(6).value = '审核人：';
  footer.getCell(10).value = `日期：${dateZh(today)}`;
  footer.font = font(11);

  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf);
}
