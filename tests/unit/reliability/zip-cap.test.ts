import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipEntries, zipPart, ZipTooLargeError } from '../../../electron/backend/services/lists-zip';

async function workbookWithRows(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  for (let i = 0; i < rows; i++) ws.addRow(['石门镇', '一村', '一组', `张${i}`, '组长', '13800000000']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('inflating an xlsx part is capped', () => {
  it('reads a normal sheet and refuses one that inflates past the cap, with a Chinese message', async () => {
    const buf = await workbookWithRows(2_000);
    const entries = zipEntries(buf);
    const sheet = [...entries.keys()].find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const whole = zipPart(buf, entries, sheet);
    expect(whole!.length).toBeGreaterThan(100_000);
    let err: unknown;
    try {
      zipPart(buf, entries, sheet, 50_000);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ZipTooLargeError);
    expect((err as Error).message).toMatch(/解压后超过.*已拒绝导入/);
  });
});
