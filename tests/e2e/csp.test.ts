/**
 * The Content-Security-Policy in Chromium, on the built renderer served by the browser host: an injected
 * inline script does not run, inline event handlers and string-eval are refused, and remote content (images,
 * scripts, fetch, frames) is blocked — each seen as a `securitypolicyviolation` event and a missing side effect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningHost } from '../../electron/host/start';
import { launchBrowser, newPage, startTestHost, tempDataDir } from './support';

let browser: Browser;
let host: RunningHost;
let page: Page;
const remoteRequests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startTestHost(tempDataDir('csp'));
  page = await newPage(browser, host);
  // Any request that would leave the machine is recorded (and answered locally, so nothing goes out even if the CSP failed).
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, async (route) => {
    remoteRequests.push(route.request().url());
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.__remoteRan = true;' });
  });
  await page.locator('#root > *').first().waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterAll(async () => {
  await host?.stop();
  await browser?.close();
});

/** Run an injection in the page, give the browser a moment, and return the new violations. */
async function inject(fn: () => void): Promise<string[]> {
  const before = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length);
  await page.evaluate(fn);
  await page.waitForTimeout(400);
  return page.evaluate((n) => (window as unknown as { __violations: string[] }).__violations.slice(n), before);
}

const flag = (name: string) => page.evaluate((k) => (window as unknown as Record<string, unknown>)[k] === true, name);

describe('the CSP of the built renderer in Chromium', () => {
  it('is sent by the host with script-src self and no unsafe-inline/unsafe-eval for scripts', async () => {
    const res = await page.request.get(host.url);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("default-src 'self'");
  });

  it('an injected inline <script> does not run', async () => {
    const v = await inject(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(s);
    });
    expect(await flag('__inlineRan')).toBe(false);
    expect(v.some((x) => x.startsWith('script-src') && x.endsWith('inline'))).toBe(true);
  });

  it('an injected inline event handler (<img onerror>) does not run', async () => {
    const v = await inject(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__handlerRan = true">');
    });
    expect(await flag('__handlerRan')).toBe(false);
    expect(v.some((x) => x.startsWith('script-src'))).toBe(true);
  });

  it('a javascript: URL does not run', async () => {
    await inject(() => {
      const a = document.createElement('a');
      a.href = 'javascript:window.__jsUrlRan = true';
      document.body.appendChild(a);
      a.click();
    });
    expect(await flag('__jsUrlRan')).toBe(false);
  });

  // page.evaluate itself runs through DevTools, which the CSP does not govern; a string timer runs later as page code.
  it('eval-like code (a string passed to setTimeout) is refused', async () => {
    const v = await inject(() => {
      (window.setTimeout as unknown as (code: string, ms: number) => number)('window.__evalRan = true', 0);
    });
    expect(await flag('__evalRan')).toBe(false);
    expect(v.some((x) => x.startsWith('script-src') && x.endsWith('eval'))).toBe(true);
  });

  it('a remote <script src> is blocked before any request is made', async () => {
    const v = await inject(() => {
      const s = document.createElement('script');
      s.src = 'http://example.com/x.js';
      document.body.appendChild(s);
    });
    expect(await flag('__remoteRan')).toBe(false);
    expect(v).toContain('script-src-elem http://example.com/x.js');
  });

  it('a remote <img> is blocked', async () => {
    const v = await inject(() => {
      const img = document.createElement('img');
      img.src = 'http://example.com/x.png';
      document.body.appendChild(img);
    });
    expect(v).toContain('img-src http://example.com/x.png');
  });

  it('remote fetch, <iframe>, stylesheet and <object> are blocked', async () => {
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/data.json').then(
        () => 'loaded',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    const v = await inject(() => {
      document.body.insertAdjacentHTML('beforeend', '<iframe src="https://example.com/"></iframe><link rel="stylesheet" href="https://example.com/x.css"><object data="https://example.com/x.swf"></object>');
    });
    const directives = v.map((x) => x.split(' ')[0]);
    expect(directives).toEqual(expect.arrayContaining(['frame-src', 'style-src-elem', 'object-src']));
  });

  it('made no request to any remote host', () => {
    expect(remoteRequests).toEqual([]);
  });
});
