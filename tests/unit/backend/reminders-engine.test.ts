import { describe, expect, it } from 'vitest';
import { ok, tempDir } from '../../db/helpers';
import type { ReminderAlert, ReminderRuleView } from '../../../shared/contract/reminders';
import type { AuditEntry } from '../../../shared/audit/types';
import { timeOfDayOf } from '../../../shared/time/civil';
import { at, MINUTE, openDesk, peek, sampleDesk, show } from './reminders-helpers';

const DAY = '2026-07-01';

describe('the 12:00 sequence', () => {
  it('delivers 11:00, 11:40, 12:00 and the 15-minute repeats as the scheduler wakes', async () => {
    const desk = await sampleDesk(at(DAY, '08:00'));
    desk.wake(at(DAY, '08:01'));
    for (const t of ['10:59', '11:00', '11:01', '11:40', '12:00', '12:14', '12:15']) desk.wake(at(DAY, t));
    expect(desk.pushed.map((a) => `${timeOfDayOf(a.dueAt)} ${a.title} ${a.catchUp}`)).toEqual([
      '11:00 准备每日值班报告 false',
      '11:40 距12:00上报还有20分钟 false',
      '12:00 每日值班报告已超时未上报 false',
      '12:15 每日值班报告已超时未上报 false',
    ]);
    expect(desk.pushed.every((a) => a.route === '/daily-report' && a.date === DAY)).toBe(true);
    const list = await desk.alerts();
    expect(list.unacknowledgedCount).toBe(4);
    expect(list.unacknowledged.map((a) => timeOfDayOf(a.dueAt))).toEqual(['12:15', '12:00', '11:40', '11:00']);
  });

  it('stores the occurrence and last_tick before it delivers', async () => {
    const desk = await sampleDesk(at(DAY, '11:30'));
    desk.wake(at(DAY, '11:31'));
    const seen: unknown[] = [];
    desk.backend.subscribe((e) => {
      if (e.type !== 'reminder') return;
      seen.push(peek(desk.dataDir, 'SELECT id FROM reminder_occurrences WHERE id = ?', e.alert.id).length);
      seen.push(peek<{ last_tick: number }>(desk.dataDir, 'SELECT last_tick FROM reminder_state')[0]?.last_tick);
    });
    desk.wake(at(DAY, '11:40'));
    expect(seen).toEqual([1, at(DAY, '11:40')]);
  });

  it('an early submission silences the rest of the day', async () => {
    const desk = await sampleDesk(at(DAY, '08:00'));
    desk.wake(at(DAY, '11:00'));
    desk.wake(at(DAY, '11:40'));
    desk.clock.set(at(DAY, '11:50'));
    await ok(desk.backend, 'reports.submitDaily', { date: DAY, text: '今日值班情况……' });
    for (let t = at(DAY, '11:51'); t <= at(DAY, '23:59'); t += 7 * MINUTE) desk.wake(t);
    desk.wake(at(DAY, '23:59'));
    expect(desk.pushed.map((a) => timeOfDayOf(a.dueAt))).toEqual(['11:00', '11:40']);
    const stored = peek<{ outcome: string; n: number }>(
      desk.dataDir,
      "SELECT outcome, count(*) AS n FROM reminder_occurrences WHERE date = ? GROUP BY outcome ORDER BY outcome",
      DAY,
    );
    expect(stored).toEqual([
      { outcome: 'delivered', n: 2 },
      { outcome: 'satisfied', n: 48 },
    ]);
    const history = await ok<{ days: { date: string; status: string }[]; reportsThisYear: number }>(desk.backend, 'reports.history', {});
    expect(history.days[0]).toMatchObject({ date: DAY, status: 'on_time' });
    expect(history.reportsThisYear).toBe(1);
  });

  it('a report after 12:00 is late and stops the repeats from then on', async () => {
    const desk = await sampleDesk(at(DAY, '11:59'));
    desk.wake(at(DAY, '12:00'));
    desk.wake(at(DAY, '12:15'));
    desk.clock.set(at(DAY, '12:20'));
    await ok(desk.backend, 'reports.submitDaily', { date: DAY, text: '迟报' });
    desk.wake(at(DAY, '12:30'));
    desk.wake(at(DAY, '14:00'));
    expect(desk.pushed.map((a) => timeOfDayOf(a.dueAt))).toEqual(['12:00', '12:15']);
    const history = await ok<{ days: { date: string; status: string }[] }>(desk.backend, 'reports.history', {});
    expect(history.days[0]).toMatchObject({ date: DAY, status: 'late' });
  });
});

