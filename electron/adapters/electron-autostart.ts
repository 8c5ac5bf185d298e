import { app } from 'electron';
import { loginItemSettings } from '../shell/autostart';

/** Apply the 开机自动启动 setting to the OS. */
export function applyAutoStart(on: boolean): void {
  if (!app.isPackaged) return; // a development run must not register itself at login
  app.setLoginItemSettings(loginItemSettings(on));
}
