/** Start at login: on by default, switchable in 设置 (settings key `autoStart`). */
export const HIDDEN_ARG = '--hidden';

export function autoStartWanted(settings: { autoStart?: boolean }): boolean {
  return settings.autoStart !== false;
}

/** What Electron's app.setLoginItemSettings receives; started at login the window stays in the tray. */
export function loginItemSettings(on: boolean): { openAtLogin: boolean; args: string[] } {
  return { openAtLogin: on, args: on ? [HIDDEN_ARG] : [] };
}

export function startedHidden(argv: readonly string[]): boolean {
  return argv.includes(HIDDEN_ARG);
}