describe('restarts', () => {
  it('closed from 10:00 to 13:00: exactly one catch-up overdue alert on start, with its original due time', async () => {
    const dir = tempDir('closed');
    const first = await sampleDesk(at(DAY, '09:30'), dir);
    first.wake(at(DAY, '10:00'));
    first.backend.close();

    const second = openDesk(dir, at(DAY, '13:05'));
    const list = await second.alerts();
    expect(list.unacknowledged.map(show)).toEqual([`${DAY} 13:00 daily-overdue 补`]);
    expect(list.unacknowledged[0]!.deliveredAt).toBe(at(DAY, '13:05'));
    expect(list.unacknowledged[0]!.body).toBe('7月1日值班报告已超过12:00截止时间1小时仍未上报，请立即上报。');
    const stored = peek<{ t: number; outcome: string }>(dir, 'SELECT due_at AS t, outcome FROM reminder_occurrences ORDER BY due_at');
    expect(stored.map((r) => `${timeOfDayOf(r.t)} ${r.outcome}`)).toEqual([
      '11:00 superseded',
      '11:40 superseded',
      '12:00 superseded',
      '12:15 superseded',
      '12:30 superseded',
      '12:45 superseded',
      '13:00 delivered',
    ]);
    second.wake(at(DAY, '13:15'));
    expect(second.pushed.map(show)).toEqual([`${DAY} 13:15 daily-overdue`]);
  });

  it('never fires an occurrence twice, whatever last_tick says after a restart', async () => {
    const dir = tempDir('twice');
    const first = await sampleDesk(at(DAY, '10:30'), dir);
    for (const t of ['11:00', '11:40', '12:00']) first.wake(at(DAY, t));
    expect(first.pushed).toHaveLength(3);
    first.backend.close();

    // Restart at the same instant: nothing new.
    const second = openDesk(dir, at(DAY, '12:00'));
    second.wake(at(DAY, '12:01'));
    second.backend.close();

    // A stale last_tick (as if the app died before saving it) replays the morning: the stored keys hold.
    const raw = peek<{ n: number }>(dir, 'SELECT count(*) AS n FROM reminder_occurrences');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(`${dir}/duty-desk.sqlite`);
    db.prepare('UPDATE reminder_state SET last_tick = ?').run(at(DAY, '08:00'));
    db.close();
    const third = openDesk(dir, at(DAY, '12:02'));
    expect(peek<{ n: number }>(dir, 'SELECT count(*) AS n FROM reminder_occurrences')).toEqual(raw);
    third.wake(at(DAY, '12:05'));
    expect([...second.pushed, ...third.pushed]).toEqual([]);
    const list = await third.alerts();
    expect(list.unacknowledged.map((a) => timeOfDayOf(a.dueAt))).toEqual(['12:00', '11:40', '11:00']);
  });

  it('a new, empty data file stays quiet until people are added, then reminds from then on', async () => {
    const dir = tempDir('empty');
    const desk = openDesk(dir, at(DAY, '11:30'));
    desk.wake(at(DAY, '12:00'));
    expect(desk.pushed).toEqual([]);
    await ok(desk.backend, 'system.loadSampleData');
    desk.wake(at(DAY, '12:10'));
    expect(desk.pushed).toEqual([]);
    desk.wake(at(DAY, '12:15'));
    expect(desk.pushed.map(show)).toEqual([`${DAY} 12:15 daily-overdue`]);
  });
});

