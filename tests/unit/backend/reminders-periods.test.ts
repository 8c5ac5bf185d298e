import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import type { NoticeDraft, PeriodNoticeInfo, ReportUnit, ZeroReportDay } from '../../../shared/contract/reports';
import { formatInstant, timeOfDayOf } from '../../../shared/time/civil';
import { DEFAULT_RULES, occurrencesBetween, type Period } from '../../../shared/reminders/index';
import { at, sampleDesk } from './reminders-helpers';

describe('holiday notices', () => {
  it('lands on the third working day before 春节 counting the 调休 Saturday (2026-02-14), at 09:00', async () => {
    const desk = await sampleDesk(at('2026-02-11', '08:00'));
    desk.wake(at('2026-02-11', '09:30'));
    desk.wake(at('2026-02-12', '08:59'));
    expect(desk.pushed.filter((a) => a.kind === 'period_notice')).toEqual([]);
    desk.wake(at('2026-02-12', '09:00'));
    const notices = desk.pushed.filter((a) => a.kind === 'period_notice');
    expect(notices.map((a) => [formatInstant(a.dueAt), a.title, a.catchUp, a.route])).toEqual([
      ['2026-02-12 09:00', '关于做好春节期间应急值班值守工作的通知', false, '/daily-report/notices'],
    ]);
    expect(notices[0]!.body).toContain('春节（2月15日至2月23日）还有3个工作日开始');
  });

  it('lands on Monday 2026-09-28 for 国庆节 and is silenced once the notice is issued', async () => {
    const desk = await sampleDesk(at('2026-09-25', '08:00'));
    const periods = await ok<PeriodNoticeInfo[]>(desk.backend, 'reports.periods');
    const gq = periods.find((p) => p.name === '国庆节')!;
    expect(gq).toMatchObject({ id: '国庆节@2026', from: '2026-10-01', to: '2026-10-07', noticeDue: '2026-09-28', issued: null, estimated: false });
    const draft = await ok<NoticeDraft>(desk.backend, 'reports.notice', { periodId: gq.id });
    expect(draft.text.split('\n')[0]).toBe('关于做好国庆节期间应急值班值守工作的通知');
    expect(draft.text).toContain('每日15时前');
    expect(draft.text).toContain('0551-62880110');
    expect(draft.text).toContain('青山县应急管理局');
    expect(draft.text).toContain('各乡镇人民政府、街道办事处，县防指各成员单位：');
    const issued = await ok<PeriodNoticeInfo>(desk.backend, 'reports.issueNotice', { periodId: gq.id, docNo: '青应急〔2026〕45号', text: draft.text });
    expect(issued.issued).toMatchObject({ docNo: '青应急〔2026〕45号', issuedByName: '赵敏' });
    desk.wake(at('2026-09-28', '09:00'));
    expect(desk.pushed.filter((a) => a.kind === 'period_notice')).toEqual([]);
  });

  it('a 补提醒 of the notice after a long weekend names the original due time', async () => {
    const desk = await sampleDesk(at('2026-04-27', '08:00'));
    desk.wake(at('2026-04-27', '08:30'));
    // 劳动节 2026-05-01: 3 working days before is Tuesday 04-28; the app is next opened on 04-29.
    desk.wake(at('2026-04-29', '08:10'));
    const notice = desk.pushed.filter((a) => a.kind === 'period_notice');
    expect(notice.map((a) => [formatInstant(a.dueAt), a.catchUp])).toEqual([['2026-04-28 09:00', true]]);
  });
});

