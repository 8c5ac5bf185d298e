// The desktop services the back end may use: the system viewer, a folder picker, restarting on another data folder.
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../backend/ports';
import { saveDataDir } from '../shell/data-location';

export function createElectronDesktop(opts: { window: () => BrowserWindow | null; configDir: string; beforeRestart: () => void }): Desktop {
  return {
    openFile: (file) => shell.openPath(file),
    async chooseFolder(title) {
      const win = opts.window();
      const props: Electron.OpenDialogOptions = { title, buttonLabel: '选择此文件夹', properties: ['openDirectory', 'createDirectory'] };
      const r = win ? await dialog.showOpenDialog(win, props) : await dialog.showOpenDialog(props);
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]!;
    },
    switchDataDir(dir) {
      saveDataDir(opts.configDir, dir);
      opts.beforeRestart();
      app.relaunch();
      app.exit(0);
    },
  };
}
