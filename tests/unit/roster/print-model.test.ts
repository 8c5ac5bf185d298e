import { describe, expect, it } from 'vitest';
import { monthPrintModel, type Assignment } from '../../../shared/roster';
import { rosterDays } from './fixtures';

const staff = [
  { id: 1, name: '王局长', phone: '13800000001' },
  { id: 11, name: '张三', phone: '13900000011' },
  { id: 12, name: '李四' },
  { id: 13, name: '赵六', phone: '0551-62881234' },
];
const row = (date: string, role: string, slot: number, staffId: number | null): Assignment => ({
  date,
  role,
  slot,
  staffId,
  source: 'generated',
});

describe('monthPrintModel', () => {
  const days = rosterDays('2026-02-01', '2026-02-28');
  const model = monthPrintModel({
    org: '**市应急管理局',
    year: 2026,
    month: 2,
    days,
    staff,
    assignments: [
      row('2026-02-16', 'officer', 1, 13),
      row('2026-02-16', 'leader', 0, 1),
      row('2026-02-16', 'officer', 0, 11),
      row('2026-02-02', 'leader', 0, 1),
      row('2026-02-02', 'officer', 0, 12),
      row('2026-02-03', 'officer', 0, null),
    ],
  });
  const byDate = (date: string) => model.rows.find((r) => r.date === date)!;

  it('has the title, headings and one row per day', () => {
    expect(model.title).toBe('**市应急管理局2026年2月值班表');
    expect(model.headers).toEqual(['日期', '星期', '带班领导', '值班员', '联系电话', '备注']);
    expect(model.rows).toHaveLength(28);
    expect(model.rows[0]).toMatchObject({ dateLabel: '2月1日', weekday: '星期日' });
  });

  it('joins several 值班员 with 、 in slot order and lists their phones', () => {
    expect(byDate('2026-02-16')).toMatchObject({
      dateLabel: '2月16日',
      weekday: '星期一',
      byRole: { leader: '王局长', officer: '张三、赵六' },
      phones: '13800000001、13900000011、0551-62881234',
      shaded: true,
      label: '春节',
    });
    expect(byDate('2026-02-02')).toMatchObject({ byRole: { leader: '王局长', officer: '李四' }, phones: '13800000001', shaded: false, label: '' });
    expect(byDate('2026-02-03').byRole).toEqual({ leader: '', officer: '' });
  });

  it('shades weekends and holidays, and marks 调休 working days', () => {
    expect(byDate('2026-02-07')).toMatchObject({ category: 'weekend', shaded: true, label: '周末' });
    expect(byDate('2026-02-14')).toMatchObject({ category: 'workday', shaded: false, label: '调休上班' });
    expect(byDate('2026-02-23')).toMatchObject({ category: 'holiday', shaded: true, label: '春节' });
    expect(byDate('2026-02-24')).toMatchObject({ category: 'workday', shaded: false, label: '' });
  });

  it('falls back to the weekday for unknown days and supports more roles', () => {
    const m = monthPrintModel({
      org: '防指办',
      year: 2026,
      month: 12,
      days: [],
      staff,
      assignments: [row('2026-12-05', 'driver', 0, 12)],
      roles: [
        { key: 'leader', name: '带班领导', leader: true },
        { key: 'officer', name: '值班员', leader: false },
        { key: 'driver', name: '驾驶员', leader: false },
      ],
    });
    expect(m.title).toBe('防指办2026年12月值班表');
    expect(m.headers).toEqual(['日期', '星期', '带班领导', '值班员', '驾驶员', '联系电话', '备注']);
    expect(m.rows.find((r) => r.date === '2026-12-05')).toMatchObject({ dateLabel: '12月5日', weekday: '星期六', shaded: true, byRole: { driver: '李四' } });
    expect(m.rows).toHaveLength(31);
  });
});
