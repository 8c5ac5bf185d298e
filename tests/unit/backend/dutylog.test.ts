import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import type { DutyLogDay, Handover, LogEntry } from '../../../shared/contract/dutylog';
import type { DailyReportDraft, DailyReportRecord } from '../../../shared/contract/reports';
import type { AuditEntry } from '../../../shared/audit/types';
import { dailyReportText } from '../../../shared/reminders/index';
import { at, sampleDesk } from './reminders-helpers';

const entry = (t: number, category: string, content: string, extra: Partial<LogEntry> = {}) => ({
  at: t,
  category,
  content,
  handledBy: '赵敏',
  followUp: '',
  open: false,
  ...extra,
});

describe('值班日志', () => {
  it('files entries under the duty day of their time (shift change 08:30) and audits them', async () => {
    const desk = await sampleDesk(at('2026-12-02', '10:00'));
    const night = await ok<LogEntry>(desk.backend, 'dutylog.create', entry(at('2026-12-02', '02:10'), '来电', '某村村民来电反映道路积水'));
    const morning = await ok<LogEntry>(desk.backend, 'dutylog.create', entry(at('2026-12-02', '09:15'), '来文', '收到市防指关于寒潮天气的通知'));
    expect([night.dutyDate, morning.dutyDate]).toEqual(['2026-12-01', '2026-12-02']);
    expect(morning.createdBy).toBe('赵敏');
    const day = await ok<DutyLogDay>(desk.backend, 'dutylog.day', {});
    expect(day.dutyDate).toBe('2026-12-02');
    expect(day.entries.map((e) => e.id)).toEqual([morning.id]);
    const audit = await ok<{ rows: AuditEntry[] }>(desk.backend, 'audit.list', { entity: 'dutylog' });
    expect(audit.rows).toHaveLength(2);
  });

  it('refuses an empty content, an unknown type and a time in the future', async () => {
    const desk = await sampleDesk(at('2026-12-02', '10:00'));
    const empty = await desk.backend.dispatch('dutylog.create', entry(at('2026-12-02', '09:00'), '来电', '  '));
    expect(!empty.ok && empty.error).toMatchObject({ field: 'content', message: '内容不能为空' });
    const type = await desk.backend.dispatch('dutylog.create', entry(at('2026-12-02', '09:00'), '闲聊', '内容'));
    expect(!type.ok && type.error.message).toContain('类型应为来电');
    const future = await desk.backend.dispatch('dutylog.create', entry(at('2026-12-02', '11:00'), '来电', '内容'));
    expect(!future.ok && future.error).toMatchObject({ field: 'at' });
  });

  it('carries open items to the next duty day and records the handover with both officers named', async () => {
    const desk = await sampleDesk(at('2026-12-02', '10:00'));
    const open = await ok<LogEntry>(
      desk.backend,
      'dutylog.create',
      entry(at('2026-12-02', '09:40'), '突发事件', '青石镇报告一处道路塌方', { open: true, followUp: '等待交通部门处置结果' }),
    );
    await ok(desk.backend, 'dutylog.create', entry(at('2026-12-02', '09:50'), '领导指示', '王局长要求密切关注'));
    desk.clock.set(at('2026-12-03', '08:25'));
    const h = await ok<Handover>(desk.backend, 'dutylog.handover', { dutyDate: '2026-12-02', fromOfficer: '赵敏', toOfficer: '孙浩', note: '' });
    expect(h).toMatchObject({ dutyDate: '2026-12-02', toDate: '2026-12-03', fromOfficer: '赵敏', toOfficer: '孙浩', openItems: [open.id] });
    expect(h.summary).toContain('交班人：赵敏；接班人：孙浩');
    expect(h.summary).toContain('遗留事项1项');
    expect(h.summary).toContain('青石镇报告一处道路塌方');
    desk.clock.set(at('2026-12-03', '09:00'));
    const next = await ok<DutyLogDay>(desk.backend, 'dutylog.day', {});
    expect(next.dutyDate).toBe('2026-12-03');
    expect(next.carried.map((e) => e.id)).toEqual([open.id]);
    const closed = await ok<LogEntry>(desk.backend, 'dutylog.setOpen', { id: open.id, open: false });
    expect(closed).toMatchObject({ open: false, closedBy: '赵敏', closedAt: at('2026-12-03', '09:00') });
    expect((await ok<DutyLogDay>(desk.backend, 'dutylog.day', {})).carried).toEqual([]);
    const before = await ok<DutyLogDay>(desk.backend, 'dutylog.day', { dutyDate: '2026-12-02' });
    expect(before.handover?.toOfficer).toBe('孙浩');
  });

  it('refuses to hand over a duty day that has not started', async () => {
    const desk = await sampleDesk(at('2026-12-02', '10:00'));
    const r = await desk.backend.dispatch('dutylog.handover', { dutyDate: '2026-12-03', fromOfficer: '甲', toOfficer: '乙' });
    expect(r.ok).toBe(false);
  });
});

