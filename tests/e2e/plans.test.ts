import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, newPage, shot, startTestHost, tempDataDir, loadSampleAsZhaoMin } from './support';
import type { RunningHost } from '../../electron/host/start';
import { instantAt } from '../../shared/time/civil';

let browser: Browser;
let host: RunningHost;
let page: Page;

const PLAN = '测试镇防汛应急预案';

async function setClock(date: string, time = '09:00') {
  await fetch(`${host.url}__test/clock`, { method: 'POST', body: JSON.stringify({ now: instantAt(date, time) }) });
}

const nav = (label: string) => page.getByRole('menu', { name: '主导航' }).getByText(label, { exact: true }).click();
const drawer = () => page.getByRole('dialog', { name: PLAN });
const board = () => page.getByRole('region', { name: '逾期提醒' });

/** Record the next stage through the dialog: done on a date, or skipped with a reason. */
async function recordStage(stage: string, date: string, opts: { who?: string; docNo?: string; skip?: string } = {}) {
  await drawer().getByRole('button', { name: `记录「${stage}」` }).click();
  const dialog = page.getByRole('dialog', { name: `记录「${stage}」` });
  await dialog.waitFor();
  if (opts.skip !== undefined) await dialog.getByLabel('跳过此环节').check();
  await dialog.getByPlaceholder('日期').fill(date);
  await dialog.getByPlaceholder('日期').press('Enter');
  if (opts.skip) await dialog.getByLabel('跳过原因').fill(opts.skip);
  if (opts.docNo) await dialog.getByLabel('文号').fill(opts.docNo);
  if (opts.who) await dialog.getByLabel('经办').fill(opts.who);
  await dialog.getByRole('button', { name: '保存' }).click();
  if (opts.skip === '') return dialog;
  await dialog.waitFor({ state: 'hidden' });
  return dialog;
}

