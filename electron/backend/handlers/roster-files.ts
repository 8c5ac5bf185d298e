import { readSettings } from './settings';
import { checkRange } from '../services/roster-input';
import { rosterIcs, rosterSheet } from '../services/roster-sheet';
import { personDuties, rosterStats } from '../services/roster-stats';
import { XLSX_MIME, rosterWorkbook, statsWorkbook } from '../services/roster-xlsx';
import type { Handlers } from '../types';

/** Statistics, printing and files: nothing here writes. */
export const rosterFileHandlers = {
  'roster.person': (input, { db }) => personDuties(db, input.staffId, input.year),

  'roster.stats': (input, { db }) => rosterStats(db, input.year),

  'roster.exportStats': async (input, { db, clock }) => {
    const org = readSettings(db).orgName;
    const data = await statsWorkbook(org, rosterStats(db, input.year), clock.now());
    return { name: `${org}${input.year}年值班次数统计.xlsx`, mime: XLSX_MIME, dataBase64: data.toString('base64') };
  },

  'roster.sheet': (input, { db }) => {
    const { from, to } = checkRange(input.from, input.to);
    return rosterSheet(db, from, to, input.name);
  },

  'roster.exportXlsx': async (input, { db, clock }) => {
    const { from, to } = checkRange(input.from, input.to);
    const sheet = rosterSheet(db, from, to, input.name);
    const data = await rosterWorkbook(sheet, clock.now());
    return { name: `${sheet.title}.xlsx`, mime: XLSX_MIME, dataBase64: data.toString('base64') };
  },

  'roster.exportIcs': (input, ctx) => {
    const { from, to } = checkRange(input.from, input.to);
    return rosterIcs(ctx.db, from, to, input.staffId, ctx.clock.now());
  },
} satisfies Pick<Handlers, 'roster.person' | 'roster.stats' | 'roster.exportStats' | 'roster.sheet' | 'roster.exportXlsx' | 'roster.exportIcs'>;
