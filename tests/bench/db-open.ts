/**
 * `npx tsx tests/bench/db-open.ts <data file> [runs] [--upto VERSION]`: the db.open figure of `npm run bench`
 * (open + migrate check + quick_check) on an existing data file, e.g. one kept with FDD_BENCH_KEEP=1.
 * Works on a copy: the first open applies any pending migration (timed on its own), then `runs` opens are timed.
 * `--upto 60` leaves out the later migrations, to measure a file as the previous version opens it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { MIGRATIONS } from '../../db/migrations/index';
import { median, round, timeSync } from './measure';

const args = process.argv.slice(2);
const upto = args.includes('--upto') ? Number(args[args.indexOf('--upto') + 1]) : Infinity;
const [source, runsArg] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--upto');
if (!source) throw new Error('usage: tsx tests/bench/db-open.ts <data file> [runs] [--upto VERSION]');
const runs = Number(runsArg ?? 11);
const migrations = MIGRATIONS.filter((m) => m.version <= upto);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fdd-open-'));
const file = path.join(dir, 'duty-desk.sqlite');
fs.copyFileSync(source, file);
const open = () => {
  const r = openDatabase({ file, migrationsDir: path.resolve('db/migrations'), migrations });
  if (r.state !== 'ok') throw new Error(r.problem);
  return r;
};
try {
  const first = timeSync(() => open());
  first.value.db.close();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const r = timeSync(() => open());
    r.value.db.close();
    times.push(r.ms);
  }
  const sorted = [...times].sort((a, b) => a - b).map((x) => round(x));
  process.stdout.write(
    `${JSON.stringify({
      metric: 'db.open_ms',
      value: round(median(times)),
      unit: 'ms',
      n: runs,
      note: { file_mb: round(fs.statSync(file).size / 2 ** 20, 1), first_open_ms: round(first.ms), migrated_from: first.value.migratedFrom, version: first.value.version, runs: sorted, loadavg: os.loadavg().map((x) => round(x, 2)) },
    })}\n`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
