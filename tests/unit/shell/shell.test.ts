import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, parseWindowState, saveWindowState, windowStateFile } from '../../../electron/shell/window-state';
import { badgeText, trayMenu, trayTooltip } from '../../../electron/shell/tray-model';
import { confirmQuit, onWindowClose, QUIT_CONFIRM } from '../../../electron/shell/quit-flow';
import { autoStartWanted, loginItemSettings, startedHidden } from '../../../electron/shell/autostart';
import { aboutText } from '../../../electron/shell/about';
import { tempDir } from '../../db/helpers';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('round-trips through its file', () => {
    const file = windowStateFile(tempDir('win'));
    saveWindowState(file, { x: 100, y: 80, width: 1400, height: 900, maximized: true });
    expect(loadWindowState(file, [screen])).toEqual({ x: 100, y: 80, width: 1400, height: 900, maximized: true });
  });

  it('falls back to defaults for a missing or broken file', () => {
    const dir = tempDir('win');
    expect(loadWindowState(path.join(dir, 'none.json'), [screen])).toMatchObject({ width: DEFAULT_WINDOW_STATE.width, height: DEFAULT_WINDOW_STATE.height });
    fs.writeFileSync(path.join(dir, 'bad.json'), '{oops');
    expect(parseWindowState(fs.readFileSync(path.join(dir, 'bad.json'), 'utf8'))).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width":"wide","height":3}')).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('re-centres a window left on an unplugged monitor', () => {
    const s = fitToDisplays({ x: 2500, y: 100, width: 1200, height: 800, maximized: false }, [screen]);
    expect(s.x).toBeUndefined();
    expect(s.y).toBeUndefined();
    expect(s.width).toBe(1200);
  });

  it('keeps a visible window where it was and shrinks one larger than the screen', () => {
    expect(fitToDisplays({ x: 10, y: 10, width: 1200, height: 800, maximized: false }, [screen])).toMatchObject({ x: 10, y: 10 });
    expect(fitToDisplays({ x: 0, y: 0, width: 4000, height: 3000, maximized: false }, [screen])).toMatchObject({ width: 1920, height: 1080 });
  });
});

describe('tray', () => {
  it('offers 打开 / 今日值班 / 退出 and calls the right action', () => {
    const calls: string[] = [];
    const menu = trayMenu({ open: () => calls.push('open'), today: () => calls.push('today'), quit: () => calls.push('quit') });
    expect(menu.filter((m) => m.label).map((m) => m.label)).toEqual(['打开', '今日值班', '退出']);
    for (const m of menu) m.click?.();
    expect(calls).toEqual(['open', 'today', 'quit']);
  });

  it('shows the unacknowledged count', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
    expect(trayTooltip(2)).toContain('2 条提醒待确认');
    expect(trayTooltip(0)).toContain('提醒运行中');
  });
});

describe('closing and quitting', () => {
  it('hides to the tray unless 退出 was confirmed', () => {
    expect(onWindowClose({ quitting: false })).toBe('hide');
    expect(onWindowClose({ quitting: true })).toBe('close');
  });

  it('says that reminders stop, and defaults to 取消', () => {
    expect(QUIT_CONFIRM.detail).toContain('提醒将停止');
    expect(QUIT_CONFIRM.buttons[QUIT_CONFIRM.defaultId]).toBe('取消');
    expect(confirmQuit(0)).toBe(true);
    expect(confirmQuit(1)).toBe(false);
  });
});

describe('start at login', () => {
  it('is on unless switched off, and starts hidden in the tray', () => {
    expect(autoStartWanted({})).toBe(true);
    expect(autoStartWanted({ autoStart: false })).toBe(false);
    expect(loginItemSettings(true)).toEqual({ openAtLogin: true, args: ['--hidden'] });
    expect(loginItemSettings(false)).toEqual({ openAtLogin: false, args: [] });
    expect(startedHidden(['electron', '.', '--hidden'])).toBe(true);
    expect(startedHidden(['electron', '.'])).toBe(false);
  });
});

describe('about', () => {
  it('names the version and the folders', () => {
    const a = aboutText({ version: '0.1.0', dataDir: '/d', logDir: '/l' });
    expect(a.message).toBe('防汛值班台 0.1.0');
    expect(a.detail).toContain('数据文件夹：/d');
    expect(a.detail).toContain('日志文件夹：/l');
  });
});
