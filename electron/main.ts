// The desktop shell: window, IPC bridge, security. The back end itself is Electron-free.
import { app, BrowserWindow, Menu, ipcMain, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBackend, type Backend } from './backend/backend';
import { startScheduler, type Scheduled } from './backend/scheduler';
import { systemClock } from '../shared/time/clock';
import { CSP } from './host/security';
import { IPC_EVENT, IPC_INVOKE, isAppUrl, mainWindowOptions } from './window-options';
import { buildMenuTemplate } from './menu';

const here = path.dirname(fileURLToPath(import.meta.url));
const indexHtml = path.join(here, '..', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexHtml).toString();

let win: BrowserWindow | null = null;
let backend: Backend | null = null;
let scheduler: Scheduled | null = null;

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

function start(): void {
  const dataDir = app.getPath('userData');
  backend = createBackend({
    dataDir,
    clock: systemClock,
    migrationsDir: path.join(here, 'migrations'),
    appVersion: app.getVersion(),
    nativeBinding: electronNativeBinding(),
    log: (level, msg) => (level === 'error' ? console.error(msg) : console.log(msg)),
  });
  scheduler = startScheduler(() => backend?.dailyDuties());

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
  backend.subscribe((e) => win?.webContents.send(IPC_EVENT, e));

  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ dataDir, openPath: (p) => void shell.openPath(p) })));
  createWindow();
}

function createWindow(): void {
  // webPreferences spelled out here (not only in window-options.ts) so electronegativity can see them;
  // tests/unit/electron/window-options.test.ts checks that this literal equals SECURE_WEB_PREFERENCES.
  win = new BrowserWindow({
    ...mainWindowOptions(path.join(here, 'preload.cjs')),
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
  win.once('ready-to-show', () => win?.show());
  void win.loadFile(indexHtml);
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

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => {
  scheduler?.stop();
  backend?.close();
});
