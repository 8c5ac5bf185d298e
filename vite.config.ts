import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { antdFirstStyles } from './scripts/antd-styles.ts';

/**
 * Chunks: the entry is a few kB (it sends the first requests, renderer/src/main.tsx); React, the router
 * and TanStack Query make `vendor-react` (every screen, the print view too); antd with its rc-components,
 * icons and dayjs makes `vendor-antd` (every screen but the roster print view) — one file, parsed once,
 * rather than forty small ones; each page is a chunk of its own. All plain files beside index.html, loaded
 * relative to it (base './'), so they work from file:// in Electron and under the host's CSP. antd's styles
 * for the first screens are written at build time (scripts/antd-styles.ts) into the app's chunk.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), antdFirstStyles()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/, priority: 20 },
            { name: 'vendor-antd', test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs|@babel[\\/]runtime|classnames|clsx|@emotion|stylis|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|copy-to-clipboard|toggle-selection|json2mq|string-convert|resize-observer-polyfill|is-mobile)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
