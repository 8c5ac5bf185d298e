#!/usr/bin/env node
// Runs electronegativity offline against electron/ and fails on any HIGH finding or any MEDIUM finding
// that is not explained below (and in a comment where it is reported). electronegativity itself always exits 0.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const EXPLAINED_MEDIUM = {
  PRELOAD_JS_CHECK: 'our own sandboxed preload exposing only window.api.invoke/on (comment in electron/main.ts)',
};

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eneg-')), 'result.csv');
const r = spawnSync('npx', ['electronegativity', '-i', 'electron', '-e', '45.0.0', '-o', out], { encoding: 'utf8' });
if (!fs.existsSync(out)) {
  console.error('electronegativity produced no report:\n' + r.stdout + r.stderr);
  process.exit(1);
}
const rows = fs
  .readFileSync(out, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    return { issue: cells[0], severity: cells[1], confidence: cells[2], file: cells[3], location: cells[4] };
  })
  .filter((x) => x.issue);

let bad = 0;
for (const f of rows) {
  const explained = f.severity === 'MEDIUM' && EXPLAINED_MEDIUM[f.issue];
  const fails = f.severity === 'HIGH' || (f.severity === 'MEDIUM' && !explained);
  if (fails) bad++;
  console.log(`${fails ? '✗' : '·'} ${f.severity.padEnd(6)} ${f.issue} ${path.relative(process.cwd(), f.file)}:${f.location}${explained ? ` — ${explained}` : ''}`);
}
console.log(`electronegativity: ${rows.length} findings, ${bad} unacceptable (HIGH, or MEDIUM without an explanation)`);
process.exit(bad === 0 ? 0 : 1);
