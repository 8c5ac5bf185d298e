import { z } from 'zod';
import { command, query } from './define';

export interface SessionInfo {
  operator: { id: number; name: string } | null;
}

export const sessionMethods = {
  'session.get': query(z.object({})).returns<SessionInfo>(),
  'session.setOperator': command(z.object({ staffId: z.number().int().positive() })).returns<SessionInfo>(),
};
