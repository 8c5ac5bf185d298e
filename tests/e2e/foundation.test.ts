import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, shot, startTestHost, tempDataDir } from './support';
import type { RunningHost } from '../../electron/host/start';

let browser: Browser;
let host: RunningHost;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startTestHost(tempDataDir('foundation'));
  page = await newPage(browser, host);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('a duty officer opens the app for the first time', () => {
  it('offers sample data on an empty file and then asks who is at the desk', async () => {
    await page.getByRole('button', { name: '载入示例数据' }).click();
    const dialog = page.getByRole('dialog', { name: '选择当前操作员' });
    await dialog.waitFor();
    await shot(page, 'foundation-01-operator');
    await dialog.getByRole('combobox', { name: '操作员' }).click();
    await page.getByTitle('赵敏（应急指挥中心）').click();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.getByTestId('current-operator').textContent()).toBe('赵敏');
    expect(await page.getByText('示例数据', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('shows every area in the navigation, and says plainly which are not built yet', async () => {
    const nav = page.getByRole('menu', { name: '主导航' });
    for (const label of ['今日值班', '值班表', '值班日报', '责任人名单', '预案台账', '提醒中心', '人员', '设置']) {
      expect(await nav.getByText(label, { exact: true }).count()).toBe(1);
    }
    await nav.getByText('责任人名单', { exact: true }).click();
    await page.getByRole('heading', { name: '山洪灾害防御责任人名单' }).waitFor();
  });

  it('adds a person with a full-width phone and sees it normalised', async () => {
    await page.getByRole('menu', { name: '主导航' }).getByText('人员', { exact: true }).click();
    await page.getByRole('button', { name: '新增人员' }).click();
    const dialog = page.getByRole('dialog', { name: '新增人员' });
    await dialog.getByLabel('姓名').fill('测试员甲');
    await dialog.getByLabel('单位/科室').fill('应急指挥中心');
    await dialog.getByLabel('联系电话1').fill('１３９ ５５１０ ８８８８');
    await dialog.getByLabel('姓名').click(); // leave the phone field
    await expect.poll(() => dialog.getByLabel('联系电话1').inputValue()).toBe('13955108888');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /测试员甲/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('13955108888');
    await shot(page, 'foundation-02-staff');
  });

  it('tries a bad phone and sees the message on the field; nothing is saved', async () => {
    await page.getByRole('button', { name: '新增人员' }).click();
    const dialog = page.getByRole('dialog', { name: '新增人员' });
    await dialog.getByLabel('姓名').fill('测试员乙');
    await dialog.getByLabel('联系电话1').fill('0551-123');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText(/座机号“0551-123”格式不正确/).waitFor();
    await shot(page, 'foundation-03-bad-phone');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await page.getByRole('row', { name: /测试员乙/ }).count()).toBe(0);
  });

  it('finds the change in the audit log, with operator and before/after', async () => {
    await page.getByRole('menu', { name: '主导航' }).getByText('设置', { exact: true }).click();
    await page.getByRole('tab', { name: '审计日志' }).click();
    const row = page.getByRole('row', { name: /新增人员 测试员甲/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('赵敏');
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByRole('cell', { name: '13955108888', exact: true }).waitFor();
    await shot(page, 'foundation-04-audit');
  });

  it('backs up, changes data, restores from the backup', async () => {
    await page.getByRole('tab', { name: '备份与恢复' }).click();
    await page.getByRole('button', { name: '立即备份' }).click();
    const backupRow = page.getByRole('row', { name: /手动/ });
    await backupRow.waitFor();
    // A change after the backup…
    await page.getByRole('menu', { name: '主导航' }).getByText('人员', { exact: true }).click();
    await page.getByRole('row', { name: /测试员甲/ }).getByRole('button', { name: '停用' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
    await expect.poll(() => page.getByRole('row', { name: /测试员甲/ }).count()).toBe(0);
    // …undone by restoring it.
    await page.getByRole('menu', { name: '主导航' }).getByText('设置', { exact: true }).click();
    await page.getByRole('tab', { name: '备份与恢复' }).click();
    await page.getByRole('row', { name: /手动/ }).getByRole('button', { name: /恢复/ }).click();
    const confirm = page.getByRole('dialog', { name: '从备份恢复数据？' });
    await confirm.getByRole('button', { name: '恢复' }).click();
    await page.getByText('已从备份恢复').waitFor();
    await page.getByRole('row', { name: /恢复前/ }).waitFor();
    await shot(page, 'foundation-05-restored');
    await page.getByRole('menu', { name: '主导航' }).getByText('人员', { exact: true }).click();
    await page.getByRole('row', { name: /测试员甲/ }).waitFor();
  });

  it('clears the sample data for real use: backed up first, then the empty first start', async () => {
    await page.getByRole('menu', { name: '主导航' }).getByText('设置', { exact: true }).click();
    await page.getByText('当前使用的是示例数据').waitFor();
    expect(await page.getByRole('button', { name: /更改数据文件夹/ }).count()).toBe(0); // desktop only
    await page.getByRole('button', { name: '清除示例数据…' }).click();
    const confirm = page.getByRole('dialog', { name: '清除示例数据，开始正式使用？' });
    await confirm.waitFor();
    await shot(page, 'foundation-06-clear-sample');
    await confirm.getByRole('button', { name: '备份并清除' }).click();
    await page.getByRole('button', { name: '载入示例数据' }).waitFor();
    expect(await page.getByText('示例数据', { exact: true }).count()).toBe(0);
  });
});

describe('the back end does not answer', () => {
  it('says so in Chinese with a retry, and opens the app when it answers again', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    try {
      const p = await ctx.newPage();
      let asked = 0;
      await p.route('**/api/system.status', (r) => {
        asked++;
        return r.abort();
      });
      await p.goto(host.url);
      const alert = p.getByRole('alert');
      await alert.getByText('无法连接后台服务，请确认程序仍在运行。').waitFor();
      await alert.getByText('请稍候重试；仍不行时，请关闭并重新打开防汛值班台。').waitFor();
      await shot(p, 'foundation-07-backend-down');
      const before = asked;
      await p.unroute('**/api/system.status');
      await alert.getByRole('button', { name: '重试' }).click();
      await p.getByRole('button', { name: '载入示例数据' }).waitFor();
      expect(before).toBeGreaterThan(0);
      expect(await p.getByRole('alert').filter({ hasText: '无法连接后台服务' }).count()).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});
