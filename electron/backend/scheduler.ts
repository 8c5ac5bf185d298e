import cron from 'node-cron';
import { OFFICE_TZ } from '../../shared/time/civil';

export interface Scheduled {
  stop(): void;
}

/**
 * node-cron only wakes the back end; what is due is decided from stored state on every wake,
 * so a missed wake (sleep, app closed) is caught up by the next one.
 */
export function startScheduler(wake: () => void): Scheduled {
  const tasks = [
    // A coarse safety tick every minute, and a wake at every full minute the office cares about.
    cron.schedule('0 * * * * *', () => wake(), { timezone: OFFICE_TZ, name: 'safety-tick', noOverlap: true }),
  ];
  return {
    stop: () => {
      for (const t of tasks) void t.destroy();
    },
  };
}
