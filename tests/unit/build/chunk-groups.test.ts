import { describe, expect, it } from 'vitest';
import { edgesOf, groupOf, reachable, resolveSpecifiers, type ModuleGraph } from '../../../scripts/chunk-groups';

/** A module graph from a map of id → code; each module's importedIds are the ids its specifiers name. */
function graphOf(modules: Record<string, { code: string; imports: string[] }>): ModuleGraph {
  return { getModuleInfo: (id) => (modules[id] ? { code: modules[id].code, importedIds: modules[id].imports } : null) };
}

const NM = '/repo/node_modules';
const BARREL = (id: string) => id.endsWith('/lib/index.js') || id.endsWith('/lib/icons/index.js');

describe('edgesOf', () => {
  it('reads imports, named re-exports and star re-exports with the names asked', () => {
    const edges = edgesOf(
      [
        "import a, { b, c as d } from './x';",
        "import * as ns from 'pkg';",
        "import 'side-effect';",
        "export { default as Button, Other } from './button';",
        "export * from './icons';",
        "export * as All from './all';",
        'export const local = 1;',
      ].join('\n'),
    );
    expect(edges).toEqual([
      { source: './x', names: null, reexport: false },
      { source: 'pkg', names: null, reexport: false },
      { source: 'side-effect', names: [], reexport: false },
      { source: './button', names: ['Button', 'Other'], reexport: true, sourceNames: new Map([['Button', 'default'], ['Other', 'Other']]) },
      { source: './icons', names: null, reexport: true },
      { source: './all', names: ['All'], reexport: true },
    ]);
    expect(edgesOf("import { Button, Space } from 'antd';")).toEqual([{ source: 'antd', names: ['Button', 'Space'], reexport: false }]);
  });
});

describe('resolveSpecifiers', () => {
  it('matches relative paths by file and packages by folder, a subpath before the bare name', () => {
    const from = '/repo/src/pages/Page.tsx';
    const ids = [`${NM}/antd/es/locale/zh_CN.js`, `${NM}/antd/es/index.js`, '/repo/src/api/hooks.ts', '/repo/src/pages/Dialog/index.tsx', `${NM}/dayjs/dayjs.min.js`];
    const m = resolveSpecifiers(from, ['antd', 'antd/locale/zh_CN', '../api/hooks', './Dialog', 'dayjs', 'missing'], ids);
    expect(m.get('antd')).toBe(`${NM}/antd/es/index.js`);
    expect(m.get('antd/locale/zh_CN')).toBe(`${NM}/antd/es/locale/zh_CN.js`);
    expect(m.get('../api/hooks')).toBe('/repo/src/api/hooks.ts');
    expect(m.get('./Dialog')).toBe('/repo/src/pages/Dialog/index.tsx');
    expect(m.get('dayjs')).toBe(`${NM}/dayjs/dayjs.min.js`);
    expect(m.has('missing')).toBe(false);
  });
});

