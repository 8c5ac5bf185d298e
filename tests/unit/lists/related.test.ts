import { describe, expect, it } from 'vitest';
import type { GridRow, SheetGrid } from '../../../shared/lists/grid';
import {
  checkPhoneEntries,
  fieldOfHeader,
  findHeader,
  normalizeScale,
  normalizeWorkKind,
  readLeaderRows,
  readWorkRows,
  splitItems,
} from '../../../shared/lists/related';

/** A grid as the xlsx reader makes it; `m` marks cells copied from a merged cell above or to the left. */
function grid(rows: (string | { m: string })[][], name = 'Sheet1'): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const out: GridRow[] = rows.map((r, i) => ({
    n: i + 1,
    cells: Array.from({ length: width }, (_, j) => {
      const v = r[j] ?? '';
      return typeof v === 'string' ? v : v.m;
    }),
    merged: Array.from({ length: width }, (_, j) => typeof r[j] === 'object'),
  }));
  return { name, rows: out, width };
}

const ctx = { countyName: '青山县', townships: [{ id: 2, name: '石门镇' }, { id: 3, name: '桃源乡' }, { id: 4, name: '清河街道' }] };

describe('header synonyms', () => {
  it.each([
    ['leaders', '姓名', 'name'],
    ['leaders', '县级包保领导', 'name'],
    ['leaders', '职 务', 'position'],
    ['leaders', '联系电话', 'phones'],
    ['leaders', '手机号码', 'phones'],
    ['leaders', '包保乡镇', 'townships'],
    ['leaders', '包保乡镇（街道）', 'townships'],
    ['leaders', '包保乡镇（工程）', 'objects'],
    ['leaders', '包保水库', 'works'],
    ['leaders', '序号', null],
    ['works', '水库名称', 'name'],
    ['works', '工程名称', 'name'],
    ['works', '工程类型', 'kind'],
    ['works', '规模', 'scale'],
    ['works', '所在乡镇', 'township'],
    ['works', '行政责任人', 'admin.name'],
    ['works', '行政责任人/单位及职务', 'admin.position'],
    ['works', '技术责任人/联系电话', 'tech.phones'],
    ['works', '巡查责任人电话', 'patrol.phones'],
    ['works', '巡库责任人', 'patrol.name'],
    ['works', '备注', 'note'],
  ] as const)('%s: “%s” → %s', (kind, header, field) => {
    expect(fieldOfHeader(kind, header)).toBe(field);
  });

  it('reads a two-row header with one column group per role, below title rows', () => {
    const g = grid([
      ['青山县2026年小型水库三个责任人名单'],
      ['序号', '水库名称', '所在乡镇', '规模', '行政责任人', { m: '行政责任人' }, { m: '行政责任人' }, '技术责任人', { m: '技术责任人' }, { m: '技术责任人' }, '巡查责任人', { m: '巡查责任人' }, { m: '巡查责任人' }],
      [{ m: '序号' }, { m: '水库名称' }, { m: '所在乡镇' }, { m: '规模' }, '姓名', '职务', '电话', '姓名', '职务', '电话', '姓名', '职务', '电话'],
    ]);
    const h = findHeader('works', g)!;
    expect(h.rows).toEqual([2, 3]);
    expect(h.fields).toEqual([null, 'name', 'township', 'scale', 'admin.name', 'admin.position', 'admin.phones', 'tech.name', 'tech.position', 'tech.phones', 'patrol.name', 'patrol.position', 'patrol.phones']);
  });
});

describe('values', () => {
  it.each([
    ['小（1）型', '小(1)型'],
    ['小一型', '小(1)型'],
    ['小Ⅱ型', '小(2)型'],
    ['小2', '小(2)型'],
    ['中', '中型'],
    ['', ''],
    ['特大型', null],
  ])('scale “%s” → %s', (raw, want) => expect(normalizeScale(raw)).toBe(want));

  it('takes the work kind from its cell, else from the name', () => {
    expect(normalizeWorkKind('水库', '')).toBe('水库');
    expect(normalizeWorkKind('小水电站', '')).toBe('水电站');
    expect(normalizeWorkKind('', '白石河堤防')).toBe('堤防');
    expect(normalizeWorkKind('', '龙潭水库')).toBe('水库');
    expect(normalizeWorkKind('', '某某工程')).toBeNull();
    expect(normalizeWorkKind('桥梁', '')).toBeNull();
  });

  it('checks phones as typed in a form: several per entry, full-width digits, bad ones reported', () => {
    expect(checkPhoneEntries(['１３９０５５１８００１、0551-62880001', '13905518001'])).toEqual({ phones: ['13905518001', '0551-62880001'], problems: [] });
    const r = checkPhoneEntries(['1390551800', '']);
    expect(r.phones).toEqual([]);
    expect(r.problems).toEqual(['手机号“1390551800”格式不正确：应为以13–19开头的11位数字']);
  });

  it('splits a cell of several townships or works', () => {
    expect(splitItems('石门镇、桃源乡，清河街道\n青山水库')).toEqual(['石门镇', '桃源乡', '清河街道', '青山水库']);
  });
});

