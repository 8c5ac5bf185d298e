import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import { noticeText } from '../calendar/fixtures';
import type { AuditEntry } from '../../../shared/audit/types';
import type { CalendarYear, NoticePreview } from '../../../shared/contract/calendar';
import { calendarBackend, counts, peek } from './calendar-helpers';

const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月5日（农历除夕、周五）至13日（周六）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。',
].join('\n');

const dayOf = (y: CalendarYear, date: string) => y.days.find((d) => d.date === date)!;

describe('calendar.previewNotice', () => {
  it('reads the 2026 notice and finds it the same as the shipped data', async () => {
    const { backend, dataDir } = await calendarBackend();
    const before = counts(dataDir);
    const p = await ok<NoticePreview>(backend, 'calendar.previewNotice', { text: noticeText(2026) });
    expect(p).toMatchObject({ year: 2026, issued: '2025-11-04', problem: null, unparsed: [], warnings: [], removed: [] });
    expect(p.current).toEqual({ basis: 'official', stored: false, estimated: false });
    expect(p.holidays).toHaveLength(7);
    expect(p.days).toHaveLength(39);
    expect(p.days.every((d) => d.change === 'same')).toBe(true);
    expect(p.days.find((d) => d.date === '2026-10-10')).toMatchObject({ kind: 'workday', name: '国庆节' });
    expect(counts(dataDir)).toEqual(before);
  });

  it('compares with the stored year: changed, new and removed days', async () => {
    const { backend } = await calendarBackend();
    await ok(backend, 'calendar.setDay', { date: '2026-10-08', kind: 'off', name: '国庆节' });
    await ok(backend, 'calendar.setDay', { date: '2026-10-10', kind: 'normal' });
    await ok(backend, 'calendar.setDay', { date: '2026-10-03', kind: 'off', name: '国庆' });
    const p = await ok<NoticePreview>(backend, 'calendar.previewNotice', { text: noticeText(2026) });
    expect(p.current).toEqual({ basis: 'official', stored: true, estimated: false });
    expect(p.removed).toEqual([{ date: '2026-10-08', kind: 'off', name: '国庆节' }]);
    expect(p.days.find((d) => d.date === '2026-10-10')?.change).toBe('new');
    expect(p.days.find((d) => d.date === '2026-10-03')).toMatchObject({ change: 'changed', before: { kind: 'off', name: '国庆' } });
  });

  it('shows the lines it could not read and why it cannot import', async () => {
    const { backend } = await calendarBackend();
    const p = await ok<NoticePreview>(backend, 'calendar.previewNotice', { text: `${NOTICE_2027}\n三、清明节：4月31日放假。` });
    expect(p.unparsed).toEqual([expect.objectContaining({ line: 4, text: '三、清明节：4月31日放假。' })]);
    expect(p.unparsed[0]!.reason).toContain('日期无效');
    expect(p.problem).toBeNull();
    const none = await ok<NoticePreview>(backend, 'calendar.previewNotice', { text: '一、元旦：1月1日放假。' });
    expect(none.problem).toContain('没有找到年份');
    expect(none.unparsed).toHaveLength(1);
    const withYear = await ok<NoticePreview>(backend, 'calendar.previewNotice', { text: '一、元旦：1月1日放假。', year: 2027 });
    expect(withYear).toMatchObject({ year: 2027, problem: null, current: { basis: 'estimated', estimated: true } });
    const empty = await ok<NoticePreview>(backend, 'calendar.previewNotice', { text: '你好' });
    expect(empty.problem).toContain('没有找到年份');
  });
});

