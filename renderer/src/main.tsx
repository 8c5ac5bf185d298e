/**
 * The entry: small on purpose. It sends the first screen's requests and starts loading the chunks that
 * screen needs, all at once, before React and antd are parsed; React renders when they are all there,
 * so the first screen comes in one pass rather than through a fallback for each chunk still on its way.
 */
import { startEarlyRequests } from './boot';
import { FULL_APP, PAGES, ROSTER_PRINT, pageOf } from './pages';

const hash = window.location.hash;
// The requests first: the status is what every screen waits for.
startEarlyRequests(hash);
const root = import('./root');
const first = pageOf(hash);
const chunks: Promise<unknown>[] = hash.startsWith('#/print/roster/') ? [ROSTER_PRINT.load()] : first ? [FULL_APP.load(), PAGES[first].load()] : [];
// A chunk that fails to load is the lazy component's to report (the root's fallback, then its error).
const chunksIn = Promise.allSettled([root, ...chunks]);
void chunksIn
  .then(() => root)
  .then((r) => r.mount())
  .catch(() => {
    document.getElementById('root')!.textContent = '界面未能加载，请重新启动程序。';
  });
