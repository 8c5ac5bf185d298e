// The desktop shell: window, IPC bridge, security. The back end itself is Electron-free.
import { app, BrowserWindow, Menu, dialog, ipcMain, powerMonitor, screen, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBackend, type Backend } from './backend/backend';
import { startScheduler, type Scheduled } from './backend/scheduler';
import { systemClock } from '../shared/time/clock';
import { CSP } from './host/security';
import { IPC_EVENT, IPC_INVOKE, isAppUrl, mainWindowOptions } from './window-options';
import { buildMenuTemplate } from './menu';
import { createElectronNotifier } from './adapters/electron-notifier';
import { createTray } from './adapters/electron-tray';
import { createElectronDesktop } from './adapters/electron-desktop';
import { resolveDataDir } from './shell/data-location';
import { setupLogging } from './adapters/electron-log';
import { applyAutoStart } from './adapters/electron-autostart';
import { loadWindowState, saveWindowState, windowStateFile, type WindowState } from './shell/window-state';
import { QUIT_CONFIRM, confirmQuit, onWindowClose } from './shell/quit-flow';
import { autoStartWanted, startedHidden } from './shell/autostart';
import { aboutText } from './shell/about';

const here = path.dirname(fileURLToPath(import.meta.url));
const indexHtml = path.join(here, '..', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexHtml).toString();

let win: BrowserWindow | null = null;
let backend: Backend | null = null;
let scheduler: Scheduled | null = null;
let tray: ReturnType<typeof createTray> | null = null;
const quitState = { quitting: false };

// One copy only: two would fire every reminder twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  void app.whenReady().then(start);
}

/** A better-sqlite3 addon rebuilt for Electron's ABI by `npm start` (see scripts/start.mjs). */
function electronNativeBinding(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath ?? '', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    path.join(here, '..', '..', '.electron-native', 'better_sqlite3.node'),
  ];
  return candidates.find((p) => fs.existsSync(p));
}

/** The list import's worker process, bundled beside this file (scripts/build-electron.mjs). */
function importWorkerScript(): string | undefined {
  const file = path.join(here, 'lists-import-worker.mjs');
  return fs.existsSync(file) ? file : undefined;
}

function start(): void {
  // The user data folder, unless the operator chose another one in 设置 or on the recovery screen.
  const dataDir = resolveDataDir(app.getPath('userData'), app.getPath('userData'));
  const logDir = app.getPath('logs');
  const logger = setupLogging(logDir);
  logger.info(`防汛值班台 ${app.getVersion()} 启动，数据文件夹 ${dataDir}`);
  backend = createBackend({
    dataDir,
    clock: systemClock,
    migrationsDir: path.join(here, 'migrations'),
    appVersion: app.getVersion(),
    nativeBinding: electronNativeBinding(),
    importWorker: importWorkerScript(),
    notifier: createElectronNotifier({ window: () => win, open: (route) => win?.webContents.send(IPC_EVENT, { type: 'navigate', route }) }),
    log: (level, msg) => logger[level](msg),
    desktop: createElectronDesktop({
      window: () => win,
      configDir: app.getPath('userData'),
      beforeRestart: () => {
        quitState.quitting = true;
        scheduler?.stop();
        backend?.close();
      },
    }),
  });
  scheduler = startScheduler(() => backend?.dailyDuties());
  // Catch up what fell due while the machine slept.
  powerMonitor.on('resume', () => backend?.dailyDuties());

  // Strict CSP on every response the renderer loads.
  session.defaultSession.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  // No camera, microphone, geolocation, notifications-by-page…: the shell asks for what it needs itself.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, cb) => cb(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  ipcMain.handle(IPC_INVOKE, async (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl, indexUrl)) {
      return { ok: false, error: { code: 'internal', message: '拒绝来自未知页面的调用' } };
    }
    return backend!.dispatch(String(method), input);
  });
  backend.subscribe((e) => {
    win?.webContents.send(IPC_EVENT, e);
    if (e.type === 'reminder') {
      showCount(e.unacknowledged);
      if (win && !win.isFocused()) win.flashFrame(true);
    } else if (e.type === 'changed' && (e.areas.includes('reminders') || e.areas.includes('*'))) void refreshCount();
    if (e.type === 'changed' && (e.areas.includes('settings') || e.areas.includes('*'))) void applySettings();
  });

  const about = () => {
    const a = aboutText({ version: app.getVersion(), dataDir, logDir, electron: process.versions.electron });
    void dialog.showMessageBox({ type: 'info', title: a.title, message: a.message, detail: a.detail, buttons: ['确定'] });
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ dataDir, openPath: (p) => void shell.openPath(p), openLogs: logger.openFolder, about, quit: askQuit })),
  );
  tray = createTray(path.join(here, '..', 'renderer', 'icon.png'), {
    open: showWindow,
    today: () => {
      showWindow();
      win?.webContents.send(IPC_EVENT, { type: 'navigate', route: '/' });
    },
    quit: askQuit,
  });
  createWindow(dataDir, !startedHidden(process.argv));
  void applySettings();
  void refreshCount();
}

