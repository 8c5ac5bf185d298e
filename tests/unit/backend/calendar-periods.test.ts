import { describe, expect, it } from 'vitest';
import { ok, testBackend } from '../../db/helpers';
import type { AuditEntry } from '../../../shared/audit/types';
import type { PeriodView } from '../../../shared/contract/calendar';
import { calendarBackend, counts } from './calendar-helpers';

const SECURITY = { name: '重大活动保障', from: '2026-11-10', to: '2026-11-12', kind: 'important', zeroReport: true, dutyOfficers: 3, note: '' } as const;

describe('calendar.periods', () => {
  it('the sample data brings 2026 汛期 and 全国两会', async () => {
    const { backend } = testBackend();
    await ok(backend, 'system.loadSampleData');
    const list = await ok<PeriodView[]>(backend, 'calendar.periods.list', { year: 2026 });
    const entered = list.filter((p) => p.origin === 'entered').map((p) => `${p.name} ${p.from}~${p.to}`);
    expect(entered).toEqual(['全国两会 2026-03-04~2026-03-11', '汛期 2026-06-01~2026-09-30', '七下八上 2026-07-16~2026-08-15']);
    expect(list.filter((p) => p.origin === 'auto')).toHaveLength(7);
  });

  it('creates, updates and deletes a period, each audited with before/after', async () => {
    const { backend, operator } = await calendarBackend();
    const created = await ok<PeriodView>(backend, 'calendar.periods.create', { ...SECURITY, name: '  重大活动保障 ' });
    expect(created).toMatchObject({ ...SECURITY, origin: 'entered', estimated: false, key: `p${created.id}` });
    const updated = await ok<PeriodView>(backend, 'calendar.periods.update', { id: created.id, ...SECURITY, to: '2026-11-13', dutyOfficers: 2 });
    expect(updated).toMatchObject({ to: '2026-11-13', dutyOfficers: 2 });
    expect((await ok<PeriodView[]>(backend, 'calendar.periods.list', { year: 2026 })).find((p) => p.id === created.id)?.to).toBe('2026-11-13');
    await ok(backend, 'calendar.periods.delete', { id: created.id });
    expect((await ok<PeriodView[]>(backend, 'calendar.periods.list', { year: 2026 })).some((p) => p.id === created.id)).toBe(false);
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'calendar_period' });
    expect(audit.rows.map((r) => r.action)).toEqual(['delete', 'update', 'create']);
    expect(audit.rows.every((r) => r.operatorId === operator.id)).toBe(true);
    expect(audit.rows[1]).toMatchObject({
      before: { periodName: '重大活动保障', to: '2026-11-12', dutyOfficers: 3, periodKind: '重要时段', zeroReport: true },
      after: { to: '2026-11-13', dutyOfficers: 2 },
    });
    expect(audit.rows[0]).toMatchObject({ after: null, before: { periodName: '重大活动保障' } });
    expect(audit.rows[2]!.summary).toBe('新增重要时段 重大活动保障（2026-11-10至2026-11-12）');
  });

  it('lists a period in each year it touches', async () => {
    const { backend } = await calendarBackend();
    await ok(backend, 'calendar.periods.create', { ...SECURITY, name: '跨年保障', from: '2026-12-30', to: '2027-01-02' });
    for (const year of [2026, 2027]) {
      expect((await ok<PeriodView[]>(backend, 'calendar.periods.list', { year })).some((p) => p.name === '跨年保障')).toBe(true);
    }
    expect((await ok<PeriodView[]>(backend, 'calendar.periods.list', { year: 2028 })).some((p) => p.name === '跨年保障')).toBe(false);
  });

  it('adjusting a holiday’s period replaces its automatic one; deleting restores the default', async () => {
    const { backend } = await calendarBackend();
    const adj = await ok<PeriodView>(backend, 'calendar.periods.create', { name: '国庆节', from: '2026-10-01', to: '2026-10-07', kind: 'holiday', zeroReport: true, dutyOfficers: 3, note: '带班领导在岗' });
    expect(adj.origin).toBe('adjusted');
    const list = await ok<PeriodView[]>(backend, 'calendar.periods.list', { year: 2026 });
    expect(list.filter((p) => p.name === '国庆节')).toEqual([adj]);
    await ok(backend, 'calendar.periods.delete', { id: adj.id });
    const back = (await ok<PeriodView[]>(backend, 'calendar.periods.list', { year: 2026 })).filter((p) => p.name === '国庆节');
    expect(back).toEqual([expect.objectContaining({ origin: 'auto', dutyOfficers: 2, id: null })]);
  });

  it.each([
    [{ name: ' ' }, 'name', '时段名称不能为空'],
    [{ name: '很'.repeat(31) }, 'name', '时段名称最多30个字'],
    [{ from: '2026-02-30' }, 'from', '开始日期无效'],
    [{ to: '11月12日' }, 'to', '结束日期无效'],
    [{ from: '2026-11-12', to: '2026-11-10' }, 'to', '结束日期（2026-11-10）不能早于开始日期（2026-11-12）'],
    [{ from: '2026-01-01', to: '2027-01-02' }, 'to', '最长366天'],
    [{ dutyOfficers: 0 }, 'dutyOfficers', '每日值班员人数应为1到20人'],
    [{ note: '字'.repeat(201) }, 'note', '备注最多200个字'],
  ])('refuses %j with a Chinese message naming the field, and writes nothing', async (change, field, text) => {
    const { backend, dataDir } = await calendarBackend();
    const before = counts(dataDir);
    const r = await backend.dispatch('calendar.periods.create', { ...SECURITY, ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: 'invalid_input', field, message: expect.stringContaining(text) });
    if (!r.ok) expect(r.error.message).not.toContain('姓名');
    expect(counts(dataDir)).toEqual(before);
  });

  it('refuses wrong types and kinds through the contract', async () => {
    const { backend, dataDir } = await calendarBackend();
    const before = counts(dataDir);
    const a = await backend.dispatch('calendar.periods.create', { ...SECURITY, kind: 'festival' });
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.error).toMatchObject({ code: 'invalid_input', field: 'kind' });
    const b = await backend.dispatch('calendar.periods.create', { ...SECURITY, dutyOfficers: 1.5 });
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.error).toMatchObject({ code: 'invalid_input', field: 'dutyOfficers' });
    expect(counts(dataDir)).toEqual(before);
  });

  it('refuses a duplicate, and an unknown id', async () => {
    const { backend, dataDir } = await calendarBackend();
    await ok(backend, 'calendar.periods.create', SECURITY);
    const before = counts(dataDir);
    const dup = await backend.dispatch('calendar.periods.create', SECURITY);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error).toMatchObject({ code: 'conflict', field: 'name' });
    const missing = await backend.dispatch('calendar.periods.update', { id: 9999, ...SECURITY });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatchObject({ code: 'not_found', message: expect.stringContaining('重要时段') });
    const gone = await backend.dispatch('calendar.periods.delete', { id: 9999 });
    expect(gone.ok).toBe(false);
    expect(counts(dataDir)).toEqual(before);
  });
});
