import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { insertAudit } from '../../db/repos/audit';
import { listAssignments, putAssignment, replaceGenerated, setDaySource } from '../../db/repos/roster';
import { insertLeave, listLeave } from '../../db/repos/roster-leave';
import { deleteRole, insertRole, listRoles, updateRole } from '../../db/repos/roster-roles';
import { dayHistory } from '../../db/repos/roster-history';
import { insertStaff } from '../../db/repos/staff';
import { MIGRATIONS_DIR, PERSON, tempDir } from './helpers';

function fresh(): Db {
  const r = openDatabase({ file: path.join(tempDir('roster'), 'a.sqlite'), migrationsDir: MIGRATIONS_DIR });
  if (r.state !== 'ok') throw new Error(r.state);
  return r.db;
}

const NOW = 1_800_000_000_000;

describe('roster repositories', () => {
  it('starts with 带班领导 and 值班员 (1/1/1 and 1/1/2 per day)', () => {
    const db = fresh();
    expect(listRoles(db).map((r) => ({ key: r.key, name: r.name, leader: r.leader, builtin: r.builtin, counts: r.counts }))).toEqual([
      { key: 'leader', name: '带班领导', leader: true, builtin: true, counts: { workday: 1, weekend: 1, holiday: 1 } },
      { key: 'officer', name: '值班员', leader: false, builtin: true, counts: { workday: 1, weekend: 1, holiday: 2 } },
    ]);
    db.close();
  });

  it('adds, updates and deletes a custom role with its people; built-in roles stay', () => {
    const db = fresh();
    const a = insertStaff(db, PERSON, NOW);
    const b = insertStaff(db, { ...PERSON, name: '孙浩' }, NOW);
    const role = insertRole(db, { name: '驾驶员', leader: false, followsPeriods: false, counts: { workday: 0, weekend: 1, holiday: 1 }, staffIds: [a.id] }, NOW);
    expect(role).toMatchObject({ key: 'role3', builtin: false, staffIds: [a.id] });
    expect(updateRole(db, role.key, { ...role, staffIds: [a.id, b.id] }, NOW).staffIds).toEqual([a.id, b.id]);
    // A built-in role keeps its leader flag and takes no member list.
    const leader = updateRole(db, 'leader', { name: '带班领导', leader: false, followsPeriods: false, counts: { workday: 1, weekend: 1, holiday: 1 }, staffIds: [a.id] }, NOW);
    expect(leader).toMatchObject({ leader: true, staffIds: [] });
    expect(deleteRole(db, 'leader')).toBe(false);
    expect(deleteRole(db, role.key)).toBe(true);
    expect(listRoles(db).map((r) => r.key)).toEqual(['leader', 'officer']);
    db.close();
  });

  it('replaces generated rows only: manual, locked and kept days stay', () => {
    const db = fresh();
    const s = insertStaff(db, PERSON, NOW);
    const t = insertStaff(db, { ...PERSON, name: '孙浩' }, NOW);
    putAssignment(db, { date: '2026-12-01', role: 'officer', slot: 0, staffId: s.id, source: 'generated' }, NOW);
    putAssignment(db, { date: '2026-12-02', role: 'officer', slot: 0, staffId: s.id, source: 'manual', reason: '本人申请' }, NOW);
    putAssignment(db, { date: '2026-12-03', role: 'officer', slot: 0, staffId: s.id, source: 'generated' }, NOW);
    putAssignment(db, { date: '2026-12-03', role: 'leader', slot: 0, staffId: null, source: 'generated' }, NOW);
    setDaySource(db, '2026-12-03', 'locked', NOW);
    putAssignment(db, { date: '2026-12-04', role: 'officer', slot: 0, staffId: s.id, source: 'generated' }, NOW);
    replaceGenerated(db, '2026-12-01', '2026-12-04', [{ date: '2026-12-01', role: 'officer', slot: 0, staffId: t.id, source: 'generated' }], NOW + 1, new Set(['2026-12-04']));
    const rows = listAssignments(db, '2026-12-01', '2026-12-31').map((a) => `${a.date} ${a.role} ${a.staffId ?? '-'} ${a.source} ${a.reason}`.trim());
    expect(rows).toEqual([
      `2026-12-01 officer ${t.id} generated`,
      `2026-12-02 officer ${s.id} manual 本人申请`,
      '2026-12-03 leader - locked',
      `2026-12-03 officer ${s.id} locked`,
      `2026-12-04 officer ${s.id} generated`,
    ]);
    db.close();
  });

  it('refuses a row for an unknown role or a bad date (constraints)', () => {
    const db = fresh();
    expect(() => putAssignment(db, { date: '2026-12-01', role: 'nobody', slot: 0, staffId: null, source: 'generated' }, NOW)).toThrow(/FOREIGN KEY/);
    expect(() => putAssignment(db, { date: '2026/12/01', role: 'officer', slot: 0, staffId: null, source: 'generated' }, NOW)).toThrow(/CHECK/);
    db.close();
  });

  it('lists leave overlapping a range', () => {
    const db = fresh();
    const s = insertStaff(db, PERSON, NOW);
    insertLeave(db, { staffId: s.id, from: '2026-11-28', to: '2026-12-02', kind: '出差', note: '' }, NOW);
    insertLeave(db, { staffId: s.id, from: '2026-12-20', to: '2026-12-21', kind: '请假', note: '' }, NOW);
    expect(listLeave(db, { from: '2026-12-01', to: '2026-12-10' }).map((l) => l.kind)).toEqual(['出差']);
    expect(listLeave(db, { from: '2026-12-02', to: '2026-12-20' })).toHaveLength(2);
    expect(listLeave(db, { from: '2026-12-03', to: '2026-12-19' })).toHaveLength(0);
    db.close();
  });

  it('finds a day’s history: its own edits, swaps naming it, generations covering it', () => {
    const db = fresh();
    const add = (entity: string, entityId: string, summary: string, at: number) =>
      insertAudit(db, { at, operatorId: null, operatorName: '赵敏', entity, entityId, action: 'update', summary });
    add('roster_generate', '2026-12-01~2026-12-31', 'gen', 1);
    add('roster_day', '2026-12-05', 'own', 2);
    add('roster_day', '2026-12-05,2026-12-20', 'swap', 3);
    add('roster_day', '2026-12-15', 'other', 4);
    add('roster_generate', '2027-01-01~2027-01-31', 'later', 5);
    add('staff', '2026-12-05', 'not roster', 6);
    expect(dayHistory(db, '2026-12-05').map((h) => h.summary)).toEqual(['swap', 'own', 'gen']);
    expect(dayHistory(db, '2026-12-20').map((h) => h.summary)).toEqual(['swap', 'gen']);
    expect(dayHistory(db, '2026-11-30')).toEqual([]);
    db.close();
  });
});
