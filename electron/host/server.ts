import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contract, methodNames, type Result } from '../../shared/contract/index';
import type { Backend } from '../backend/backend';
import type { OffsetClock } from '../../shared/time/clock';
import { CSP, hostAllowed, originAllowed } from './security';

export interface HostOptions {
  backend: Backend;
  rendererDir: string;
  port: number;
  /** Only set in tests and dev: lets POST /__test/clock move the back end's clock. */
  testClock?: OffsetClock;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};
// Uploads travel as base64 inside JSON: a 50 MB file is about 67 MB encoded.
const MAX_BODY = 72 * 1024 * 1024;

function statusFor(r: Result<unknown>): number {
  if (r.ok) return 200;
  switch (r.error.code) {
    case 'invalid_input':
      return 400;
    case 'unknown_method':
    case 'not_found':
      return 404;
    case 'conflict':
    case 'not_empty':
    case 'no_operator':
      return 409;
    case 'database_unavailable':
      return 503;
    case 'unsupported':
      return 501;
    case 'open_failed':
      return 422;
    default:
      return 500;
  }
}

function send(res: http.ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too_large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The method list with each input's JSON Schema (GET /api). */
export function describeApi() {
  return methodNames.map((name) => ({
    name,
    write: contract[name].write,
    input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
  }));
}

export function createHostServer(opts: HostOptions) {
  const root = path.resolve(opts.rendererDir);
  let port = opts.port;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: '服务器内部错误' } });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!hostAllowed(req.headers.host, port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Forbidden host');
      return;
    }
    if (!originAllowed(req.headers.origin, port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Forbidden origin');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const p = url.pathname;
    if (p === '/api' && req.method === 'GET') return send(res, 200, describeApi());
    if (p === '/api/events' && req.method === 'GET') return events(req, res);
    if (p.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid_input', message: '请使用 POST 调用接口' } });
      const method = decodeURIComponent(p.slice('/api/'.length));
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch (e) {
        const tooLarge = (e as Error).message === 'too_large';
        return send(res, tooLarge ? 413 : 400, {
          ok: false,
          error: { code: 'invalid_input', message: tooLarge ? '请求内容过大' : '请求内容不是有效的 JSON' },
        });
      }
      const result = await opts.backend.dispatch(method, input);
      return send(res, statusFor(result), result);
    }
    if (p === '/__test/clock' && req.method === 'POST') {
      if (!opts.testClock) return send(res, 404, { ok: false, error: { code: 'not_found', message: '测试时钟未启用' } });
      const body = JSON.parse((await readBody(req)) || '{}') as { now?: number; reset?: boolean };
      if (body.reset) opts.testClock.reset();
      else if (typeof body.now === 'number') opts.testClock.setNow(body.now);
      opts.backend.dailyDuties();
      return send(res, 200, { ok: true, value: { now: opts.testClock.now() } });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'invalid_input', message: '不支持的请求' } });
    return serveStatic(p, res);
  }

  function serveStatic(p: string, res: http.ServerResponse) {
    let rel: string;
    try {
      rel = decodeURIComponent(p);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (rel.includes('\0')) {
      res.writeHead(400).end();
      return;
    }
    const file = path.resolve(root, '.' + (rel === '/' ? '/index.html' : rel));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    let target = file;
    if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
      if (path.extname(rel)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      target = path.join(root, 'index.html');
    }
    const headers: Record<string, string> = {
      'content-type': MIME[path.extname(target)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'content-security-policy': CSP,
      'referrer-policy': 'no-referrer',
      'cache-control': target.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    };
    res.writeHead(200, headers);
    fs.createReadStream(target).pipe(res);
  }

  function events(req: http.IncomingMessage, res: http.ServerResponse) {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = opts.backend.subscribe((e) => res.write(`data: ${JSON.stringify(e)}\n\n`));
    const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(ping);
      unsubscribe();
    });
  }

  return {
    server,
    listen(): Promise<number> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port, '127.0.0.1', () => {
          port = (server.address() as { port: number }).port;
          resolve(port);
        });
      });
    },
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
