import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import type { IcsFile, PersonDuties, RosterFile, RosterSheet, RosterStats } from '../../../shared/contract/roster';
import { day, failure, names, rosterBackend, view } from './roster-helpers';

async function workbook(file: RosterFile): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

const text = (ws: ExcelJS.Worksheet, r: number, c: number) => String(ws.getCell(r, c).value ?? '');

describe('月度值班表 and 节假日值班表', () => {
  it('builds the month sheet: title, columns, shaded and labelled weekends and holidays, foot', async () => {
    const { backend } = await rosterBackend();
    await ok(backend, 'roster.updateSettings', { minRestDays: 2, preparer: '赵敏', reviewer: '' });
    await ok(backend, 'roster.generate', { from: '2027-01-01', to: '2027-01-31' });
    const sheet = await ok<RosterSheet>(backend, 'roster.sheet', { from: '2027-01-01', to: '2027-01-31' });
    expect(sheet.title).toBe('青山县应急管理局2027年1月值班表');
    expect(sheet.headers).toEqual(['日期', '星期', '带班领导', '值班员', '联系电话', '备注']);
    expect(sheet.rows).toHaveLength(31);
    expect(sheet.rows[0]).toMatchObject({ dateLabel: '1月1日', weekday: '星期五', shaded: true, label: '元旦' });
    expect(sheet.rows[8]).toMatchObject({ dateLabel: '1月9日', weekday: '星期六', shaded: true, label: '周末' });
    expect(sheet.rows[4]).toMatchObject({ shaded: false, label: '' });
    expect(sheet.rows[4]!.phones).toMatch(/^139\d{8}、138\d{8}$/);
    expect(sheet).toMatchObject({ dutyPhone: '0551-62880110', preparer: '赵敏', reviewer: '' });
  });

  it('builds a holiday sheet for a period, titled with the holiday', async () => {
    const { backend } = await rosterBackend();
    await ok(backend, 'roster.generate', { from: '2026-09-30', to: '2026-10-08' });
    const sheet = await ok<RosterSheet>(backend, 'roster.sheet', { from: '2026-10-01', to: '2026-10-07', name: '国庆节' });
    expect(sheet.title).toBe('青山县应急管理局2026年国庆节值班表');
    expect(sheet.rows.map((r) => r.label)).toEqual(Array(7).fill('国庆节'));
    expect(sheet.rows.every((r) => r.byRole.officer!.split('、').length === 2)).toBe(true);
    const free = await ok<RosterSheet>(backend, 'roster.sheet', { from: '2026-09-30', to: '2026-10-08' });
    expect(free.title).toBe('青山县应急管理局2026年9月30日至2026年10月8日值班表');
    expect(free.rows.at(-1)).toMatchObject({ label: '' });
  });

  it('exports the month as xlsx with the same columns, read back', async () => {
    const { backend } = await rosterBackend();
    const file = await ok<RosterFile>(backend, 'roster.exportXlsx', { from: '2026-12-01', to: '2026-12-31' });
    expect(file.name).toBe('青山县应急管理局2026年12月值班表.xlsx');
    const ws = (await workbook(file)).getWorksheet('值班表')!;
    expect(text(ws, 1, 1)).toBe('青山县应急管理局2026年12月值班表');
    expect([1, 2, 3, 4, 5, 6].map((c) => text(ws, 2, c))).toEqual(['日期', '星期', '带班领导', '值班员', '联系电话', '备注']);
    const dec = await view(backend, '2026-12-01', '2026-12-31');
    dec.days.forEach((d, i) => {
      expect(text(ws, 3 + i, 1)).toBe(`12月${i + 1}日`);
      expect(text(ws, 3 + i, 3)).toBe(names(d).leader);
      expect(text(ws, 3 + i, 4)).toBe(names(d).officer);
    });
    expect(text(ws, 3 + 4, 6)).toBe('周末');
    expect((ws.getCell(3 + 4, 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE8E8E8');
    expect(text(ws, 3 + 31 + 1, 1)).toBe('值班电话：0551-62880110');
    expect(text(ws, 3 + 31 + 2, 1)).toBe('制表人：');
    // Stamped from the injected clock: the same export twice is byte for byte the same.
    const again = await ok<RosterFile>(backend, 'roster.exportXlsx', { from: '2026-12-01', to: '2026-12-31' });
    expect(again.dataBase64).toBe(file.dataBase64);
  });

  it('exports .ics for the whole roster and for one person', async () => {
    const { backend, byName } = await rosterBackend();
    const all = await ok<IcsFile>(backend, 'roster.exportIcs', { from: '2026-12-01', to: '2026-12-31' });
    expect(all.name).toBe('值班表_20261201-20261231.ics');
    expect(all.text.match(/BEGIN:VEVENT/g)).toHaveLength(31 * 2);
    expect(all.text).toContain('DTSTART;TZID=Asia/Shanghai:20261201T083000');
    const zhao = byName('赵敏');
    const mine = await ok<IcsFile>(backend, 'roster.exportIcs', { from: '2026-12-01', to: '2026-12-31', staffId: zhao.id });
    expect(mine.name).toBe('赵敏_值班表_20261201-20261231.ics');
    const person = await ok<PersonDuties>(backend, 'roster.person', { staffId: zhao.id, year: 2026 });
    const decDuties = person.duties.filter((d) => d.date.startsWith('2026-12'));
    expect(mine.text.match(/BEGIN:VEVENT/g)).toHaveLength(decDuties.length);
    expect(mine.text).toContain('SUMMARY:值班员：赵敏');
  });
});

describe('个人值班 and 统计', () => {
  it('lists a person’s duties with counts and leave', async () => {
    const { backend, byName } = await rosterBackend();
    const p = await ok<PersonDuties>(backend, 'roster.person', { staffId: byName('赵敏').id, year: 2026 });
    expect(p.duties.length).toBeGreaterThan(0);
    expect(p.duties.every((d) => d.roleName === '值班员')).toBe(true);
    expect(p.counts.total).toBe(p.duties.length);
    expect(p.counts.workday + p.counts.weekend + p.counts.holiday).toBe(p.counts.total);
    expect(p.leave).toEqual([expect.objectContaining({ kind: '出差', from: '2026-12-05', to: '2026-12-09' })]);
    const missing = await failure(backend, 'roster.person', { staffId: 999, year: 2026 });
    expect(missing).toMatchObject({ code: 'not_found', field: 'staffId' });
  });

  it('counts per person per category by month and year, fairly spread, and exports them for 值班补贴', async () => {
    const { backend } = await rosterBackend();
    const stats = await ok<RosterStats>(backend, 'roster.stats', { year: 2026 });
    expect(stats.people).toHaveLength(15);
    const leaders = stats.people.filter((p) => p.roles.includes('带班领导'));
    expect(leaders.reduce((s, p) => s + p.year.leader, 0)).toBe(61);
    for (const p of stats.people) {
      expect(p.months.reduce((s, m) => s + m.total, 0)).toBe(p.year.total);
      expect(p.months.slice(0, 10).every((m) => m.total === 0)).toBe(true);
    }
    const leaderSpread = stats.spread.find((s) => s.role === 'leader')!.summary;
    expect(leaderSpread.weekend.spread).toBeLessThanOrEqual(1);
    expect(leaderSpread.total.spread).toBeLessThanOrEqual(1);

    const file = await ok<RosterFile>(backend, 'roster.exportStats', { year: 2026 });
    expect(file.name).toBe('青山县应急管理局2026年值班次数统计.xlsx');
    const wb = await workbook(file);
    const ws = wb.getWorksheet('年度汇总')!;
    expect(text(ws, 1, 1)).toBe('青山县应急管理局2026年值班次数统计（值班补贴）');
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => text(ws, 2, c))).toEqual(['序号', '姓名', '可任岗位', '工作日', '周末', '节假日', '其中带班', '合计']);
    stats.people.forEach((p, i) => {
      expect(text(ws, 3 + i, 2)).toBe(p.name);
      expect(ws.getCell(3 + i, 8).value).toBe(p.year.total);
    });
    const monthly = wb.getWorksheet('按月明细')!;
    expect(text(monthly, 3, 1)).toBe(stats.people[0]!.name);
    expect(text(monthly, 3, 2)).toBe('11月');
  });

  it('a day not yet rostered still has its day type and holiday name', async () => {
    const { backend } = await rosterBackend();
    const d = await day(backend, '2027-01-01');
    expect(d).toMatchObject({ category: 'holiday', dayType: 'holiday', holidayName: '元旦', slots: [] });
    expect(d.needs).toEqual([{ role: 'leader', count: 1 }, { role: 'officer', count: 2 }]);
  });
});

describe('one year for 60 staff through the service', () => {
  it('generates and stores a year in a few seconds', async () => {
    const { backend } = await rosterBackend();
    for (let i = 0; i < 45; i++) {
      await ok(backend, 'staff.create', { name: `测试${i}`, unit: '测试', position: '', phones: [`1380000${String(i).padStart(4, '0')}`], canLead: i < 8, canDuty: i >= 8, note: '' });
    }
    const t0 = performance.now();
    const preview = await ok<{ fingerprint: string; warnings: unknown[] }>(backend, 'roster.preview', { from: '2027-01-01', to: '2027-12-31' });
    const t1 = performance.now();
    await ok(backend, 'roster.generate', { from: '2027-01-01', to: '2027-12-31', fingerprint: preview.fingerprint });
    const t2 = performance.now();
    const stats = await ok<RosterStats>(backend, 'roster.stats', { year: 2027 });
    const t3 = performance.now();
    console.log(`[roster] 60 staff, 2027: preview ${(t1 - t0).toFixed(0)} ms, generate+save ${(t2 - t1).toFixed(0)} ms, stats ${(t3 - t2).toFixed(0)} ms, warnings ${preview.warnings.length}`);
    expect(stats.people).toHaveLength(60);
    const officers = stats.spread.find((s) => s.role === 'officer')!.summary;
    expect(officers.weekend.spread).toBeLessThanOrEqual(1);
    expect(officers.holiday.spread).toBeLessThanOrEqual(1);
    expect(t2 - t0).toBeLessThan(30_000);
  }, 60_000);
});
