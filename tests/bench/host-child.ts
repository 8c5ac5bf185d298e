/**
 * The browser host as its own process for the memory figure: bundled by host-bundle.ts and run with
 * `node dist/bench-host/host-child.mjs <dataDir> <rendererDir>` (or `tsx tests/bench/host-child.ts …`).
 * Prints {"url": …} when listening, then answers one JSON line per command read from stdin:
 *   {"cmd":"work","xlsx":…,"year":…,"now":…,"operator":…}  — what the back end does in the bench: a re-import of
 *        the county's file (preview + commit), the 200 searches, a roster view, reminder wakes;
 *   {"cmd":"rss"}   — process.memoryUsage() now and after a full GC;
 *   {"cmd":"stop"}
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';
import { startHost } from '../../electron/host/start';
import { bundledWorker } from './bundle-names';
import { searchQueries } from './data';
import { collectGarbage, round } from './measure';

const [dataDir, rendererDir] = process.argv.slice(2);
if (!dataDir || !rendererDir) throw new Error('usage: host-child.ts <dataDir> <rendererDir>');

// Bundled, the host finds neither the migrations nor the import worker's source beside its own file:
// the migrations are the repository's (the bench runs from it), the worker is bundled beside this file.
const self = fileURLToPath(import.meta.url);
const importWorker = self.endsWith('.mjs') ? bundledWorker(self) : undefined;
const host = await startHost({ dataDir, port: 0, testClock: true, scheduler: false, rendererDir, migrationsDir: path.resolve('db/migrations'), importWorker, log: (level, msg) => process.stderr.write(`[host ${level}] ${msg}\n`) });
const reply = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
reply({ url: host.url });

async function call(method: string, input: unknown): Promise<unknown> {
  const r = await host.backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

const mb = (x: number) => round(x / 2 ** 20, 1);
const IDLE_MS = 10_000;

for await (const line of readline.createInterface({ input: process.stdin })) {
  const msg = JSON.parse(line) as { cmd: string; xlsx?: string; year?: number; now?: number; operator?: number };
  try {
    if (msg.cmd === 'work') {
      await fetch(`${host.url}__test/clock`, { method: 'POST', body: JSON.stringify({ now: msg.now }) });
      await call('session.setOperator', { staffId: msg.operator });
      const input = { year: msg.year, fileName: 'county.xlsx', dataBase64: fs.readFileSync(msg.xlsx!).toString('base64'), createRegions: true };
      await call('lists.import.preview', input);
      await call('lists.import.commit', input);
      for (const { q } of searchQueries()) await call('lists.persons.search', { year: msg.year, q, limit: 200 });
      await call('roster.view', { from: `${msg.year}-06-01`, to: `${msg.year}-06-30` });
      for (let k = 1; k <= 10; k++) {
        await fetch(`${host.url}__test/clock`, { method: 'POST', body: JSON.stringify({ now: msg.now! + k * 60_000 }) });
      }
      reply({ ok: true });
    } else if (msg.cmd === 'rss') {
      const before = process.memoryUsage();
      // Then idle for a while, as the desk's PC is between calls: V8 gives back what the work left behind.
      await new Promise((r) => setTimeout(r, IDLE_MS));
      const idle = process.memoryUsage();
      collectGarbage();
      const after = process.memoryUsage();
      reply({ rss_mb: mb(before.rss), heap_used_mb: mb(before.heapUsed), heap_total_mb: mb(before.heapTotal), external_mb: mb(before.external), idle_ms: IDLE_MS, rss_idle_mb: mb(idle.rss), heap_used_idle_mb: mb(idle.heapUsed), heap_total_idle_mb: mb(idle.heapTotal), rss_after_gc_mb: mb(after.rss), heap_used_after_gc_mb: mb(after.heapUsed), heap_total_after_gc_mb: mb(after.heapTotal), external_after_gc_mb: mb(after.external) });
    } else if (msg.cmd === 'stop') {
      await host.stop();
      reply({ ok: true });
      process.exit(0);
    }
  } catch (e) {
    reply({ error: (e as Error).message });
  }
}
