import { describe, expect, it } from 'vitest';
import { autoMap, detectHeader, diffPersons, levelLines, planImport, readRows, summaryText, VALUE_FIELDS, type DeleteScope, type StoredPerson } from '../../../shared/lists/index';
import { grid, sampleTree } from './fixtures';

const stored: StoredPerson[] = [
  { id: 1, level: 'county', regionId: 1, zoneId: null, name: '王建国', position: '县长', duty: '', phones: ['13905510001'], households: null, note: '' },
  { id: 2, level: 'township', regionId: 2, zoneId: null, name: '刘强', position: '镇长', duty: '', phones: ['13905511001'], households: null, note: '' },
  { id: 3, level: 'village', regionId: 3, zoneId: null, name: '李明', position: '支部书记', duty: '', phones: ['13905511002'], households: null, note: '' },
  { id: 4, level: 'group', regionId: 4, zoneId: null, name: '赵大', position: '组长', duty: '', phones: ['13905511003'], households: null, note: '' },
  { id: 5, level: 'group', regionId: 5, zoneId: null, name: '孙三', position: '组长', duty: '', phones: ['13905511005'], households: null, note: '' },
  { id: 6, level: 'household', regionId: 4, zoneId: 1, name: '钱二', position: '村民', duty: '', phones: ['13905511004'], households: 6, note: '' },
  { id: 7, level: 'village', regionId: 8, zoneId: null, name: '吴五', position: '主任', duty: '', phones: ['13905512001'], households: null, note: '' },
];

function plan(rows: string[][], opts: { createRegions?: boolean; deleteScope?: DeleteScope } = {}) {
  const { tree, zones } = sampleTree();
  const g = grid(rows);
  const h = detectHeader(g)!;
  const r = readRows(g, h, autoMap(h));
  return planImport(tree, zones, stored, r, { createRegions: opts.createRegions ?? false, deleteScope: opts.deleteScope ?? 'township', given: new Set(VALUE_FIELDS.filter((f) => f !== 'note')) }, (t) => ({ column: t, header: t }));
}

const HEAD = ['乡镇', '行政村', '村民组', '危险区', '类别', '姓名', '职务', '电话', '联系户数'];

