/** The one source of "now" for the back end. Inject it; never call Date.now() in domain code. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock fixed at an instant, movable by tests. */
export interface ManualClock extends Clock {
  set(instant: number): void;
  advance(ms: number): void;
}

export function manualClock(start: number): ManualClock {
  let t = start;
  return {
    now: () => t,
    set: (instant) => {
      t = instant;
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** A clock that runs with real time but can be shifted to a chosen instant (the browser host's test clock). */
export interface OffsetClock extends Clock {
  setNow(instant: number): void;
  reset(): void;
  offset(): number;
}

export function offsetClock(base: Clock = systemClock): OffsetClock {
  let off = 0;
  return {
    now: () => base.now() + off,
    setNow: (instant) => {
      off = instant - base.now();
    },
    reset: () => {
      off = 0;
    },
    offset: () => off,
  };
}
