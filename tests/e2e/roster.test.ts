import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, newPage, shot, startTestHost, tempDataDir, loadSampleAsZhaoMin, setHostClock } from './support';
import type { RunningHost } from '../../electron/host/start';
import type { RosterView } from '../../shared/contract/roster';
import { instantAt } from '../../shared/time/civil';

let browser: Browser;
let host: RunningHost;
let page: Page;

const cell = (date: string) => page.getByTestId(`roster-day-${date}`);

async function api<T>(method: string, input: unknown): Promise<T> {
  const r = (await (await fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })).json()) as { ok: boolean; value: T };
  if (!r.ok) throw new Error(`${method} failed`);
  return r.value;
}

const officerOf = async (date: string) =>
  (await api<RosterView>('roster.view', { from: date, to: date })).days[0]!.slots.find((s) => s.role === 'officer' && s.slot === 0)!.name;

/** Share of greyish pixels (the shaded rows) in a binary PPM page image. */
function greyShare(ppm: Buffer): number {
  const header = ppm.subarray(0, 40).toString('latin1').split(/\s+/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  const start = ppm.length - w * h * 3;
  let grey = 0;
  for (let i = start; i < ppm.length; i += 3) {
    const [r, g, b] = [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
    if (r === g && g === b && r >= 200 && r <= 242) grey++;
  }
  return grey / (w * h);
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startTestHost(tempDataDir('roster'));
  await setHostClock(host, instantAt('2026-11-30', '09:00'));
  page = await newPage(browser, host);
  await loadSampleAsZhaoMin(page);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('值班表: generate, edit, print, export', () => {
  it('shows today’s duty from the sample roster on the dashboard and the month in the grid', async () => {
    const leader = (await api<RosterView>('roster.view', { from: '2026-11-30', to: '2026-11-30' })).days[0]!.slots.find((s) => s.role === 'leader')!.name;
    await page.getByText(leader, { exact: true }).first().waitFor();
    expect(await page.getByText('本日尚未排班').count()).toBe(0);
    await page.getByRole('menu', { name: '主导航' }).getByText('值班表', { exact: true }).click();
    await page.getByRole('heading', { name: '值班表' }).waitFor();
    await cell('2026-11-30').waitFor();
    expect(await cell('2026-11-30').getAttribute('aria-label')).toContain(`带班领导 ${leader}`);
    expect(await cell('2026-11-28').getAttribute('data-day-type')).toBe('weekend');
    await shot(page, 'roster-01-november');
  });

  it('generates January 2027: preview with the diff, then save', async () => {
    await page.getByRole('button', { name: '下个月' }).click();
    await page.getByRole('button', { name: '下个月' }).click();
    await page.getByText('2027年1月尚未排班').waitFor();
    await page.getByRole('button', { name: '生成排班' }).click();
    const dialog = page.getByRole('dialog', { name: '生成排班' });
    await dialog.getByRole('button', { name: '预览' }).click();
    const preview = dialog.getByTestId('roster-preview');
    await preview.getByText('2027-01-01至2027-01-31共31天：31天将有变化').waitFor();
    expect(await dialog.getByRole('row', { name: /2027-01-01/ }).textContent()).toContain('元旦');
    expect(await cell('2027-01-04').getAttribute('aria-label')).toContain('未排班');
    await shot(page, 'roster-02-preview');
    await dialog.getByRole('button', { name: '保存排班' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => cell('2027-01-04').getAttribute('aria-label')).toMatch(/带班领导 .+，值班员 .+/);
    expect(await cell('2027-01-01').getAttribute('data-day-type')).toBe('holiday');
    expect(await cell('2027-01-01').textContent()).toContain('元旦');
    await shot(page, 'roster-03-january');
  });

  it('swaps two days with a reason and sees it in the day’s history', async () => {
    const a = await officerOf('2027-01-12');
    const b = await officerOf('2027-01-19');
    expect(a).not.toBe(b);
    await cell('2027-01-12').click();
    const drawer = page.getByRole('dialog', { name: /2027-01-12 星期二/ });
    await drawer.getByRole('button', { name: '换班值班员1' }).click();
    const swap = page.getByRole('dialog', { name: '换班' });
    await swap.getByLabel('换班日期').fill('2027-01-19');
    await swap.getByLabel('换班日期').press('Enter');
    await expect.poll(async () => (await swap.getByLabel('对方班次').locator('..').locator('..').textContent()) ?? '').toContain(b);
    await swap.getByLabel('换班原因').fill('家中有事');
    await shot(page, 'roster-04-swap');
    await swap.getByRole('button', { name: '确认换班' }).click();
    await swap.waitFor({ state: 'hidden' });
    await expect.poll(() => officerOf('2027-01-12')).toBe(b);
    expect(await officerOf('2027-01-19')).toBe(a);
    const history = drawer.getByRole('list', { name: '修改记录' });
    await history.getByText(`换班：2027-01-12 值班员（第1岗） ${a} 与 2027-01-19 值班员（第1岗） ${b} 互换，原因：家中有事`).waitFor();
    expect(await history.textContent()).toContain('赵敏');
    expect(await history.textContent()).toContain('生成排班 2027-01-01至2027-01-31');
    await drawer.getByText('手工').first().waitFor();
    await shot(page, 'roster-05-history');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => cell('2027-01-12').getAttribute('aria-label')).toContain(`值班员 ${b}`);
  });

  it('prints 2027年1月 on one A4 page with the title, shading and the foot lines', async () => {
    await page.getByRole('button', { name: '打印月度值班表' }).click();
    await page.getByRole('heading', { name: '青山县应急管理局2027年1月值班表' }).waitFor();
    expect(page.url()).toContain('#/print/roster/2027/1');
    await shot(page, 'roster-06-print-view');
    const pdf = path.join(ARTIFACTS, 'roster-month.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('青山县应急管理局2027年1月值班表');
    for (const s of ['日期', '星期', '带班领导', '值班员', '联系电话', '1月31日', '元旦', '值班电话：0551-62880110', '制表人', '审核人']) expect(flat).toContain(s);
    expect(flat).not.toContain('今日值班');
    expect(flat).not.toContain('返回值班表');
    const prefix = path.join(ARTIFACTS, 'roster-month-page');
    for (const f of fs.readdirSync(ARTIFACTS)) if (f.startsWith('roster-month-page')) fs.rmSync(path.join(ARTIFACTS, f));
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, prefix]);
    execFileSync('pdftoppm', ['-r', '70', pdf, prefix]);
    const ppm = fs.readdirSync(ARTIFACTS).find((f) => f.startsWith('roster-month-page') && f.endsWith('.ppm'))!;
    // Weekends and 元旦: 13 of 31 rows shaded grey.
    expect(greyShare(fs.readFileSync(path.join(ARTIFACTS, ppm)))).toBeGreaterThan(0.05);
  });

  it('prints the 节假日值班表 for 元旦 in the same style', async () => {
    await page.getByRole('button', { name: '返回值班表' }).click();
    await page.getByRole('button', { name: '节假日值班表' }).click();
    const dialog = page.getByRole('dialog', { name: '打印节假日值班表' });
    await dialog.getByRole('combobox', { name: '节假日或重要时段' }).click();
    await page.getByTitle(/^元旦（2027-01-01至2027-01-03）/).click();
    await dialog.getByRole('button', { name: '打开打印页' }).click();
    await page.getByRole('heading', { name: '青山县应急管理局2027年元旦值班表' }).waitFor();
    const rows = page.getByRole('article').getByRole('row');
    expect(await rows.count()).toBe(4);
    await shot(page, 'roster-07-holiday-sheet');
    await page.getByRole('button', { name: '返回值班表' }).click();
  });

  it('exports the month as xlsx and reads it back', async () => {
    await page.getByRole('heading', { name: '值班表' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('青山县应急管理局2027年1月值班表.xlsx');
    const file = path.join(ARTIFACTS, 'roster-month.xlsx');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('值班表')!;
    expect(ws.getCell(1, 1).value).toBe('青山县应急管理局2027年1月值班表');
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(2, c).value)).toEqual(['日期', '星期', '带班领导', '值班员', '联系电话']);
    expect(ws.getCell(3, 1).value).toBe('1月1日');
    expect(ws.getCell(3 + 11, 4).value).toBe(await officerOf('2027-01-12'));
    expect(ws.getCell(3 + 30, 1).value).toBe('1月31日');
  });

  it('shows the fairness statistics with bars', async () => {
    await page.getByRole('tab', { name: '2027年统计' }).click();
    const table = page.getByRole('table').filter({ hasText: '可任岗位' });
    await table.getByRole('img', { name: /^王建国：工作日\d+次，周末\d+次，节假日\d+次$/ }).waitFor();
    await page.getByRole('list', { name: '均衡情况' }).getByText(/值班员/).waitFor();
    await shot(page, 'roster-08-stats');
  });
});