function showCount(n: number): void {
  tray?.setCount(n);
  app.setBadgeCount(n);
}

async function refreshCount(): Promise<void> {
  const r = await backend?.dispatch('reminders.count', {});
  if (r?.ok) showCount((r.value as { unacknowledged: number }).unacknowledged);
}

async function applySettings(): Promise<void> {
  const r = await backend?.dispatch('settings.get', {});
  if (r?.ok) applyAutoStart(autoStartWanted(r.value as { autoStart?: boolean }));
}

function showWindow(): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/** 退出 stops the reminders: say so and let the operator cancel. */
async function askQuit(): Promise<void> {
  const r = await dialog.showMessageBox({ type: 'warning', ...QUIT_CONFIRM, buttons: [...QUIT_CONFIRM.buttons], noLink: true });
  if (confirmQuit(r.response)) {
    quitState.quitting = true;
    app.quit();
  }
}

function createWindow(dataDir: string, show: boolean): void {
  const stateFile = windowStateFile(dataDir);
  const state = loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  // webPreferences spelled out here (not only in window-options.ts) so electronegativity can see them;
  // tests/unit/electron/window-options.test.ts checks that this literal equals SECURE_WEB_PREFERENCES.
  win = new BrowserWindow({
    ...mainWindowOptions(path.join(here, 'preload.cjs')),
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      // electronegativity PRELOAD_JS_CHECK (MEDIUM, reviewed): the preload is ours, bundled from electron/preload.ts,
      // runs sandboxed and exposes only window.api.invoke / window.api.on over two fixed channels.
      preload: path.join(here, 'preload.cjs'),
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win?.maximize();
    if (show) win?.show();
  });
  void win.loadFile(indexHtml);
  const remember = () => {
    if (!win || win.isMinimized()) return;
    const b = win.getNormalBounds();
    const next: WindowState = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
    saveWindowState(stateFile, next);
  };
  win.on('resized', remember);
  win.on('moved', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  // Closing the window keeps the reminders running in the tray; only a confirmed 退出 ends the app.
  win.on('close', (event) => {
    remember();
    if (onWindowClose(quitState) === 'hide') {
      event.preventDefault();
      win?.hide();
    }
  });
  win.on('focus', () => win?.flashFrame(false));
  win.on('closed', () => {
    win = null;
  });
}

// Block navigation away from the app and every new window (the app has no external links).
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, indexUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, indexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

// The window only hides; the app lives on in the tray until a confirmed 退出.
app.on('window-all-closed', () => {});

app.on('before-quit', () => {
  // An OS shutdown or logout quits without asking.
  quitState.quitting = true;
  scheduler?.stop();
  tray?.destroy();
  backend?.close();
});
