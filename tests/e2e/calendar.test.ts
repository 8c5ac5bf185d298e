import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, shot, startTestHost, tempDataDir, loadSampleAsZhaoMin, setHostClock } from './support';
import type { RunningHost } from '../../electron/host/start';
import { instantAt } from '../../shared/time/civil';

let browser: Browser;
let host: RunningHost;
let page: Page;

const NOTICE_2026 = readFileSync(new URL('../unit/calendar/fixtures/notice-2026.txt', import.meta.url), 'utf8');

const day = (date: string) => page.getByTestId(`day-${date}`);
const periodRow = (name: RegExp) => page.getByRole('region', { name: '重要时段' }).getByRole('row', { name });

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startTestHost(tempDataDir('calendar'));
  // A fixed day inside the 2026 flood season, so the page opens on 2026 and “today” is stable.
  await setHostClock(host, instantAt('2026-06-15', '09:00'));
  page = await newPage(browser, host);
  await loadSampleAsZhaoMin(page);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('节假日: the holiday calendar and important periods', () => {
  it('opens 节假日 on 2026 with 国庆 marked, make-up days marked 班, and the sample periods', async () => {
    await page.getByRole('menu', { name: '主导航' }).getByText('节假日', { exact: true }).click();
    await page.getByRole('heading', { name: '节假日与重要时段' }).waitFor();
    await day('2026-10-01').waitFor();
    expect(await day('2026-10-01').getAttribute('data-day-type')).toBe('holiday');
    expect(await day('2026-10-01').getAttribute('aria-label')).toContain('国庆节 放假');
    expect(await day('2026-10-10').getAttribute('data-day-type')).toBe('makeup_workday');
    expect(await day('2026-10-10').textContent()).toContain('班');
    expect(await day('2026-10-08').getAttribute('data-day-type')).toBe('workday');
    expect(await page.getByText('2026年放假安排依据：国务院办公厅通知（程序内置）').count()).toBe(1);
    await periodRow(/全国两会/).waitFor();
    expect(await periodRow(/汛期.*6月1日至9月30日/).count()).toBe(1);
    expect(await day('2026-07-20').getAttribute('aria-label')).toContain('汛期');
    await shot(page, 'calendar-01-year-2026');
  });

  it('shows an unknown year as 预估', async () => {
    await page.getByRole('button', { name: '下一年' }).click();
    await page.getByText('2027年的放假安排为预估').waitFor();
    expect(await day('2027-02-06').getAttribute('aria-label')).toContain('春节 放假（预估）');
    await shot(page, 'calendar-02-estimated-2027');
    await page.getByRole('button', { name: '上一年' }).click();
    await page.getByText('2026年放假安排依据').waitFor();
  });

  it('pastes the 2026 notice: unparsed lines are listed, the preview shows the days, then imports it', async () => {
    await page.getByRole('button', { name: '导入国务院通知' }).click();
    const dialog = page.getByRole('dialog', { name: '导入国务院通知' });
    await dialog.getByLabel('通知全文').fill(`${NOTICE_2026}\n八、防汛节：13月45日放假。`);
    await dialog.getByRole('button', { name: '解析预览' }).click();
    await dialog.getByText(/有 1 行无法识别/).waitFor();
    expect(await dialog.getByRole('list', { name: '无法识别的行' }).textContent()).toContain('八、防汛节：13月45日放假。');
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await shot(page, 'calendar-03-notice-unparsed');

    await dialog.getByLabel('通知全文').fill(NOTICE_2026);
    await dialog.getByRole('button', { name: '解析预览' }).click();
    await expect.poll(() => dialog.getByText(/无法识别/).count()).toBe(0);
    await dialog.getByText('7个节日，放假33天，调休上班6天').waitFor();
    const row = dialog.getByRole('row', { name: /2026-10-10/ });
    expect(await row.textContent()).toContain('上班');
    expect(await row.textContent()).toContain('国庆节');
    expect(await dialog.getByRole('row', { name: /2026-02-15/ }).textContent()).toContain('放假');
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'calendar-04-notice-preview');
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/2026年放假安排依据：导入的国务院办公厅通知（成文日期 2025-11-04）/).waitFor();
  });

  it('edits a day, with confirmation, and the calendar shows it', async () => {
    await day('2026-10-08').click();
    const dialog = page.getByRole('dialog', { name: /调整 2026-10-08（星期四）/ });
    await dialog.getByText('普通工作日').count();
    await dialog.getByText('放假', { exact: true }).click();
    await dialog.getByLabel('假日名称').fill('国庆节');
    await dialog.getByRole('button', { name: '保存' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: '确认修改这一天？' });
    await confirm.getByText('2026-10-08：工作日 → 国庆节 放假').waitFor();
    await shot(page, 'calendar-05-edit-day');
    await confirm.getByRole('button', { name: '确认修改' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => day('2026-10-08').getAttribute('data-day-type')).toBe('holiday');
    await page.getByText(/另有1天手工修改/).waitFor();
    await page.getByText('本年安排需要核对').waitFor();
  });

  it('adds an important period and sees it in the table and on the calendar', async () => {
    await page.getByRole('button', { name: '新增重要时段' }).click();
    const dialog = page.getByRole('dialog', { name: '新增重要时段' });
    await dialog.getByLabel('时段名称').fill('重大活动保障');
    await dialog.getByPlaceholder('开始日期').fill('2026-11-10');
    await dialog.getByPlaceholder('开始日期').press('Enter');
    await dialog.getByPlaceholder('结束日期').fill('2026-11-12');
    await dialog.getByPlaceholder('结束日期').press('Enter');
    await dialog.getByLabel('每日值班员').fill('3');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = periodRow(/重大活动保障/);
    await row.waitFor();
    expect(await row.textContent()).toContain('11月10日至11月12日（3天）');
    expect(await row.textContent()).toContain('每日零报告');
    expect(await row.textContent()).toContain('3人');
    await expect.poll(() => day('2026-11-11').getAttribute('aria-label')).toContain('重大活动保障');
    await shot(page, 'calendar-06-period-added');
  });

  it('offers the flood-season presets', async () => {
    await page.getByRole('button', { name: /汛期预设/ }).click();
    await page.getByRole('menuitem', { name: /七下八上/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: /汛期（南方）（4月1日至10月31日）/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('finds the changes in the audit log', async () => {
    await page.getByRole('menu', { name: '主导航' }).getByText('设置', { exact: true }).click();
    await page.getByRole('tab', { name: '审计日志' }).click();
    const imported = page.getByRole('row', { name: /导入国务院办公厅关于2026年部分节假日安排的通知/ });
    await page.getByRole('row', { name: /修改2026-10-08/ }).waitFor();
    await page.getByRole('row', { name: /新增重要时段 重大活动保障/ }).waitFor();
    await imported.getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByRole('cell', { name: '导入的国务院通知（本地保存）', exact: true }).waitFor();
    await shot(page, 'calendar-07-audit');
  });
});
