/** The Content-Security-Policy for the renderer, served by the host and set in index.html for file://. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // antd (cssinjs) injects <style> elements at run time; without 'unsafe-inline' for styles it renders unstyled.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** DNS-rebinding guard: the Host header must name this loopback server. */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** A request from a page must come from this server's own origin. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
