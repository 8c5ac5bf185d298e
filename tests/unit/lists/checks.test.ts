import { describe, expect, it } from 'vitest';
import { completeness, quality, staleness, type CheckPerson } from '../../../shared/lists/index';
import { sampleTree } from './fixtures';

const P = (id: number, level: CheckPerson['level'], regionId: number, name: string, phones: string[], zoneId: number | null = null): CheckPerson => ({ id, level, regionId, zoneId, name, phones });

describe('completeness', () => {
  it('colours the tree: each region’s own-level person, zones with 户级 contacts, gaps added up', () => {
    const { tree, zones } = sampleTree();
    const persons = [P(1, 'county', 1, '王建国', ['13905510001']), P(2, 'township', 2, '刘强', ['13905511001']), P(3, 'village', 3, '李明', ['13905511002']), P(4, 'group', 4, '赵大', ['13905511003']), P(5, 'village', 8, '吴五', ['13905512001'])];
    const c = completeness(tree, zones, persons);
    const byId = new Map(c.regions.map((r) => [r.id, r]));
    expect(byId.get(4)).toEqual({ id: 4, own: 1, missing: false, gaps: 1 }); // 一组 has 枫树沟 without contacts
    expect(byId.get(5)).toEqual({ id: 5, own: 0, missing: true, gaps: 1 });
    expect(byId.get(3)!.gaps).toBe(2);
    expect(byId.get(2)!.gaps).toBe(3); // + 桃园村
    expect(byId.get(7)).toEqual({ id: 7, own: 0, missing: true, gaps: 1 });
    expect(byId.get(1)!.gaps).toBe(4);
    expect(c.gaps.map((g) => `${g.path}：${g.message}`)).toEqual(['石门镇/枫树村/二组：缺少组级责任人', '石门镇/桃园村：缺少村级责任人', '清河街道：缺少乡级责任人', '石门镇/枫树村/一组：危险区“枫树沟”没有户级责任人']);
    expect(c.totals.map((t) => [t.level, t.total, t.missing])).toEqual([
      ['county', 1, 0],
      ['township', 2, 1],
      ['village', 3, 1],
      ['group', 2, 1],
      ['zone', 1, 1],
    ]);
  });
});

describe('quality', () => {
  it('finds persons without phones, phones shared by different people and one person in many roles', () => {
    const { tree } = sampleTree();
    const persons = [
      P(1, 'village', 3, '李明', ['13905511002']),
      P(2, 'group', 4, '李明', ['13905511002']),
      P(3, 'group', 5, '李明', ['13905511002']),
      P(4, 'group', 4, '赵大', ['13905511009']),
      P(5, 'household', 4, '钱二', ['13905511009'], 1),
      P(6, 'village', 6, '周四', []),
    ];
    const q = quality(tree, persons);
    expect(q.noPhone).toEqual([{ id: 6, name: '周四', level: 'village', path: '石门镇/桃园村' }]);
    expect(q.sharedPhones.map((s) => [s.phone, s.persons.map((p) => p.name)])).toEqual([['13905511009', ['赵大', '钱二']]]);
    expect(q.manyRoles.map((m) => [m.name, m.phone, m.persons.length])).toEqual([['李明', '13905511002', 3]]);
    expect(quality(tree, persons, 4).manyRoles).toEqual([]);
  });

  it('says when this year’s list is missing, untouched since copied, or unpublished', () => {
    expect(staleness([], 2026)).toEqual(['尚未建立2026年的责任人名单（可复制2025年名单后更新）']);
    expect(staleness([{ year: 2026, createdAt: 10, changedAt: 10, copiedFrom: 2025, published: null }], 2026)).toEqual(['2026年名单复制自2025年后没有任何更新', '2026年名单尚未公示']);
    expect(staleness([{ year: 2026, createdAt: 10, changedAt: 20, copiedFrom: 2025, published: '2026-04-01' }], 2026)).toEqual([]);
  });
});
