import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { antdFirstStyles } from './scripts/antd-styles.ts';
import { chunkGroups } from './scripts/chunk-groups.ts';

/**
 * Chunks (scripts/chunk-groups.ts): the entry is a few kB (it sends the first requests, renderer/src/main.tsx);
 * React, the router and TanStack Query make `vendor-react` (every screen, the print view too); the part of
 * antd the first screens (the shell with the lists page or the dashboard) import makes `vendor-antd`, the
 * rest `vendor-antd-more`, loaded with the first page or dialog that needs it; each page is a chunk of its
 * own. All plain files beside index.html, loaded relative to it (base './'), so they work from file:// in
 * Electron and under the host's CSP. antd's styles for the first screens are written at build time
 * (scripts/antd-styles.ts) into the app's chunk. react-router's package points every bundler at its
 * development build (warnings, extra checks); the production build is taken by path.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), antdFirstStyles()],
  resolve: { alias: [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) }] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: chunkGroups(fileURLToPath(new URL('.', import.meta.url))) },
      },
    },
  },
});
