import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS_DIR, ok, tempDir } from './helpers';
import { listsBackend } from '../unit/backend/lists-helpers';
import type { LeaderRow, WorkRow } from '../../shared/contract/lists-related';
import type { ListTree } from '../../shared/contract/lists';
import type { AuditEntry } from '../../shared/audit/types';

async function townships(backend: Awaited<ReturnType<typeof listsBackend>>['backend'], year: number) {
  const tree = await ok<ListTree>(backend, 'lists.tree', { year });
  return new Map(tree.regions.filter((r) => r.level === 'township').map((r) => [r.name, r.id]));
}

async function audit(backend: Awaited<ReturnType<typeof listsBackend>>['backend'], entity: string) {
  return (await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity, limit: 50 })).rows;
}

describe('县级领导包保 and 三个责任人: CRUD, audit, year copy', () => {
  it('refuses to delete a township that a leader is assigned to or a work lies in, naming them; deletes it once they are moved', async () => {
    const { backend } = await listsBackend();
    const tree = await ok<ListTree>(backend, 'lists.tree', { year: 2026 });
    const county = tree.regions.find((r) => r.parentId === null)!;
    const town = await ok<{ id: number }>(backend, 'lists.regions.save', { year: 2026, parentId: county.id, name: '新设镇' });
    const leader = await ok<LeaderRow>(backend, 'lists.related.saveLeader', { year: 2026, name: '孙立', townshipIds: [town.id] });
    const work = await ok<WorkRow>(backend, 'lists.related.saveWork', { year: 2026, name: '新设水库', kind: '水库', townshipId: town.id });
    const badKind = await backend.dispatch('lists.related.saveWork', { year: 2026, name: '新设水库', kind: '水塘' });
    expect(badKind).toMatchObject({ ok: false, error: { field: 'kind', message: '工程类型不正确' } });
    const auditBefore = (await audit(backend, 'list_region')).length;
    const r = await backend.dispatch('lists.regions.delete', { id: town.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: '“新设镇”下还有1名包保县级领导、1处水库等工程，请先移走或删除' } });
    expect((await audit(backend, 'list_region')).length).toBe(auditBefore);
    await ok(backend, 'lists.related.saveLeader', { year: 2026, id: leader.id, name: '孙立', townshipIds: [] });
    await ok(backend, 'lists.related.deleteWork', { id: work.id });
    await ok(backend, 'lists.regions.delete', { id: town.id });
  });

  it('migration 0070 adds the related lists’ tables', () => {
    const r = openDatabase({ file: path.join(tempDir('related'), 'd.sqlite'), migrationsDir: MIGRATIONS_DIR });
    if (r.state !== 'ok') throw new Error(r.problem);
    const tables = (r.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('list_leaders', 'list_leader_townships', 'list_works') ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(['list_leader_townships', 'list_leaders', 'list_works']);
    expect(Number(r.db.pragma('user_version', { simple: true }))).toBeGreaterThanOrEqual(70);
    r.db.close();
  });

  it('adds, edits and deletes a 包保 leader, each change audited with before/after', async () => {
    const { backend } = await listsBackend();
    const t = await townships(backend, 2026);
    const sample = await ok<LeaderRow[]>(backend, 'lists.related.leaders', { year: 2026 });
    expect(sample.map((l) => l.name)).toEqual(['陈志强', '周敏', '王建国']);
    expect(sample[0]!.townships).toEqual(['石门镇']);

    const created = await ok<LeaderRow>(backend, 'lists.related.saveLeader', {
      year: 2026,
      name: '孙　立',
      position: '县人大常委会副主任',
      phones: ['１３９０５５１ ８００９', '0551-62880009'],
      townshipIds: [t.get('石门镇')!, t.get('清河街道')!],
      works: [' 枫树塘水库 ', '枫树塘水库'],
    });
    expect(created).toMatchObject({ name: '孙立', phones: ['13905518009', '0551-62880009'], townships: ['石门镇', '清河街道'], works: ['枫树塘水库'] });

    const updated = await ok<LeaderRow>(backend, 'lists.related.saveLeader', { year: 2026, id: created.id, name: '孙立', position: '县政协副主席', phones: ['13905518009'], townshipIds: [t.get('桃源乡')!], works: [] });
    expect(updated).toMatchObject({ position: '县政协副主席', townships: ['桃源乡'], works: [] });

    const bad = await backend.dispatch('lists.related.saveLeader', { year: 2026, name: '钱多', phones: ['1390551'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('联系电话第1个：手机号“1390551”格式不正确');
    const dup = await backend.dispatch('lists.related.saveLeader', { year: 2026, name: '周敏' });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error.code).toBe('conflict');
    const wrongTownship = await backend.dispatch('lists.related.saveLeader', { year: 2026, name: '钱多', townshipIds: [999_999] });
    expect(wrongTownship.ok).toBe(false);

    await ok(backend, 'lists.related.deleteLeader', { id: created.id });
    expect((await ok<LeaderRow[]>(backend, 'lists.related.leaders', { year: 2026 })).map((l) => l.name)).not.toContain('孙立');

    const rows = await audit(backend, 'list_leader');
    expect(rows.map((r) => [r.action, r.summary])).toEqual([
      ['delete', '删除县级领导包保 孙立'],
      ['update', '修改县级领导包保 孙立'],
      ['create', '新增县级领导包保 孙立'],
    ]);
    expect(rows[1]!.before).toMatchObject({ position: '县人大常委会副主任', leaderTownships: ['石门镇', '清河街道'], leaderWorks: ['枫树塘水库'] });
    expect(rows[1]!.after).toMatchObject({ position: '县政协副主席', leaderTownships: ['桃源乡'], leaderWorks: [] });
    expect(rows[0]!.before).toMatchObject({ leaderName: '孙立', phones: ['13905518009'] });
    expect(rows[0]!.after).toBeNull();
  });

  it('keeps a work’s three responsible persons, normalises the scale, refuses a bad phone', async () => {
    const { backend } = await listsBackend();
    const t = await townships(backend, 2026);
    const input = {
      year: 2026,
      name: '白石水库',
      kind: '水库',
      townshipId: t.get('桃源乡')!,
      scale: '小（2）型',
      admin: { name: '冯伟', position: '乡长', phones: ['13905512001'] },
      tech: { name: '曹静', position: '工程师', phones: ['13905518102'] },
      patrol: { name: '蒋华', position: '村民', phones: ['139055120４'] },
    };
    const bad = await backend.dispatch('lists.related.saveWork', input);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^巡查责任人电话第1个：/);
    const created = await ok<WorkRow>(backend, 'lists.related.saveWork', { ...input, patrol: { ...input.patrol, phones: ['13905512004'] } });
    expect(created).toMatchObject({ scale: '小(2)型', township: '桃源乡', patrol: { name: '蒋华', phones: ['13905512004'] } });
    const updated = await ok<WorkRow>(backend, 'lists.related.saveWork', { ...input, id: created.id, scale: '小(1)型', patrol: { name: '', position: '', phones: [] } });
    expect(updated.patrol).toEqual({ name: '', position: '', phones: [] });
    const noName = await backend.dispatch('lists.related.saveWork', { ...input, id: created.id, patrol: { name: '', position: '', phones: ['13905512004'] } });
    expect(noName.ok).toBe(false);
    const [upd, crt] = await audit(backend, 'list_work');
    expect(crt).toMatchObject({ action: 'create', summary: '新增水库三个责任人 白石水库' });
    expect(upd!.before).toMatchObject({ workScale: '小(2)型', patrolName: '蒋华' });
    expect(upd!.after).toMatchObject({ workScale: '小(1)型', patrolName: '' });
    await ok(backend, 'lists.related.deleteWork', { id: created.id });
    expect((await audit(backend, 'list_work'))[0]).toMatchObject({ action: 'delete', before: { workName: '白石水库' } });
  });

  it('copies both lists into a new year, townships mapped to the new year’s tree', async () => {
    const { backend } = await listsBackend();
    await ok(backend, 'lists.years.create', { year: 2027, copyFrom: 2026 });
    const t26 = await townships(backend, 2026);
    const t27 = await townships(backend, 2027);
    const leaders = await ok<LeaderRow[]>(backend, 'lists.related.leaders', { year: 2027 });
    const old = await ok<LeaderRow[]>(backend, 'lists.related.leaders', { year: 2026 });
    expect(leaders.map(({ name, position, phones, townships, works, note }) => ({ name, position, phones, townships, works, note }))).toEqual(
      old.map(({ name, position, phones, townships, works, note }) => ({ name, position, phones, townships, works, note })),
    );
    expect(leaders[0]!.townshipIds).toEqual([t27.get('石门镇')]);
    expect(t27.get('石门镇')).not.toBe(t26.get('石门镇'));
    const works = await ok<WorkRow[]>(backend, 'lists.related.works', { year: 2027 });
    expect(works.map((w) => [w.name, w.township, w.scale, w.patrol.name])).toEqual([
      ['青山水库', '石门镇', '中型', '邓海'],
      ['龙潭水库', '桃源乡', '小(1)型', ''],
      ['枫树塘水库', '石门镇', '小(2)型', '李明'],
      ['白石河堤防', '桃源乡', '', '沈洁'],
      ['石门水电站', '石门镇', '小(1)型', '魏东'],
    ]);
    const created = (await audit(backend, 'list_year')).find((r) => r.summary.startsWith('复制2026年名单建立2027年名单'));
    expect(created?.summary).toMatch(new RegExp(`、${old.length}名包保县级领导、${works.length}处工程$`));
    expect(works[0]!.townshipId).toBe(t27.get('石门镇'));
    // The copy is independent: editing 2027 leaves 2026 alone.
    await ok(backend, 'lists.related.deleteWork', { id: works[0]!.id });
    expect((await ok<WorkRow[]>(backend, 'lists.related.works', { year: 2026 })).length).toBe(5);
  });
});
