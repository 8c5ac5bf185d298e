import { describe, expect, it } from 'vitest';
import { autoMap, detectHeader, headerSignature, matchHeader, parseLevel } from '../../../shared/lists/index';
import { grid } from './fixtures';

describe('header synonyms', () => {
  it.each([
    ['乡镇', 'township'],
    ['镇', 'township'],
    ['乡镇（街道）', 'township'],
    ['街道', 'township'],
    ['行政村', 'village'],
    ['村（社区）', 'village'],
    ['村', 'village'],
    ['村民组', 'group'],
    ['组', 'group'],
    ['村民小组名称', 'group'],
    ['姓  名', 'name'],
    ['责任人', 'name'],
    ['职务', 'position'],
    ['联系电话', 'phones'],
    ['手机号码', 'phones'],
    ['联系电话（手机）', 'phones'],
    ['电话', 'phones'],
    ['责任人类别', 'level'],
    ['危险区（点）名称', 'zone'],
    ['转移路线', 'route'],
    ['避险安置点', 'shelter'],
    ['联系户数', 'households'],
    ['*姓名', 'name'],
    ['ＸＸ', null],
  ])('%s → %s', (text, target) => {
    expect(matchHeader('', text)).toBe(target);
  });

  it('reads a column group of a two-row header as one level’s field', () => {
    expect(matchHeader('乡级责任人', '姓名')).toBe('township.name');
    expect(matchHeader('村（社区）级责任人', '联系电话')).toBe('village.phones');
    expect(matchHeader('组级责任人', '职务')).toBe('group.position');
    expect(matchHeader('联户责任人', '手机')).toBe('household.phones');
    expect(matchHeader('危险区', '户数')).toBe('zoneHouseholds');
    expect(matchHeader('危险区', '人数')).toBe('zonePeople');
    expect(matchHeader('危险区', '名称')).toBe('zone');
  });

  it.each([
    ['县级', 'county'],
    ['县级责任人', 'county'],
    ['乡（镇）级', 'township'],
    ['乡镇级', 'township'],
    ['村（社区）级', 'village'],
    ['组级', 'group'],
    ['户级', 'household'],
    ['联户责任人', 'household'],
    ['镇长', null],
    ['', null],
  ])('level %j → %s', (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });
});

describe('detectHeader and autoMap', () => {
  it('skips title rows and finds a one-row header', () => {
    const g = grid([
      ['石门镇2026年山洪灾害防御责任人名单', '<', '<', '<', '<', '<'],
      ['填报单位：石门镇人民政府', '', '', '', '', '填报日期：2026年3月1日'],
      ['序号', '行政村', '村民组', '姓名', '职务', '联系电话'],
      ['1', '枫树村', '一组', '张三', '组长', '13812345678'],
    ]);
    const h = detectHeader(g)!;
    expect(h.rows).toEqual([2]);
    expect(autoMap(h)).toEqual([null, 'village', 'group', 'name', 'position', 'phones']);
    expect(headerSignature(h)).toBe('序号|行政村|村民组|姓名|职务|联系电话');
  });

  it('joins a two-row header: one column group per level', () => {
    const g = grid([
      ['乡镇', '行政村', '乡级责任人', '<', '村级责任人', '<', '<'],
      ['^', '^', '姓名', '电话', '姓名', '职务', '电话'],
      ['石门镇', '枫树村', '王镇长', '13900000001', '李书记', '支书', '13900000002'],
    ]);
    const h = detectHeader(g)!;
    expect(h.rows).toEqual([0, 1]);
    expect(h.texts).toEqual(['乡镇', '行政村', '乡级责任人/姓名', '乡级责任人/电话', '村级责任人/姓名', '村级责任人/职务', '村级责任人/电话']);
    expect(autoMap(h)).toEqual(['township', 'village', 'township.name', 'township.phones', 'village.name', 'village.position', 'village.phones']);
  });

  it('uses a target once, except phones which may come from several columns', () => {
    const g = grid([['姓名', '手机', '办公电话', '责任人']]);
    expect(autoMap(detectHeader(g)!)).toEqual(['name', 'phones', 'phones', null]);
  });

  it('takes 户数 for the zone’s in a sheet of danger zones', () => {
    expect(autoMap(detectHeader(grid([['乡镇', '行政村', '危险区', '户数', '人数']]))!)).toEqual(['township', 'village', 'zone', 'zoneHouseholds', 'zonePeople']);
    expect(autoMap(detectHeader(grid([['乡镇', '危险区', '姓名', '户数']]))!)).toEqual(['township', 'zone', 'name', 'households']);
  });

  it('finds no header in a sheet without header words', () => {
    expect(detectHeader(grid([['a', 'b'], ['1', '2']]))).toBeNull();
  });
});
