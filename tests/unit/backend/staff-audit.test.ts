import { describe, expect, it } from 'vitest';
import { ok, PERSON, testBackend } from '../../db/helpers';
import type { Staff } from '../../../shared/staff/types';
import type { AuditEntry } from '../../../shared/audit/types';

async function withOperator() {
  const t = testBackend();
  await ok(t.backend, 'system.loadSampleData');
  const staff = await ok<Staff[]>(t.backend, 'staff.list', {});
  await ok(t.backend, 'session.setOperator', { staffId: staff[0]!.id });
  return { ...t, operator: staff[0]! };
}

describe('staff directory through dispatch', () => {
  it('normalises full-width phones and records the change with before/after', async () => {
    const { backend, operator, clock } = await withOperator();
    const created = await ok<Staff>(backend, 'staff.create', PERSON);
    expect(created.phones).toEqual(['13805510011']);
    clock.advance(60_000);
    const updated = await ok<Staff>(backend, 'staff.update', { id: created.id, ...PERSON, position: '副科长', phones: ['0551 6288 0111', '13805510011'] });
    expect(updated.phones).toEqual(['0551-62880111', '13805510011']);
    const audit = await ok<{ total: number; rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'staff' });
    const upd = audit.rows.find((r) => r.action === 'update')!;
    expect(upd.operatorName).toBe(operator.name);
    expect(upd.operatorId).toBe(operator.id);
    expect((upd.before as Staff).position).toBe('科员');
    expect((upd.after as Staff).position).toBe('副科长');
    expect(upd.at).toBe(clock.now());
    expect(audit.rows.some((r) => r.action === 'create' && r.summary.includes('赵敏'))).toBe(true);
  });

  it('refuses a bad phone with a Chinese message naming the field, and writes nothing', async () => {
    const { backend } = await withOperator();
    const before = await ok<Staff[]>(backend, 'staff.list', { includeInactive: true });
    const auditBefore = await ok<{ total: number }>(backend, 'audit.list', {});
    const r = await backend.dispatch('staff.create', { ...PERSON, phones: ['13805510011', '0551-123'] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.field).toBe('phones.1');
      expect(r.error.message).toContain('联系电话');
      expect(r.error.message).toContain('座机号');
    }
    expect(await ok<Staff[]>(backend, 'staff.list', { includeInactive: true })).toEqual(before);
    expect((await ok<{ total: number }>(backend, 'audit.list', {})).total).toBe(auditBefore.total);
  });

  it('names the field for a missing name and for wrong types', async () => {
    const { backend } = await withOperator();
    const a = await backend.dispatch('staff.create', { ...PERSON, name: '  ' });
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.error).toMatchObject({ code: 'invalid_input', field: 'name', message: '姓名不能为空' });
    const b = await backend.dispatch('staff.create', { ...PERSON, canLead: 'yes' });
    if (!b.ok) expect(b.error.message).toContain('可任带班领导');
    expect(b.ok).toBe(false);
  });

  it('requires a role', async () => {
    const { backend } = await withOperator();
    const r = await backend.dispatch('staff.create', { ...PERSON, canLead: false, canDuty: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('值班角色');
  });

  it('deactivates and reactivates, never deletes', async () => {
    const { backend } = await withOperator();
    const s = await ok<Staff>(backend, 'staff.create', PERSON);
    await ok(backend, 'staff.setActive', { id: s.id, active: false });
    expect((await ok<Staff[]>(backend, 'staff.list', {})).some((x) => x.id === s.id)).toBe(false);
    expect((await ok<Staff[]>(backend, 'staff.list', { includeInactive: true })).find((x) => x.id === s.id)?.active).toBe(false);
    await ok(backend, 'staff.setActive', { id: s.id, active: true });
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'staff' });
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['deactivate', 'activate']));
  });

  it('refuses to deactivate the current operator', async () => {
    const { backend, operator } = await withOperator();
    const r = await backend.dispatch('staff.setActive', { id: operator.id, active: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('当前操作员');
  });

  it('needs an operator for writes once staff exist', async () => {
    const { backend } = testBackend();
    await ok(backend, 'system.loadSampleData');
    const r = await backend.dispatch('staff.create', PERSON);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('no_operator');
  });

  it('lets the first person be added to an empty file', async () => {
    const { backend } = testBackend();
    const s = await ok<Staff>(backend, 'staff.create', PERSON);
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', {});
    expect(audit.rows[0]).toMatchObject({ entity: 'staff', entityId: String(s.id), operatorName: '（初始设置）' });
  });
});

describe('sample data', () => {
  it('loads into an empty file only', async () => {
    const { backend } = testBackend();
    const r = await ok<{ staff: number }>(backend, 'system.loadSampleData');
    expect(r.staff).toBeGreaterThan(10);
    const status = await ok<{ isEmpty: boolean; sampleData: boolean }>(backend, 'system.status');
    expect(status).toMatchObject({ isEmpty: false, sampleData: true });
    const again = await backend.dispatch('system.loadSampleData', {});
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('not_empty');
  });
});

describe('settings', () => {
  it('validates, saves and audits only what changed', async () => {
    const { backend } = await withOperator();
    const bad = await backend.dispatch('settings.update', { shiftChange: '8点半' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ field: 'shiftChange' });
    const s = await ok<{ shiftChange: string; orgName: string }>(backend, 'settings.update', { shiftChange: '09:00' });
    expect(s.shiftChange).toBe('09:00');
    expect(s.orgName).toBe('青山县应急管理局');
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'settings' });
    expect(audit.rows[0]).toMatchObject({ before: { shiftChange: '08:30' }, after: { shiftChange: '09:00' } });
  });
});

describe('audit filters', () => {
  it('filters by operator, entity and text', async () => {
    const { backend, operator } = await withOperator();
    await ok(backend, 'staff.create', PERSON);
    await ok(backend, 'settings.update', { dutyPhone: '0551-62880110' });
    const byText = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { text: '赵敏' });
    expect(byText.rows.length).toBeGreaterThan(0);
    expect(byText.rows.every((r) => JSON.stringify(r).includes('赵敏'))).toBe(true);
    const byOp = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { operatorId: operator.id });
    expect(byOp.rows.every((r) => r.operatorId === operator.id)).toBe(true);
    const none = await ok<{ total: number }>(backend, 'audit.list', { text: '100%_不存在' });
    expect(none.total).toBe(0);
  });
});
