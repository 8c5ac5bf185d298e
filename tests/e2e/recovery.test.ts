import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, shot, startTestHost, tempDataDir } from './support';
import { DB_FILE } from '../../electron/backend/backend';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a damaged data file', () => {
  it('shows a clear recovery screen and restores from a backup, keeping the damaged file', async () => {
    const dataDir = tempDataDir('recovery');
    // A working file with sample data and one backup…
    const first = await startTestHost(dataDir);
    await first.backend.dispatch('system.loadSampleData', {});
    await first.backend.dispatch('session.setOperator', { staffId: 1 });
    const b = await first.backend.dispatch('system.backupNow', {});
    expect(b.ok).toBe(true);
    await first.stop();
    // …then the file is damaged (e.g. a disk fault).
    const dbPath = path.join(dataDir, DB_FILE);
    for (const ext of ['-wal', '-shm']) fs.rmSync(dbPath + ext, { force: true });
    fs.writeFileSync(dbPath, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)]));

    const host = await startTestHost(dataDir);
    try {
      const page = await newPage(browser, host);
      await page.getByText('数据文件已损坏', { exact: true }).waitFor();
      await page.getByText(dbPath).waitFor();
      await shot(page, 'recovery-01-damaged');
      await page.getByRole('row', { name: /手动/ }).getByRole('button', { name: /恢复/ }).click();
      await page.getByRole('dialog', { name: '从备份恢复数据？' }).getByRole('button', { name: '恢复' }).click();
      await page.getByRole('menu', { name: '主导航' }).waitFor();
      await page.getByRole('dialog', { name: '选择当前操作员' }).waitFor();
      await shot(page, 'recovery-02-restored');
      expect(fs.readdirSync(dataDir).some((f) => f.startsWith(`${DB_FILE}.damaged-`))).toBe(true);
    } finally {
      await host.stop();
    }
  });
});
