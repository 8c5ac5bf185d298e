import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import { peek } from './calendar-helpers';
import type { ImportPreview, ImportResult, PersonDetail, PersonPage, ListTree } from '../../../shared/contract/lists';
import type { PersonRow } from '../../../shared/lists/types';
import type { AuditEntry } from '../../../shared/audit/types';
import { b64, listsBackend, messyWorkbook, workbook } from './lists-helpers';

const YEAR = 2026;

function snapshot(dataDir: string) {
  const db = peek(dataDir);
  const rows = db.prepare('SELECT id, level, region_id, zone_id, name, position, phones, active FROM list_persons ORDER BY id').all();
  const regions = db.prepare('SELECT * FROM list_regions ORDER BY id').all();
  const zones = db.prepare('SELECT * FROM list_zones ORDER BY id').all();
  const audit = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  db.close();
  return { rows, regions, zones, audit };
}

const backups = (dataDir: string) => (fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.includes('pre-import')) : []);

describe('lists.import: parse → map → validate → preview → commit in one transaction, or nothing', () => {
  it('previews the messy township file against the sample list: 新增 / 变更 / 删除 per level', async () => {
    const { backend } = await listsBackend();
    const p = await ok<ImportPreview>(backend, 'lists.import.preview', { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()) });
    expect(p.problem).toBeNull();
    expect(p.mappingSource).toBe('auto');
    expect(p.headerRows).toEqual([3, 4]);
    expect(p.columns.map((c) => `${c.letter}:${c.header}→${c.target}`)).toEqual([
      'A:乡镇→township',
      'B:行政村→village',
      'C:村民组→group',
      'D:危险区/名称→zone',
      'E:危险区/户数→zoneHouseholds',
      'F:责任人类别→level',
      'G:姓名→name',
      'H:职务→position',
      'I:联系电话→phones',
    ]);
    expect(p.errors).toBe(0);
    expect(p.scope).toEqual({ kind: 'township', places: ['石门镇'], county: false, levels: ['township', 'village', 'group', 'household'] });
    const lines = p.changes.map((c) => `${c.kind} ${c.level} ${c.path} ${c.name}${c.fields.length ? ` [${c.fields.join(',')}]` : ''}`);
    expect(lines).toEqual([
      'removed township 石门镇 何丽',
      'added group 石门镇/桃园村/二组 王五',
      'changed group 石门镇/枫树村/一组 赵大 [phones]',
      'removed group 石门镇/枫树村/三组 李明',
      'removed group 石门镇/桃园村/一组 郑六',
      'changed household 石门镇/枫树村/一组/枫树沟 钱二 [phones]',
      'removed household 石门镇/枫树村/一组/枫树沟 吴芳',
      'removed household 石门镇/枫树村/三组/后山坡 李明',
    ]);
    expect(p.zoneChanges).toEqual([]);
  });

  it('a bad file changes nothing, makes no backup, and says which row and column', async () => {
    const { backend, dataDir } = await listsBackend();
    const bad = await workbook([
      ['乡镇', '行政村', '村民组', '姓名', '联系电话'],
      ['石门镇', '枫树村', '一组', '赵大', '13905511003'],
      ['石门镇', '枫树村', '四组', '新人', '1390551'],
      ['石门镇', '新华村', '一组', '郑七', '13905511077'],
    ]);
    const before = snapshot(dataDir);
    const p = await ok<ImportPreview>(backend, 'lists.import.preview', { year: YEAR, fileName: 'bad.xlsx', dataBase64: b64(bad) });
    expect(p.issues.map((i) => [i.row, i.column, i.header, i.value, i.message])).toEqual([
      [3, 'C', '村民组', '四组', '石门镇/枫树村没有村民组“四组”'],
      [3, 'E', '联系电话', '1390551', expect.stringContaining('手机号“1390551”格式不正确')],
      [4, 'B', '行政村', '新华村', '石门镇没有行政村“新华村”'],
    ]);
    const r = await backend.dispatch('lists.import.commit', { year: YEAR, fileName: 'bad.xlsx', dataBase64: b64(bad) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toBe('第3行「村民组」列（C）：石门镇/枫树村没有村民组“四组”。共3处错误，名单未作任何修改；请修正后再导入，或选择“跳过有错误的行”');
    }
    expect(snapshot(dataDir)).toEqual(before);
    expect(backups(dataDir)).toEqual([]);
  });

  it('commits after a backup, all in one transaction; a second look shows no changes; the mapping is remembered', async () => {
    const { backend, dataDir, operator } = await listsBackend();
    const input = { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()) };
    const r = await ok<ImportResult>(backend, 'lists.import.commit', input);
    expect(r.text).toBe('新增1人，变更2人，删除5人');
    expect(r.backup).toMatch(/^backup-20261130-090000-pre-import\.sqlite$/);
    expect(backups(dataDir)).toEqual([r.backup]);
    const again = await ok<ImportPreview>(backend, 'lists.import.preview', input);
    expect(again.changes).toEqual([]);
    expect(again.mappingSource).toBe('remembered');
    // Importing the same file again changes nothing and needs no backup.
    expect(await ok<ImportResult>(backend, 'lists.import.commit', input)).toMatchObject({ text: '没有变化', backup: '' });
    expect(backups(dataDir)).toEqual([r.backup]);
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'list_import' });
    expect(audit.rows[0]).toMatchObject({ action: 'import', operatorId: operator.id, summary: '导入2026年名单“石门镇.xlsx”：新增1人，变更2人，删除5人' });
    const persons = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'list_person' });
    expect(persons.rows.map((e) => e.action).sort()).toEqual(['create', 'deactivate', 'deactivate', 'deactivate', 'deactivate', 'deactivate', 'update', 'update']);
    // Other townships are untouched.
    const tree = await ok<ListTree>(backend, 'lists.tree', { year: YEAR });
    const taoyuan = tree.regions.find((x) => x.name === '桃源乡')!;
    const page = await ok<PersonPage>(backend, 'lists.persons.page', { year: YEAR, regionId: taoyuan.id });
    expect(page.rows.filter((x) => x.level !== 'county').map((x) => x.name)).toEqual(['冯伟', '陈刚', '沈洁', '褚明', '卫东', '韩梅', '蒋华']);
  });

  it('brings a deleted person back (same entry, history kept) when a later file lists them again', async () => {
    const { backend } = await listsBackend();
    await ok<ImportResult>(backend, 'lists.import.commit', { year: YEAR, fileName: '石门镇.xlsx', dataBase64: b64(await messyWorkbook()) });
    const gone = (await ok<{ rows: PersonRow[] }>(backend, 'lists.persons.search', { year: YEAR, q: '何丽', includeInactive: true })).rows[0]!;
    expect(gone.active).toBe(false);
    const back = await workbook([
      ['乡镇', '责任人类别', '姓名', '职务', '联系电话'],
      ['石门镇', '乡级', '何丽', '副镇长', '13905511011'],
    ]);
    const r = await ok<ImportResult>(backend, 'lists.import.commit', { year: YEAR, fileName: 'back.xlsx', dataBase64: b64(back), deleteScope: 'none' });
    expect(r.text).toBe('新增1人');
    const again = (await ok<{ rows: PersonRow[] }>(backend, 'lists.persons.search', { year: YEAR, q: '何丽' })).rows[0]!;
    expect(again).toMatchObject({ id: gone.id, active: true, phones: ['13905511011'] });
    const d = await ok<PersonDetail>(backend, 'lists.persons.detail', { id: gone.id });
    expect(d.history.map((h) => h.action)).toEqual(['activate', 'deactivate']);
  });

  it('uses a corrected mapping, and can skip the rows with errors', async () => {
    const { backend } = await listsBackend();
    const file = await workbook([
      ['乡镇', '行政村', '村民组', '组长', '叫应电话'],
      ['石门镇', '枫树村', '二组', '孙三', '13905511055'],
      ['石门镇', '枫树村', '一组', '赵大', '139'],
    ]);
    const base = { year: YEAR, fileName: 'f.xlsx', dataBase64: b64(file), deleteScope: 'none' as const };
    const auto = await ok<ImportPreview>(backend, 'lists.import.preview', base);
    expect(auto.columns.map((c) => c.target)).toEqual(['township', 'village', 'group', null, 'phones']);
    expect(auto.problem).toBe('没有找到“姓名”列：请在下表中指定哪一列是责任人姓名');
    const mapping = ['township', 'village', 'group', 'name', 'phones'];
    const fixed = await ok<ImportPreview>(backend, 'lists.import.preview', { ...base, mapping });
    expect(fixed.problem).toBeNull();
    expect(fixed.errorRows).toBe(1);
    const r = await ok<ImportResult>(backend, 'lists.import.commit', { ...base, mapping, skipErrorRows: true });
    expect(r).toMatchObject({ text: '变更1人', skippedRows: 1 });
    const again = await ok<ImportPreview>(backend, 'lists.import.preview', base);
    expect(again.mappingSource).toBe('remembered');
    expect(again.columns.map((c) => c.target)).toEqual(mapping);
  });

  it('creates unknown places only when asked', async () => {
    const { backend } = await listsBackend();
    const file = await workbook([
      ['乡镇', '行政村', '村民组', '姓名', '电话'],
      ['白云乡', '新华村', '一组', '郑七', '13905511077'],
    ]);
    const base = { year: YEAR, fileName: 'new.xlsx', dataBase64: b64(file) };
    expect((await ok<ImportPreview>(backend, 'lists.import.preview', base)).errors).toBe(1);
    const p = await ok<ImportPreview>(backend, 'lists.import.preview', { ...base, createRegions: true });
    expect(p.newRegions).toEqual([
      { level: '乡镇（街道）', path: '白云乡' },
      { level: '行政村（社区）', path: '白云乡/新华村' },
      { level: '村民组', path: '白云乡/新华村/一组' },
    ]);
    const r = await ok<ImportResult>(backend, 'lists.import.commit', { ...base, createRegions: true });
    expect(r).toMatchObject({ regionsAdded: 3, text: '新增1人' });
    const tree = await ok<ListTree>(backend, 'lists.tree', { year: YEAR });
    expect(tree.regions.find((x) => x.name === '新华村')).toBeTruthy();
  });

  it('reads its own export back: every column recognised, nothing to change', async () => {
    const { backend } = await listsBackend();
    const file = await ok<{ name: string; dataBase64: string }>(backend, 'lists.export', { year: YEAR });
    expect(file.name).toBe('青山县2026年山洪灾害防御责任人名单.xlsx');
    const p = await ok<ImportPreview>(backend, 'lists.import.preview', { year: YEAR, fileName: file.name, dataBase64: file.dataBase64 });
    expect(p.headerRows).toEqual([3]);
    expect(p.columns.map((c) => c.target)).toEqual([null, 'township', 'village', 'group', 'zone', 'level', 'name', 'position', 'duty', 'phones', 'households', 'note']);
    expect(p.counts).toMatchObject({ dataRows: 23, footer: 1 });
    expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(p.changes).toEqual([]);
    expect(p.summary.reduce((n, s) => n + s.unchanged, 0)).toBe(23);
    expect(p.sheets.map((s) => s.name)).toEqual(['责任人名单', '危险区']);
    const zones = await ok<ImportPreview>(backend, 'lists.import.preview', { year: YEAR, fileName: file.name, dataBase64: file.dataBase64, sheet: 1 });
    expect(zones.columns.map((c) => c.target)).toEqual([null, 'township', 'village', 'group', 'zone', 'zoneHouseholds', 'zonePeople', 'route', 'shelter', null]);
    expect(zones.zoneChanges).toEqual([]);
    expect(zones.changes).toEqual([]);
    expect(zones.scope.kind).toBe('none');
    expect(zones.notes).toContain('文件中没有姓名列：只导入地区和危险区，不改动责任人');
    expect(zones.zonesRead).toBe(4);
  });

  it('refuses an oversized upload and a non-workbook with Chinese messages', async () => {
    const { backend } = await listsBackend();
    const notXlsx = await backend.dispatch('lists.import.preview', { year: YEAR, fileName: 'a.csv', dataBase64: b64(Buffer.from('姓名,电话')) });
    expect(notXlsx).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'dataBase64', message: '文件不是 Excel（.xlsx）格式，无法读取' } });
    const huge = await backend.dispatch('lists.import.preview', { year: YEAR, fileName: 'big.xlsx', dataBase64: 'A'.repeat(70_000_000) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '文件超过 50 MB 的上限，请拆分后再导入' } });
    const noYear = await backend.dispatch('lists.import.preview', { year: 2030, fileName: 'a.xlsx', dataBase64: b64(await messyWorkbook()) });
    expect(noYear).toMatchObject({ ok: false, error: { code: 'not_found', message: '2030年名单尚未建立：请先新建，或复制上一年的名单' } });
  });
});
