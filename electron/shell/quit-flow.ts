/**
 * Closing the window keeps the app (and its reminders) running in the tray; only 退出 ends it,
 * after a confirmation that says reminders stop.
 */
export interface QuitState {
  /** True once the operator confirmed 退出 (or the OS is shutting down). */
  quitting: boolean;
}

export function onWindowClose(state: QuitState): 'hide' | 'close' {
  return state.quitting ? 'close' : 'hide';
}

export const QUIT_CONFIRM = {
  title: '退出防汛值班台',
  message: '确定要退出吗？',
  detail: '退出后，每日12:00值班报告和节假日零报告的提醒将停止，直到下次打开程序。关闭窗口则会在系统托盘中继续运行。',
  buttons: ['退出', '取消'],
  defaultId: 1,
  cancelId: 1,
} as const;

/** The answer of the confirmation dialog (index of the button) → quit or not. */
export function confirmQuit(response: number): boolean {
  return response === 0;
}

export const HIDDEN_TO_TRAY_NOTICE = '防汛值班台仍在托盘中运行，提醒不会中断。';
