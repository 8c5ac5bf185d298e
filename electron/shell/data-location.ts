// Where the data lives: the user data folder, unless the operator chose another one (设置 or the recovery
// screen). The choice is kept in a small JSON file next to the app's own settings. Electron-free.
import fs from 'node:fs';
import path from 'node:path';

export const LOCATION_FILE = 'data-location.json';

export interface FolderCheck {
  ok: boolean;
  /** Chinese reason when not ok. */
  problem: string | null;
  /** The folder already holds a data file (it will be opened, not replaced). */
  hasData: boolean;
}

/** Whether a folder can hold the data file: it exists (or can be made), is a folder, and can be written. */
export function checkDataFolder(dir: string, dbFile: string): FolderCheck {
  if (!path.isAbsolute(dir)) return { ok: false, problem: `“${dir}”不是完整的文件夹路径。`, hasData: false };
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.statSync(dir).isDirectory()) return { ok: false, problem: `“${dir}”不是文件夹。`, hasData: false };
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch {
    return { ok: false, problem: `文件夹“${dir}”无法写入（可能是只读、无权限或磁盘已满），请换一个文件夹。`, hasData: false };
  }
  return { ok: true, problem: null, hasData: fs.existsSync(path.join(dir, dbFile)) };
}

/** The data folder to open: the remembered choice if it is still a folder, else the default. */
export function resolveDataDir(configDir: string, defaultDir: string): string {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(configDir, LOCATION_FILE), 'utf8')) as { dataDir?: unknown };
    if (typeof saved.dataDir === 'string' && path.isAbsolute(saved.dataDir) && fs.statSync(saved.dataDir).isDirectory()) return saved.dataDir;
  } catch {
    // No choice recorded, or the folder is gone (a removed USB disk): fall back to the default.
  }
  return defaultDir;
}

/** Remember a data folder (written to a temporary file, then renamed). */
export function saveDataDir(configDir: string, dataDir: string): void {
  fs.mkdirSync(configDir, { recursive: true });
  const file = path.join(configDir, LOCATION_FILE);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ dataDir }, null, 2));
  fs.renameSync(tmp, file);
}
