import path from 'node:path';
import { build } from 'esbuild';

/**
 * The browser host for the memory figure, bundled the way the desktop back end ships (esbuild, one ESM
 * file; scripts/build-electron.mjs): run under tsx, the compiler and the unbundled module graph add about
 * 65 MB to the process that the app itself does not carry.
 */
export async function bundleHostChild(outDir: string): Promise<string> {
  // With the list import worker beside it (host-child.ts looks for it there).
  await build({
    // The worker's name is bundle-names.ts's `bundledWorker`.
    entryPoints: {
      'host-child': path.resolve('tests/bench/host-child.ts'),
      'lists-import-worker': path.resolve('electron/backend/services/lists-import-worker.ts'),
    },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3'],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return path.join(outDir, 'host-child.mjs');
}

