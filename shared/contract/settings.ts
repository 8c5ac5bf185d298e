import { z } from 'zod';
import { command, query } from './define';
import { SETTINGS_LABELS, settingsSchema, type Settings } from '../settings/types';

export const settingsMethods = {
  'settings.get': query(z.object({})).returns<Settings>(),
  'settings.update': command(settingsSchema.partial(), { labels: SETTINGS_LABELS }).returns<Settings>(),
};
