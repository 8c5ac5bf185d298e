import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import type { AuditEntry } from '../../../shared/audit/types';
import type { CallsPage, ListsOverview, ListTree, ListYearInfo, PersonDetail, PersonPage, PublicTable, QualityReport, SearchResult } from '../../../shared/contract/lists';
import type { PersonRow, Region, Zone } from '../../../shared/lists/types';
import { listsBackend } from './lists-helpers';

const YEAR = 2026;

async function setup() {
  const t = await listsBackend();
  const tree = await ok<ListTree>(t.backend, 'lists.tree', { year: YEAR });
  return { ...t, tree };
}

describe('lists: the yearly list, its tree and its persons', () => {
  it('loads the sample county with its deliberate gaps', async () => {
    const { backend, tree } = await setup();
    const o = await ok<ListsOverview>(backend, 'lists.overview');
    expect(o).toMatchObject({ currentYear: 2026, years: [{ year: 2026, countyName: '青山县', persons: 23, published: null }], stale: ['2026年名单尚未公示'] });
    expect(tree.totals.map((t) => `${t.label}${t.total}/${t.missing}`)).toEqual(['县1/0', '乡镇（街道）3/0', '行政村（社区）5/0', '村民组9/1', '危险区4/1']);
    expect(tree.gaps.map((g) => `${g.path} ${g.message}`)).toEqual(['石门镇/桃园村/二组 缺少组级责任人', '石门镇/桃园村 危险区“桃园河滩”没有户级责任人']);
    expect(tree.regions.find((r) => r.name === '石门镇')).toMatchObject({ own: 2, missing: false, gaps: 2 });
  });

  it('shows a region’s persons at every level: the chain above it and everything below', async () => {
    const { backend, tree } = await setup();
    const group = tree.regions.find((r) => r.name === '一组' && r.parentId === tree.regions.find((v) => v.name === '枫树村')!.id)!;
    const page = await ok<PersonPage>(backend, 'lists.persons.page', { year: YEAR, regionId: group.id });
    expect(page.rows.map((r) => `${r.level} ${r.name}`)).toEqual(['county 陈志强', 'county 周敏', 'township 刘强', 'township 何丽', 'village 李明', 'group 赵大', 'household 钱二', 'household 吴芳']);
    const all = await ok<PersonPage>(backend, 'lists.persons.page', { year: YEAR, offset: 19, limit: 2 });
    expect(all.total).toBe(23);
    expect(all.rows.map((r) => r.name)).toEqual(['钱二', '吴芳']);
  });

  it('adds, edits, moves and deactivates a person; each change lands in the person’s history', async () => {
    const { backend, tree, operator } = await setup();
    const taoyuan = tree.regions.find((r) => r.name === '桃园村')!;
    const erzu = tree.regions.find((r) => r.name === '二组' && r.parentId === taoyuan.id)!;
    const created = await ok<PersonRow>(backend, 'lists.persons.create', { year: YEAR, level: 'group', regionId: erzu.id, name: ' 王　五 ', position: '组长', phones: ['１３９０５５１１００９'] });
    expect(created).toMatchObject({ name: '王五', phones: ['13905511009'], regionPath: '石门镇/桃园村/二组', active: true, lineage: created.id });
    const dup = await backend.dispatch('lists.persons.create', { year: YEAR, level: 'group', regionId: erzu.id, name: '王五' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict', message: '石门镇/桃园村/二组已有组级责任人“王五”' } });
    const wrongPlace = await backend.dispatch('lists.persons.create', { year: YEAR, level: 'village', regionId: erzu.id, name: '某人' });
    expect(wrongPlace).toMatchObject({ ok: false, error: { field: 'regionId', message: '村级责任人应属于行政村（社区），所选的“二组”是村民组' } });
    const badPhone = await backend.dispatch('lists.persons.create', { year: YEAR, level: 'group', regionId: erzu.id, name: '某人', phones: ['13905511009', '123'] });
    expect(badPhone).toMatchObject({ ok: false, error: { field: 'phones.1', message: expect.stringContaining('字段「联系电话」第2个') } });

    await ok(backend, 'lists.persons.update', { id: created.id, level: 'group', regionId: erzu.id, name: '王五', position: '村民组长', phones: ['13905511009'] });
    const yizu = tree.regions.find((r) => r.name === '一组' && r.parentId === taoyuan.id)!;
    const moved = await ok<PersonRow>(backend, 'lists.persons.move', { id: created.id, regionId: yizu.id });
    expect(moved.regionPath).toBe('石门镇/桃园村/一组');
    await ok(backend, 'lists.persons.setActive', { id: created.id, active: false });
    const d = await ok<PersonDetail>(backend, 'lists.persons.detail', { id: created.id });
    expect(d.person.active).toBe(false);
    expect(d.history.map((h) => h.action)).toEqual(['deactivate', 'update', 'update', 'create']);
    expect(d.history.every((h) => h.operatorId === operator.id)).toBe(true);
    expect(d.history[1]!.summary).toBe('调整责任人 王五 的所属地区：组级 王五（石门镇/桃园村/二组） → 组级 王五（石门镇/桃园村/一组）');
    expect(d.history[2]).toMatchObject({ before: { position: '组长' }, after: { position: '村民组长', personLevel: '组级', region: '石门镇/桃园村/二组' } });
    // Inactive persons are left out unless asked for.
    const page = await ok<PersonPage>(backend, 'lists.persons.page', { year: YEAR, regionId: yizu.id });
    expect(page.rows.some((r) => r.id === created.id)).toBe(false);
  });

  it('answers the tree and the pages from memory until the list changes, then afresh', async () => {
    const { backend, tree } = await setup();
    const again = await ok<ListTree>(backend, 'lists.tree', { year: YEAR });
    expect(again).toEqual(tree);
    expect((await ok<ListsOverview>(backend, 'lists.overview')).years[0]!.persons).toBe(23);
    const group = tree.regions.find((r) => r.name === '一组' && r.parentId === tree.regions.find((v) => v.name === '枫树村')!.id)!;
    const before = await ok<PersonPage>(backend, 'lists.persons.page', { year: YEAR, regionId: group.id });
    const leader = before.rows.find((r) => r.level === 'group')!;
    await ok(backend, 'lists.persons.setActive', { id: leader.id, active: false });
    const after = await ok<PersonPage>(backend, 'lists.persons.page', { year: YEAR, regionId: group.id });
    expect(after.total).toBe(before.total - 1);
    expect(after.rows.some((r) => r.id === leader.id)).toBe(false);
    const withInactive = await ok<PersonPage>(backend, 'lists.persons.page', { year: YEAR, regionId: group.id, includeInactive: true });
    expect(withInactive.total).toBe(before.total);
    const changed = await ok<ListTree>(backend, 'lists.tree', { year: YEAR });
    expect(changed.regions.find((r) => r.id === group.id)).toMatchObject({ own: 0, missing: true });
    expect(tree.regions.find((r) => r.id === group.id)).toMatchObject({ own: 1, missing: false });
    expect((await ok<ListsOverview>(backend, 'lists.overview')).years[0]!.persons).toBe(22);
  });

  it('searches by name, pinyin initials, phone fragment and place', async () => {
    const { backend } = await setup();
    const s = async (q: string) => (await ok<SearchResult>(backend, 'lists.persons.search', { year: YEAR, q })).rows.map((r) => r.name);
    expect(await s('zs')).toEqual(['周四']);
    expect(await s('lm')).toEqual(['李明', '李明', '李明']);
    expect(await s('钱')).toEqual(['钱二']);
    expect(await s('1004')).toEqual(['钱二']);
    expect(await s('河口')).toEqual(['朱琳', '秦亮']);
    expect((await ok<SearchResult>(backend, 'lists.persons.search', { year: YEAR, q: '13' })).hint).toBe('按电话查找请至少输入3位数字');
  });

  it('manages places and danger zones, refusing to delete what is still in use', async () => {
    const { backend, tree } = await setup();
    const shimen = tree.regions.find((r) => r.name === '石门镇')!;
    const v = await ok<Region>(backend, 'lists.regions.save', { year: YEAR, parentId: shimen.id, name: '新华村' });
    expect(v).toMatchObject({ level: 'village', name: '新华村', parentId: shimen.id });
    const g = await ok<Region>(backend, 'lists.regions.save', { year: YEAR, parentId: v.id, name: '一组' });
    expect((await backend.dispatch('lists.regions.save', { year: YEAR, parentId: g.id, name: 'x' })).ok).toBe(false);
    expect(await backend.dispatch('lists.regions.save', { year: YEAR, parentId: shimen.id, name: '枫树村' })).toMatchObject({ ok: false, error: { code: 'conflict', message: '石门镇下已有行政村（社区）“枫树村”' } });
    const z = await ok<Zone>(backend, 'lists.zones.save', { regionId: g.id, name: '新华沟', households: 4, people: 11, route: '向东', shelter: '村部' });
    expect(await backend.dispatch('lists.regions.delete', { id: v.id })).toMatchObject({ ok: false, error: { message: '“石门镇/新华村”下还有1个下级地区，请先移走或删除' } });
    const p = await ok<PersonRow>(backend, 'lists.persons.create', { year: YEAR, level: 'household', regionId: g.id, zoneId: z.id, name: '甲', phones: ['13905519001'], households: 4 });
    expect(p.zoneName).toBe('新华沟');
    expect(await backend.dispatch('lists.zones.delete', { id: z.id })).toMatchObject({ ok: false, error: { message: '危险区“新华沟”还有1名户级责任人，请先移走或停用' } });
    await ok(backend, 'lists.persons.setActive', { id: p.id, active: false });
    await ok(backend, 'lists.zones.delete', { id: z.id });
    expect(await backend.dispatch('lists.regions.delete', { id: g.id })).toMatchObject({ ok: false, error: { message: '“石门镇/新华村/一组”下还有1名责任人（含已停用），请先移走或删除' } });
    const renamed = await ok<Region>(backend, 'lists.regions.save', { year: YEAR, id: v.id, name: '新华社区' });
    expect(renamed.name).toBe('新华社区');
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'list_region' });
    expect(audit.rows[0]!.summary).toBe('地区改名：新华村 → 新华社区');
  });

  it('starts next year by copying this year’s list; history follows the person across years', async () => {
    const { backend } = await setup();
    const info = await ok<ListYearInfo>(backend, 'lists.years.create', { year: 2027, copyFrom: 2026 });
    expect(info).toMatchObject({ year: 2027, countyName: '青山县', copiedFrom: 2026, persons: 23, published: null });
    expect(await backend.dispatch('lists.years.create', { year: 2027, copyFrom: null })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const found = (await ok<SearchResult>(backend, 'lists.persons.search', { year: 2027, q: '钱二' })).rows[0]!;
    const old = (await ok<SearchResult>(backend, 'lists.persons.search', { year: 2026, q: '钱二' })).rows[0]!;
    expect(found.id).not.toBe(old.id);
    expect(found.lineage).toBe(old.lineage);
    await ok(backend, 'lists.persons.update', { ...found, position: '联户长' });
    const d = await ok<PersonDetail>(backend, 'lists.persons.detail', { id: old.id });
    expect(d.history[0]).toMatchObject({ action: 'update', after: { listYear: 2027, position: '联户长' } });
    const published = await ok<ListYearInfo>(backend, 'lists.years.publish', { year: 2027, published: '2027-04-01' });
    expect(published.published).toBe('2027-04-01');
    expect(await backend.dispatch('lists.years.publish', { year: 2027, published: '2027-02-30' })).toMatchObject({ ok: false, error: { field: 'published' } });
  });

  it('checks quality: no phone, shared phones, many roles, not published', async () => {
    const { backend } = await setup();
    const q = await ok<QualityReport>(backend, 'lists.checks.quality', { year: YEAR });
    expect(q.stale).toEqual(['2026年名单尚未公示']);
    expect(q.quality.noPhone.map((p) => p.name)).toEqual(['卫东']);
    expect(q.quality.sharedPhones.map((s) => `${s.phone}:${s.persons.map((p) => p.name).join('、')}`)).toEqual(['13905513005:沈洁、韩梅']);
    expect(q.quality.manyRoles.map((m) => `${m.name}×${m.persons.length}`)).toEqual(['李明×3']);
  });

  it('logs phone spot-checks: last check per person, the never-checked list', async () => {
    const { backend } = await setup();
    const sample = await ok<PersonRow[]>(backend, 'lists.calls.sample', { year: YEAR, count: 3 });
    expect(sample).toHaveLength(3);
    expect(await ok<PersonRow[]>(backend, 'lists.calls.sample', { year: YEAR, count: 3 })).toEqual(sample);
    const [a, b] = sample;
    await ok(backend, 'lists.calls.record', { personId: a!.id, result: 'no_answer', note: '无人接听' });
    await ok(backend, 'lists.calls.record', { personId: a!.id, result: 'answered' });
    await ok(backend, 'lists.calls.record', { personId: b!.id, result: 'wrong_number', note: '空号' });
    const all = await ok<CallsPage>(backend, 'lists.calls.list', { year: YEAR });
    expect(all.counts).toEqual({ persons: 23, checked: 2, never: 21, problems: 1 });
    const never = await ok<CallsPage>(backend, 'lists.calls.list', { year: YEAR, filter: 'never' });
    expect(never.total).toBe(21);
    const problems = await ok<CallsPage>(backend, 'lists.calls.list', { year: YEAR, filter: 'problems' });
    expect(problems.rows.map((r) => [r.person.id, r.last?.result, r.last?.note])).toEqual([[b!.id, 'wrong_number', '空号']]);
    const checked = await ok<CallsPage>(backend, 'lists.calls.list', { year: YEAR, filter: 'checked' });
    expect(checked.rows.find((r) => r.person.id === a!.id)!.last).toMatchObject({ result: 'answered', phone: a!.phones[0] });
    expect(all.recent.map((c) => c.result)).toEqual(['wrong_number', 'answered', 'no_answer']);
  });

  it('builds the 公示表 for a village with the persons above it', async () => {
    const { backend, tree } = await setup();
    const village = tree.regions.find((r) => r.name === '枫树村')!;
    const t = await ok<PublicTable>(backend, 'lists.publicTable', { year: YEAR, regionId: village.id });
    expect(t.title).toBe('青山县2026年山洪灾害防御责任人公示表');
    expect(t.scope).toBe('石门镇/枫树村');
    expect(t.sections.map((s) => `${s.title}:${s.rows.map((r) => r.name).join('、')}`)).toEqual(['青山县（县级）:陈志强、周敏', '石门镇（乡级）:刘强、何丽', '石门镇 枫树村:李明、赵大、孙三、李明、钱二、吴芳、李明']);
    expect(t.sections[2]!.rows[4]).toMatchObject({ levelZh: '户级', place: '一组 枫树沟', group: '一组', zone: '枫树沟' });
  });
});
