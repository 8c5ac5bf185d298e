#!/usr/bin/env node
// The one gate: typecheck, lint, build, unit (machine TZ and America/New_York), e2e, Electron security.
// Prints `N passed, M failed` over every suite as its last line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdd-test-'));
let passed = 0;
let failed = 0;
const summary = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n━━ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, cmd, args, env) {
  const ok = run(label, cmd, args, env);
  if (ok) passed++;
  else failed++;
  summary.push(`${ok ? '✓' : '✗'} ${label}`);
  return ok;
}

function vitest(label, project, env = {}, extra = []) {
  const out = path.join(tmp, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra], env);
  let p = 0;
  let f = 0;
  try {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    p = j.numPassedTests;
    f = j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
    if (!ok && f === 0) f = 1; // the runner failed without a failing test (e.g. a crash or an unhandled error)
    if (j.numTotalTests === 0) f += 1; // no test ran: that is a failure too
  } catch {
    f = 1;
  }
  passed += p;
  failed += f;
  summary.push(`${f === 0 ? '✓' : '✗'} ${label}: ${p} passed, ${f} failed`);
}

const tsc = ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.renderer.json', 'tsconfig.electron.json'];
for (const cfg of tsc) check(`typecheck ${cfg}`, 'npx', ['tsc', '-p', cfg, '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
const built = check('build renderer', 'npx', ['vite', 'build', '--logLevel', 'warn']);
check('build electron', 'node', ['scripts/build-electron.mjs']);
vitest('unit', 'unit');
// The time-sensitive suites again under a foreign zone; the crash/hostile-file suite is zone-free and slow.
vitest('unit (TZ=America/New_York)', 'unit', { TZ: 'America/New_York' }, ['--exclude', 'tests/unit/reliability/**']);
if (built) vitest('e2e', 'e2e');
else {
  failed++;
  summary.push('✗ e2e: not run (renderer build failed)');
}
check('electron security (electronegativity)', 'node', ['scripts/electronegativity.mjs']);

console.log('\n━━ summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
