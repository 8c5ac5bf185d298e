import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppUrl, mainWindowOptions, SECURE_WEB_PREFERENCES } from '../../../electron/window-options';
import { buildMenuTemplate } from '../../../electron/menu';

/** The literal `webPreferences: { … }` object in electron/main.ts, parsed key by key. */
function literalInMain(): Record<string, unknown> {
  const src = fs.readFileSync('electron/main.ts', 'utf8');
  const block = /webPreferences: \{([\s\S]*?)\n {4}\},/.exec(src);
  if (!block) throw new Error('no webPreferences literal in electron/main.ts');
  const out: Record<string, unknown> = {};
  for (const m of block[1]!.matchAll(/^\s*(\w+): (true|false|'[^']*'),?$/gm)) {
    out[m[1]!] = m[2] === 'true' ? true : m[2] === 'false' ? false : m[2]!.slice(1, -1);
  }
  return out;
}

describe('the main window is locked down', () => {
  it('has context isolation, sandbox, no Node integration and web security', () => {
    const w = mainWindowOptions('/x/preload.cjs').webPreferences;
    expect(w).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/x/preload.cjs' });
  });

  it('uses exactly the same switches in the literal electronegativity reads in main.ts', () => {
    expect(literalInMain()).toEqual({ ...SECURE_WEB_PREFERENCES });
  });

  it('treats only the app index as its own page', () => {
    const index = 'file:///opt/app/dist/renderer/index.html';
    expect(isAppUrl('file:///opt/app/dist/renderer/index.html#/staff', index)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', index)).toBe(false);
    expect(isAppUrl('https://example.com/', index)).toBe(false);
    expect(isAppUrl('not a url', index)).toBe(false);
  });

  it('preload exposes only invoke and on', () => {
    const src = fs.readFileSync('electron/preload.ts', 'utf8');
    expect(src).toMatch(/exposeInMainWorld\('api'/);
    expect(src).not.toMatch(/exposeInMainWorld\('(?!api')/);
    expect([...src.matchAll(/^ {2}(\w+): /gm)].map((m) => m[1])).toEqual(['invoke', 'on']);
  });

  it('has a Chinese menu with the data folder, the logs, 关于, and a confirmed 退出', () => {
    const calls: string[] = [];
    const menu = buildMenuTemplate({
      dataDir: '/data',
      openPath: (p) => calls.push(`open ${p}`),
      openLogs: () => calls.push('logs'),
      about: () => calls.push('about'),
      quit: () => calls.push('quit'),
    });
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const click = (top: number, label: string) => menu[top]!.submenu!.find((i) => i.label === label)!.click!();
    click(0, '打开数据文件夹');
    click(0, '打开日志目录');
    click(0, '退出');
    click(3, '关于防汛值班台');
    expect(calls).toEqual(['open /data', 'logs', 'quit', 'about']);
    // 退出 goes through our confirmation, never straight through the OS role.
    expect(menu[0]!.submenu!.find((i) => i.label === '退出')!.role).toBeUndefined();
  });
});