describe('alerts are acknowledged by an operator', () => {
  it('records who and when, refuses a second acknowledgement, and audits it', async () => {
    const desk = await sampleDesk(at(DAY, '11:59'));
    desk.wake(at(DAY, '12:00'));
    const [alert] = desk.pushed;
    desk.clock.set(at(DAY, '12:03'));
    const acked = await ok<ReminderAlert>(desk.backend, 'reminders.acknowledge', { id: alert!.id });
    expect(acked).toMatchObject({ ackAt: at(DAY, '12:03'), ackByName: '赵敏' });
    const again = await desk.backend.dispatch('reminders.acknowledge', { id: alert!.id });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('已由 赵敏');
    const list = await desk.alerts();
    expect(list.unacknowledgedCount).toBe(0);
    expect(list.history.map((a) => a.id)).toEqual([alert!.id]);
    const audit = await ok<{ rows: AuditEntry[] }>(desk.backend, 'audit.list', { entity: 'reminder' });
    expect(audit.rows[0]).toMatchObject({ action: 'acknowledge', operatorName: '赵敏' });
  });

  it('acknowledges everything at once', async () => {
    const desk = await sampleDesk(at(DAY, '10:59'));
    for (const t of ['11:00', '11:40', '12:00']) desk.wake(at(DAY, t));
    expect(await ok(desk.backend, 'reminders.acknowledgeAll')).toEqual({ count: 3 });
    expect(await ok(desk.backend, 'reminders.count')).toEqual({ unacknowledged: 0 });
  });
});

describe('rules are data', () => {
  it('lists the defaults and applies an edited time from the next wake, with an audit row', async () => {
    const desk = await sampleDesk(at(DAY, '10:00'));
    const rules = await ok<ReminderRuleView[]>(desk.backend, 'reminders.rules');
    expect(rules.map((r) => `${r.id} ${r.time}`)).toEqual([
      'daily-prepare 11:00',
      'daily-warn 11:40',
      'daily-overdue 12:00',
      'period-notice 09:00',
      'zero-collect 09:00',
      'zero-deadline 15:00',
      'plan-deadline 09:00',
      'list-season 09:00',
    ]);
    expect(rules.find((r) => r.id === 'daily-overdue')).toMatchObject({ repeatMinutes: 15, builtIn: true });
    await ok(desk.backend, 'reminders.updateRule', { id: 'daily-warn', time: '11:45', repeatMinutes: null, enabled: true });
    await ok(desk.backend, 'reminders.updateRule', { id: 'daily-overdue', time: '12:00', repeatMinutes: 30, enabled: true });
    await ok(desk.backend, 'reminders.updateRule', { id: 'daily-prepare', time: '11:00', repeatMinutes: null, enabled: false });
    for (const t of ['11:00', '11:40', '11:45', '12:00', '12:15', '12:30']) desk.wake(at(DAY, t));
    expect(desk.pushed.map((a) => timeOfDayOf(a.dueAt))).toEqual(['11:45', '12:00', '12:30']);
    const audit = await ok<{ rows: AuditEntry[] }>(desk.backend, 'audit.list', { entity: 'reminder_rule' });
    expect(audit.rows.map((r) => r.summary)).toContain('修改提醒规则：距12:00上报还有20分钟');
    const warn = audit.rows.find((r) => r.entityId === 'daily-warn')!;
    expect(warn.before).toMatchObject({ time: '11:40' });
    expect(warn.after).toMatchObject({ time: '11:45' });
  });

  it('keeps edits across restarts and refuses a bad time with a Chinese message', async () => {
    const dir = tempDir('rules');
    const desk = await sampleDesk(at(DAY, '10:00'), dir);
    await ok(desk.backend, 'reminders.updateRule', { id: 'zero-deadline', time: '16:00', repeatMinutes: null, enabled: true });
    const bad = await desk.backend.dispatch('reminders.updateRule', { id: 'zero-deadline', time: '25:00', repeatMinutes: null, enabled: true });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'invalid_input', field: 'time', message: '提醒时刻应为 HH:mm，如 11:40' });
    desk.backend.close();
    const again = openDesk(dir, at(DAY, '10:05'));
    const rules = await ok<ReminderRuleView[]>(again.backend, 'reminders.rules');
    expect(rules.find((r) => r.id === 'zero-deadline')?.time).toBe('16:00');
  });
});

describe('a wake every minute', () => {
  it('delivers each of the day’s 52 occurrences of 2026-10-02 (国庆节) once and on time', async () => {
    const desk = await sampleDesk(at('2026-10-01', '23:59'));
    desk.wake(at('2026-10-01', '23:59'));
    const before = desk.pushed.length;
    for (let t = at('2026-10-02', '00:00'); t < at('2026-10-03', '00:00'); t += MINUTE) desk.wake(t);
    const day = desk.pushed.slice(before);
    expect(day).toHaveLength(52);
    expect(new Set(day.map((a) => a.key)).size).toBe(52);
    expect(day.every((a) => !a.catchUp && a.deliveredAt === a.dueAt)).toBe(true);
  }, 60_000);
});
