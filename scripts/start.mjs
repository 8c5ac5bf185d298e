#!/usr/bin/env node
// `npm start`: build, make sure the Electron binary and an Electron build of better-sqlite3 exist, launch.
// Where no Electron binary can be had (no internet), say so in one line and point to `npm run web`.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const NO_ELECTRON = '无法获取 Electron 运行文件（本机无法下载），桌面窗口无法启动。请改用 npm run web，在浏览器中使用防汛值班台。';

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const p = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const bin = path.join(dir, 'dist', p);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function ensureElectron() {
  let bin = electronBinary();
  if (bin) return bin;
  // npm's allowScripts keeps electron's download from running during install (it fails offline and would break
  // `npm install`); try it here, once, with a time limit.
  let installer;
  try {
    installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return null;
  }
  console.log('正在下载 Electron 运行文件…');
  const r = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  if (r.status !== 0) return null;
  bin = electronBinary();
  return bin;
}

/** better-sqlite3 built for Electron's ABI into .electron-native/, leaving node_modules' Node build alone. */
function ensureNativeForElectron(electronVersion) {
  const outDir = path.join(root, '.electron-native');
  const marker = path.join(outDir, `electron-${electronVersion}`);
  if (fs.existsSync(marker) && fs.existsSync(path.join(outDir, 'better_sqlite3.node'))) return true;
  const work = path.join(outDir, 'build-tree');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), path.join(work, 'better-sqlite3'), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  console.log('正在为 Electron 编译 better-sqlite3（首次启动约需一分钟）…');
  const gyp = spawnSync(
    'npx',
    ['--yes', 'node-gyp', 'rebuild', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--release'],
    { cwd: path.join(work, 'better-sqlite3'), stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
  );
  const built = path.join(work, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (gyp.status !== 0 || !fs.existsSync(built)) return false;
  fs.copyFileSync(built, path.join(outDir, 'better_sqlite3.node'));
  fs.writeFileSync(marker, '');
  fs.rmSync(work, { recursive: true, force: true });
  return true;
}

const bin = ensureElectron();
if (!bin) {
  console.error(NO_ELECTRON);
  process.exit(1);
}
const electronVersion = require('electron/package.json').version;
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (!ensureNativeForElectron(electronVersion)) {
  console.error('为 Electron 编译 better-sqlite3 失败。可先用 npm run web 在浏览器中使用。');
  process.exit(1);
}
const child = spawn(bin, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
