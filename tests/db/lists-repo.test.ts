import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { getYear, insertRegion, insertYear, insertZone, listRegions, listZones, touchYear, yearRev } from '../../db/repos/lists';
import { copyYear } from '../../db/repos/lists-copy';
import { getPersons, listPersons, personInserter, type PersonWrite } from '../../db/repos/lists-persons';
import { auditWriter, personHistory, PERSON_ENTITY } from '../../db/repos/lists-history';
import { readMapping, saveMapping } from '../../db/repos/lists-mappings';
import { insertCall, lastCalls } from '../../db/repos/lists-calls';
import { MIGRATIONS_DIR, tempDir } from './helpers';

function open(): Db {
  const r = openDatabase({ file: path.join(tempDir('lists'), 'd.sqlite'), migrationsDir: MIGRATIONS_DIR });
  if (r.state !== 'ok') throw new Error(r.problem);
  return r.db;
}

const P = (regionId: number, name: string, level: PersonWrite['level'] = 'group', zoneId: number | null = null): PersonWrite => ({
  level,
  regionId,
  zoneId,
  name,
  position: '组长',
  duty: '',
  phones: ['13905511003', '0551-62880201'],
  households: null,
  note: '',
  initials: 'x',
  pinyin: 'x',
});

describe('lists repositories', () => {
  it('creates a year with its county, places and zones; bumps the revision on change', () => {
    const db = open();
    const root = insertYear(db, 2026, '青山县', null, 1000);
    const t = insertRegion(db, 2026, root, 'township', '石门镇');
    const v = insertRegion(db, 2026, t.id, 'village', '枫树村');
    expect(listRegions(db, 2026).map((r) => [r.level, r.name, r.parentId])).toEqual([
      ['county', '青山县', null],
      ['township', '石门镇', root],
      ['village', '枫树村', t.id],
    ]);
    expect(() => insertRegion(db, 2026, t.id, 'village', '枫树村')).toThrow(/UNIQUE/);
    insertZone(db, 2026, { regionId: v.id, name: '枫树沟', households: 12, people: 40, route: '向东', shelter: '村部' });
    expect(listZones(db, 2026)).toHaveLength(1);
    expect(yearRev(db, 2026)).toBe(0);
    touchYear(db, 2026, 2000);
    expect(yearRev(db, 2026)).toBe(1);
    expect(getYear(db, 2026)).toMatchObject({ countyName: '青山县', createdAt: 1000, changedAt: 2000, published: null });
  });

  it('writes persons in batches of 50 and keeps the order; phones round-trip', () => {
    const db = open();
    const root = insertYear(db, 2026, '青山县', null, 1);
    const g = insertRegion(db, 2026, root, 'township', '石门镇');
    const ids: number[] = [];
    db.transaction(() => {
      const ins = personInserter(db, 2026, 5);
      for (let i = 0; i < 123; i++) ids.push(ins(P(g.id, `人${i}`, 'township')));
      ins.flush();
    })();
    const all = listPersons(db, 2026, true);
    expect(all).toHaveLength(123);
    expect(all.map((p) => p.id)).toEqual(ids);
    expect(all[0]).toMatchObject({ lineage: ids[0], phones: ['13905511003', '0551-62880201'], createdAt: 5, active: true });
    expect(getPersons(db, [ids[5]!, ids[2]!, 99_999]).map((p) => p.name)).toEqual(['人5', '人2']);
  });

  it('copies a year: places, zones and active persons, keeping each person’s lineage', () => {
    const db = open();
    const root = insertYear(db, 2025, '青山县', null, 1);
    const t = insertRegion(db, 2025, root, 'township', '石门镇');
    const v = insertRegion(db, 2025, t.id, 'village', '枫树村');
    const z = insertZone(db, 2025, { regionId: v.id, name: '枫树沟', households: 12, people: 40, route: '', shelter: '' });
    db.transaction(() => {
      const ins = personInserter(db, 2025, 1);
      ins(P(v.id, '李明', 'village'));
      ins(P(v.id, '钱二', 'household', z.id));
      ins.flush();
    })();
    db.prepare("UPDATE list_persons SET active = 0 WHERE name = '李明'").run();
    const n = db.transaction(() => copyYear(db, 2025, 2026, '青山县', 9))();
    expect(n).toEqual({ regions: 3, zones: 1, persons: 1, leaders: 0, works: 0 });
    const [copy] = listPersons(db, 2026, false);
    const [orig] = listPersons(db, 2025, true);
    expect(copy).toMatchObject({ name: '钱二', lineage: orig!.lineage, createdAt: 9 });
    expect(copy!.id).not.toBe(orig!.id);
    const zones2026 = listZones(db, 2026);
    expect(copy!.zoneId).toBe(zones2026[0]!.id);
    expect(getYear(db, 2026)).toMatchObject({ copiedFrom: 2025 });
  });

  it('finds a person’s history across years, and the import that added them in bulk', () => {
    const db = open();
    const root = insertYear(db, 2026, '青山县', null, 1);
    let id = 0;
    db.transaction(() => {
      const ins = personInserter(db, 2026, 777);
      id = ins(P(root, '陈志强', 'county'));
      ins.flush();
    })();
    const audit = auditWriter(db, 777, 1, '赵敏');
    audit('list_import', 2026, 'import', '导入2026年名单“全县.xlsx”：新增200000人');
    expect(personHistory(db, id).map((h) => h.summary)).toEqual(['导入2026年名单“全县.xlsx”：新增200000人']);
    auditWriter(db, 800, 1, '赵敏')(PERSON_ENTITY, id, 'update', '修改责任人 县级 陈志强', { position: '' }, { position: '县长' });
    expect(personHistory(db, id).map((h) => h.action)).toEqual(['update', 'import']);
    // A person with their own 新增 row does not also show the import.
    auditWriter(db, 777, 1, '赵敏')(PERSON_ENTITY, id, 'create', '新增');
    expect(personHistory(db, id).map((h) => h.action)).toEqual(['update', 'create']);
  });

  it('remembers mappings and spot-checks', () => {
    const db = open();
    saveMapping(db, '乡镇|姓名', ['township', 'name'], 1);
    saveMapping(db, '乡镇|姓名', ['township', null], 2);
    expect(readMapping(db, '乡镇|姓名')).toEqual(['township', null]);
    expect(readMapping(db, '别的')).toBeNull();
    const root = insertYear(db, 2026, '青山县', null, 1);
    let id = 0;
    db.transaction(() => {
      const ins = personInserter(db, 2026, 1);
      id = ins(P(root, '陈志强', 'county'));
      ins.flush();
    })();
    insertCall(db, { personId: id, lineage: id, year: 2026, at: 10, phone: '13905511003', result: 'no_answer', note: '', operatorName: '赵敏' });
    insertCall(db, { personId: id, lineage: id, year: 2026, at: 20, phone: '13905511003', result: 'answered', note: '', operatorName: '赵敏' });
    expect(lastCalls(db).get(id)).toMatchObject({ result: 'answered', at: 20 });
  });

  it('migrates an older data file to version 60 with the lists tables', () => {
    const db = open();
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'list_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    // Later migrations add more list_ tables (0070: the related lists); these are 0060's.
    expect(tables).toEqual(expect.arrayContaining(['list_calls', 'list_import_mappings', 'list_persons', 'list_regions', 'list_years', 'list_zones']));
    expect(Number(db.pragma('user_version', { simple: true }))).toBeGreaterThanOrEqual(60);
  });
});
