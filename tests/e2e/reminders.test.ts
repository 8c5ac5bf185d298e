import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, shot, startTestHost, tempDataDir } from './support';
import type { RunningHost } from '../../electron/host/start';
import { instantAt } from '../../shared/time/civil';

let browser: Browser;
let host: RunningHost;
let page: Page;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nav = (label: string) => page.getByRole('menu', { name: '主导航' }).getByText(label, { exact: true }).click();

async function setClock(now: number): Promise<void> {
  const res = await fetch(`${host.url}__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now }) });
  expect(res.status).toBe(200);
}

/**
 * node-cron wakes the back end at second 0 of every real minute. Setting the clock to 11:59:30 when the real
 * clock is 5–25 s into a minute makes the next wake see 12:00:05–12:00:25: the 12:00 alert is due, and on time.
 */
async function waitForEarlyInMinute(): Promise<void> {
  for (;;) {
    const s = new Date().getSeconds();
    if (s >= 5 && s <= 25) return;
    await sleep(500);
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startTestHost(tempDataDir('reminders'), { scheduler: true });
  page = await newPage(browser, host);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url.replace(/\/$/, '') });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the 12:00 report reminder, end to end', () => {
  it('starts from the sample data with an operator at the desk', async () => {
    await page.getByRole('button', { name: '载入示例数据' }).click();
    const dialog = page.getByRole('dialog', { name: '选择当前操作员' });
    await dialog.getByRole('combobox', { name: '操作员' }).click();
    await page.getByTitle('赵敏（应急指挥中心）').click();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.getByTestId('current-operator').textContent()).toBe('赵敏');
  });

  it('sees the 12:00 overdue alert appear when the scheduler wakes after 11:59:30', async () => {
    await waitForEarlyInMinute();
    await setClock(instantAt('2026-12-01', '11:59') + 30_000);
    const alert = page.getByTestId('reminder-alert');
    // Waiting for the next minute's wake (at most ~55 s).
    await alert.getByText('到期时间 2026-12-01 12:00').waitFor({ timeout: 80_000 });
    expect(await alert.textContent()).toContain('每日值班报告已超时未上报');
    expect(await alert.textContent()).toContain('已到12:00截止时间，12月1日值班报告仍未上报，请立即上报。');
    const badge = page.getByTestId('reminder-badge');
    await badge.waitFor();
    expect(Number(await badge.textContent())).toBeGreaterThanOrEqual(1);
    await shot(page, 'reminders-01-overdue-alert');
  }, 150_000);

  it('opens the report from the alert, copies the text and marks it reported (late)', async () => {
    await page.getByTestId('reminder-alert').getByRole('button', { name: '去处理' }).click();
    await page.getByRole('heading', { name: '值班日报' }).waitFor();
    await expect.poll(() => page.getByTestId('daily-report-status').textContent(), { timeout: 10_000 }).toBe('未报（已超过12:00）');
    const text = page.getByLabel('报告内容');
    expect(await text.inputValue()).toContain('青山县应急管理局12月1日值班值守情况');
    await page.getByLabel('带班领导').fill('王建国');
    await page.getByLabel('值班员').fill('赵敏、孙浩');
    expect(await text.inputValue()).toContain('带班领导：王建国；值班员：赵敏、孙浩；值班电话：0551-62880110。');
    await page.getByRole('button', { name: '复制文本' }).click();
    await page.getByText('已复制，可粘贴到国家应急指挥综合业务系统').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('带班领导：王建国');
    await shot(page, 'reminders-02-report');
    await page.getByRole('button', { name: '标记已上报' }).click();
    const confirm = page.getByRole('dialog', { name: '标记已上报？' });
    await confirm.getByRole('button', { name: '标记已上报' }).click();
    await expect.poll(() => page.getByTestId('daily-report-status').textContent()).toBe('迟报');
    await page.getByText(/已于 2026-12-01 12:0\d 由 赵敏 标记上报（迟报）/).waitFor();
    await shot(page, 'reminders-03-reported');
  });

  it('acknowledges the alert from the keyboard in 提醒中心, which keeps who and when', async () => {
    await nav('提醒中心');
    const item = page.getByRole('listitem').filter({ hasText: '到期 2026-12-01 12:00' });
    await item.waitFor();
    await shot(page, 'reminders-04-center');
    const ack = item.getByRole('button', { name: '确认' });
    await ack.focus();
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: /每日值班报告已超时未上报/ }).filter({ hasText: '2026-12-01 12:00' });
    await row.waitFor();
    expect(await row.textContent()).toContain('赵敏');
    expect(await row.textContent()).toMatch(/2026-12-01 12:0\d/);
    await shot(page, 'reminders-05-acknowledged');
  });

  it('shows the history with 迟报 and the rules editor', async () => {
    await nav('值班日报');
    await page.getByRole('tab', { name: '上报记录' }).click();
    const row = page.getByRole('row', { name: /2026-12-01/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('迟报');
    await nav('提醒中心');
    await page.getByRole('tab', { name: '提醒规则' }).click();
    await page.getByRole('button', { name: '修改 距12:00上报还有20分钟' }).waitFor();
    const planRow = page.getByRole('row', { name: /预案期限提醒/ });
    expect(await planRow.textContent()).toContain('预案备案、评估、演练期限前第5个工作日、当天及逾期次日 09:00');
    const seasonRow = page.getByRole('row', { name: /汛前更新并公示责任人名单/ });
    expect(await seasonRow.textContent()).toContain('汛期（4月1日）开始前30、14、7、1天及当天，名单公示后停止 09:00');
    await shot(page, 'reminders-06-rules');
    await page.getByRole('button', { name: '修改 汛前更新并公示责任人名单' }).click();
    const dialog = page.getByRole('dialog', { name: '修改提醒规则：汛前更新并公示责任人名单' });
    await dialog.getByLabel('汛期开始日期').fill('05-01');
    await dialog.getByLabel('提前天数').fill('20，10 0');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /汛期（5月1日）开始前20、10天及当天/ }).waitFor();
  });
});

describe('值班日志, 零报告 and notices', () => {
  it('logs an open call and hands over to the next duty day with both officers named', async () => {
    await nav('值班日报');
    await page.getByRole('tab', { name: '值班日志' }).click();
    await page.getByRole('button', { name: '新增日志' }).click();
    const dialog = page.getByRole('dialog', { name: '新增值班日志' });
    await dialog.getByLabel('内容').fill('青石镇来电：一处道路边坡落石，已通知交通部门');
    await dialog.getByLabel('后续跟进').fill('待交通部门反馈处置结果');
    await dialog.getByText('未办结（交接班时移交下一班）').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /青石镇来电/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('未办结');
    await page.getByLabel('交班人').fill('赵敏');
    await page.getByLabel('接班人').fill('孙浩');
    await page.getByRole('button', { name: '记录交接班' }).click();
    await page.getByText(/记录交接班（赵敏 → 孙浩，记录人 赵敏）/).waitFor();
    expect(await page.getByText('遗留事项1项，移交下一班继续办理：').count()).toBe(1);
    await shot(page, 'reminders-07-dutylog');
  });

  it('keeps the zero-report checklist of a holiday day and produces the summary', async () => {
    await page.getByRole('tab', { name: '零报告' }).click();
    const picker = page.getByLabel('日期');
    await picker.click();
    await picker.fill('2026-10-02');
    await picker.press('Enter');
    await page.getByText('国庆节（2026-10-01 至 2026-10-07）').waitFor();
    const units = ['城关镇', '青石镇', '柳河乡', '东山街道', '县水利局', '县自然资源局', '县气象局'];
    for (const u of units) {
      await page.getByRole('radiogroup', { name: `${u}报送情况` }).getByText('零报告', { exact: true }).click();
      await page.getByRole('radiogroup', { name: `${u}报送情况` }).locator('.ant-radio-button-wrapper-checked', { hasText: '零报告' }).waitFor();
    }
    await page.getByText('尚有 1 个单位未报，请电话催报').waitFor();
    await page.getByRole('radiogroup', { name: '县交通运输局报送情况' }).getByText('有情况', { exact: true }).click();
    const note = page.getByRole('dialog', { name: '县交通运输局报告的情况' });
    await note.getByLabel('情况说明').fill('G318线一处路面塌陷，已封闭半幅，无人员伤亡');
    await note.getByRole('button', { name: '保存' }).click();
    await page.getByText('各单位均已报送，汇总文字已就绪').waitFor();
    expect(await page.getByLabel('零报告汇总').inputValue()).toBe(
      '截至15时，县交通运输局报告：G318线一处路面塌陷，已封闭半幅，无人员伤亡；其余7个单位均无突发事件发生。',
    );
    await page.getByRole('button', { name: '标记已上报' }).click();
    await page.getByText(/由 赵敏 标记上报/).waitFor();
    await shot(page, 'reminders-08-zero');
  });

  it('drafts the next holiday notice and records it as issued with its 文号', async () => {
    await page.getByRole('tab', { name: '节假日通知' }).click();
    const row = page.getByRole('row', { name: /元旦/ }).first();
    await row.getByRole('button', { name: '起草通知' }).click();
    const dialog = page.getByRole('dialog', { name: /关于做好元旦期间应急值班值守工作的通知/ });
    await expect.poll(() => dialog.getByLabel('通知内容').inputValue()).toContain('各乡镇人民政府、街道办事处，县防指各成员单位：');
    await dialog.getByLabel('文号').fill('青应急〔2026〕88号');
    await shot(page, 'reminders-09-notice');
    await dialog.getByRole('button', { name: '标记已印发' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已印发 青应急〔2026〕88号').waitFor();
  });

  it('lists the reporting units in 设置 → 报送单位', async () => {
    await nav('设置');
    await page.getByRole('tab', { name: '报送单位' }).click();
    await page.getByRole('row', { name: /县气象局/ }).waitFor();
    expect(await page.getByRole('row').count()).toBe(9);
    await shot(page, 'reminders-10-units');
  });
});