describe('planImport: 新增 / 变更 / 删除 per level against the current list', () => {
  it('matches places by spelling (石门 = 石门镇, 1组 = 一组), finds changes, and deletes only inside the sheet’s townships', () => {
    const p = plan([
      HEAD,
      ['石门', '', '', '', '乡级', '刘强', '镇长', '13905511001', ''],
      ['石门镇', '枫树村', '', '', '村级', '李明', '党支部书记', '13905511002', ''],
      ['石门镇', '枫树村', '1组', '', '组级', '赵大', '组长', '13905511003、13905511013', ''],
      ['石门镇', '枫树村', '1组', '枫树沟', '户级', '钱二', '村民', '13905511004', '7'],
      ['石门镇', '桃园村', '', '', '村级', '周四', '主任', '13905511006', ''],
    ]);
    expect(p.issues).toEqual([]);
    expect(p.newRegions).toEqual([]);
    expect(p.scope).toEqual({ kind: 'township', places: ['石门镇'], county: false, levels: ['township', 'village', 'group', 'household'] });
    expect(p.changes.map((c) => [c.kind, c.level, c.path, c.name, c.fields])).toEqual([
      ['added', 'village', '石门镇/桃园村', '周四', []],
      ['changed', 'village', '石门镇/枫树村', '李明', ['position']],
      ['changed', 'group', '石门镇/枫树村/一组', '赵大', ['phones']],
      ['removed', 'group', '石门镇/枫树村/二组', '孙三', []],
      ['changed', 'household', '石门镇/枫树村/一组/枫树沟', '钱二', ['households']],
    ]);
    expect(summaryText(p.summary)).toBe('新增1人，变更3人，删除1人');
    expect(levelLines(p.summary)).toEqual(['村级：新增1人，变更1人', '组级：变更1人，删除1人', '户级：变更1人']);
    // 县级 王建国 and 清河街道 吴五 are outside the sheet’s scope.
    expect(p.changes.some((c) => c.name === '王建国' || c.name === '吴五')).toBe(false);
  });

  it('reports unknown places per row, or plans them when asked to create them', () => {
    const rows = [HEAD, ['石门镇', '新华村', '一组', '', '组级', '郑六', '组长', '13905511008', ''], ['白云乡', '', '', '', '乡级', '冯七', '乡长', '13905513001', '']];
    const refused = plan(rows);
    expect(refused.issues.map((i) => [i.row, i.field, i.value, i.message])).toEqual([
      [2, '行政村', '新华村', '石门镇没有行政村“新华村”'],
      [3, '乡镇', '白云乡', '名单中没有乡镇“白云乡”'],
    ]);
    expect(refused.changes.filter((c) => c.kind === 'added')).toEqual([]);
    const created = plan(rows, { createRegions: true });
    expect(created.issues).toEqual([]);
    expect(created.newRegions.map((r) => [r.ref, r.parentRef, r.level, r.path])).toEqual([
      [-1, 2, 'village', '石门镇/新华村'],
      [-2, -1, 'group', '石门镇/新华村/一组'],
      [-3, 1, 'township', '白云乡'],
    ]);
    expect(created.changes.filter((c) => c.kind === 'added').map((c) => [c.name, c.regionRef])).toEqual([
      ['冯七', -3],
      ['郑六', -2],
    ]);
  });

  it('deletes nothing with scope none, only within the sheet’s villages with scope village, and only at the sheet’s levels', () => {
    const rows = [HEAD, ['石门镇', '枫树村', '一组', '', '组级', '赵大', '组长', '13905511003', ''], ['石门镇', '枫树村', '', '', '村级', '李明', '支部书记', '13905511002', '']];
    expect(plan(rows, { deleteScope: 'none' }).changes).toEqual([]);
    const v = plan(rows, { deleteScope: 'village' });
    expect(v.changes.map((c) => [c.kind, c.name])).toEqual([['removed', '孙三']]);
    // A sheet of 村级 and 组级 persons leaves the township’s 乡级 and the 户级 contacts alone.
    expect(plan(rows).changes.map((c) => c.name)).toEqual(['孙三']);
    expect(plan(rows).scope.levels).toEqual(['village', 'group']);
  });

  it('plans new zones and changed zone numbers', () => {
    const p = plan([
      ['乡镇', '行政村', '村民组', '危险区', '危险区户数', '人数', '姓名', '电话'],
      ['石门镇', '枫树村', '一组', '枫树沟', '13', '', '钱二', '13905511004'],
      ['石门镇', '桃园村', '', '桃园坡', '5', '18', '郑八', '13905511018'],
    ]);
    expect(p.zones.map((z) => [z.ref, z.kind, z.path, z.name, z.after.households, z.after.people])).toEqual([
      [1, 'changed', '石门镇/枫树村/一组', '枫树沟', 13, 40],
      [-1, 'added', '石门镇/桃园村', '桃园坡', 5, 18],
    ]);
  });
});

describe('diffPersons', () => {
  const v = (position: string, phones: string[]) => ({ position, duty: '', phones, households: null, note: '' });
  it('compares phones as a set and keeps fields the new side does not give', () => {
    const before = [{ key: 'a', level: 'group' as const, path: 'x', name: '甲', values: { ...v('组长', ['1', '2']), note: '旧备注' }, id: 1 }];
    const after = [{ key: 'a', level: 'group' as const, path: 'x', name: '甲', values: v('组长', ['2', '1']) }];
    expect(diffPersons(before, after, () => true, new Set(['position', 'phones'])).changes).toEqual([]);
    const d = diffPersons(before, after, () => true, new Set(['position', 'phones', 'note']));
    expect(d.changes[0]).toMatchObject({ kind: 'changed', fields: ['note'], after: { note: '' } });
  });
});
