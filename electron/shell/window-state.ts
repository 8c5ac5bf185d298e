import fs from 'node:fs';
import path from 'node:path';

/** Where and how big the main window was, remembered across starts. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1366, height: 860, maximized: false };
const MIN = { width: 1024, height: 680 };

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined;
}

/** Read a saved state; anything unreadable gives the defaults. */
export function parseWindowState(text: string | null): WindowState {
  if (!text) return { ...DEFAULT_WINDOW_STATE };
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const width = num(raw.width);
    const height = num(raw.height);
    if (!width || !height) return { ...DEFAULT_WINDOW_STATE };
    return { x: num(raw.x), y: num(raw.y), width, height, maximized: raw.maximized === true };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

function overlap(a: Area, b: Area): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Keep the window reachable: a monitor that was unplugged, or a resolution that shrank, must not leave it
 * off-screen. Without enough of its title bar on some display it is re-centred (x/y dropped).
 */
export function fitToDisplays(state: WindowState, displays: Area[]): WindowState {
  if (displays.length === 0) return state;
  const largest = displays.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
  const width = Math.max(MIN.width, Math.min(state.width, largest.width));
  const height = Math.max(MIN.height, Math.min(state.height, largest.height));
  if (state.x === undefined || state.y === undefined) return { ...state, x: undefined, y: undefined, width, height };
  const titleBar: Area = { x: state.x, y: state.y, width, height: 40 };
  const visible = displays.some((d) => overlap(titleBar, d) >= Math.min(200, width) * 20);
  return visible ? { ...state, width, height } : { ...state, x: undefined, y: undefined, width, height };
}

export function windowStateFile(dataDir: string): string {
  return path.join(dataDir, 'window-state.json');
}

export function loadWindowState(file: string, displays: Area[]): WindowState {
  let text: string | null = null;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  return fitToDisplays(parseWindowState(text), displays);
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state));
    fs.renameSync(tmp, file);
  } catch {
    /* remembering the window is a convenience: never fail the app for it */
  }
}
