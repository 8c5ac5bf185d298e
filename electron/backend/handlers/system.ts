import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { countStaff, insertStaff } from '../../../db/repos/staff';
import { readSettingsRaw, writeSetting } from '../../../db/repos/settings';
import { listBackups } from '../../../db/backup';
import { SAMPLE_DUTY_PHONE, SAMPLE_ORG, SAMPLE_STAFF } from '../sample/staff';
import { loadSampleCalendar } from '../sample/calendar';
import { loadSampleReportUnits } from '../services/report-units-sample';
import { loadSamplePlans } from '../sample/plans';
import { loadSampleRoster } from '../sample/roster';
import { loadSampleLists } from '../sample/lists';
import type { Handlers } from '../types';
import { DB_FILE } from '../backend';
import { checkDataFolder } from '../../shell/data-location';

export const systemHandlers = {
  'system.status': (_i, { backend }) => backend.status(),
  'system.listBackups': (_i, { backend }) => listBackups(backend.paths().backupDir),
  'system.backupNow': (_i, ctx) => {
    const b = ctx.backend.backupNow('manual');
    ctx.audit({ entity: 'backup', entityId: b.file, action: 'backup', summary: `手动备份 ${b.file}`, after: b });
    ctx.changed('backups', 'audit');
    return b;
  },
  'system.restoreBackup': (input, ctx) => {
    ctx.backend.restore(input.file, ctx.operator);
    ctx.changed('*');
    return ctx.backend.status();
  },
  'system.loadSampleData': (_i, ctx) => {
    const { db } = ctx;
    if (countStaff(db) > 0) {
      throw new AppError('not_empty', '数据文件中已有人员，示例数据只能载入空白数据文件，以免与真实数据混在一起。');
    }
    const now = ctx.clock.now();
    db.transaction(() => {
      for (const s of SAMPLE_STAFF) insertStaff(db, s, now);
      writeSetting(db, 'orgName', SAMPLE_ORG);
      writeSetting(db, 'dutyPhone', SAMPLE_DUTY_PHONE);
      writeSetting(db, 'sampleData', true);
      loadSampleCalendar(db, now);
      loadSampleReportUnits(db, now);
      loadSamplePlans(db, now);
      loadSampleRoster(db, now);
      loadSampleLists(db, now);
      ctx.audit({ entity: 'sample', entityId: null, action: 'sample', summary: `载入示例数据：${SAMPLE_STAFF.length} 名人员`, after: { staff: SAMPLE_STAFF.length } });
    })();
    ctx.changed('*');
    return { staff: SAMPLE_STAFF.length };
  },
  'system.clearSampleData': (_i, ctx) => {
    if (readSettingsRaw(ctx.db).sampleData !== true) {
      throw new AppError('conflict', '当前数据文件不是示例数据，不能用此功能清除。如需重新开始，请先备份，再到数据文件夹中处理。');
    }
    const saved = ctx.backend.startEmpty(ctx.operator);
    ctx.changed('*');
    return saved;
  },
  'system.chooseDataFolder': async (_i, ctx) => {
    const desktop = ctx.backend.desktop();
    if (!desktop) throw new AppError('unsupported', '浏览器版的数据文件夹由启动时的 DATA_DIR 指定，不能在程序里更改。');
    const dir = await desktop.chooseFolder('选择数据文件夹');
    if (dir === null) return { dataDir: null, hasData: false };
    const { dataDir } = ctx.backend.paths();
    if (path.resolve(dir) === path.resolve(dataDir)) throw new AppError('invalid_input', '所选文件夹就是当前的数据文件夹。');
    const check = checkDataFolder(dir, DB_FILE);
    if (!check.ok) throw new AppError('invalid_input', check.problem ?? '该文件夹不能存放数据文件。');
    if (ctx.backend.status().state === 'ok') {
      ctx.audit({ entity: 'settings', entityId: 'dataDir', action: 'update', summary: `更改数据文件夹为 ${dir}`, before: { dataDir }, after: { dataDir: dir, hasData: check.hasData } });
    }
    // Answer first, then restart on the new folder.
    setTimeout(() => desktop.switchDataDir(dir), 300);
    return { dataDir: dir, hasData: check.hasData };
  },
} satisfies Pick<Handlers, 'system.status' | 'system.listBackups' | 'system.backupNow' | 'system.restoreBackup' | 'system.loadSampleData' | 'system.clearSampleData' | 'system.chooseDataFolder'>;
