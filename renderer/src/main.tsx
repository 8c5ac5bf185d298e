/**
 * The entry: small on purpose. It sends the first screen's requests and starts loading the chunks that
 * screen needs, all at once, before React and antd are parsed (root.tsx renders).
 */
import { startEarlyRequests } from './boot';
import { PAGES, pageOf } from './pages';

const hash = window.location.hash;
startEarlyRequests(hash);
const quiet = () => undefined;
import('./root').catch(() => {
  document.getElementById('root')!.textContent = '界面未能加载，请重新启动程序。';
});
const first = pageOf(hash);
if (hash.startsWith('#/print/roster/')) {
  import('./print/roster-sheet').catch(quiet);
} else if (first) {
  import('./FullApp').catch(quiet);
  PAGES[first]().catch(quiet);
}
