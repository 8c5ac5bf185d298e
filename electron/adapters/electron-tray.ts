import { Menu, Tray, nativeImage } from 'electron';
import { badgeText, trayMenu, trayTooltip, type TrayActions } from '../shell/tray-model';

/** The system-tray icon with its menu and the unacknowledged-alert count. */
export function createTray(iconPath: string, actions: TrayActions) {
  const image = nativeImage.createFromPath(iconPath).resize({ width: 16, height: 16 });
  const tray = new Tray(image);
  tray.setContextMenu(Menu.buildFromTemplate(trayMenu(actions)));
  tray.setToolTip(trayTooltip(0));
  tray.on('click', actions.open);
  return {
    setCount(n: number) {
      tray.setToolTip(trayTooltip(n));
      if (process.platform === 'darwin') tray.setTitle(badgeText(n));
    },
    destroy: () => tray.destroy(),
  };
}
