/**
 * How the renderer's modules are grouped into files (vite.config.ts). The first screen — the shell with
 * the lists page or with the dashboard — should parse and run no code it does not use: every module in a
 * file is parsed and run when the file is imported, and antd is most of the code.
 *
 * - `vendor-react`: React, the router, TanStack Query and rolldown's runtime: every screen, the print view too.
 * - `vendor-antd`: the part of antd (with its rc-components, icons, dayjs…) the first screens import.
 * - `vendor-antd-more`: the rest of antd, for the other pages and the dialogs, loaded when one is opened.
 * - everything else: a chunk per page or lazy component, as rolldown splits them.
 *
 * Which antd modules the first screens import is read from the module graph: every module imported,
 * directly or not, by the first screens' modules. antd and its icons are imported through index files
 * that re-export every component; through those, only the components actually named are followed.
 */
import path from 'node:path';
import { parseAst } from 'vite';

/** What rolldown's chunking function is given (the part used here). */
export interface ModuleGraph {
  getModuleInfo(id: string): { code: string | null; importedIds: readonly string[] } | null;
}

const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/;
const ANTD =
  /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs|@babel[\\/]runtime|classnames|clsx|@emotion|stylis|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|copy-to-clipboard|toggle-selection|json2mq|string-convert|resize-observer-polyfill|is-mobile)[\\/]/;
const RUNTIME = /^\0rolldown[\\/]runtime/;
/** Index files that re-export a library's every component. */
const BARREL = /[\\/]node_modules[\\/](antd[\\/]es[\\/]index|@ant-design[\\/]icons[\\/]es[\\/](index|icons[\\/]index))\.js$/;

/** The modules the first screens start from: the root, the app with its shell, the lists page and the dashboard. */
export const FIRST_SCREEN_ROOTS = ['renderer/src/root.tsx', 'renderer/src/FullApp.tsx', 'renderer/src/pages/lists/ListsPage.tsx', 'renderer/src/pages/dashboard/DashboardPage.tsx'];

/** One import or re-export of a module: where from, and which names (null: all of them). */
interface Edge {
  source: string;
  names: string[] | null;
  /** A re-export (`export … from`): the names are the module's own exports, passed on. */
  reexport: boolean;
  /** For a re-export, the names as the source exports them (`export { default as Button }` → default). */
  sourceNames?: Map<string, string>;
}

type Node = { type: string; [k: string]: unknown };
const nameOf = (n: unknown) => {
  const x = n as { type: string; name?: string; value?: string };
  return x.type === 'Identifier' ? x.name! : String(x.value);
};

/** The static imports and re-exports of a module's code. */
export function edgesOf(code: string): Edge[] {
  const out: Edge[] = [];
  for (const s of (parseAst(code, { lang: 'js' }) as unknown as { body: Node[] }).body) {
    const source = (s.source as { value?: string } | null | undefined)?.value;
    if (!source) continue;
    if (s.type === 'ImportDeclaration') {
      const specs = s.specifiers as Node[];
      if (specs.some((x) => x.type !== 'ImportSpecifier')) out.push({ source, names: specs.length ? null : [], reexport: false });
      else out.push({ source, names: specs.map((x) => nameOf(x.imported)), reexport: false });
    } else if (s.type === 'ExportNamedDeclaration') {
      const sourceNames = new Map<string, string>();
      for (const x of s.specifiers as Node[]) sourceNames.set(nameOf(x.exported), nameOf(x.local));
      out.push({ source, names: [...sourceNames.keys()], reexport: true, sourceNames });
    } else if (s.type === 'ExportAllDeclaration') {
      out.push({ source, names: s.exported ? [nameOf(s.exported)] : null, reexport: true });
    }
  }
  return out;
}

/**
 * Which of `importedIds` each specifier of a module stands for: a relative path by its file; a package by
 * its folder under node_modules — `antd/locale/zh_CN` by that subpath, bare `antd` by what is left.
 */
export function resolveSpecifiers(from: string, specifiers: readonly string[], importedIds: readonly string[]): Map<string, string> {
  const norm = (p: string) => p.replace(/\\/g, '/');
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const bare: string[] = [];
  for (const spec of specifiers) {
    if (spec.startsWith('.')) {
      const noExt = (p: string) => p.replace(/\.(js|mjs|cjs|ts|tsx|jsx)$/, '');
      const base = noExt(norm(path.posix.join(path.posix.dirname(norm(from)), spec)));
      const id = importedIds.find((i) => {
        const n = noExt(norm(i));
        return n === base || n === `${base}/index`;
      });
      if (id) {
        out.set(spec, id);
        taken.add(id);
      }
      continue;
    }
    const parts = spec.split('/');
    const pkg = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    const sub = spec.slice(pkg.length + 1);
    if (!sub) {
      bare.push(spec);
      continue;
    }
    const id = importedIds.find((i) => {
      const n = norm(i);
      const at = n.indexOf(`/node_modules/${pkg}/`);
      const k = at < 0 ? -1 : n.indexOf(`/${sub}`, at);
      return k >= 0 && /^([./]|$)/.test(n.slice(k + sub.length + 1));
    });
    if (id) {
      out.set(spec, id);
      taken.add(id);
    }
  }
  for (const spec of bare) {
    const left = importedIds.filter((i) => !taken.has(i) && norm(i).includes(`/node_modules/${spec}/`));
    if (left.length === 1) out.set(spec, left[0]!);
  }
  return out;
}

