import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, newPage, shot, startTestHost, tempDataDir, loadSampleAsZhaoMin, setHostClock } from './support';
import type { RunningHost } from '../../electron/host/start';
import { instantAt } from '../../shared/time/civil';

let browser: Browser;
let host: RunningHost;
let page: Page;

const nav = (label: string) => page.getByRole('menu', { name: '主导航' }).getByText(label, { exact: true }).click();
const dropdown = () => page.locator('.ant-select-dropdown:visible');

/** A county's 小型水库三个责任人 table: title, two-row header with one group per role, footer; one patrol phone given. */
async function reservoirFile(name: string, patrolPhone: string | number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('三个责任人');
  const rows: (string | number | null)[][] = [
    ['青山县2026年小型水库防汛“三个责任人”名单', null, null, null, null, null, null, null, null, null, null, null],
    ['序号', '水库名称', '所在乡镇', '规模', '行政责任人', null, null, '技术责任人', null, null, '巡查责任人', null],
    [null, null, null, null, '姓名', '单位及职务', '联系电话', '姓名', '单位及职务', '联系电话', '姓名', '联系电话'],
    [1, '鹰嘴岩水库', '桃源乡', '小（2）型', '冯伟', '桃源乡乡长', 13905512001, '曹静', '县水利局工程师', '13905518102', '蒋华', patrolPhone],
    [2, '枫树塘水库', '石门镇', '小(2)型', '刘强', '石门镇镇长', 13905511001, '许文', '县水利局', 13905518101, '李明', '13905511002'],
    ['制表人：王丽', null, null, null, '审核人：刘强', null, null, null, null, null, null, null],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getRow(i + 1).getCell(j + 1).value = v)));
  for (const m of ['A1:L1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:J2', 'K2:L2']) ws.mergeCells(m);
  const file = path.join(ARTIFACTS, name);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startTestHost(tempDataDir('lists-related'));
  await setHostClock(host, instantAt('2026-03-16', '09:00'));
  page = await newPage(browser, host);
  await loadSampleAsZhaoMin(page);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('责任人名单: 县级领导包保 and 水库三个责任人', () => {
  it('adds a 包保 leader; a bad phone is highlighted until corrected', async () => {
    await nav('责任人名单');
    await page.getByRole('tab', { name: '县级领导包保' }).click();
    const section = page.getByRole('region', { name: '县级领导包保' });
    await section.getByRole('row', { name: /陈志强/ }).waitFor();
    expect(await section.getByTestId('leaders-count').textContent()).toBe('共 3 人');

    await section.getByRole('button', { name: '新增包保领导' }).click();
    const form = page.getByRole('dialog', { name: '新增包保领导' });
    await form.getByLabel('姓名').fill('孙　立');
    await form.getByLabel('职务').fill('县政协副主席');
    await form.getByLabel('联系电话').fill('1390551、0551-62880009');
    const phoneError = form.getByText('手机号“1390551”格式不正确：应为以13–19开头的11位数字');
    await phoneError.waitFor();
    expect(await form.locator('.ant-form-item-has-error').count()).toBe(1);
    await shot(page, 'lists-related-01-bad-phone');
    await form.getByLabel('联系电话').fill('１３９ 0551 8009、0551-62880009');
    await phoneError.waitFor({ state: 'detached' });
    await form.getByLabel('包保乡镇').click();
    await dropdown().getByTitle('石门镇', { exact: true }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel('包保工程').pressSequentially('枫树塘水库');
    await form.getByLabel('包保工程').press('Enter');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    const row = section.getByRole('row', { name: /孙立/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('13905518009');
    expect(await row.textContent()).toContain('0551-62880009');
    expect(await row.textContent()).toContain('石门镇');
    expect(await row.textContent()).toContain('枫树塘水库');
    expect(await section.getByTestId('leaders-count').textContent()).toBe('共 4 人');
    await shot(page, 'lists-related-02-leaders');

    // Deleting asks first; 取消 keeps the row, 删除 removes it.
    await row.getByRole('button', { name: '删除孙立' }).click();
    const confirm = page.locator('.ant-popover:visible').filter({ hasText: '删除包保领导 孙立？' });
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await section.getByTestId('leaders-count').textContent()).toBe('共 4 人');
    await row.getByRole('button', { name: '删除孙立' }).click();
    await confirm.getByRole('button', { name: '删除' }).click();
    await page.getByText('已删除 孙立').waitFor();
    await expect.poll(() => section.getByRole('row', { name: /孙立/ }).count()).toBe(0);
    expect(await section.getByTestId('leaders-count').textContent()).toBe('共 3 人');
  });

  it('imports a reservoir workbook: the bad phone in the report blocks it; the corrected file commits; then exports', async () => {
    await page.getByRole('tab', { name: '水库三个责任人' }).click();
    const section = page.getByRole('region', { name: '水库三个责任人' });
    await section.getByRole('row', { name: /青山水库/ }).waitFor();
    expect(await section.getByTestId('works-count').textContent()).toBe('共 5 处');
    // 龙潭水库 has no 巡查责任人 yet.
    expect(await section.getByRole('row', { name: /龙潭水库/ }).textContent()).toContain('未落实');

    await section.getByRole('button', { name: '导入Excel' }).click();
    const dialog = page.getByRole('dialog', { name: '导入水库三个责任人' });
    await dialog.getByLabel('选择Excel文件').setInputFiles(await reservoirFile('三个责任人-有错.xlsx', '1390551200'));
    const report = dialog.getByRole('region', { name: '错误报告' });
    const bad = report.getByRole('row', { name: /第4行/ });
    await bad.waitFor();
    expect(await bad.textContent()).toContain('L（巡查责任人/联系电话）');
    expect(await bad.textContent()).toContain('手机号“1390551200”格式不正确');
    await report.getByText('有1处错误（见下表），请在Excel中改正后重新选择文件；名单未作任何修改').waitFor();
    expect(await dialog.getByTestId('related-diff').textContent()).toBe('新增1处，变更1处，未变0处');
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await shot(page, 'lists-related-03-import-report');

    await dialog.getByLabel('选择Excel文件').setInputFiles(await reservoirFile('三个责任人.xlsx', '13905512004'));
    await report.getByText('提示', { exact: false }).or(report.getByText('每一行都检查通过')).first().waitFor();
    const diff = dialog.getByRole('region', { name: '变更预览' });
    await diff.getByText('新增 鹰嘴岩水库').waitFor();
    await diff.getByText('变更 枫树塘水库：技术责任人职务').waitFor();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('导入完成：新增1处，变更1处（导入前已备份）').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const added = section.getByRole('row', { name: /鹰嘴岩水库/ });
    await added.waitFor();
    expect(await added.textContent()).toContain('小(2)型');
    expect(await added.textContent()).toContain('13905512004');
    expect(await section.getByTestId('works-count').textContent()).toBe('共 6 处');
    await shot(page, 'lists-related-04-works');

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: '导出Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('青山县2026年水库（重点工程）防汛三个责任人名单.xlsx');
    const saved = path.join(ARTIFACTS, 'lists-related-export.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('青山县2026年水库（重点工程）防汛三个责任人名单');
    expect(ws.getCell('F3').value).toBe('行政责任人');
    const names = Array.from({ length: 6 }, (_, i) => ws.getCell(5 + i, 2).value);
    expect(names).toEqual(['青山水库', '龙潭水库', '枫树塘水库', '白石河堤防', '石门水电站', '鹰嘴岩水库']);
    expect([ws.getCell(10, 12).value, ws.getCell(10, 14).value]).toEqual(['蒋华', '13905512004']);
  });
});
