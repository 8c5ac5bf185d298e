import { describe, expect, it } from 'vitest';
import { PersonSearchIndex, classifyQuery, numeralValue, regionKey, type SearchEntry } from '../../../shared/lists/index';
import { namePinyin } from '../../../shared/lists/pinyin';

const paths: Record<number, string> = { 4: '石门镇/枫树村/一组', 5: '石门镇/枫树村/二组', 8: '清河街道/河口社区' };
function entry(id: number, name: string, phones: string[], regionId = 4, active = true): SearchEntry {
  const py = namePinyin(name);
  return { id, level: 'group', regionId, active, name, initials: py.initials, pinyin: py.full, phones };
}
const index = PersonSearchIndex.of(
  [entry(1, '张三', ['13812345678']), entry(2, '张三丰', ['0551-62881234']), entry(3, '李四', ['13905515678'], 5), entry(4, '单田芳', ['13600000000'], 8), entry(5, '曾志伟', ['13700000001'], 8, false), entry(6, '王张', ['13800000002'], 8)],
  (id) => paths[id] ?? '',
);
const regionsMatching = (t: string) => new Set(Object.entries(paths).filter(([, p]) => p.includes(t)).map(([id]) => Number(id)));
const ids = (q: string, o = {}) => index.search(q, { regionsMatching, ...o }).ids;

describe('pinyin', () => {
  it('reads names with surname readings', () => {
    expect(namePinyin('张三')).toEqual({ initials: 'zs', full: 'zhangsan' });
    expect(namePinyin('单田芳')).toEqual({ initials: 'stf', full: 'shantianfang' });
    expect(namePinyin('曾志伟').initials).toBe('zzw');
    expect(namePinyin('吕布').full).toBe('lvbu');
  });
});

describe('PersonSearchIndex', () => {
  it('finds by pinyin initials and whole pinyin at the start of a word', () => {
    expect(ids('zs')).toEqual([1, 2]);
    expect(ids('ZS')).toEqual([1, 2]);
    expect(ids('zsf')).toEqual([2]);
    expect(ids('zhangs')).toEqual([1, 2]);
    expect(ids('stf')).toEqual([4]);
    expect(ids('san')).toEqual([]);
  });

  it('finds by name, exact names first, and leaves out inactive persons unless asked', () => {
    expect(ids('张三')).toEqual([1, 2]);
    expect(ids('张')).toEqual([1, 2, 6]);
    expect(ids('曾志伟')).toEqual([]);
    expect(ids('曾志伟', { includeInactive: true })).toEqual([5]);
  });

  it('finds by phone fragment (3 digits or more, any spelling)', () => {
    expect(ids('5678')).toEqual([1, 3]);
    expect(ids('６２８８')).toEqual([2]);
    expect(ids('0551-6288')).toEqual([2]);
    expect(index.search('13', {}).hint).toBe('按电话查找请至少输入3位数字');
  });

  it('finds by place and narrows with several words', () => {
    expect(ids('河口社区')).toEqual([4, 6]);
    expect(ids('二组')).toEqual([3]);
    expect(ids('枫树村 张')).toEqual([1, 2]);
    expect(ids('河口 zs')).toEqual([]);
  });

  it('stops at the limit and says there is more', () => {
    const r = index.search('张', { limit: 2, regionsMatching });
    expect(r).toEqual({ ids: [1, 2], more: true, kind: 'text', hint: null });
  });

  it('classifies queries', () => {
    expect(classifyQuery(' １３８ ')).toEqual({ kind: 'phone', terms: ['138'] });
    expect(classifyQuery('Zs')).toEqual({ kind: 'pinyin', terms: ['zs'] });
    expect(classifyQuery('石门 张')).toEqual({ kind: 'text', terms: ['石门', '张'] });
  });
});

describe('place names', () => {
  it.each([
    ['group', '1组', '#1'],
    ['group', '一组', '#1'],
    ['group', '第一村民小组', '#1'],
    ['group', '十二组', '#12'],
    ['group', '二十组', '#20'],
    ['group', '上湾组', '上湾'],
    ['township', '石门镇', '石门'],
    ['township', '清河街道办事处', '清河'],
    ['village', '枫树村委会', '枫树'],
    ['village', '河口社区', '河口'],
  ] as const)('%s %s → %s', (level, name, key) => {
    expect(regionKey(level, name)).toBe(key);
  });
  it('reads numerals', () => {
    expect([numeralValue('九'), numeralValue('十'), numeralValue('十五'), numeralValue('三十二'), numeralValue('07'), numeralValue('上')]).toEqual([9, 10, 15, 32, 7, null]);
  });
});
