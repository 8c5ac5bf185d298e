import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Chunk } from './pages';

/**
 * React.lazy over a chunk that renders at once when the chunk has already come. Given a pending promise,
 * a lazy component suspends on its first render even then: the fallback shows and React holds the
 * content back until 300 ms after it — on the first screen twice over, for the app and for its page.
 * A thenable that calls back at once lets React take the module without suspending.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
export function lazyChunk<T extends ComponentType<any>>(c: Chunk<{ default: T }>): LazyExoticComponent<T> {
  return lazy(() => {
    const m = c.loaded;
    return m ? ({ then: (resolve: (v: { default: T }) => void) => resolve(m) } as unknown as Promise<{ default: T }>) : c.load();
  });
}