describe('reading a 县级领导包保 sheet', () => {
  it('maps townships (also without 镇/乡), keeps works, reports bad phones and unknown townships by row and column', () => {
    const g = grid([
      ['青山县2026年县级领导防汛包保表'],
      ['序号', '领导', '职务', '联系电话', '包保乡镇', '包保工程', '备注'],
      ['1', '陈 志强', '县长', '13905518001', '石门', '青山水库', ''],
      ['2', '周敏', '副县长', '13905518002、1390551800', '桃源乡、新华乡', '', ''],
      ['', '', '', '', '', '', ''],
      ['3', '王建国', '常务副县长', '', '清河街道', '', ''],
      ['4', '陈志强', '', '', '', '', ''],
      ['制表人：王丽', '', '', '审核人：刘强', '', '', ''],
    ]);
    const r = readLeaderRows(g, ctx);
    expect(r.problem).toBeNull();
    expect(r.header!.rows).toEqual([2]);
    expect(r.skipped).toEqual({ blank: 1, subtotal: 0, footer: 1 });
    expect(r.items.map((x) => [x.row, x.name, x.townshipIds, x.works, x.phones])).toEqual([
      [3, '陈志强', [2], ['青山水库'], ['13905518001']],
      [4, '周敏', [3], [], ['13905518002']],
      [6, '王建国', [4], [], []],
      [7, '陈志强', [], [], []],
    ]);
    const issues = r.issues.map((i) => [i.row, i.column, i.value, i.message, i.severity]);
    expect(issues).toContainEqual([4, 'D', '13905518002、1390551800', '手机号“1390551800”格式不正确：应为以13–19开头的11位数字', 'error']);
    expect(issues).toContainEqual([4, 'E', '新华乡', '青山县名单中没有乡镇“新华乡”', 'error']);
    expect(issues).toContainEqual([6, 'D', '', '没有联系电话', 'warning']);
    expect(issues).toContainEqual([7, 'B', '陈志强', '与第3行重名：同一领导请写在一行，多个乡镇用“、”分开', 'error']);
  });

  it('says what is missing when no header is found', () => {
    const r = readLeaderRows(grid([['甲', '乙'], ['1', '2']], '包保'), ctx);
    expect(r.problem).toBe('工作表“包保”的前12行中没有找到表头：需要“姓名”（或“领导”）列和至少另一列可识别的列');
  });
});

describe('reading a 三个责任人 sheet', () => {
  it('reads the three roles with their phones, guesses the kind from the name, checks the scale', () => {
    const g = grid([
      ['水库名称', '乡镇', '规模', '行政责任人', '行政责任人职务', '行政责任人电话', '技术责任人', '技术责任人电话', '巡查责任人', '巡查责任人电话'],
      ['龙潭水库', '桃源乡', '小（1）型', '冯伟', '乡长', '13905512001', '曹静', '13905518102', '', ''],
      ['白石河堤防', '桃源乡', '特大型', '周敏', '副县长', '13905518002', '曹静', '1390551810', '沈洁', '13905513005'],
    ]);
    const r = readWorkRows(g, ctx);
    expect(r.items[0]).toMatchObject({ name: '龙潭水库', kind: '水库', townshipId: 3, scale: '小(1)型', admin: { name: '冯伟', position: '乡长', phones: ['13905512001'] }, patrol: { name: '', phones: [] } });
    expect(r.items[1]).toMatchObject({ kind: '堤防', scale: '' });
    const issues = r.issues.map((i) => [i.row, i.column, i.message, i.severity]);
    expect(issues).toEqual([
      [2, 'I', '没有巡查责任人', 'warning'],
      [3, 'C', '规模应为大(1)型、大(2)型、中型、小(1)型、小(2)型之一（或留空）', 'error'],
      [3, 'H', '手机号“1390551810”格式不正确：应为以13–19开头的11位数字', 'error'],
    ]);
  });
});
