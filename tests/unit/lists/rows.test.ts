import { describe, expect, it } from 'vitest';
import { autoMap, detectHeader, mappingNotes, mappingProblems, readRows, type ColumnMapping, type SheetGrid } from '../../../shared/lists/index';
import { grid } from './fixtures';

function read(g: SheetGrid, mapping?: ColumnMapping, township?: string) {
  const h = detectHeader(g)!;
  return readRows(g, h, mapping ?? autoMap(h), { township });
}

const HEAD = ['乡镇', '行政村', '村民组', '危险区', '责任人类别', '姓名', '职务', '联系电话', '联系户数'];

describe('readRows', () => {
  it('reads persons of every level, filling blank places from the row above only where the row continues them', () => {
    const g = grid([
      ['青山县石门镇2026年山洪灾害防御责任人名单'],
      HEAD,
      ['', '', '', '', '县级', '王建国', '县长', '13905510001', ''],
      ['石门镇', '', '', '', '乡级', '刘 强', '镇长', '13905511001', ''],
      ['', '枫树村', '', '', '村级', '李　明', '支部书记', '13905511002', ''],
      ['', '', '一组', '', '组级', '赵大', '组长', '13905511003', ''],
      ['', '', '', '枫树沟', '户级', '钱二', '村民', '13905511004', '６户'],
      ['', '', '二组', '', '组级', '孙三', '组长', '13905511005', ''],
      ['', '桃园村', '', '', '村级', '周四', '主任', '13905511006', ''],
    ]);
    const r = read(g);
    expect(r.issues).toEqual([]);
    expect(r.persons.map((p) => [p.row, p.level, p.township, p.village, p.group, p.zone, p.name, p.households])).toEqual([
      [3, 'county', '', '', '', '', '王建国', null],
      [4, 'township', '石门镇', '', '', '', '刘强', null],
      [5, 'village', '石门镇', '枫树村', '', '', '李明', null],
      [6, 'group', '石门镇', '枫树村', '一组', '', '赵大', null],
      [7, 'household', '石门镇', '枫树村', '一组', '枫树沟', '钱二', 6],
      [8, 'group', '石门镇', '枫树村', '二组', '', '孙三', null],
      [9, 'village', '石门镇', '桃园村', '', '', '周四', null],
    ]);
    expect(r.zones).toEqual([{ row: 7, township: '石门镇', village: '枫树村', group: '一组', name: '枫树沟', households: null, people: null, route: null, shelter: null }]);
  });

  it('treats merged cells as continuing the place, and full-width digits and numbers as phones', () => {
    const g = grid([
      ['乡镇', '行政村', '组', '姓名', '电话'],
      ['石门镇', '枫树村', '一组', '赵大', '１３９０５５１１００３'],
      ['^', '^', '二组', '孙三', '13905511005 13905511006'],
      ['^', '桃园村', '三组', '周四', '0551-62881234、13905511007'],
    ]);
    const r = read(g);
    expect(r.issues).toEqual([]);
    expect(r.persons.map((p) => [p.level, p.village, p.group, p.name, p.phones])).toEqual([
      ['group', '枫树村', '一组', '赵大', ['13905511003']],
      ['group', '枫树村', '二组', '孙三', ['13905511005', '13905511006']],
      ['group', '桃园村', '三组', '周四', ['0551-62881234', '13905511007']],
    ]);
  });

  it('skips blank, subtotal, repeated-header and footer rows', () => {
    const g = grid([
      ['乡镇', '行政村', '姓名', '联系电话'],
      ['石门镇', '枫树村', '李明', '13905511002'],
      ['', '', '', ''],
      ['小计', '', '1人', ''],
      ['乡镇', '行政村', '姓名', '联系电话'],
      ['清河街道', '河口社区', '吴五', '13905512001'],
      ['合 计', '', '2', ''],
      ['制表人：张三', '', '审核人：李四', ''],
      ['注：本表所列电话须24小时畅通', '', '', ''],
    ]);
    const r = read(g);
    expect(r.persons.map((p) => p.name)).toEqual(['李明', '吴五']);
    expect(r.counts).toEqual({ dataRows: 2, blank: 1, subtotal: 2, footer: 2, repeatedHeader: 1 });
  });

  it('reports each problem with row, column, header and value', () => {
    const g = grid([
      ['乡镇', '行政村', '村民组', '责任人类别', '姓名', '职务', '联系电话'],
      ['石门镇', '枫树村', '一组', '组级', '赵大', '组长', '1390551100'],
      ['石门镇', '枫树村', '', '组级', '孙三', '组长', '13905511005'],
      ['石门镇', '枫树村', '二组', '队级', '周四', '', '13905511006'],
      ['石门镇', '枫树村', '二组', '组级', '', '组长', '13905511007'],
      ['石门镇', '枫树村', '三组', '组级', '钱二', '组长', ''],
      ['石门镇', '枫树村', '四组', '组级', '13905511008', '组长', ''],
    ]);
    const r = read(g);
    expect(r.issues.map((i) => [i.row, i.column, i.header, i.value, i.severity])).toEqual([
      [2, 'G', '联系电话', '1390551100', 'error'],
      [3, 'C', '村民组', '', 'error'],
      [4, 'D', '责任人类别', '队级', 'error'],
      [5, 'E', '姓名', '', 'error'],
      [6, 'G', '联系电话', '', 'warning'],
      [7, 'E', '姓名', '13905511008', 'error'],
    ]);
    expect(r.issues[0]!.message).toContain('手机号“1390551100”格式不正确');
    expect(r.issues[1]!.message).toBe('组级责任人“孙三”需要填写所在的村民组');
    expect(r.issues[2]!.message).toContain('无法识别的责任人类别“队级”');
    expect(r.issues[4]!.message).toBe('组级责任人“钱二”没有填写联系电话');
    expect(r.persons.map((p) => p.name)).toEqual(['赵大', '钱二']);
  });

  it('merges identical repeats silently and reports differing duplicates', () => {
    const g = grid([
      ['乡镇', '行政村', '姓名', '职务', '电话'],
      ['石门镇', '枫树村', '李明', '书记', '13905511002'],
      ['石门镇', '枫树村', '李明', '书记', '13905511002'],
      ['石门镇', '枫树村', '李明', '主任', '13905511002'],
    ]);
    const r = read(g);
    expect(r.persons).toHaveLength(1);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ row: 4, column: 'C', message: '与第2行重复：村级责任人“李明”（石门镇/枫树村）出现两次且内容不同' });
  });

  it('reads a wide sheet (one column group per level) with merged person cells', () => {
    const g = grid([
      ['乡镇', '行政村', '村民组', '乡级责任人', '<', '村级责任人', '<', '组级责任人', '<'],
      ['^', '^', '^', '姓名', '电话', '姓名', '电话', '姓名', '电话'],
      ['石门镇', '枫树村', '一组', '刘强', '13905511001', '李明', '13905511002', '赵大', '13905511003'],
      ['^', '^', '二组', '^', '^', '^', '^', '孙三', '13905511005'],
      ['^', '桃园村', '一组', '^', '^', '周四', '13905511006', '郑六', '13905511008'],
    ]);
    const r = read(g);
    expect(r.issues).toEqual([]);
    expect(r.persons.map((p) => `${p.level}:${[p.township, p.village, p.group].filter(Boolean).join('/')}:${p.name}`)).toEqual([
      'township:石门镇:刘强',
      'village:石门镇/枫树村:李明',
      'group:石门镇/枫树村/一组:赵大',
      'group:石门镇/枫树村/二组:孙三',
      'village:石门镇/桃园村:周四',
      'group:石门镇/桃园村/一组:郑六',
    ]);
  });

  it('uses the chosen township for a file without a township column', () => {
    const g = grid([
      ['行政村', '村民组', '姓名', '电话'],
      ['枫树村', '一组', '赵大', '13905511003'],
    ]);
    const h = detectHeader(g)!;
    expect(mappingNotes(autoMap(h))).toContain('没有“乡镇”列：请选择本文件所属的乡镇');
    expect(read(g, undefined, '石门镇').persons[0]).toMatchObject({ township: '石门镇', village: '枫树村', group: '一组' });
    expect(read(g).issues[0]!.message).toBe('行政村“枫树村”没有所属的乡镇');
  });

  it('splits a note in brackets off the name and strips trailing spaces', () => {
    const g = grid([
      ['乡镇', '姓名', '职务 ', '电话'],
      ['石门镇 ', '刘强（兼） ', ' 镇长  ', ' 13905511001 '],
    ]);
    expect(read(g).persons[0]).toMatchObject({ township: '石门镇', name: '刘强', note: '兼', position: '镇长', phones: ['13905511001'] });
  });

  it('names what the mapping lacks', () => {
    expect(mappingProblems(['township', 'village', 'phones'])).toEqual(['没有找到“姓名”列：请在下表中指定哪一列是责任人姓名']);
    expect(mappingProblems(['township', 'village.name', 'group.phones', 'group.position'])).toEqual(['组级责任人的列中没有“姓名”：请指定组级责任人的姓名列']);
    expect(mappingProblems(['township', 'zone', 'phones'])).toEqual(['有职务、电话或类别列，却没有对应的“姓名”列']);
    expect(mappingProblems(['township', 'name'])).toEqual([]);
  });

  it('reads zones with their numbers and reports a conflict as a warning', () => {
    const g = grid([
      ['乡镇', '行政村', '危险区', '户数', '人数', '转移路线', '避险安置点', '姓名', '电话'],
      ['石门镇', '枫树村', '枫树沟', '12', '40', '沿村道向东', '村部', '钱二', '13905511004'],
      ['^', '^', '^', '13', '40', '', '', '钱三', '13905511009'],
    ]);
    const h = detectHeader(g)!;
    const mapping = autoMap(h);
    expect(mapping).toEqual(['township', 'village', 'zone', 'households', 'zonePeople', 'route', 'shelter', 'name', 'phones']);
    mapping[3] = 'zoneHouseholds';
    const r = readRows(g, h, mapping);
    expect(r.zones).toEqual([{ row: 2, township: '石门镇', village: '枫树村', group: '', name: '枫树沟', households: 12, people: 40, route: '沿村道向东', shelter: '村部' }]);
    expect(r.persons.map((p) => [p.level, p.zone])).toEqual([
      ['household', '枫树沟'],
      ['household', '枫树沟'],
    ]);
    expect(r.issues).toEqual([expect.objectContaining({ row: 3, column: 'D', severity: 'warning' })]);
  });
});
