import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { createHostServer } from '../../../electron/host/server';
import { methodNames } from '../../../shared/contract/index';
import { manualClock } from '../../../shared/time/clock';
import { instantAt } from '../../../shared/time/civil';
import { MIGRATIONS_DIR, PERSON, tempDir } from '../../db/helpers';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, method: string, urlPath: string, body?: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const start = instantAt('2026-11-30', '09:00');
let direct: Backend;
let viaHttp: Backend;
let host: ReturnType<typeof createHostServer>;
let port = 0;
let rendererDir = '';

beforeAll(async () => {
  direct = createBackend({ dataDir: tempDir('direct'), clock: manualClock(start), migrationsDir: MIGRATIONS_DIR, appVersion: 't' });
  viaHttp = createBackend({ dataDir: tempDir('http'), clock: manualClock(start), migrationsDir: MIGRATIONS_DIR, appVersion: 't' });
  const root = tempDir('renderer');
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>防汛值班台</title>');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  host = createHostServer({ backend: viaHttp, rendererDir, port: 0 });
  port = await host.listen();
});

afterAll(async () => {
  await host.close();
  direct.close();
  viaHttp.close();
});

/** Paths differ between the two data folders; everything else must be identical. */
function comparable(json: string, b: Backend): string {
  const s = b.status();
  return json.split(JSON.stringify(s.dataDir).slice(1, -1)).join('<DATA>');
}

describe('contract: in-process dispatch and the HTTP bridge give identical JSON', () => {
  const script: [string, unknown][] = [
    ['system.status', {}],
    ['staff.create', PERSON],
    ['system.loadSampleData', {}],
    ['session.get', {}],
    ['staff.create', { ...PERSON, name: '孙浩' }],
    ['session.setOperator', { staffId: 1 }],
    ['session.get', {}],
    ['staff.create', { ...PERSON, name: '孙浩' }],
    ['staff.create', { ...PERSON, phones: ['12'] }],
    ['staff.update', { id: 2, ...PERSON, name: '赵敏敏' }],
    ['staff.update', { id: 999, ...PERSON }],
    ['staff.setActive', { id: 2, active: false }],
    ['staff.list', { includeInactive: true }],
    ['staff.list', {}],
    ['settings.get', {}],
    ['settings.update', { orgName: '青山县应急管理局', dutyPhone: '0551-62880110' }],
    ['settings.update', { shiftChange: '25:00' }],
    ['system.backupNow', {}],
    ['system.listBackups', {}],
    ['system.restoreBackup', { file: 'nope.sqlite' }],
    ['system.restoreBackup', { file: '../x' }],
    ['audit.list', { limit: 50 }],
    ['audit.list', { entity: 'staff', text: '赵' }],
    ['no.such.method', {}],
  ];

  it('covers every method of the contract', () => {
    const used = new Set(script.map(([m]) => m));
    expect(methodNames.filter((m) => !used.has(m))).toEqual([]);
  });

  it('answers each call the same way', async () => {
    for (const [method, input] of script) {
      const a = comparable(JSON.stringify(await direct.dispatch(method, input)), direct);
      const res = await request(port, 'POST', `/api/${method}`, JSON.stringify(input), { 'content-type': 'application/json' });
      const b = comparable(res.body, viaHttp);
      expect(b, method).toBe(a);
      const parsed = JSON.parse(res.body) as { ok: boolean; error?: { code: string } };
      if (parsed.ok) expect(res.status).toBe(200);
      else if (parsed.error?.code === 'invalid_input') expect(res.status).toBe(400);
      else expect(res.status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('the HTTP bridge', () => {
  it('lists every method with its input JSON Schema', async () => {
    const r = await request(port, 'GET', '/api');
    const list = JSON.parse(r.body) as { name: string; input: { type: string; properties: Record<string, unknown> } }[];
    expect(list.map((m) => m.name).sort()).toEqual([...methodNames].sort());
    const create = list.find((m) => m.name === 'staff.create')!;
    expect(create.input.type).toBe('object');
    expect(Object.keys(create.input.properties)).toEqual(expect.arrayContaining(['name', 'phones', 'canLead']));
  });

  it('refuses invalid JSON with a 400 and a Chinese message', async () => {
    const r = await request(port, 'POST', '/api/staff.list', '{not json');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: '请求内容不是有效的 JSON' } });
  });

  it('never returns a stack trace', async () => {
    const r = await request(port, 'POST', '/api/staff.update', JSON.stringify({ id: 'x'.repeat(10_000) }));
    expect(r.status).toBe(400);
    expect(r.body).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('browser host security', () => {
  it('listens on 127.0.0.1 only', () => {
    const addr = host.server.address() as { address: string };
    expect(addr.address).toBe('127.0.0.1');
  });

  it('rejects a foreign Host header (DNS rebinding)', async () => {
    const r = await request(port, 'POST', '/api/staff.list', '{}', { host: `evil.example:${port}` });
    expect(r.status).toBe(403);
  });

  it('rejects a foreign Origin', async () => {
    const r = await request(port, 'POST', '/api/staff.list', '{}', { origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    const same = await request(port, 'POST', '/api/staff.list', '{}', { origin: `http://127.0.0.1:${port}` });
    expect(same.status).toBe(200);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/assets/../../secret.txt', '/x%00.js'])(
    'serves nothing outside the renderer for %s',
    async (p) => {
      const r = await request(port, 'GET', p);
      expect(r.body).not.toContain('top secret');
    },
  );

  it('serves the app with a strict CSP', async () => {
    const r = await request(port, 'GET', '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('防汛值班台');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain("object-src 'none'");
  });
});
