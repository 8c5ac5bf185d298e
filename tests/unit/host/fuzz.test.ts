import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { createHostServer } from '../../../electron/host/server';
import { contract, methodNames, type MethodName } from '../../../shared/contract/index';
import { manualClock } from '../../../shared/time/clock';
import { instantAt } from '../../../shared/time/civil';
import { MIGRATIONS_DIR, tempDir } from '../../db/helpers';

function post(port: number, method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: `/api/${encodeURIComponent(method)}`, headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let backend: Backend;
let host: ReturnType<typeof createHostServer>;
let port = 0;

beforeAll(async () => {
  backend = createBackend({ dataDir: tempDir('fuzz'), clock: manualClock(instantAt('2026-11-30', '10:00')), migrationsDir: MIGRATIONS_DIR, appVersion: 't' });
  await backend.dispatch('system.loadSampleData', {});
  await backend.dispatch('session.setOperator', { staffId: 1 });
  host = createHostServer({ backend, rendererDir: tempDir('r'), port: 0 });
  port = await host.listen();
});

afterAll(async () => {
  await host.close();
  backend.close();
});

/** Boundary and hostile values, mixed with arbitrary JSON. */
const nasty = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1, 2 ** 31, -(2 ** 53), 1e308, 0.5, '', ' ', '0', '-1', '2026-02-30', '9999-99-99', '25:61', '../../etc/passwd', 'C:\\Windows\\win.ini', 'CON', 'a'.repeat(5000), '\u0000\u0001\u001f', '<script>alert(1)</script>', "'; DROP TABLE staff; --", '１３８００００００００', [], {}, [null], { __proto__: { admin: true } }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** An input shaped like the method's schema (its top-level keys) but with hostile values. */
function shapedInput(name: MethodName): fc.Arbitrary<unknown> {
  const schema = z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> };
  const keys = Object.keys(schema.properties ?? {});
  if (keys.length === 0) return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), nasty, { maxKeys: 3 }));
  return fc.oneof(
    fc.record(Object.fromEntries(keys.map((k) => [k, nasty])), { requiredKeys: [] }),
    fc.jsonValue({ maxDepth: 2 }),
  );
}

// 501: what only the desktop shell can do (opening files, choosing the data folder); 422: a file the system cannot open.
const OK_STATUSES = new Set([200, 400, 404, 409, 413, 422, 501, 503]);

async function auditTotal(): Promise<number> {
  const r = await backend.dispatch('audit.list', { limit: 1 });
  return r.ok ? (r.value as { total: number }).total : -1;
}

describe('every contract method survives random and boundary input through the HTTP bridge', () => {
  it.each(methodNames.filter((m) => m !== 'system.restoreBackup'))('%s', async (name) => {
    await fc.assert(
      fc.asyncProperty(shapedInput(name), async (input) => {
        const before = await auditTotal();
        const r = await post(port, name, JSON.stringify(input));
        expect(OK_STATUSES.has(r.status), `${name} → HTTP ${r.status}: ${r.body.slice(0, 300)}`).toBe(true);
        const parsed = JSON.parse(r.body) as { ok: boolean; error?: { code: string; message: string } };
        expect(typeof parsed.ok).toBe('boolean');
        if (!parsed.ok) {
          expect(parsed.error?.code).not.toBe('internal');
          expect(parsed.error?.message).toMatch(/[\u4e00-\u9fa5]/);
          expect(r.body).not.toMatch(/at .*\.(ts|js):\d+/);
          // A refused write leaves no trace.
          expect(await auditTotal()).toBe(before);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('refuses malformed bodies with a Chinese message', async () => {
    for (const body of ['{', '[1,2', 'null', '"text"', '\u0000', '{"a":' + '['.repeat(5000)]) {
      const r = await post(port, 'staff.list', body);
      expect(OK_STATUSES.has(r.status)).toBe(true);
      const parsed = JSON.parse(r.body) as { ok: boolean; error?: { message: string } };
      if (!parsed.ok) expect(parsed.error?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
