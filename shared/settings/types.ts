import { z } from 'zod';
import { isTimeOfDay } from '../time/civil';
import { normalizePhone } from '../phone';

export const settingsSchema = z.object({
  orgName: z.string().trim().min(1, '单位名称不能为空').max(40, '单位名称最多40个字'),
  dutyPhone: z
    .string()
    .max(40)
    .refine((s) => s.trim() === '' || normalizePhone(s).ok, '值班电话格式不正确（如 0551-62881234）'),
  shiftChange: z.string().refine(isTimeOfDay, '交接班时间应为 HH:mm，如 08:30'),
  /** Desktop only: start at login (into the tray). */
  autoStart: z.boolean(),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  orgName: '应急管理局',
  dutyPhone: '',
  shiftChange: '08:30',
  autoStart: true,
};

export const SETTINGS_LABELS: Record<string, string> = {
  orgName: '单位名称',
  dutyPhone: '值班电话',
  shiftChange: '交接班时间',
  autoStart: '开机自动启动',
};
