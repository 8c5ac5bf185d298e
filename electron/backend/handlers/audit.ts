import { queryAudit } from '../../../db/repos/audit';
import type { Handlers } from '../types';

export const auditHandlers = {
  'audit.list': (input, { db }) => queryAudit(db, input),
} satisfies Pick<Handlers, 'audit.list'>;
