import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/settings/types';
import { readSettingsRaw, writeSetting } from '../../../db/repos/settings';
import type { Handlers } from '../types';
import type { Db } from '../../../db/open';

export function readSettings(db: Db): Settings {
  const raw = readSettingsRaw(db);
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const one = settingsSchema.shape[key].safeParse(raw[key]);
    if (one.success) (merged as Record<string, unknown>)[key] = one.data;
  }
  return merged;
}

export const settingsHandlers = {
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (input, ctx) => {
    const before = readSettings(ctx.db);
    const changedKeys = (Object.keys(input) as (keyof Settings)[]).filter((k) => input[k] !== undefined && input[k] !== before[k]);
    for (const k of changedKeys) writeSetting(ctx.db, k, input[k]);
    const after = readSettings(ctx.db);
    if (changedKeys.length) {
      const pick = (s: Settings) => Object.fromEntries(changedKeys.map((k) => [k, s[k]]));
      ctx.audit({ entity: 'settings', entityId: null, action: 'update', summary: `修改设置：${changedKeys.join('、')}`, before: pick(before), after: pick(after) });
      ctx.changed('settings');
    }
    return after;
  },
} satisfies Pick<Handlers, 'settings.get' | 'settings.update'>;
