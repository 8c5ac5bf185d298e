import type { ReminderAlert } from '../../shared/contract/reminders';

/**
 * Delivers a reminder outside the page. Every host also gets the `reminder` push event (SSE or IPC),
 * which drives the in-app alert center; a Notifier adds what the platform offers on top of it.
 */
export interface Notifier {
  notify(alert: ReminderAlert, unacknowledged: number): void;
}

/** The browser host's notifier: the push event is all a browser page gets, so there is nothing more to do. */
export const pushOnlyNotifier: Notifier = {
  notify: () => {},
};

/**
 * What only a desktop shell can do: open a file with the system's viewer and let the operator pick another
 * data folder. The browser host has none (its data folder comes from DATA_DIR), and the UI hides both.
 */
export interface Desktop {
  /** Open a file with the program the system associates with it; resolves to '' or the system's error text. */
  openFile(file: string): Promise<string>;
  /** Ask for a folder; null when the operator cancels. */
  chooseFolder(title: string): Promise<string | null>;
  /** Remember the folder for the next start, then restart the app on it. */
  switchDataDir(dir: string): void;
}
