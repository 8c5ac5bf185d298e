import type { PushEvent } from '../../shared/contract/index';

export type Listener = (e: PushEvent) => void;

/** A tiny fan-out for push events (SSE clients, Electron windows). */
export function createEventHub() {
  const listeners = new Set<Listener>();
  return {
    subscribe(fn: Listener): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    emit(e: PushEvent): void {
      for (const fn of [...listeners]) {
        try {
          fn(e);
        } catch {
          /* a broken listener must not stop the others */
        }
      }
    },
    size: () => listeners.size,
  };
}
