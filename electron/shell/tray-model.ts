/** What the tray shows and offers, as plain data (the Electron adapter renders it). */
export interface TrayActions {
  open: () => void;
  today: () => void;
  quit: () => void;
}

export interface TrayItem {
  label?: string;
  type?: 'separator';
  click?: () => void;
}

export function trayMenu(actions: TrayActions): TrayItem[] {
  return [
    { label: '打开', click: actions.open },
    { label: '今日值班', click: actions.today },
    { type: 'separator' },
    { label: '退出', click: actions.quit },
  ];
}

/** Badge text for unacknowledged alerts: nothing when none, 99+ beyond 99. */
export function badgeText(unacknowledged: number): string {
  if (unacknowledged <= 0) return '';
  return unacknowledged > 99 ? '99+' : String(unacknowledged);
}

export function trayTooltip(unacknowledged: number): string {
  return unacknowledged > 0 ? `防汛值班台 — ${badgeText(unacknowledged)} 条提醒待确认` : '防汛值班台 — 提醒运行中';
}