describe('calendar.applyNotice', () => {
  it('imports a year in one go: the estimate is replaced and no longer 预估; audited with before/after', async () => {
    const { backend, operator } = await calendarBackend();
    const y = await ok<CalendarYear>(backend, 'calendar.applyNotice', { text: NOTICE_2027 });
    expect(y).toMatchObject({ year: 2027, basis: 'notice', stored: true, estimated: false, manualDays: 0 });
    expect(dayOf(y, '2027-01-31')).toMatchObject({ dayType: 'makeup_workday', source: 'notice', holidayName: '春节' });
    expect(dayOf(y, '2027-10-01').dayType).toBe('workday'); // the notice pasted here lists only 元旦 and 春节
    const audit = await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { entity: 'calendar_year' });
    expect(audit.rows).toHaveLength(1);
    const row = audit.rows[0]!;
    expect(row).toMatchObject({ entityId: '2027', action: 'import', operatorId: operator.id });
    expect(row.summary).toBe('导入国务院办公厅关于2027年部分节假日安排的通知：2个节日，放假12天、调休上班2天');
    expect(row.before).toMatchObject({ year: 2027, basis: '预估' });
    expect((row.before as { holidays: string }).holidays.split('；')).toHaveLength(7);
    expect(row.after).toMatchObject({ basis: '导入的国务院通知（本地保存）', holidays: '元旦：1月1日至1月3日放假；春节：2月5日至2月13日放假，1月31日、2月20日上班' });
  });

  it('a second import replaces the first, manual edits included', async () => {
    const { backend } = await calendarBackend();
    await ok(backend, 'calendar.applyNotice', { text: noticeText(2026) });
    await ok(backend, 'calendar.setDay', { date: '2026-10-08', kind: 'off', name: '国庆节' });
    const y = await ok<CalendarYear>(backend, 'calendar.applyNotice', { text: noticeText(2026) });
    expect(y).toMatchObject({ basis: 'notice', manualDays: 0, issued: '2025-11-04' });
    expect(dayOf(y, '2026-10-08').dayType).toBe('workday');
  });

  it('refuses unread lines unless told to ignore them, and writes nothing', async () => {
    const { backend, dataDir } = await calendarBackend();
    const before = counts(dataDir);
    const text = `${NOTICE_2027}\n三、清明节：4月31日放假。`;
    const r = await backend.dispatch('calendar.applyNotice', { text });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'conflict', field: 'ignoreUnparsed' });
      expect(r.error.message).toContain('1行无法识别');
    }
    expect(counts(dataDir)).toEqual(before);
    const y = await ok<CalendarYear>(backend, 'calendar.applyNotice', { text, ignoreUnparsed: true });
    expect(y.holidays.map((h) => h.name)).toEqual(['元旦', '春节']);
  });

  it('refuses a notice without a year or without days, naming the text', async () => {
    const { backend, dataDir } = await calendarBackend();
    const before = counts(dataDir);
    for (const text of ['一、元旦：1月1日放假。', '国务院办公厅关于2027年部分节假日安排的通知', '']) {
      const r = await backend.dispatch('calendar.applyNotice', { text });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_input', field: 'text' });
    }
    expect(counts(dataDir)).toEqual(before);
  });

  it('is all or nothing: a failure half-way leaves the stored year as it was', async () => {
    const { backend, dataDir } = await calendarBackend();
    await ok(backend, 'calendar.applyNotice', { text: NOTICE_2027 });
    await ok(backend, 'calendar.setDay', { date: '2027-01-04', kind: 'off', name: '元旦' });
    const before = counts(dataDir);
    const yearBefore = await ok<CalendarYear>(backend, 'calendar.year', { year: 2027 });
    // Plant a fault: the 9th day written fails.
    const db = peek(dataDir);
    db.exec(`CREATE TRIGGER fail_half_way BEFORE INSERT ON calendar_days WHEN NEW.date = '2027-02-09'
             BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    db.close();
    const r = await backend.dispatch('calendar.applyNotice', { text: NOTICE_2027 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('internal');
    expect(counts(dataDir)).toEqual(before);
    expect(await ok<CalendarYear>(backend, 'calendar.year', { year: 2027 })).toEqual(yearBefore);
  });

  it('imports every shipped notice to the same days as the shipped data', async () => {
    const { backend } = await calendarBackend();
    for (const year of [2024, 2025, 2026]) {
      const shipped = await ok<CalendarYear>(backend, 'calendar.year', { year });
      const imported = await ok<CalendarYear>(backend, 'calendar.applyNotice', { text: noticeText(year) });
      expect(imported.days.map((d) => [d.date, d.dayType, d.holidayName])).toEqual(shipped.days.map((d) => [d.date, d.dayType, d.holidayName]));
    }
  });
});
