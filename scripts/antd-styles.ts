import type { Plugin } from 'vite';

const ID = 'virtual:antd-first-styles';

/**
 * antd's styles for the components of the shell and the lists page, written at build time, so that the
 * browser does not generate them (antd's CSS-in-JS took a quarter of the first render of the lists page).
 * The components are rendered to a string with the app's own configuration; antd then finds each style
 * by its name (theme, version, component) in the map written with them and skips it at run time. Any
 * other component, or all of them should the names not match, is styled at run time as before.
 */
export function antdFirstStyles(): Plugin {
  let build = false;
  return {
    name: 'antd-first-styles',
    configResolved(c) {
      build = c.command === 'build';
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      // Development builds name their styles differently (css-dev-only-…): none written then.
      return `export default ${JSON.stringify(build ? await firstStyles() : '')};`;
    },
  };
}

async function firstStyles(): Promise<string> {
  // Loaded here, after vite has set NODE_ENV=production: antd names its styles by it.
  const { createElement: h } = (await import('react')).default;
  const { renderToString } = (await import('react-dom/server')).default;
  const { createCache, extractStyle, StyleProvider } = (await import('@ant-design/cssinjs')).default;
  const antd = (await import('antd')).default;
  const zhCN = (await import('antd/locale/zh_CN.js')).default;
  const { ANTD_CONFIG } = await import('../renderer/src/theme.ts');
  const { Alert, Badge, Button, Checkbox, Input, Layout, Menu, Popover, Select, Space, Spin, Tag, Tooltip, Tree, Typography } = antd;
  const cache = createCache();
  // What the shell (AppShell.tsx) and the lists page (pages/lists) show when they open.
  const screen = [
    h(Layout, { hasSider: true }, h(Layout.Sider), h(Layout, null, h(Layout.Header), h(Layout.Content))),
    h(Menu, { items: [{ key: 'a', label: 'a' }] }),
    h(Badge, { count: 1 }),
    h(Space, null, h(Typography.Text, null, 't'), h(Typography.Paragraph, null, 'p'), h(Tag, { color: 'orange' }, 't'), h(Button, null, 'b')),
    h(Space.Compact, null, h(Input), h(Button)),
    h(Alert, { title: 'a' }),
    h(Select),
    h(Popover, { content: 'c' }, h('span')),
    h(Tooltip, { title: 't' }, h('span')),
    h(Spin),
    h(Input.Search),
    h(Checkbox),
    h(Tree, { treeData: [] }),
  ];
  renderToString(h(StyleProvider, { cache }, h(antd.ConfigProvider, { locale: zhCN, ...ANTD_CONFIG }, h(antd.App, null, ...screen))));
  return extractStyle(cache, { plain: true, types: ['style'] });
}
