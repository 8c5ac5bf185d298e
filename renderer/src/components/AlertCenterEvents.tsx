import { useEffect, useRef } from 'react';
import type { PushEvent } from '../../../shared/contract/index';

export type ReminderPush = Extract<PushEvent, { type: 'reminder' | 'navigate' }>;

const listeners = new Set<(e: ReminderPush) => void>();

/** App.tsx forwards the `reminder` and `navigate` push events here (one event stream for the whole page). */
export function announceReminderEvent(e: PushEvent): void {
  if (e.type !== 'reminder' && e.type !== 'navigate') return;
  for (const fn of [...listeners]) fn(e);
}

/** Subscribe a component to reminder and navigate events. */
export function useReminderEvents(fn: (e: ReminderPush) => void): void {
  const ref = useRef(fn);
  useEffect(() => {
    ref.current = fn;
  });
  useEffect(() => {
    const wrapped = (e: ReminderPush) => ref.current(e);
    listeners.add(wrapped);
    return () => {
      listeners.delete(wrapped);
    };
  }, []);
}
