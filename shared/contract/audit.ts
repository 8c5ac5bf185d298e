import { z } from 'zod';
import { query } from './define';
import type { AuditEntry } from '../audit/types';

export const auditQuerySchema = z.object({
  entity: z.string().max(40).optional(),
  operatorId: z.number().int().positive().optional(),
  text: z.string().max(100).optional(),
  fromAt: z.number().int().nonnegative().optional(),
  toAt: z.number().int().nonnegative().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

export const auditMethods = {
  'audit.list': query(auditQuerySchema).returns<{ total: number; rows: AuditEntry[] }>(),
};