/**
 * Every module the `roots` import, directly or not, roots included. Through a barrel (an index of
 * re-exports) only the re-exports of the names asked of it are followed, with its own imports.
 */
export function reachable(graph: ModuleGraph, roots: readonly string[], isBarrel: (id: string) => boolean = (id) => BARREL.test(id)): Set<string> {
  const seen = new Set<string>();
  /** Names asked of each barrel so far, and the names already followed. */
  const asked = new Map<string, Set<string> | 'all'>();
  const followed = new Map<string, Set<string> | 'all'>();
  const queue: string[] = [...roots];
  const ask = (barrel: string, names: string[] | null) => {
    const had = asked.get(barrel);
    if (had === 'all') return;
    if (names === null) asked.set(barrel, 'all');
    else asked.set(barrel, new Set([...(had ?? []), ...names]));
    queue.push(barrel);
  };
  while (queue.length) {
    const id = queue.pop()!;
    const info = graph.getModuleInfo(id);
    const barrel = isBarrel(id);
    if (!barrel) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (!info) continue;
      const edges = info.code ? edgesOf(info.code) : [];
      const ids = resolveSpecifiers(id, edges.map((e) => e.source), info.importedIds);
      const viaEdges = new Set<string>();
      for (const e of edges) {
        const to = ids.get(e.source);
        if (!to) continue;
        viaEdges.add(to);
        if (isBarrel(to)) ask(to, e.names);
        else queue.push(to);
      }
      // Imports the code does not show as written (added by plugins, or not parsed): followed whole.
      for (const to of info.importedIds) {
        if (viaEdges.has(to)) continue;
        if (isBarrel(to)) ask(to, null);
        else queue.push(to);
      }
      continue;
    }
    // A barrel: its own imports, and the re-exports of the names asked of it not yet followed.
    seen.add(id);
    if (!info?.code) {
      for (const to of info?.importedIds ?? []) queue.push(to);
      continue;
    }
    const want = asked.get(id) ?? new Set<string>();
    const done = followed.get(id) ?? new Set<string>();
    if (done === 'all') continue;
    const fresh = want === 'all' ? 'all' : new Set([...want].filter((n) => !done.has(n)));
    if (fresh !== 'all' && fresh.size === 0 && followed.has(id)) continue;
    followed.set(id, want === 'all' ? 'all' : new Set([...done, ...want]));
    const edges = edgesOf(info.code);
    const ids = resolveSpecifiers(id, edges.map((e) => e.source), info.importedIds);
    for (const e of edges) {
      const to = ids.get(e.source);
      if (!to) continue;
      if (!e.reexport) {
        queue.push(to);
        continue;
      }
      const names = fresh === 'all' ? null : e.names === null ? [...fresh] : e.names.filter((n) => fresh.has(n));
      if (names !== null && names.length === 0) continue;
      const passed = names === null ? null : e.sourceNames ? names.map((n) => e.sourceNames!.get(n) ?? n) : names;
      if (isBarrel(to)) ask(to, passed);
      else queue.push(to);
    }
    // Imports not matched to the code: followed whole, as above.
    const matched = new Set(ids.values());
    for (const to of info.importedIds) {
      if (matched.has(to)) continue;
      if (isBarrel(to)) ask(to, null);
      else queue.push(to);
    }
  }
  return seen;
}

/** The group a module goes to (`first`: what the first screens import), or null for rolldown's own splitting. */
export function groupOf(id: string, first: ReadonlySet<string>): string | null {
  if (RUNTIME.test(id) || REACT.test(id)) return 'vendor-react';
  if (ANTD.test(id)) return first.has(id) ? 'vendor-antd' : 'vendor-antd-more';
  return null;
}

/**
 * The `codeSplitting.groups` for vite.config.ts (`repo`: the repository's folder). A group takes the
 * modules its name function names and, recursively, their imports not taken by a group of higher
 * priority: React first, then the first screens' antd, then the rest of antd.
 */
export function chunkGroups(repo: string) {
  let first: Set<string> | null = null;
  const named = (want: string) => (id: string, ctx: ModuleGraph) => {
    first ??= reachable(
      ctx,
      FIRST_SCREEN_ROOTS.map((r) => path.join(repo, r)),
    );
    return groupOf(id, first) === want ? want : null;
  };
  return ['vendor-react', 'vendor-antd', 'vendor-antd-more'].map((name, i) => ({ name: named(name), debugName: name, priority: 30 - i * 10 }));
}
