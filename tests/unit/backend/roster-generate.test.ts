import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import type { AuditEntry } from '../../../shared/audit/types';
import type { GenerateOutcome, RosterConfig, RosterPreview, RosterStats } from '../../../shared/contract/roster';
import type { DashboardSummary } from '../../../shared/contract/dashboard';
import { dutyOfDay } from '../../../electron/backend/services/duty-today';
import { dateRange, daysInMonth } from '../../../shared/time/civil';
import { day, failure, names, peek, rosterBackend, tableCount, view } from './roster-helpers';

describe('sample data and 今日值班', () => {
  it('brings a roster for this month and the next; the dashboard and dutyOfDay read the stored people', async () => {
    const { backend, dataDir } = await rosterBackend();
    const nov = await view(backend, '2026-11-01', '2026-11-30');
    const dec = await view(backend, '2026-12-01', '2026-12-31');
    for (const d of [...nov.days, ...dec.days]) {
      expect(d.slots.filter((s) => s.role === 'leader' && s.staffId !== null), d.date).toHaveLength(1);
      expect(d.slots.filter((s) => s.role === 'officer' && s.staffId !== null).length, d.date).toBe(d.category === 'holiday' ? 2 : 1);
    }
    // 赵敏 is away 12-05 to 12-09 and is not rostered then.
    for (const d of dec.days.filter((x) => x.date >= '2026-12-05' && x.date <= '2026-12-09')) {
      expect(d.away).toContain('赵敏（出差）');
      expect(d.slots.some((s) => s.name === '赵敏')).toBe(false);
      expect(d.conflicts).toEqual([]);
    }
    const dash = await ok<DashboardSummary>(backend, 'dashboard.summary');
    const today = await day(backend, '2026-11-30');
    expect(dash.today.rostered).toBe(true);
    expect(dash.today.leader?.name).toBe(names(today).leader);
    expect(dash.today.officers.map((o) => o.name).join('、')).toBe(names(today).officer);
    expect(dash.today.leader?.phones[0]).toMatch(/^139/);
    const db = peek(dataDir);
    const duty = dutyOfDay(db, '2026-12-01');
    const dec1 = await day(backend, '2026-12-01');
    expect(duty).toMatchObject({ date: '2026-12-01', rostered: true, leader: { name: names(dec1).leader }, others: [] });
    expect(duty.officers.map((o) => o.name)).toEqual([names(dec1).officer]);
    expect(dutyOfDay(db, '2027-03-01')).toEqual({ date: '2027-03-01', leader: null, officers: [], others: [], rostered: false });
    db.close();
  });
});

