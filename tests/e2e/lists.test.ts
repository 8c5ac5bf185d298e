import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, newPage, shot, startTestHost, tempDataDir, loadSampleAsZhaoMin, setHostClock } from './support';
import type { RunningHost } from '../../electron/host/start';
import { instantAt } from '../../shared/time/civil';


/** Close the open person drawer: Escape, and its close button when Escape did not reach it (focus elsewhere). */
async function closeDrawer(page: Page): Promise<void> {
  const open = page.locator('.ant-drawer-open');
  await page.keyboard.press('Escape');
  try {
    await open.first().waitFor({ state: 'detached', timeout: 2_000 });
  } catch {
    await open.locator('.ant-drawer-close').first().click();
    await open.first().waitFor({ state: 'detached' });
  }
}

let browser: Browser;
let host: RunningHost;
let page: Page;

const nav = (label: string) => page.getByRole('menu', { name: '主导航' }).getByText(label, { exact: true }).click();
const persons = () => page.getByRole('region', { name: '责任人' });
const tree = () => page.getByRole('region', { name: '地区树' });

/**
 * 石门镇's file as townships send it: two title rows, a two-row header, township and village merged
 * down, full-width digits, phones stored as numbers and two in a cell, trailing spaces, a blank row,
 * a subtotal, the 制表人/审核人 footer — and a name column headed “包组干部” the importer cannot guess,
 * a bad phone and a village the list does not have.
 */