describe('zero reports during a period', () => {
  it('reminds at 09:00 and 15:00; the deadline alert lists the units that have not reported', async () => {
    const desk = await sampleDesk(at('2026-10-02', '08:00'));
    desk.wake(at('2026-10-02', '08:01'));
    desk.wake(at('2026-10-02', '09:00'));
    const units = await ok<ReportUnit[]>(desk.backend, 'reports.units', {});
    expect(units).toHaveLength(8);
    for (const u of units.slice(0, 6)) await ok(desk.backend, 'reports.setZeroStatus', { date: '2026-10-02', unitId: u.id, status: '零报告' });
    desk.wake(at('2026-10-02', '15:00'));
    const zero = desk.pushed.filter((a) => a.kind !== 'daily_report');
    expect(zero.map((a) => `${timeOfDayOf(a.dueAt)} ${a.title}`)).toEqual(['09:00 收集零报告（国庆节）', '15:00 零报告截止（国庆节）']);
    expect(zero[1]!.body).toContain('未报单位（2个）：县气象局（0551-62882003）、县交通运输局（0551-62882004）。');
  });

  it('a checklist per day: 未报/零报告/有情况, the summary when all reported, marked sent, deadline silenced', async () => {
    const desk = await sampleDesk(at('2026-10-03', '10:00'));
    const date = '2026-10-03';
    const day0 = await ok<ZeroReportDay>(desk.backend, 'reports.zeroDay', { date });
    expect(day0.periods.map((p) => p.name)).toEqual(['国庆节']);
    expect(day0.deadline).toBe('15:00');
    expect(day0.allReported).toBe(false);
    expect(day0.units.every((u) => u.status === '未报')).toBe(true);
    const noNote = await desk.backend.dispatch('reports.setZeroStatus', { date, unitId: day0.units[0]!.unitId, status: '有情况' });
    expect(noNote.ok).toBe(false);
    if (!noNote.ok) expect(noNote.error.message).toBe('请填写城关镇报告的情况');
    let day = day0;
    for (const u of day0.units) {
      day = await ok<ZeroReportDay>(desk.backend, 'reports.setZeroStatus', {
        date,
        unitId: u.unitId,
        status: u.name === '青石镇' ? '有情况' : '零报告',
        note: u.name === '青石镇' ? '10时许一处山体小面积滑坡，无人员伤亡，已设置警示' : '',
      });
    }
    expect(day.allReported).toBe(true);
    expect(day.summary).toBe('截至15时，青石镇报告：10时许一处山体小面积滑坡，无人员伤亡，已设置警示；其余7个单位均无突发事件发生。');
    desk.clock.set(at(date, '14:30'));
    const sent = await ok<ZeroReportDay>(desk.backend, 'reports.markZeroSent', { date, summary: day.summary });
    expect(sent.sent).toMatchObject({ sentAt: at(date, '14:30'), sentByName: '赵敏' });
    desk.wake(at(date, '15:00'));
    expect(desk.pushed.filter((a) => a.kind === 'period_deadline')).toEqual([]);
  });

  it('says 全县…均无突发事件发生 when every unit sent a zero report', async () => {
    const desk = await sampleDesk(at('2026-10-04', '10:00'));
    const day0 = await ok<ZeroReportDay>(desk.backend, 'reports.zeroDay', {});
    let day = day0;
    for (const u of day0.units) day = await ok<ZeroReportDay>(desk.backend, 'reports.setZeroStatus', { date: day0.date, unitId: u.unitId, status: '零报告' });
    expect(day.summary).toBe('截至15时，全县各乡镇（街道）、各成员单位均无突发事件发生。');
  });

  it('fires only once a day where two zero-report periods overlap (七下八上 inside 主汛期)', () => {
    const main: Period = { id: 'main', name: '主汛期（北方）', from: '2026-07-01', to: '2026-08-31', zeroReport: true };
    const critical: Period = { id: 'qx', name: '七下八上', from: '2026-07-16', to: '2026-08-15', zeroReport: true };
    const rules = DEFAULT_RULES.filter((r) => r.kind === 'period_collect' || r.kind === 'period_deadline');
    const occ = occurrencesBetween(rules, at('2026-07-20', '00:00'), at('2026-07-21', '00:00'), { periods: [main, critical], isWorkday: () => true });
    expect(occ.map((o) => `${timeOfDayOf(o.dueAt)} ${o.title}`)).toEqual(['09:00 收集零报告（主汛期（北方））', '15:00 零报告截止（主汛期（北方））']);
    const reversed = occurrencesBetween(rules, at('2026-07-20', '00:00'), at('2026-07-21', '00:00'), { periods: [critical, main], isWorkday: () => true });
    expect(reversed.map((o) => o.subject)).toEqual(['qx', 'qx']);
  });
});
