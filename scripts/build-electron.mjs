#!/usr/bin/env node
// Bundles the Electron main process (ESM) and preload (CommonJS, required by sandbox: true) with esbuild,
// and copies the SQL migrations beside them. Needs no Electron binary.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const out = 'dist/electron';
fs.mkdirSync(out, { recursive: true });
const common = { bundle: true, platform: 'node', target: 'node20', external: ['electron', 'better-sqlite3'], logLevel: 'warning', sourcemap: false };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: `${out}/main.mjs`, format: 'esm', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: `${out}/preload.cjs`, format: 'cjs' });
// The list import's worker process (electron/backend/services/lists-import-run.ts), run by Electron as Node.
await build({ ...common, entryPoints: ['electron/backend/services/lists-import-worker.ts'], outfile: `${out}/lists-import-worker.mjs`, format: 'esm', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
fs.mkdirSync(`${out}/migrations`, { recursive: true });
for (const f of fs.readdirSync('db/migrations').filter((f) => f.endsWith('.sql'))) fs.copyFileSync(path.join('db/migrations', f), path.join(out, 'migrations', f));
console.log('electron main, preload and import worker built into dist/electron');