async function messyFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('石门镇');
  const rows: (string | number | null)[][] = [
    ['青山县石门镇2026年山洪灾害防御责任人名单', null, null, null, null, null, null],
    ['填报单位：石门镇人民政府', null, null, null, null, '2026年3月10日', null],
    ['乡镇', '行政村', '村民组', '责任人类别', '包组干部', '职务', '联系电话'],
    [null, null, null, null, null, null, '（手机/座机）'],
    ['石门镇', '枫树村', null, '村级', '李　明', '党支部书记 ', '１３９０５５１１００２'],
    [null, null, '一组', '组级', '赵大', '组长', '13905511003、13905511013'],
    [null, null, '二组', '组级', '孙三 ', '组长', 13905511005],
    [null, null, null, null, null, null, null],
    [null, '小计', null, null, '3人', null, null],
    [null, '桃园村', '二组', '组级', '张三', '组长', 13905511009],
    [null, null, '一组', '组级', '郑六', '组长', '1390551100'],
    [null, '新华村', '一组', '组级', '王八', '组长', '13905511088'],
    ['制表人：王丽', null, null, '审核人：刘强', null, null, null],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getRow(i + 1).getCell(j + 1).value = v)));
  for (const m of ['A1:G1', 'A2:E2', 'F2:G2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'A5:A12', 'B5:B7', 'B10:B11']) ws.mergeCells(m);
  const file = path.join(ARTIFACTS, '石门镇2026年责任人名单.xlsx');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startTestHost(tempDataDir('lists'));
  // Mid-March 2026: the lists are being updated before the flood season.
  await setHostClock(host, instantAt('2026-03-16', '09:00'));
  page = await newPage(browser, host);
  await loadSampleAsZhaoMin(page);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('责任人名单: tree and table, import, search, checks, 公示表', () => {
  it('opens the county’s list with the gaps coloured in the tree', async () => {
    await nav('责任人名单');
    await page.getByRole('heading', { name: '山洪灾害防御责任人名单' }).waitFor();
    await page.getByText('2026年名单尚未公示').waitFor();
    await tree().getByLabel(/^二组，缺少组级责任人/).waitFor();
    expect(await tree().getByLabel(/^石门镇/).getAttribute('aria-label')).toBe('石门镇，缺项2处');
    await tree().getByText('枫树村', { exact: true }).click();
    await expect.poll(() => persons().getByTestId('persons-count').textContent()).toBe('共 11 人');
    await persons().getByRole('row', { name: /县级 陈志强/ }).waitFor();
    expect(await persons().getByRole('row', { name: /户级 钱二/ }).textContent()).toContain('枫树沟');
    await shot(page, 'lists-01-tree-and-table');
  });

  it('opens with antd’s styles written at build time and only the first screens’ part of antd loaded', async () => {
    // scripts/antd-styles.ts writes these components' styles at build time and antd skips them by name; were
    // the names no longer to match (an antd upgrade), antd would generate them all again, slower but unseen.
    const built = ['app', 'layout', 'menu', 'badge', 'space', 'typography', 'tag', 'btn', 'input', 'alert', 'select', 'popover', 'tooltip', 'spin', 'checkbox', 'tree'];
    const fresh = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    try {
      const p = await fresh.newPage();
      const scripts: string[] = [];
      p.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop()!);
      });
      await p.goto(`${host.url}#/lists`);
      await p.getByRole('region', { name: '责任人' }).getByRole('row').nth(1).waitFor();
      await p.getByRole('region', { name: '地区树' }).getByRole('tree').waitFor();
      // antd's run-time styles are marked data-css-hash; those with a data-token-hash only set a component's
      // CSS variables (cheap, left to run time), the rest are a component's styles, opening with its class.
      const generated = await p.evaluate(() =>
        Array.from(document.querySelectorAll('style[data-css-hash]:not([data-token-hash])'), (s) => /\.ant-([a-z]+)/.exec(s.textContent ?? '')?.[1] ?? 'keyframes'),
      );
      expect(generated.filter((c) => built.includes(c))).toEqual([]);
      expect(generated.filter((c) => c !== 'keyframes').length).toBeLessThan(4);
      // The rest of antd (forms, tree selects, tables…) comes with the first dialog or page that uses it
      // (scripts/chunk-groups.ts): the list's own form, here.
      expect(scripts.some((s) => s.startsWith('vendor-antd-') && !s.startsWith('vendor-antd-more'))).toBe(true);
      expect(scripts.filter((s) => s.startsWith('vendor-antd-more'))).toEqual([]);
      await p.getByRole('region', { name: '责任人' }).getByRole('button', { name: '新增责任人' }).click();
      await p.getByRole('dialog', { name: /新增责任人/ }).getByLabel('姓名').waitFor();
      expect(scripts.filter((s) => s.startsWith('vendor-antd-more'))).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('imports a messy township file: fix the mapping, read the error report, import the rest', async () => {
    const file = await messyFile();
    await page.getByRole('button', { name: '导入Excel' }).click();
    const dialog = page.getByRole('dialog', { name: '导入责任人名单' });
    await dialog.getByLabel('选择Excel文件').setInputFiles(file);
    await dialog.getByText('没有找到“姓名”列：请在下表中指定哪一列是责任人姓名').waitFor();
    expect(await dialog.getByText('表头在第3、4行').count()).toBe(1);
    await shot(page, 'lists-02-mapping-unknown-column');

    await dialog.getByLabel('第E列（包组干部）对应').fill('姓名');
    await page.locator('.ant-select-dropdown:visible').getByTitle('姓名', { exact: true }).click();
    await dialog.getByRole('button', { name: '按此对应重新检查' }).click();
    const report = dialog.getByRole('region', { name: '错误报告' });
    await report.getByText('错误2处（涉及2行）', { exact: false }).waitFor();
    expect(await report.getByTestId('import-counts').textContent()).toContain('已跳过空行1、合计/小计1、表尾1行');
    const badPhone = report.getByRole('row', { name: /第11行/ });
    expect(await badPhone.textContent()).toContain('G（联系电话/（手机/座机））');
    expect(await badPhone.textContent()).toContain('手机号“1390551100”格式不正确');
    expect(await report.getByRole('row', { name: /第12行/ }).textContent()).toContain('石门镇没有行政村“新华村”');
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await shot(page, 'lists-03-error-report');

    await dialog.getByText('不删除', { exact: true }).click();
    await dialog.getByText('跳过有错误的2行，只导入其余各行').click();
    const diff = dialog.getByRole('region', { name: '变更预览' });
    await diff.getByRole('row', { name: /新增 组级 石门镇\/桃园村\/二组 张三/ }).waitFor();
    expect(await diff.getByRole('row', { name: /变更 组级 石门镇\/枫树村\/一组 赵大/ }).textContent()).toContain('联系电话：13905511003 → 13905511003、13905511013');
    await diff.getByRole('row', { name: /新增 组级/ }).scrollIntoViewIfNeeded();
    await shot(page, 'lists-04-diff-preview');
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('导入完成：新增1人，变更1人，跳过有错误的2行（导入前已备份）').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // 桃园村二组 now has its 组级 person.
    await expect.poll(() => tree().getByLabel(/^二组，缺少组级责任人/).count()).toBe(0);
  });

  it('remembers the corrected mapping for the next file of the same layout', async () => {
    await page.getByRole('button', { name: '导入Excel' }).click();
    const dialog = page.getByRole('dialog', { name: '导入责任人名单' });
    await dialog.getByLabel('选择Excel文件').setInputFiles(path.join(ARTIFACTS, '石门镇2026年责任人名单.xlsx'));
    await dialog.getByText('沿用上次导入同样表头时的对应').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('finds 张三 by pinyin initials, and shows his history', async () => {
    await persons().getByLabel('查找责任人').fill('zs');
    await persons().getByRole('row', { name: /组级 张三/ }).waitFor();
    expect(await persons().getByRole('row', { name: /村级 周四/ }).count()).toBe(1);
    expect(await persons().getByTestId('persons-count').textContent()).toBe('查找“zs”：2人');
    await shot(page, 'lists-05-search-pinyin');
    await persons().getByRole('row', { name: /组级 张三/ }).getByText('张三', { exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '张三（组级责任人）' });
    await drawer.getByText('导入新增责任人 组级 张三（石门镇/桃园村/二组）').waitFor();
    await drawer.getByText('从未抽查').waitFor();
    await shot(page, 'lists-06-person-history');
    await closeDrawer(page);
    await persons().getByLabel('查找责任人').fill('');
  });

  it('adds a 户级 contact for the danger zone that had none, then deactivates and restores him', async () => {
    await tree().getByText('桃园村', { exact: true }).click();
    await persons().getByRole('button', { name: '新增责任人' }).click();
    const form = page.getByRole('dialog', { name: '新增责任人' });
    await form.getByLabel('层级').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('户级', { exact: true }).click();
    await form.getByLabel('危险区').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('桃园河滩（8户）').click();
    await form.getByLabel('姓名').fill('冯　七');
    await form.getByLabel('联系电话').fill('１３９０５５１１０７７、0551-62880277');
    await form.getByLabel('联系户数').fill('8');
    await shot(page, 'lists-06a-add-person');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    const row = persons().getByRole('row', { name: /户级 冯七/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('13905511077、0551-62880277');
    await expect.poll(() => tree().getByLabel('危险区桃园河滩，没有户级责任人').count()).toBe(0);

    await row.getByLabel('冯七的详情和操作').click();
    const drawer = page.getByRole('dialog', { name: '冯七（户级责任人）' });
    await drawer.getByRole('button', { name: '停用' }).click();
    await page.getByRole('dialog', { name: '停用 冯七？' }).getByRole('button', { name: '停用' }).click();
    await page.getByText('已停用 冯七').waitFor();
    await drawer.getByText('已停用', { exact: true }).waitFor();
    await closeDrawer(page);
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => persons().getByRole('row', { name: /户级 冯七/ }).count()).toBe(0);
    await persons().getByText('显示已停用').click();
    await persons().getByRole('row', { name: /户级 冯七/ }).getByLabel('冯七的详情和操作').click();
    await drawer.getByRole('button', { name: '启用' }).click();
    await page.getByRole('dialog', { name: '启用 冯七？' }).getByRole('button', { name: '启用' }).click();
    await page.getByText('已启用 冯七').waitFor();
    await drawer.getByText('启用责任人 户级 冯七（石门镇/桃园村 桃园河滩）').waitFor();
    await shot(page, 'lists-06b-person-history');
    await closeDrawer(page);
    await persons().getByText('显示已停用').click();
  });

  it('shows the checks: gaps, phones shared, many roles', async () => {
    await page.getByRole('tab', { name: '检查' }).click();
    const gaps = page.getByRole('region', { name: '完整性检查' });
    await gaps.getByText('每个乡镇、村、组都有本级责任人，每个危险区都有户级责任人').waitFor();
    const q = page.getByRole('region', { name: '质量检查' });
    await q.getByText('13905513005').waitFor();
    await q.getByText(/李明（13905511002）：3个岗位/).waitFor();
    await q.getByText('组级 卫东（桃源乡/青龙村/下湾组）').waitFor();
    await shot(page, 'lists-07-checks');
  });

  it('records a phone spot-check', async () => {
    await page.getByRole('tab', { name: '电话抽查' }).click();
    const calls = page.getByRole('region', { name: '电话抽查' });
    const row = calls.getByRole('row', { name: /张三/ });
    await row.getByRole('button', { name: '记录' }).click();
    const dialog = page.getByRole('dialog', { name: '电话抽查：张三' });
    await dialog.getByText('未接听', { exact: true }).click();
    await dialog.getByLabel('说明').fill('两次未接');
    await dialog.getByRole('button', { name: '记录' }).click();
    await page.getByText('已记录对 张三 的抽查：未接听').waitFor();
    await calls.getByText('未接通/号码错误', { exact: true }).click();
    await calls.getByRole('row', { name: /张三.*未接听.*两次未接/ }).first().waitFor();
    await shot(page, 'lists-08-spot-check');
    await page.getByRole('tab', { name: '名单' }).click();
  });

  it('moves between the tabs with the arrow keys, Home and End', async () => {
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await tab('名单').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('检查').getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tabpanel', { name: '检查' }).getByRole('region', { name: '完整性检查' }).waitFor();
    expect(await focused()).toBe('检查');
    await page.keyboard.press('End');
    await expect.poll(() => tab('水库三个责任人').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('名单').getAttribute('aria-selected')).toBe('true');
    expect(await focused()).toBe('名单');
    await persons().getByRole('row').nth(1).waitFor();
    expect(await tab('检查').getAttribute('tabindex')).toBe('-1');
  });

  it('prints the 公示表 on A4 with the middle digits of phones masked', async () => {
    await page.getByRole('button', { name: '打印公示表' }).click();
    const sheet = page.getByRole('article', { name: '青山县2026年山洪灾害防御责任人公示表' });
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('13905511009');
    await page.getByText('隐藏电话中间四位（张贴公示用）').click();
    await expect.poll(() => sheet.textContent()).toContain('139****1009');
    const text = (await sheet.textContent()) ?? '';
    expect(text).not.toMatch(/1\d{10}/);
    expect(text).toContain('0551-****0201');
    expect(text).toContain('石门镇 桃园村');
    await shot(page, 'lists-09-public-table');
    for (const f of fs.readdirSync(ARTIFACTS)) if (f.startsWith('lists-public-table')) fs.rmSync(path.join(ARTIFACTS, f));
    const pdf = path.join(ARTIFACTS, 'lists-public-table.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const prefix = path.join(ARTIFACTS, 'lists-public-table');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
    const pages = fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith('lists-public-table') && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('青山县2026年山洪灾害防御责任人公示表');
    expect(pdfText).toContain('139****1009');
    expect(pdfText).not.toMatch(/139055\d{5}/);
    expect(pdfText).not.toContain('返回名单');
  });
});
