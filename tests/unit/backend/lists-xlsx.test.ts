import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../electron/backend/services/lists-xlsx-read';
import { autoMap, detectHeader, readRows } from '../../../shared/lists/index';
import { messyWorkbook, workbook } from './lists-helpers';

async function read(buf: Buffer, sheet = 0) {
  const grids = await readWorkbook(buf);
  const g = grids[sheet]!;
  const h = detectHeader(g)!;
  const mapping = autoMap(h);
  return { grids, g, h, mapping, rows: readRows(g, h, mapping) };
}

describe('the xlsx importer on the files townships really send', () => {
  it('reads the messy township file: titles, two-row header, merged cells, subtotal, footer', async () => {
    const { g, h, mapping, rows } = await read(await messyWorkbook());
    expect(g.name).toBe('名单');
    expect(h.rows.map((i) => g.rows[i]!.n)).toEqual([3, 4]);
    expect(h.texts).toEqual(['乡镇', '行政村', '村民组', '危险区/名称', '危险区/户数', '责任人类别', '姓名', '职务', '联系电话']);
    expect(mapping).toEqual(['township', 'village', 'group', 'zone', 'zoneHouseholds', 'level', 'name', 'position', 'phones']);
    expect(rows.issues).toEqual([]);
    expect(rows.counts).toEqual({ dataRows: 7, blank: 1, subtotal: 1, footer: 1, repeatedHeader: 0 });
    expect(rows.persons.map((p) => [p.row, p.level, [p.township, p.village, p.group, p.zone].filter(Boolean).join('/'), p.name, p.position, p.phones])).toEqual([
      [5, 'township', '石门镇', '刘强', '镇长', ['13905511001']],
      [6, 'village', '石门镇/枫树村', '李明', '党支部书记', ['13905511002']],
      [7, 'group', '石门镇/枫树村/一组', '赵大', '组长', ['13905511003', '13905511013']],
      [8, 'household', '石门镇/枫树村/一组/枫树沟', '钱二', '村民', ['13905511004', '0551-62880204']],
      [9, 'group', '石门镇/枫树村/二组', '孙三', '组长', ['13905511005']],
      [12, 'village', '石门镇/桃园村', '周四', '村委会主任', ['13905511006']],
      [13, 'group', '石门镇/桃园村/二组', '王五', '组长', ['13905511009']],
    ]);
    expect(rows.zones).toEqual([{ row: 8, township: '石门镇', village: '枫树村', group: '一组', name: '枫树沟', households: 12, people: null, route: null, shelter: null }]);
  });

  it('fills merged cells down (and across), and marks the copies as merged', async () => {
    const { grids } = await read(await messyWorkbook());
    const g = grids[0]!;
    const row = (n: number) => g.rows.find((r) => r.n === n)!;
    expect(row(9).cells.slice(0, 2)).toEqual(['石门镇', '枫树村']);
    expect(row(9).merged?.[0]).toBe(true);
    expect(row(5).merged?.[0]).toBeFalsy();
    expect(row(3).cells[4]).toBe('危险区');
  });

  it('reads phones stored as numbers, landlines that lost their 0, rich text and formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['乡镇', '行政村', '姓名', '手机', '办公电话']);
    ws.addRow(['石门镇', '枫树村', { richText: [{ text: '李' }, { text: '明' }] }, 13905511002, 55162880201]);
    ws.addRow(['石门镇', '桃园村', '周四', { formula: '13905511000+6', result: 13905511006 }, '０５５１－６２８８０２０２']);
    const { mapping, rows } = await read(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(mapping).toEqual(['township', 'village', 'name', 'phones', 'phones']);
    expect(rows.issues).toEqual([]);
    expect(rows.persons.map((p) => [p.name, p.phones])).toEqual([
      ['李明', ['13905511002', '0551-62880201']],
      ['周四', ['13905511006', '0551-62880202']],
    ]);
  });

  it('reports bad rows with their sheet row number and column letter', async () => {
    const { rows } = await read(
      await workbook([
        ['某镇名单'],
        ['乡镇', '行政村', '姓名', '联系电话'],
        ['石门镇', '枫树村', '李明', '1390551100'],
        ['石门镇', '', '周四', '13905511006'],
      ]),
    );
    expect(rows.issues.map((i) => `${i.row}${i.column} ${i.header}：${i.message}`)).toEqual([
      '3D 联系电话：联系电话有误：手机号“1390551100”格式不正确：应为以13–19开头的11位数字',
    ]);
    expect(rows.persons.map((p) => [p.name, p.level])).toEqual([
      ['李明', 'village'],
      ['周四', 'township'],
    ]);
  });

  it('picks the first sheet that has a header, and reads every sheet', async () => {
    const buf = await workbook([['乡镇', '姓名', '电话'], ['石门镇', '刘强', '13905511001']], [], { before: [{ name: '说明', rows: [['本表由各乡镇填报'], ['请勿修改表头']] }] });
    const grids = await readWorkbook(buf);
    expect(grids.map((g) => g.name)).toEqual(['说明', '名单']);
    expect(detectHeader(grids[0]!)).toBeNull();
    expect(detectHeader(grids[1]!)?.texts).toEqual(['乡镇', '姓名', '电话']);
  });

  it('refuses an old .xls file and a file that is not a workbook, in Chinese', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
    await expect(readWorkbook(xls)).rejects.toThrow('旧版 Excel（.xls）');
    await expect(readWorkbook(Buffer.from('姓名,电话\n张三,13812345678'))).rejects.toThrow('不是 Excel（.xlsx）格式');
    const broken = (await workbook([['姓名']])).subarray(0, 200);
    await expect(readWorkbook(Buffer.concat([broken, Buffer.alloc(100)]))).rejects.toThrow(/已损坏|不是 Excel/);
  });
});
