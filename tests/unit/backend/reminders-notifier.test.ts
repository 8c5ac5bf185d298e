import { describe, expect, it, vi } from 'vitest';
import type { ReminderAlert } from '../../../shared/contract/reminders';
import { instantAt } from '../../../shared/time/civil';

const shown: { title: string; body: string; click?: () => void }[] = [];
vi.mock('electron', () => ({
  app: { setBadgeCount: vi.fn() },
  Notification: class {
    static isSupported = () => true;
    private entry: { title: string; body: string; click?: () => void };
    constructor(o: { title: string; body: string }) {
      this.entry = { title: o.title, body: o.body };
    }
    on(_event: 'click', fn: () => void) {
      this.entry.click = fn;
    }
    show() {
      shown.push(this.entry);
    }
  },
}));

const alert: ReminderAlert = {
  id: 7,
  key: 'daily-overdue|1',
  ruleId: 'daily-overdue',
  kind: 'daily_report',
  role: 'overdue',
  subject: null,
  date: '2026-07-01',
  dueAt: instantAt('2026-07-01', '13:00'),
  title: '每日值班报告已超时未上报',
  body: '7月1日值班报告已超过12:00截止时间1小时仍未上报，请立即上报。',
  route: '/daily-report',
  catchUp: true,
  deliveredAt: instantAt('2026-07-01', '13:05'),
  ackAt: null,
  ackByName: null,
};

describe('the Electron notifier', () => {
  it('shows a native notification (补提醒 with the original time); a click focuses the window and opens the page', async () => {
    const { createElectronNotifier } = await import('../../../electron/adapters/electron-notifier');
    const { app } = await import('electron');
    const win = { isFocused: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn(), flashFrame: vi.fn() };
    const open = vi.fn();
    const notifier = createElectronNotifier({ window: () => win as never, open });
    notifier.notify(alert, 3);
    expect(app.setBadgeCount).toHaveBeenCalledWith(3);
    expect(win.flashFrame).toHaveBeenCalledWith(true);
    expect(shown.map((s) => s.title)).toEqual(['补提醒（原定 2026-07-01 13:00）：每日值班报告已超时未上报']);
    shown[0]!.click!();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith('/daily-report');
  });
});