describe('生成排班: preview, then save', () => {
  it('saves exactly what the preview showed, audited once for the range', async () => {
    const { backend } = await rosterBackend();
    const preview = await ok<RosterPreview>(backend, 'roster.preview', { from: '2027-01-01', to: '2027-01-31' });
    expect(preview.changedDays).toBe(31);
    expect(preview.days.every((d) => Object.keys(d.before).length === 0)).toBe(true);
    // Nothing is written by a preview.
    expect((await view(backend, '2027-01-01', '2027-01-31')).days.every((d) => d.slots.length === 0)).toBe(true);
    // 元旦 2027 (estimated: 1/1–1/3) is a holiday with 双岗.
    expect(preview.days[0]).toMatchObject({ category: 'holiday', holidayName: '元旦' });
    expect(preview.days[0]!.after.officer!.split('、')).toHaveLength(2);

    const done = await ok<GenerateOutcome>(backend, 'roster.generate', { from: '2027-01-01', to: '2027-01-31', fingerprint: preview.fingerprint });
    expect(done).toMatchObject({ changedDays: 31, warnings: preview.warnings });
    const stored = await view(backend, '2027-01-01', '2027-01-31');
    expect(stored.days.map(names)).toEqual(preview.days.map((d) => d.after));
    expect(stored.days.every((d) => d.slots.every((s) => s.source === 'generated'))).toBe(true);

    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'roster_generate' });
    const mine = audit.rows.filter((r) => r.entityId === '2027-01-01~2027-01-31');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ action: 'generate', operatorName: '赵敏', summary: '生成排班 2027-01-01至2027-01-31：31天有变化' });
    expect((mine[0]!.after as Record<string, string>)['2027-01-04']).toMatch(/^带班领导 .+；值班员 .+$/);
    expect((await ok<AuditEntry[]>(backend, 'roster.dayHistory', { date: '2027-01-04' })).map((h) => h.summary)).toEqual([mine[0]!.summary]);

    // Generating again changes nothing and writes no audit row.
    const again = await ok<GenerateOutcome>(backend, 'roster.generate', { from: '2027-01-01', to: '2027-01-31' });
    expect(again.changedDays).toBe(0);
    expect((await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'roster_generate' })).rows.filter((r) => r.entityId === '2027-01-01~2027-01-31')).toHaveLength(1);
  });

  it('continues the rotation from last month (接着上月最后一人)', async () => {
    const { backend } = await rosterBackend();
    const config = await ok<RosterConfig>(backend, 'roster.config');
    expect(config.roles.map((r) => `${r.name}:${r.eligible}`)).toEqual(['带班领导:5', '值班员:10']);
    const dec = await view(backend, '2026-12-27', '2026-12-31');
    const lastLeaders = dec.days.map((d) => names(d).leader);
    const jan = await ok<RosterPreview>(backend, 'roster.preview', { from: '2027-01-01', to: '2027-01-31' });
    // Five leaders: nobody who led on 12-28…12-31 leads on 1 January; the one least recently on duty does.
    expect(lastLeaders.slice(1)).not.toContain(jan.days[0]!.after.leader);
  });

  it('never overwrites a day set by hand or locked; the preview says which days are kept', async () => {
    const { backend, byName } = await rosterBackend();
    await ok(backend, 'roster.generate', { from: '2027-01-01', to: '2027-01-31' });
    const jan5 = await day(backend, '2027-01-05');
    const someone = ['孙浩', '周婷', '吴磊'].map(byName).find((s) => !jan5.slots.some((x) => x.staffId === s.id) && s.id)!;
    const check = await ok<{ severity: string }[]>(backend, 'roster.check', { date: '2027-01-05', role: 'officer', slot: 0, staffId: someone.id });
    const manualId = check.some((c) => c.severity === 'error') ? null : someone.id;
    await ok(backend, 'roster.assign', { date: '2027-01-05', role: 'officer', slot: 0, staffId: manualId, reason: '手工安排' });
    await ok(backend, 'roster.lockDay', { date: '2027-01-10', locked: true });
    const manual = names(await day(backend, '2027-01-05'));
    const locked = names(await day(backend, '2027-01-10'));
    // Something changes: a leader goes on leave for the whole month.
    const leader = byName('王建国');
    await ok(backend, 'roster.leave.create', { staffId: leader.id, from: '2027-01-01', to: '2027-01-31', kind: '请假', note: '' });
    const preview = await ok<RosterPreview>(backend, 'roster.preview', { from: '2027-01-01', to: '2027-01-31' });
    expect(preview.days.filter((d) => d.kept).map((d) => d.date)).toEqual(['2027-01-05', '2027-01-10']);
    expect(preview.keptDays).toBe(2);
    await ok(backend, 'roster.generate', { from: '2027-01-01', to: '2027-01-31', fingerprint: preview.fingerprint });
    const after = await view(backend, '2027-01-01', '2027-01-31');
    const by = new Map(after.days.map((d) => [d.date, d]));
    expect(names(by.get('2027-01-05')!)).toEqual(manual);
    expect(names(by.get('2027-01-10')!)).toEqual(locked);
    expect(by.get('2027-01-10')!.locked).toBe(true);
    expect(by.get('2027-01-05')!.slots.find((s) => s.role === 'officer')).toMatchObject({ source: 'manual', reason: '手工安排' });
    for (const d of after.days) if (d.date !== '2027-01-05' && d.date !== '2027-01-10') expect(names(d).leader).not.toBe('王建国');
  });

  it('refuses to save when the result would differ from the preview; nothing written', async () => {
    const { backend, byName, dataDir } = await rosterBackend();
    const preview = await ok<RosterPreview>(backend, 'roster.preview', { from: '2027-01-01', to: '2027-01-31' });
    await ok(backend, 'roster.leave.create', { staffId: byName('孙浩').id, from: '2027-01-01', to: '2027-01-20', kind: '出差', note: '' });
    const rows = tableCount(dataDir, 'roster_assignments');
    const audit = tableCount(dataDir, 'audit_log');
    const err = await failure(backend, 'roster.generate', { from: '2027-01-01', to: '2027-01-31', fingerprint: preview.fingerprint });
    expect(err).toMatchObject({ code: 'conflict', field: 'fingerprint' });
    expect(err.message).toContain('请重新预览');
    expect(tableCount(dataDir, 'roster_assignments')).toBe(rows);
    expect(tableCount(dataDir, 'audit_log')).toBe(audit);
  });

  it('says which days and why when too few people, and fills what it can', async () => {
    const { backend, byName } = await rosterBackend();
    for (const name of ['王建国', '李文华', '张卫东', '陈秀英', '刘志强']) {
      await ok(backend, 'roster.leave.create', { staffId: byName(name).id, from: '2027-02-01', to: '2027-02-03', kind: '出差', note: '' });
    }
    const preview = await ok<RosterPreview>(backend, 'roster.preview', { from: '2027-02-01', to: '2027-02-28' });
    const leaderWarnings = preview.warnings.filter((w) => w.role === 'leader');
    expect(leaderWarnings.map((w) => w.date)).toEqual(['2027-02-01', '2027-02-02', '2027-02-03']);
    expect(leaderWarnings[0]!.message).toBe('2027-02-01 带班领导：无人可排（5人出差）');
    expect(preview.emptySlots).toBe(3);
    expect(preview.days[0]!.after.leader).toBe('（空缺）');
    expect(preview.days[0]!.after.officer).toBeTruthy();
  });

  it('generates a holiday period: 国庆节 with 双岗 each day', async () => {
    const { backend } = await rosterBackend();
    const preview = await ok<RosterPreview>(backend, 'roster.preview', { from: '2026-10-01', to: '2026-10-07' });
    expect(preview.days.every((d) => d.category === 'holiday' && d.holidayName === '国庆节')).toBe(true);
    expect(preview.days.every((d) => d.after.officer!.split('、').length === 2)).toBe(true);
    expect(preview.warnings).toEqual([]);
    await ok(backend, 'roster.generate', { from: '2026-10-01', to: '2026-10-07', fingerprint: preview.fingerprint });
    const oct = await view(backend, '2026-10-01', '2026-10-07');
    const officers = oct.days.flatMap((d) => d.slots.filter((s) => s.role === 'officer').map((s) => s.name));
    // 14 holiday duties over 10 officers: nobody more than twice.
    const per = new Map<string, number>();
    for (const n of officers) per.set(n, (per.get(n) ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(2);
  });

  it('raises the 值班员 count in an important period with 双岗 (七下八上)', async () => {
    const { backend } = await rosterBackend();
    const preview = await ok<RosterPreview>(backend, 'roster.preview', { from: '2026-07-14', to: '2026-07-17' });
    expect(preview.days.map((d) => d.after.officer!.split('、').length)).toEqual([1, 1, 2, 2]);
  });

  it.each([
    [{ from: '2026-13-01', to: '2026-12-31' }, 'from', '开始日期应为有效日期，如 2026-12-01'],
    [{ from: '2026-12-01', to: '2026-11-30' }, 'to', '结束日期（2026-11-30）不能早于开始日期（2026-12-01）'],
    [{ from: '2026-01-01', to: '2027-06-30' }, 'to', '一次最多366天，请缩小日期范围'],
    [{ from: '2026-12-01' }, 'to', '字段「结束日期」'],
  ])('refuses a bad range %j with a Chinese message naming the field; nothing written', async (input, field, message) => {
    const { backend, dataDir } = await rosterBackend();
    const rows = tableCount(dataDir, 'roster_assignments');
    const audit = tableCount(dataDir, 'audit_log');
    const err = await failure(backend, 'roster.generate', input);
    expect(err.code).toBe('invalid_input');
    expect(err.field).toBe(field);
    expect(err.message).toContain(message);
    expect(tableCount(dataDir, 'roster_assignments')).toBe(rows);
    expect(tableCount(dataDir, 'audit_log')).toBe(audit);
  });

  it('month by month over a year, carries the year’s counts: spreads stay within 1 per category', async () => {
    const { backend } = await rosterBackend();
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      await ok(backend, 'roster.generate', { from: `2027-${mm}-01`, to: `2027-${mm}-${daysInMonth(2027, m)}` });
    }
    const stats = await ok<RosterStats>(backend, 'roster.stats', { year: 2027 });
    for (const { name, summary } of stats.spread) {
      for (const k of ['workday', 'weekend', 'holiday', 'total'] as const) expect(summary[k].spread, `${name} ${k}`).toBeLessThanOrEqual(1);
    }
  });

  it('covers every day of a generated range', async () => {
    const { backend } = await rosterBackend();
    await ok(backend, 'roster.generate', { from: '2027-01-01', to: '2027-03-31' });
    const v = await view(backend, '2027-01-01', '2027-03-31');
    expect(v.days.map((d) => d.date)).toEqual(dateRange('2027-01-01', '2027-03-31'));
    expect(v.days.every((d) => d.slots.length >= 2 && d.conflicts.length === 0)).toBe(true);
  });
});
