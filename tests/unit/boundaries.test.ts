import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [res] = await eslint.lintText(code, { filePath });
  return (res?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('folder boundaries are enforced by lint', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;"],
    ['shared/x.ts', "import { listStaff } from '../db/repos/staff';\nexport const a = listStaff;"],
    ['db/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['renderer/src/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['renderer/src/x.ts', "import { listStaff } from '../../db/repos/staff';\nexport const a = listStaff;"],
    ['electron/backend/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['tests/unit/x.ts', "import { app } from 'electron';\nexport const a = app;"],
  ])('%s may not import that (%#)', async (file, code) => {
    expect((await restricted(file, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['db/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;"],
    ['electron/main.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/adapters/electron-notifier.ts', "import { Notification } from 'electron';\nexport const a = Notification;"],
    ['tests/unit/x.ts', "import { createBackend } from '../../electron/backend/backend';\nexport const a = createBackend;"],
  ])('%s may import that (%#)', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
