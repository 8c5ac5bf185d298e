import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHost, type RunningHost } from '../../electron/host/start';

export const ARTIFACTS = path.resolve('test-results');

/** Debian's Chromium (package `chromium`); a test tool's own browser download fails on these machines. */
export function chromiumPath(): string {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && fs.existsSync(p)) return p;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('找不到 Chromium：请先 apt-get install chromium');
  }
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN', ...extraArgs],
  });
}

export function tempDataDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `fdd-e2e-${tag}-`));
}

/** FDD_RENDERER_DIR lets parallel work build the renderer into its own folder. */
export async function startTestHost(dataDir: string, opts: { scheduler?: boolean } = {}): Promise<RunningHost> {
  const rendererDir = process.env.FDD_RENDERER_DIR ? path.resolve(process.env.FDD_RENDERER_DIR) : undefined;
  return startHost({ dataDir, port: 0, testClock: true, scheduler: opts.scheduler ?? false, rendererDir });
}

export async function newPage(browser: Browser, host: RunningHost): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(host.url);
  return page;
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Set the test host's clock (the host runs with FDD_TEST_CLOCK). */
export async function setHostClock(host: RunningHost, now: number): Promise<void> {
  await fetch(`${host.url}__test/clock`, { method: 'POST', body: JSON.stringify({ now }) });
}

/** On an empty data file: 载入示例数据, then choose 赵敏 as the operator at the desk. */
export async function loadSampleAsZhaoMin(page: Page): Promise<void> {
  await page.getByRole('button', { name: '载入示例数据' }).click();
  const dialog = page.getByRole('dialog', { name: '选择当前操作员' });
  await dialog.getByRole('combobox', { name: '操作员' }).click();
  await page.getByTitle('赵敏（应急指挥中心）').click();
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.getByTestId('current-operator').getByText('赵敏', { exact: true }).waitFor();
}
