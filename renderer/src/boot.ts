import { callEarly } from './api/client';
import { PAGE } from './pages/lists/paging';
import { officeYear } from './officeYear';

const quiet = () => undefined;

/**
 * The requests that can go out before any page code has loaded: the status (every screen waits for it),
 * the shell's settings and session, and — on the lists page — the overview and this year's first page of
 * persons. They run while the chunks download and parse; the pages' own calls take the answers (client.ts
 * `callEarly`). The roster print view asks for its sheet only: that one goes out.
 */
/** The roster print view's one request, `roster.sheet`, as print/roster-sheet.tsx will ask for it. */
function rosterSheetInput(path: string, query: string): { from: string; to: string; name?: string } | null {
  const m = /^\/print\/roster\/(\d{4})\/(\d{1,2})$/.exec(path);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12 || y < 2000 || y > 2100) return null;
    const ym = `${y}-${String(mo).padStart(2, '0')}`;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return { from: `${ym}-01`, to: `${ym}-${String(last).padStart(2, '0')}` };
  }
  if (path === '/print/roster/period') {
    const p = new URLSearchParams(query);
    const name = p.get('name');
    return { from: p.get('from') ?? '', to: p.get('to') ?? '', ...(name ? { name } : {}) };
  }
  return null;
}

/**
 * Not the lists' tree: the list page asks for it when its first rows are on screen (ListBrowser.tsx). Its
 * answer is the big one (4,000+ places); asked early, the host would be building it, and the page reading
 * it, while the first screen's code is still coming and running — on a two-core PC, that is what holds
 * the first rows back.
 */
export function startEarlyRequests(hash: string): void {
  const [pathPart = '', query = ''] = hash.replace(/^#/, '').split('?');
  const path = pathPart || '/';
  if (path.startsWith('/print/')) {
    const sheet = rosterSheetInput(path, query);
    if (sheet) callEarly('roster.sheet', sheet).catch(quiet);
    return;
  }
  const status = callEarly('system.status', {});
  status.catch(quiet);
  callEarly('settings.get', {}).catch(quiet);
  callEarly('session.get', {}).catch(quiet);
  if (path !== '/lists' && path !== '/lists/') return;
  callEarly('lists.overview', {}).catch(quiet);
  status
    .then((s) => {
      if (s.state !== 'ok') return;
      const year = officeYear(s.now);
      callEarly('lists.persons.page', { year, includeInactive: false, offset: 0, limit: PAGE }).catch(quiet);
    })
    .catch(quiet);
}
