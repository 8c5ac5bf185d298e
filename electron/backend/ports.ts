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
