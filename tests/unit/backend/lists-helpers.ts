import ExcelJS from 'exceljs';
import { ok, testBackend } from '../../db/helpers';
import type { Staff } from '../../../shared/staff/types';

/** A back end with the sample data (青山县 list for 2026) and 赵敏 as operator (clock: 2026-11-30 09:00). */
export async function listsBackend() {
  const t = testBackend();
  await ok(t.backend, 'system.loadSampleData');
  const staff = await ok<Staff[]>(t.backend, 'staff.list', {});
  await ok(t.backend, 'session.setOperator', { staffId: staff[0]!.id });
  return { ...t, operator: staff[0]! };
}

export type Cell = string | number | null;

/** Build an .xlsx: rows of cells, merged ranges (“A1:F1”), optional extra sheets before it. */
export async function workbook(rows: Cell[][], merges: string[] = [], opts: { sheet?: string; before?: { name: string; rows: Cell[][] }[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const b of opts.before ?? []) {
    const s = wb.addWorksheet(b.name);
    for (const r of b.rows) s.addRow(r);
  }
  const ws = wb.addWorksheet(opts.sheet ?? '名单');
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v;
    });
  });
  for (const m of merges) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const b64 = (buf: Buffer) => buf.toString('base64');

/**
 * The messy township file: two title rows, a two-row header with a merged 危险区 group, the township and
 * village merged down, full-width digits, a phone stored as a number, two phones in a cell, trailing
 * spaces, a blank row, a subtotal row and the 制表人/审核人 footer.
 */
export async function messyWorkbook(): Promise<Buffer> {
  return workbook(
    [
      ['青山县石门镇2026年山洪灾害防御责任人名单', null, null, null, null, null, null, null, null],
      ['填报单位：石门镇人民政府（盖章）', null, null, null, null, null, null, '填报日期：2026年3月2日', null],
      ['乡镇', '行政村', '村民组', '危险区', null, '责任人类别', '姓名', '职务', '联系电话'],
      [null, null, null, '名称', '户数', null, null, null, null],
      ['石门镇', null, null, null, null, '乡级', '刘强', '镇长', 13905511001],
      [null, '枫树村', null, null, null, '村级', '李　明', '党支部书记 ', '１３９０５５１１００２'],
      [null, null, '一组', null, null, '组级', '赵大', '组长', '13905511003、13905511013'],
      [null, null, '一组', '枫树沟', 12, '户级', '钱二 ', '村民', '13905511004\n0551-62880204'],
      [null, null, '二组', null, null, '组级', '孙三', '组长', 13905511005],
      [null, null, null, null, null, null, null, null, null],
      [null, '小计', null, null, null, null, '5人', null, null],
      [null, '桃园村', null, null, null, '村级', '周四', '村委会主任', 13905511006],
      [null, null, '二组', null, null, '组级', '王五', '组长', 13905511009],
      ['制表人：张三', null, null, null, null, '审核人：李四', null, null, null],
    ],
    ['A1:I1', 'A2:G2', 'H2:I2', 'D3:E3', 'A3:A4', 'B3:B4', 'C3:C4', 'F3:F4', 'G3:G4', 'H3:H4', 'I3:I4', 'A5:A13', 'B6:B9', 'B12:B13'],
  );
}
