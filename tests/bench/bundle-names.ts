import path from 'node:path';

/** The import worker's bundle beside the host child's (host-bundle.ts writes both). No esbuild here: the bundled host child imports this. */
export function bundledWorker(hostChild: string): string {
  return path.join(path.dirname(hostChild), 'lists-import-worker.mjs');
}
