/**
 * The browser host: loopback only, DNS-rebinding guard (Host and Origin), and no file outside the built
 * renderer for any spelling of a path (encoded, double-encoded, backslashes, overlong UTF-8, very long).
 * Requests are written on a raw socket so that every path reaches the server byte for byte.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { createHostServer } from '../../../electron/host/server';
import { openBackend, tempDir } from './helpers';

const SECRET = 'TOP-SECRET-OUTSIDE-RENDERER';
let backend: Backend;
let host: ReturnType<typeof createHostServer>;
let port = 0;

beforeAll(async () => {
  backend = openBackend(tempDir('host-data'));
  const root = tempDir('host-root');
  const renderer = path.join(root, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>防汛值班台</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(root, 'secret'), SECRET);
  // A sibling whose name starts with the renderer folder's name (a prefix check without the separator would let it through).
  fs.mkdirSync(path.join(root, 'renderer-private'));
  fs.writeFileSync(path.join(root, 'renderer-private', 'secret.txt'), SECRET);
  host = createHostServer({ backend, rendererDir: renderer, port: 0 });
  port = await host.listen();
});

afterAll(async () => {
  await host?.close();
  backend?.close();
});

/** One raw HTTP/1.1 request; resolves with the status code and the whole response text. */
function raw(request: string, to = '127.0.0.1'): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host: to, port }, () => sock.write(request));
    let text = '';
    sock.setEncoding('utf8');
    sock.setTimeout(5000, () => sock.destroy(new Error('timeout')));
    sock.on('data', (d: string) => (text += d));
    sock.on('end', () => resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text }));
    sock.on('error', reject);
  });
}

const get = (p: string, headers: Record<string, string> = { host: `127.0.0.1:${port}` }) =>
  raw(`GET ${p} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}connection: close\r\n\r\n`);

describe('the host listens on the loopback interface only', () => {
  it('is bound to 127.0.0.1', () => {
    expect((host.server.address() as net.AddressInfo).address).toBe('127.0.0.1');
  });

  it('refuses connections on the machine’s other addresses (each non-loopback IPv4 and ::1)', async () => {
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const addr of [...others, '::1']) {
      await expect(raw(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n\r\n`, addr), addr).rejects.toThrow();
    }
  });
});

describe('DNS rebinding: only its own Host and Origin', () => {
  const foreignHosts = () => ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `127.0.0.1:${port}.evil.example`, `localhost:${port}@evil.example`, `[::1]:${port}`, `0.0.0.0:${port}`, `127.1:${port}`, `2130706433:${port}`];
  it.each(['/', '/api', '/api/events', '/index.html'])('GET %s with a foreign Host is 403', async (p) => {
    for (const h of foreignHosts()) {
      const r = await get(p, { host: h });
      expect(r.status, `Host: ${h}`).toBe(403);
      expect(r.text).not.toContain('防汛值班台');
    }
    // And without any Host header (HTTP/1.0).
    const none = await raw(`GET ${p} HTTP/1.0\r\n\r\n`);
    expect(none.status).toBe(403);
  });

  it('POST /api/* with a foreign Host or Origin is 403 and runs nothing', async () => {
    const body = '{}';
    const post = (headers: Record<string, string>) =>
      raw(`POST /api/system.loadSampleData HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}content-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
    for (const origin of ['null', 'http://evil.example', `http://127.0.0.1:${port}.evil.example`, `https://127.0.0.1:${port}`, `http://localhost:${port + 1}`, `http://127.0.0.1:${port}/`, 'file://']) {
      const r = await post({ host: `127.0.0.1:${port}`, origin });
      expect(r.status, `Origin: ${origin}`).toBe(403);
    }
    expect((await post({ host: `evil.example:${port}` })).status).toBe(403);
    expect(backend.status().isEmpty).toBe(true); // the sample data were never loaded
  });

  it('accepts its own Host and Origin', async () => {
    expect((await get('/', { host: `127.0.0.1:${port}` })).status).toBe(200);
    expect((await get('/', { host: `localhost:${port}`, origin: `http://localhost:${port}` })).status).toBe(200);
  });
});

describe('no file outside the built renderer', () => {
  const variants = [
    '/../secret.txt',
    '/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/.%2e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%25252e%25252e/secret.txt',
    '/..\\secret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/%c0%af..%c0%afsecret.txt',
    '/%e0%80%ae%e0%80%ae/secret.txt',
    '/..%00/secret.txt',
    '/secret.txt%00.js',
    '/../renderer-private/secret.txt',
    '/..%2frenderer-private%2fsecret.txt',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/../../../../../../../../etc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/C:%5cWindows%5cwin.ini',
    '/../secret',
    '/' + '../'.repeat(200) + 'etc/passwd',
    '/' + '..%2f'.repeat(500) + 'etc/passwd',
    '/' + 'a/'.repeat(4000) + '../'.repeat(4001) + 'secret.txt',
    '/' + 'x'.repeat(60_000) + '.js',
    'http://evil.example/../secret.txt',
    '*',
  ];
  it.each(variants.map((v) => [v.length > 80 ? `${v.slice(0, 60)}… (${v.length} chars)` : v, v]))('%s', async (_label, p) => {
    const r = await get(p);
    expect(r.text).not.toContain(SECRET);
    expect(r.text).not.toMatch(/root:.*:0:0:/);
    expect(r.text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    // Refused, or the app's own index.html (the client-side router's fallback) — never anything else.
    if (r.status === 200) expect(r.text).toContain('防汛值班台');
    else expect([400, 403, 404, 414, 431]).toContain(r.status);
  });

  it('still serves the renderer’s own files', async () => {
    const r = await get('/assets/app.js');
    expect(r.status).toBe(200);
    expect(r.text).toContain('console.log(1)');
    expect(r.text.toLowerCase()).toContain('x-content-type-options: nosniff');
  });
});
