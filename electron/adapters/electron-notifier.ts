// The Electron notifier: a native notification per reminder, a taskbar flash and badge count.
import { app, Notification, type BrowserWindow } from 'electron';
import type { Notifier } from '../backend/ports';
import { formatInstant } from '../../shared/time/civil';

export interface ElectronNotifierOptions {
  /** The main window, when there is one. */
  window: () => BrowserWindow | null;
  /** Ask the page to open a route (sent as a `navigate` push event). */
  open: (route: string) => void;
}

export function createElectronNotifier(opts: ElectronNotifierOptions): Notifier {
  return {
    notify(alert, unacknowledged) {
      const win = opts.window();
      try {
        app.setBadgeCount(unacknowledged);
      } catch {
        /* badges are not supported everywhere */
      }
      if (win && !win.isFocused()) win.flashFrame(true);
      if (!Notification.isSupported()) return;
      const prefix = alert.catchUp ? `补提醒（原定 ${formatInstant(alert.dueAt)}）：` : '';
      const n = new Notification({ title: `${prefix}${alert.title}`, body: alert.body, urgency: alert.role === 'overdue' ? 'critical' : 'normal' });
      n.on('click', () => {
        const w = opts.window();
        if (w) {
          if (w.isMinimized()) w.restore();
          w.show();
          w.focus();
          w.flashFrame(false);
        }
        opts.open(alert.route);
      });
      n.show();
    },
  };
}
