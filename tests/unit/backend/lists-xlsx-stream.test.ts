/**
 * The xlsx reader reads sheets as they are decompressed, piece by piece: the pieces must not change what
 * it reads, and the sheet limits (rows, columns) stop it early with a Chinese message naming the sheet.
 */
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, readWorkbook, sheetRows, WorkbookError } from '../../../electron/backend/services/lists-xlsx-read';
import { SHEET_HEAD, SHEET_TAIL, xlsxWithSheet } from '../../fixtures/reliability/zip';

const STRINGS = ['乡镇', '姓名', '石门镇', '赵大'];

/** A sheet mixing shared, inline, number, formula and empty cells, self-closing rows, a prefix and merges. */
function sampleXml(rows: number): string {
  const out = [SHEET_HEAD, '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'];
  for (let i = 2; i <= rows; i++) {
    if (i % 7 === 0) {
      out.push(`<row r="${i}" spans="1:3"/>`);
      continue;
    }
    out.push(
      `<row r="${i}"><c r="A${i}" t="s"><v>2</v></c><c r="B${i}" t="inlineStr"><is><t>钱&amp;二${i}_x000D_</t></is></c>` +
        `<c r="C${i}"><v>1390551${String(i).padStart(4, '0')}</v></c><c r="D${i}" t="str"><f>A1</f><v>公式${i}</v></c><c r="F${i}" s="1"/></row>`,
    );
  }
  out.push('</sheetData><mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="B1:C1"/></mergeCells>', SHEET_TAIL.replace('</sheetData>', ''));
  return out.join('');
}

/** Cut a text at the given fractions of its length. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

const deflated = (xml: string) => {
  const b = Buffer.from(xml);
  return { deflated: zlib.deflateRawSync(b), size: b.length, crc: zlib.crc32(b) };
};

async function refusal(buf: Buffer): Promise<Error> {
  try {
    await readWorkbook(buf);
  } catch (e) {
    return e as Error;
  }
  throw new Error('not refused');
}

describe('reading a sheet in pieces', () => {
  const xml = sampleXml(60);
  const whole = sheetRows(xml, STRINGS);

  it('reads cells, empty rows and merged ranges from the whole text', () => {
    expect(whole.rows).toHaveLength(60);
    expect(whole.rows[1]).toEqual({ n: 2, cells: ['石门镇', '钱&二2\r', '13905510002', '公式2'] });
    expect(whole.rows[6]).toEqual({ n: 7, cells: [] });
    expect(whole.width).toBe(4);
    expect(whole.merges).toEqual([
      { r1: 2, c1: 0, r2: 4, c2: 0 },
      { r1: 1, c1: 1, r2: 1, c2: 2 },
    ]);
  });

  it('reads the same whatever the pieces (cut inside tags, entities and rows)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), (at) => {
        expect(sheetRows(cut(xml, at), STRINGS)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
    // One character at a time: every boundary at once.
    expect(sheetRows([...xml], STRINGS)).toEqual(whole);
  });

  it('reads a large workbook streamed through the decompressor (pieces of 256 KB) like its whole text', async () => {
    const big = sampleXml(20_000);
    const grids = await readWorkbook(xlsxWithSheet(deflated(big.replace(/t="s"><v>(\d)<\/v>/g, (_m, k: string) => `t="inlineStr"><is><t>${STRINGS[Number(k)]}</t></is>`))));
    const expected = sheetRows(big, STRINGS);
    expect(grids[0]!.rows.length).toBe(expected.rows.length);
    expect(grids[0]!.rows[19_998]).toEqual(expected.rows[19_998]);
    expect(grids[0]!.rows[4]!.cells[0]).toBe('石门镇'); // merged A2:A4 filled down… and row 4 marked
    expect(grids[0]!.rows[2]!.merged?.[0]).toBe(true);
  });
});

describe('sheet limits', () => {
  it(`refuses a sheet over ${MAX_SHEET_ROWS.toLocaleString('en-US')} rows, naming the sheet and the limit`, async () => {
    const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>赵</t></is></c></row>`;
    const rows: string[] = [];
    for (let i = 1; i <= MAX_SHEET_ROWS + 1; i++) rows.push(row(i));
    const e = await refusal(xlsxWithSheet(deflated(SHEET_HEAD + rows.join('') + SHEET_TAIL)));
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e.message).toMatch(/工作表“名单”超过 300,000 行的上限/);
    // Exactly at the limit is read.
    const ok = await readWorkbook(xlsxWithSheet(deflated(SHEET_HEAD + rows.slice(0, MAX_SHEET_ROWS).join('') + SHEET_TAIL)));
    expect(ok[0]!.rows).toHaveLength(MAX_SHEET_ROWS);
  }, 60_000);

  it('refuses rows added by merged ranges past the row limit', async () => {
    const merges = Array.from({ length: 4 }, (_, k) => `<mergeCell ref="A${k * 100_000 + 1}:A${k * 100_000 + 99_000}"/>`).join('');
    const xml = SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>赵</t></is></c></row></sheetData>' + `<mergeCells>${merges}</mergeCells></worksheet>`;
    const e = await refusal(xlsxWithSheet(deflated(xml)));
    expect(e.message).toMatch(/工作表“名单”超过 300,000 行的上限/);
  });

  it(`refuses text beyond column ${MAX_SHEET_COLUMNS}, but not empty formatted cells out there`, () => {
    const cell = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const far = SHEET_HEAD + `<row r="1">${cell('A1', '姓名')}${cell('GS1', '多余')}</row>` + SHEET_TAIL; // GS = column 201
    expect(() => sheetRows(far, [], '名单')).toThrow(/工作表“名单”有内容的列超过 200 列的上限/);
    const atLimit = SHEET_HEAD + `<row r="1">${cell('A1', '姓名')}${cell('GR1', '备注')}<c r="XFD1" s="3"/></row>` + SHEET_TAIL; // GR = column 200
    const r = sheetRows(atLimit, [], '名单');
    expect(r.width).toBe(MAX_SHEET_COLUMNS);
    expect(r.rows[0]!.cells[199]).toBe('备注');
  });

  it('refuses a damaged compressed sheet in Chinese (the zlib reason is kept as the cause, not shown)', async () => {
    const good = deflated(sampleXml(200));
    const broken = Buffer.from(good.deflated);
    broken.fill(0xff, 100, 140);
    const e = await refusal(xlsxWithSheet({ ...good, deflated: broken }));
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e.message).toBe('Excel 文件已损坏，无法读取（第1个工作表的数据无法解压）');
    expect(e.message).not.toMatch(/invalid|distance|block|header|zlib/i);
    expect(String((e.cause as { detail?: string }).detail)).toMatch(/[a-z]/);
  });
});
