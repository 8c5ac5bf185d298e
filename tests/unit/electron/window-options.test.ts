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

  it('has a Chinese menu with a way to the data folder', () => {
    const opened: string[] = [];
    const menu = buildMenuTemplate({ dataDir: '/data', openPath: (p) => opened.push(p) });
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    menu[0]!.submenu![0]!.click!();
    expect(opened).toEqual(['/data']);
  });
});
