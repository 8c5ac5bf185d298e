import type { Handlers } from '../types';
import { systemHandlers } from './system';
import { sessionHandlers } from './session';
import { staffHandlers } from './staff';
import { settingsHandlers } from './settings';
import { auditHandlers } from './audit';
import { dashboardHandlers } from './dashboard';
import { calendarHandlers } from './calendar';
import { reminderHandlers } from './reminders';
import { dutylogHandlers } from './dutylog';
import { reportHandlers } from './reports';
import { planHandlers } from './plans';
import { rosterHandlers } from './roster';
import { rosterConfigHandlers } from './roster-config';
import { rosterFileHandlers } from './roster-files';
import { listHandlers } from './lists';
import { relatedListHandlers } from './lists-related';

export const handlers = {
  ...systemHandlers,
  ...sessionHandlers,
  ...staffHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...dashboardHandlers,
  ...calendarHandlers,
  ...reminderHandlers,
  ...dutylogHandlers,
  ...reportHandlers,
  ...planHandlers,
  ...rosterHandlers,
  ...rosterConfigHandlers,
  ...rosterFileHandlers,
  ...listHandlers,
  ...relatedListHandlers,
} satisfies Handlers;
