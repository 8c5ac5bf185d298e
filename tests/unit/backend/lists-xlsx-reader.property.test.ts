import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberText, readWorkbook, xmlText } from '../../../electron/backend/services/lists-xlsx-read';

const text = fc.oneof(
  fc.constantFrom('石门镇', '枫树村', '一组', '李　明', '张三（兼）', '𠮷田', 'a<b>&"\'', ' 前后空格 ', '两行\n文字', '１３９０５５１１００２', ''),
  fc.string({ unit: fc.constantFrom('张', '王', '村', '组', 'A', '1', ' ', '&', '<', '\n', '𠮷', 'é'), maxLength: 8 }),
);
const value = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 19_999_999_999 }) },
  { weight: 1, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.tuple(text, text).map(([a, b]) => ({ richText: [{ text: a }, { text: b, font: { bold: true } }] })) },
  // From 1: exceljs's reader, the reference here, drops a cached result of 0 (tested on its own below).
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 99_999 }).map((n) => ({ formula: `${n}+0`, result: n })) },
  { weight: 2, arbitrary: fc.constant(null) },
);

/** What a cell reads as: exceljs's own value, as text. */
function expected(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(String(v));
  const o = v as { richText?: { text: string }[]; result?: unknown };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if ('result' in o) return expected(o.result);
  return String(v);
}

type Merge = [number, number, number, number] | null;

/** A workbook from rows: exceljs's in-memory writer (shared strings) or its streaming writer (inline strings). */
async function build(rows: unknown[][], merge: Merge, sharedStrings: boolean): Promise<Buffer> {
  const fill = (ws: ExcelJS.Worksheet) => {
    if (merge) ws.mergeCells(merge[0], merge[1], merge[0] + merge[2], merge[1] + merge[3]);
    rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, j) => {
        const cell = row.getCell(j + 1);
        if (v !== null && !(cell.isMerged && cell.master !== cell)) cell.value = v as ExcelJS.CellValue;
      });
    });
  };
  if (sharedStrings) {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('名单<&>'));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('名单<&>');
  fill(ws);
  for (let i = 1; i <= rows.length + 4; i++) ws.getRow(i).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

describe('the xlsx reader agrees with exceljs (property)', () => {
  it('reads every cell of random workbooks as exceljs does, merged ranges filled', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.option(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }))),
        async (rows, sharedStrings, merge) => {
          const buf = await build(rows, merge, sharedStrings);
          const ours = (await readWorkbook(buf))[0]!;
          const ref = new ExcelJS.Workbook();
          await ref.xlsx.load(buf as unknown as ArrayBuffer);
          const sheet = ref.worksheets[0]!;
          expect(ours.name).toBe(sheet.name);
          const height = Math.max(sheet.rowCount, ...ours.rows.map((r) => r.n));
          for (let r = 1; r <= height; r++) {
            const row = ours.rows.find((x) => x.n === r);
            for (let c = 1; c <= Math.max(sheet.columnCount, ours.width); c++) {
              expect(row?.cells[c - 1] ?? '', `${r}:${c}`).toBe(expected(sheet.getRow(r).getCell(c).value));
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads a formula cell as its cached result, 0 included, and one without a result as empty', async () => {
    for (const sharedStrings of [true, false]) {
      const buf = await build([[{ formula: '0+0', result: 0 }, { formula: 'A1+1', result: 1 }, { formula: 'A1&"x"', result: '0x' }]], null, sharedStrings);
      expect((await readWorkbook(buf))[0]!.rows[0]!.cells).toEqual(['0', '1', '0x']);
    }
    const bare = await build([[{ formula: 'B1' }, '张三']], null, true);
    expect((await readWorkbook(bare))[0]!.rows[0]!.cells).toEqual(['', '张三']);
  });

  it('decodes XML text and Excel escapes', () => {
    expect(xmlText('a&lt;b&gt;&amp;&quot;&apos;&#x5f20;&#24352;_x000D_')).toBe('a<b>&"\'张张\r');
    expect(numberText('13905511002')).toBe('13905511002');
    expect(numberText('1.3905511002E10')).toBe('13905511002');
    expect(numberText('0.30000000000000004')).toBe('0.3');
  });
});
