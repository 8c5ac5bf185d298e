/**
 * The main window's options, kept free of the `electron` import so a unit test can assert them.
 * Every security switch is spelled out, even where it matches Electron's default.
 */
export const SECURE_WEB_PREFERENCES = {
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
} as const;

export function mainWindowOptions(preload: string) {
  return {
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    title: '防汛值班台',
    show: false,
    backgroundColor: '#f3f5f8',
    autoHideMenuBar: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  };
}

/** The only IPC channels: one for calls, one for push events. */
export const IPC_INVOKE = 'api:invoke';
export const IPC_EVENT = 'api:event';

/** A navigation or sender is ours only if it is the app's own index.html. */
export function isAppUrl(url: string, appIndexUrl: string): boolean {
  try {
    const u = new URL(url);
    const a = new URL(appIndexUrl);
    return u.protocol === 'file:' && u.pathname === a.pathname;
  } catch {
    return false;
  }
}
