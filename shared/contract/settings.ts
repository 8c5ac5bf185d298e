import { z } from 'zod';
import { command, query } from './define';
import { settingsSchema, type Settings } from '../settings/types';

export const settingsMethods = {
  'settings.get': query(z.object({})).returns<Settings>(),
  'settings.update': command(settingsSchema.partial()).returns<Settings>(),
};
