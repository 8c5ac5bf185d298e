import { describe, expect, it } from 'vitest';
import { draftHolidayNotice, noticeDueDate } from '../../../shared/reminders';
import { isWeekend } from '../../../shared/time/civil';
import { isWorkday2026 } from './fixtures';

describe('noticeDueDate around 调休 (2026 arrangement)', () => {
  it.each([
    ['国庆 3 days ahead', '2026-10-01', 3, '2026-09-28'],
    ['国庆 1 day ahead', '2026-10-01', 1, '2026-09-30'],
    ['国庆 5 days ahead skips 中秋 9/25–9/27', '2026-10-01', 5, '2026-09-23'],
    ['中秋 5 days ahead lands on the Sunday make-up day 9/20', '2026-09-25', 5, '2026-09-20'],
    ['春节 1 day ahead is the Saturday make-up day 2/14', '2026-02-15', 1, '2026-02-14'],
    ['春节 3 days ahead', '2026-02-15', 3, '2026-02-12'],
    ['a period on Monday 3/2 after 春节: Saturday 2/28 is a workday', '2026-03-02', 1, '2026-02-28'],
    ['a period on Monday 10/12: Saturday 10/10 is a workday', '2026-10-12', 1, '2026-10-10'],
    ['a period right after 国庆 (10/8) skips the whole holiday', '2026-10-08', 1, '2026-09-30'],
    ['劳动节 3 days ahead', '2026-05-01', 3, '2026-04-28'],
    ['a Friday period (2027-01-01) 2 days ahead', '2027-01-01', 2, '2026-12-30'],
    ['0 days ahead is the first day itself', '2026-10-01', 0, '2026-10-01'],
  ])('%s', (_label, from, lead, expected) => {
    const due = noticeDueDate({ from }, isWorkday2026, lead);
    expect(due).toBe(expected);
    if (lead > 0) expect(isWorkday2026(due)).toBe(true);
  });

  it('a plain weekday calendar would get 9/20 wrong (the calendar matters)', () => {
    expect(noticeDueDate({ from: '2026-09-25' }, (d) => !isWeekend(d), 5)).toBe('2026-09-18');
  });

  it('rejects a negative lead and a calendar without workdays', () => {
    expect(() => noticeDueDate({ from: '2026-10-01' }, isWorkday2026, -1)).toThrow(RangeError);
    expect(() => noticeDueDate({ from: '2026-10-01' }, () => false, 3)).toThrow(/找不到3个工作日/);
  });
});

describe('draftHolidayNotice', () => {
  const text = draftHolidayNotice({
    org: '某某市应急管理局',
    period: { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    roster: [
      { date: '2026-10-02', leader: '李四', officers: ['王五'], phones: ['0551-12345678'] },
      { date: '2026-10-01', leader: '张三', officers: ['赵六', '钱七'], phones: ['13800000000', '13900000000'] },
    ],
    dutyPhone: '0551-87654321',
    zeroReportTime: '15:00',
    rosterDeadline: '2026-09-28',
    issueDate: '2026-09-25',
  });
  const lines = text.split('\n');

  it('has the title, addressees and dates', () => {
    expect(lines[0]).toBe('关于做好国庆节期间应急值班值守工作的通知');
    expect(lines[2]).toBe('各乡镇人民政府、街道办事处，市防指各成员单位：');
    expect(text).toContain('国庆节（10月1日至10月7日）将至');
    expect(lines.slice(-2)).toEqual(['某某市应急管理局', '2026年9月25日']);
  });

  it('lists the leaders on duty in date order', () => {
    const rows = lines.filter((l) => l.includes('带班领导：'));
    expect(rows).toEqual([
      '\u3000\u300010月1日（星期四）\u3000带班领导：张三\u3000值班员：赵六、钱七\u3000联系电话：13800000000、13900000000',
      '\u3000\u300010月2日（星期五）\u3000带班领导：李四\u3000值班员：王五\u3000联系电话：0551-12345678',
    ]);
    expect(text).toContain('请各单位于9月28日前将本单位国庆节期间值班表');
  });

  it('states the zero-report rule with its deadline, the duty phone and fax/email placeholders', () => {
    expect(text).toContain('坚持“有事报事、无事报平安”，各单位于每日15时前向某某市应急管理局值班室报告');
    expect(text).toContain('值班电话：0551-87654321；传真：＿＿＿＿＿＿；电子邮箱：＿＿＿＿＿＿。');
  });

  it('fills fax and email when given and notes a missing roster', () => {
    const t = draftHolidayNotice({
      org: '某某市应急管理局',
      period: { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      roster: [],
      dutyPhone: '12345',
      zeroReportTime: '16:30',
      fax: '0551-1111',
      email: 'zbs@example.cn',
    });
    expect(t).toContain('（值班表另行通知）');
    expect(t).toContain('每日16时30分前');
    expect(t).toContain('传真：0551-1111；电子邮箱：zbs@example.cn。');
    expect(t).not.toContain('值班表（含带班领导');
  });
});
