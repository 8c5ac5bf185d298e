import { z } from 'zod';
import { command, query } from './define';
import { STAFF_LABELS, staffFields } from '../staff/schema';
import type { Staff } from '../staff/types';

const id = z.number().int().positive();

export const staffMethods = {
  'staff.list': query(z.object({ includeInactive: z.boolean().default(false) })).returns<Staff[]>(),
  'staff.create': command(z.object(staffFields), { labels: STAFF_LABELS }).returns<Staff>(),
  'staff.update': command(z.object({ id, ...staffFields }), { labels: STAFF_LABELS }).returns<Staff>(),
  'staff.setActive': command(z.object({ id, active: z.boolean() }), { labels: STAFF_LABELS }).returns<Staff>(),
};
