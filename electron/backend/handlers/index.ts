import type { Handlers } from '../types';
import { systemHandlers } from './system';
import { sessionHandlers } from './session';
import { staffHandlers } from './staff';
import { settingsHandlers } from './settings';
import { auditHandlers } from './audit';

export const handlers = {
  ...systemHandlers,
  ...sessionHandlers,
  ...staffHandlers,
  ...settingsHandlers,
  ...auditHandlers,
} satisfies Handlers;
