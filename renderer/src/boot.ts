import { callEarly } from './api/client';
import { PAGE } from './pages/lists/paging';

/**
 * The office's calendar year of an instant. Asia/Shanghai has been UTC+8 without summer time since 1991,
 * so plain arithmetic will do — no date library, and no Intl time-zone formatter (its first use loads the
 * zone data: 100 ms and more, before the first request could go out).
 */
function officeYear(instant: number): number {
  return new Date(instant + 8 * 3_600_000).getUTCFullYear();
}

const quiet = () => undefined;

/**
 * The requests that can go out before any page code has loaded: the status (every screen waits for it),
 * the shell's settings and session, and — on the lists page — the overview, this year's first page of
 * persons and its tree. They run while the chunks download and parse; the pages' own calls take the
 * answers (client.ts `callEarly`). The print view asks for its sheet only, so nothing is sent for it.
 */
export function startEarlyRequests(hash: string): void {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  if (path.startsWith('/print/')) return;
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
      // The first rows first: the back end answers in order, and the tree is the bigger answer.
      callEarly('lists.persons.page', { year, includeInactive: false, offset: 0, limit: PAGE }).catch(quiet);
      callEarly('lists.tree', { year }).catch(quiet);
    })
    .catch(quiet);
}