describe('reachable', () => {
  // An app that imports Button from a library's index (which re-exports every component) and one icon
  // through the icons' index; the dialog is imported only dynamically (not in importedIds).
  const lib = `${NM}/lib/lib`;
  const modules = {
    '/repo/src/App.tsx': {
      code: "import { Button } from 'lib';\nimport { PlusIcon } from 'lib/icons';\nimport { util } from './util';",
      imports: [`${lib}/index.js`, `${lib}/icons/index.js`, '/repo/src/util.ts'],
    },
    '/repo/src/util.ts': { code: 'export const util = 1;', imports: [] },
    [`${lib}/index.js`]: {
      code: "import './style.js';\nexport { default as Button } from './button';\nexport { default as Form } from './form';\nexport * from './icons';",
      imports: [`${lib}/style.js`, `${lib}/button/index.js`, `${lib}/form/index.js`, `${lib}/icons/index.js`],
    },
    [`${lib}/style.js`]: { code: '', imports: [] },
    [`${lib}/button/index.js`]: { code: "import wave from '../wave.js';\nexport default 1;", imports: [`${lib}/wave.js`] },
    [`${lib}/wave.js`]: { code: 'export default 1;', imports: [] },
    [`${lib}/form/index.js`]: { code: "import v from '../validator.js';\nexport default v;", imports: [`${lib}/validator.js`] },
    [`${lib}/validator.js`]: { code: 'export default 1;', imports: [] },
    [`${lib}/icons/index.js`]: {
      code: "export { default as PlusIcon } from './PlusIcon';\nexport { default as MinusIcon } from './MinusIcon';",
      imports: [`${lib}/icons/PlusIcon.js`, `${lib}/icons/MinusIcon.js`],
    },
    [`${lib}/icons/PlusIcon.js`]: { code: 'export default 1;', imports: [] },
    [`${lib}/icons/MinusIcon.js`]: { code: 'export default 1;', imports: [] },
  };
  it('follows only the components named through an index of re-exports, with their imports', () => {
    const seen = reachable(graphOf(modules), ['/repo/src/App.tsx'], BARREL);
    expect([...seen].sort()).toEqual(
      ['/repo/src/App.tsx', '/repo/src/util.ts', `${lib}/index.js`, `${lib}/style.js`, `${lib}/button/index.js`, `${lib}/wave.js`, `${lib}/icons/index.js`, `${lib}/icons/PlusIcon.js`].sort(),
    );
  });

  it('follows names passed on through a star re-export, and all of an index imported whole', () => {
    const viaStar = {
      ...modules,
      '/repo/src/App.tsx': { code: "import { MinusIcon, Form } from 'lib';", imports: [`${lib}/index.js`] },
    };
    const a = reachable(graphOf(viaStar), ['/repo/src/App.tsx'], BARREL);
    expect(a.has(`${lib}/icons/MinusIcon.js`)).toBe(true);
    expect(a.has(`${lib}/validator.js`)).toBe(true);
    expect(a.has(`${lib}/button/index.js`)).toBe(false);
    expect(a.has(`${lib}/icons/PlusIcon.js`)).toBe(false);

    const whole = { ...modules, '/repo/src/App.tsx': { code: "import * as L from 'lib';", imports: [`${lib}/index.js`] } };
    const b = reachable(graphOf(whole), ['/repo/src/App.tsx'], BARREL);
    for (const id of [`${lib}/button/index.js`, `${lib}/validator.js`, `${lib}/icons/PlusIcon.js`, `${lib}/icons/MinusIcon.js`]) expect(b.has(id)).toBe(true);
  });

  it('follows an import it cannot match to the code whole, rather than leave it out', () => {
    const unmatched = { ...modules, '/repo/src/App.tsx': { code: 'export const x = 1;', imports: [`${lib}/index.js`] } };
    const seen = reachable(graphOf(unmatched), ['/repo/src/App.tsx'], BARREL);
    expect(seen.has(`${lib}/form/index.js`)).toBe(true);
    expect(seen.has(`${lib}/icons/MinusIcon.js`)).toBe(true);
  });
});

describe('groupOf', () => {
  it('puts React with the runtime, splits antd by the first screens, and leaves the app to rolldown', () => {
    const first = new Set([`${NM}/antd/es/button/index.js`, '/repo/renderer/src/App.tsx']);
    expect(groupOf(`${NM}/react-dom/cjs/react-dom-client.production.js`, first)).toBe('vendor-react');
    expect(groupOf('\0rolldown/runtime.js', first)).toBe('vendor-react');
    expect(groupOf(`${NM}/antd/es/button/index.js`, first)).toBe('vendor-antd');
    expect(groupOf(`${NM}/antd/es/form/index.js`, first)).toBe('vendor-antd-more');
    expect(groupOf(`${NM}/@rc-component/form/es/index.js`, first)).toBe('vendor-antd-more');
    expect(groupOf('/repo/renderer/src/App.tsx', first)).toBeNull();
  });
});