async function pickOption(scope: Locator, label: string, option: string) {
  await scope.getByLabel(label).click();
  const item = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`);
  await item.click();
  await expect.poll(() => scope.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: option }).count()).toBeGreaterThan(0);
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startTestHost(tempDataDir('plans'));
  // 9 October 2026, just after 国庆: the sample plans are loaded relative to this day.
  await setClock('2026-10-09');
  page = await newPage(browser, host);
  await loadSampleAsZhaoMin(page);
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    await shot(page, `plans-failed-${task.name.slice(0, 20)}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('预案台账: register, lifecycle, deadlines, overdue board, print', () => {
  it('opens the register with the sample plans and the overdue board', async () => {
    await nav('预案台账');
    await page.getByRole('heading', { name: '预案台账' }).waitFor();
    await page.getByRole('row', { name: /青山县防汛应急预案（2023年）/ }).waitFor();
    expect(await page.getByRole('row', { name: /青山县防汛应急预案（2023年）/ }).textContent()).toContain('青政办〔2023〕12号');
    // 石门镇 was issued 45 days ago and never filed.
    await board().getByRole('row', { name: /石门镇防汛应急预案/ }).waitFor();
    expect(await board().getByRole('row', { name: /石门镇防汛应急预案/ }).textContent()).toMatch(/备案.*逾期\d+天/);
    await shot(page, 'plans-01-register');
  });

  it('creates a plan and moves it through the stages to 印发; skipping asks for a reason', async () => {
    await page.getByRole('button', { name: '新增预案' }).click();
    const form = page.getByRole('dialog', { name: '新增预案' });
    await form.getByLabel('预案名称').fill(PLAN);
    await pickOption(form, '类别', '基层组织和单位');
    await pickOption(form, '层级', '乡镇');
    await form.getByLabel('编制单位').fill('青山县测试镇人民政府');
    await form.getByLabel('审批机关').fill('测试镇人民政府');
    await form.getByLabel('版本名称').fill('2026年版');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    await drawer().waitFor();

    await recordStage('起草', '2026-08-03', { who: '测试镇应急办' });
    await recordStage('征求意见', '2026-08-20', { who: '测试镇应急办' });
    // Skipping without a reason is refused on the field.
    const dialog = await recordStage('专家评审', '2026-09-01', { skip: '' });
    await dialog.getByText('请填写跳过「专家评审」的原因').waitFor();
    await shot(page, 'plans-02-skip-needs-reason');
    await dialog.getByLabel('跳过原因').fill('县应急管理局同意以座谈会代替专家评审');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await recordStage('评估', '2026-09-01', { skip: '新编预案，尚无实施情况可评估' });
    await recordStage('审批', '2026-09-18', { who: '镇党委会' });
    await recordStage('印发', '2026-09-25', { docNo: '测政〔2026〕9号', who: '测试镇人民政府' });

    // 印发 on 25 September (中秋): 20 working days skip 国庆 and count Saturday 10 October (调休上班).
    await drawer().getByText('备案：2026-10-29前（还有20天）').first().waitFor();
    expect(await drawer().getByTestId('version-1').textContent()).toContain('县应急管理局同意以座谈会代替专家评审');
    await shot(page, 'plans-03-issued');
    await drawer().locator('.ant-drawer-close').click();
    const row = page.getByRole('row', { name: new RegExp(PLAN) });
    expect(await row.textContent()).toMatch(/待备案\s*（2026-10-29前）/);
  });

  it('shows the plan on the overdue board once the filing deadline has passed, and takes it off when filed', async () => {
    await setClock('2026-11-02');
    await page.reload();
    await page.getByRole('heading', { name: '预案台账' }).waitFor();
    const item = board().getByRole('row', { name: new RegExp(PLAN) });
    await item.waitFor();
    expect(await item.textContent()).toContain('逾期4天');
    expect(await page.getByRole('row', { name: new RegExp(`${PLAN}.*逾期`) }).count()).toBeGreaterThan(0);
    await shot(page, 'plans-04-overdue');

    await item.getByText(PLAN).click();
    await drawer().waitFor();
    await recordStage('备案', '2026-11-02', { who: '县应急管理局' });
    await drawer().getByText(/2026-11-02完成（逾期）/).first().waitFor();
    await drawer().locator('.ant-drawer-close').click();
    await expect.poll(() => board().getByRole('row', { name: new RegExp(PLAN) }).count()).toBe(0);
    expect(await page.getByRole('row', { name: new RegExp(PLAN) }).textContent()).toMatch(/2026-11-02\s*备案（逾期）/);
  });

  it('keeps attachments under their content hash and refuses a duplicate', async () => {
    const dir = tempDataDir('plans-files');
    const file = path.join(dir, '测试镇预案（印发稿）.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n% 测试\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    await page.getByRole('row', { name: new RegExp(PLAN) }).getByText(PLAN).click();
    await drawer().waitFor();
    await drawer().getByLabel('选择附件文件').setInputFiles(file);
    await drawer().getByRole('row', { name: /测试镇预案（印发稿）\.pdf/ }).waitFor();
    expect(await drawer().getByRole('row', { name: /测试镇预案（印发稿）\.pdf/ }).textContent()).toContain('完好');
    await drawer().getByLabel('选择附件文件').setInputFiles(file);
    await page.getByText(/内容完全相同，无需重复上传/).waitFor();
    await shot(page, 'plans-05-attachments');
    await drawer().locator('.ant-drawer-close').click();
  });

  it('shows township coverage', async () => {
    await page.getByRole('tab', { name: '乡镇覆盖' }).click();
    const panel = page.getByRole('tabpanel', { name: '乡镇覆盖' });
    const row = panel.getByRole('row', { name: /青山县测试镇人民政府/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('已备案');
    expect(await panel.getByRole('row', { name: /青山县河口镇人民政府/ }).textContent()).toContain('修订中');
    expect(await panel.getByRole('row', { name: /青山县石门镇人民政府/ }).textContent()).toContain('逾期');
    expect(await panel.getByRole('row', { name: /青山县桃源乡人民政府/ }).textContent()).toContain('编制中');
    await shot(page, 'plans-06-coverage');
    await page.getByRole('tab', { name: '台账' }).click();
  });

  it('exports the 台账 as xlsx', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('青山县应急管理局应急预案台账_20261102.xlsx');
    const file = path.join(ARTIFACTS, 'plans-ledger.xlsx');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('预案台账')!;
    expect(ws.getCell(1, 1).value).toBe('青山县应急管理局应急预案台账');
    expect(ws.getRow(3).values).toContain('备案情况');
    const names = Array.from({ length: ws.rowCount }, (_, i) => String(ws.getCell(i + 1, 2).value ?? ''));
    expect(names).toContain(PLAN);
    expect(names).toContain('青山县防汛应急预案（2023年）');
  });

  it('prints the 台账 on A4', async () => {
    await page.getByRole('button', { name: '打印台账' }).click();
    await page.getByRole('heading', { name: '青山县应急管理局应急预案台账' }).waitFor();
    await page.getByText('制表日期：2026年11月2日').waitFor();
    await shot(page, 'plans-07-print-view');
    const pdf = path.join(ARTIFACTS, 'plans-ledger.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const prefix = path.join(ARTIFACTS, 'plans-ledger-page');
    for (const f of fs.readdirSync(ARTIFACTS)) if (f.startsWith('plans-ledger-page')) fs.rmSync(path.join(ARTIFACTS, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
    const pages = fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith('plans-ledger-page') && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // Content order, wrapped cell lines joined.
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('青山县应急管理局应急预案台账');
    expect(text).toContain('制表人');
    expect(text).toContain('审核人');
    expect(text).toContain(PLAN);
    // Only the sheet is printed: no navigation, no toolbar.
    expect(text).not.toContain('今日值班');
    expect(text).not.toContain('返回台账');
  });
});
