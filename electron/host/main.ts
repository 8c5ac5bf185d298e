import fs from 'node:fs';
import path from 'node:path';
import { startHost, REPO_ROOT } from './start';
import { defaultDataDir } from './paths';

const port = Number(process.env.PORT ?? 5178);
const dataDir = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : defaultDataDir();
const rendererDir = path.join(REPO_ROOT, 'dist', 'renderer');

if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error('找不到已构建的界面（dist/renderer）。请先运行 npm run build:renderer，或直接用 npm run web。');
  process.exit(1);
}

try {
  const host = await startHost({
    dataDir,
    port,
    rendererDir,
    testClock: process.env.FDD_TEST_CLOCK === '1',
    log: (level, msg) => (level === 'error' ? console.error(msg) : console.log(msg)),
  });
  console.log(`防汛值班台（浏览器版）已启动：${host.url}`);
  console.log(`数据文件夹：${dataDir}`);
  const stop = () => void host.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE') console.error(`端口 ${port} 已被占用。请关闭占用它的程序，或用 PORT=其他端口 npm run web。`);
  else console.error(`启动失败：${err.message}`);
  process.exit(1);
}