describe('每日12:00 值班报告', () => {
  it('pre-fills from the roster and the log of the 24 hours before 12:00, and says when no roster exists', async () => {
    const desk = await sampleDesk(at('2026-12-02', '10:00'));
    await ok(desk.backend, 'dutylog.create', entry(at('2026-12-01', '11:30'), '来电', '不在本期'));
    await ok(desk.backend, 'dutylog.create', entry(at('2026-12-01', '15:00'), '来电', '群众来电咨询寒潮防御'));
    await ok(desk.backend, 'dutylog.create', entry(at('2026-12-02', '09:00'), '来文', '收到寒潮预警'));
    const draft = await ok<DailyReportDraft>(desk.backend, 'reports.daily', {});
    expect(draft).toMatchObject({ date: '2026-12-02', status: 'pending', org: '青山县应急管理局', phones: ['0551-62880110'], submitted: null });
    // The sample roster covers this month and the next: the day's 带班领导 and 值班员 come from it.
    expect(draft.rostered).toBe(true);
    expect(draft.leader).not.toBe('');
    expect(draft.officers.length).toBeGreaterThan(0);
    const unrostered = await ok<DailyReportDraft>(desk.backend, 'reports.daily', { date: '2026-11-15' });
    expect(unrostered).toMatchObject({ rostered: false, leader: '', officers: [], status: 'missing' });
    expect(draft.logEntries.map((e) => e.text)).toEqual(['群众来电咨询寒潮防御；处理人：赵敏', '收到寒潮预警；处理人：赵敏']);
    const text = dailyReportText({ ...draft, logEntries: draft.logEntries });
    expect(text).toContain('共记录值班日志2条（来电1条、来文1条）');
    expect(text).toContain(`带班领导：${draft.leader}；值班员：${draft.officers.join('、')}；值班电话：0551-62880110。`);
  });

  it('marks the report as made once, with time and operator', async () => {
    const desk = await sampleDesk(at('2026-12-02', '11:20'));
    const rec = await ok<DailyReportRecord>(desk.backend, 'reports.submitDaily', { date: '2026-12-02', text: '报告正文' });
    expect(rec).toMatchObject({ submittedAt: at('2026-12-02', '11:20'), submittedByName: '赵敏' });
    const again = await desk.backend.dispatch('reports.submitDaily', { date: '2026-12-02', text: '再报' });
    expect(!again.ok && again.error.code).toBe('conflict');
    const early = await desk.backend.dispatch('reports.submitDaily', { date: '2026-12-03', text: '明天' });
    expect(!early.ok && early.error.field).toBe('date');
    expect((await ok<DailyReportDraft>(desk.backend, 'reports.daily', {})).status).toBe('on_time');
  });

  it('lists the history since the desk started, with 按时/迟报/未报 and the count this year', async () => {
    const dir = (await sampleDesk(at('2026-12-01', '08:00'))).dataDir;
    const { openDesk } = await import('./reminders-helpers');
    const desk = openDesk(dir, at('2026-12-01', '11:00'));
    await desk.login();
    await ok(desk.backend, 'reports.submitDaily', { date: '2026-12-01', text: '按时' });
    desk.clock.set(at('2026-12-03', '12:30'));
    await ok(desk.backend, 'reports.submitDaily', { date: '2026-12-03', text: '迟报' });
    desk.clock.set(at('2026-12-04', '11:00'));
    const h = await ok<{ days: { date: string; status: string }[]; reportsThisYear: number; onTime: number; late: number; missing: number }>(
      desk.backend,
      'reports.history',
      {},
    );
    expect(h.days.map((d) => `${d.date} ${d.status}`)).toEqual(['2026-12-04 pending', '2026-12-03 late', '2026-12-02 missing', '2026-12-01 on_time']);
    expect(h).toMatchObject({ reportsThisYear: 2, onTime: 1, late: 1, missing: 1 });
  });
});
