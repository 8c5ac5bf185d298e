import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { createHostServer } from '../../../electron/host/server';
import { methodNames } from '../../../shared/contract/index';
import { manualClock } from '../../../shared/time/clock';
import { instantAt } from '../../../shared/time/civil';
import { MIGRATIONS_DIR, PERSON, tempDir } from '../../db/helpers';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, method: string, urlPath: string, body?: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const start = instantAt('2026-11-30', '09:00');
let direct: Backend;
let viaHttp: Backend;
let host: ReturnType<typeof createHostServer>;
let port = 0;
let rendererDir = '';

beforeAll(async () => {
  direct = createBackend({ dataDir: tempDir('direct'), clock: manualClock(start), migrationsDir: MIGRATIONS_DIR, appVersion: 't' });
  viaHttp = createBackend({ dataDir: tempDir('http'), clock: manualClock(start), migrationsDir: MIGRATIONS_DIR, appVersion: 't' });
  const root = tempDir('renderer');
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>防汛值班台</title>');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  host = createHostServer({ backend: viaHttp, rendererDir, port: 0 });
  port = await host.listen();
});

afterAll(async () => {
  await host.close();
  direct.close();
  viaHttp.close();
});

/** Paths differ between the two data folders; everything else must be identical. */
function comparable(json: string, b: Backend): string {
  const s = b.status();
  return json.split(JSON.stringify(s.dataDir).slice(1, -1)).join('<DATA>');
}

/** A small township file for the 责任人名单 import (made with exceljs). */
const LISTS_XLSX = fs.readFileSync(path.resolve('tests/unit/lists/fixtures/shimen-small.xlsx')).toString('base64');

describe('contract: in-process dispatch and the HTTP bridge give identical JSON', () => {
  const script: [string, unknown][] = [
    ['system.status', {}],
    ['staff.create', PERSON],
    ['system.loadSampleData', {}],
    ['session.get', {}],
    ['dashboard.summary', {}],
    ['staff.create', { ...PERSON, name: '孙浩' }],
    ['session.setOperator', { staffId: 1 }],
    ['session.get', {}],
    ['staff.create', { ...PERSON, name: '孙浩' }],
    ['staff.create', { ...PERSON, phones: ['12'] }],
    ['staff.update', { id: 2, ...PERSON, name: '赵敏敏' }],
    ['staff.update', { id: 999, ...PERSON }],
    ['staff.setActive', { id: 2, active: false }],
    ['staff.list', { includeInactive: true }],
    ['staff.list', {}],
    ['settings.get', {}],
    ['settings.update', { orgName: '青山县应急管理局', dutyPhone: '0551-62880110' }],
    ['settings.update', { shiftChange: '25:00' }],
    ['system.backupNow', {}],
    ['system.listBackups', {}],
    ['system.restoreBackup', { file: 'nope.sqlite' }],
    ['system.restoreBackup', { file: '../x' }],
    ['audit.list', { limit: 50 }],
    ['audit.list', { entity: 'staff', text: '赵' }],
    ['dutylog.create', { at: instantAt('2026-11-30', '08:40'), category: '来电', content: '测试来电', open: true }],
    ['dutylog.update', { id: 1, at: instantAt('2026-11-30', '08:40'), category: '来文', content: '测试来文', open: true }],
    ['dutylog.setOpen', { id: 1, open: false }],
    ['dutylog.day', {}],
    ['dutylog.handover', { dutyDate: '2026-11-29', fromOfficer: '赵敏', toOfficer: '孙浩' }],
    ['reports.daily', {}],
    ['reports.submitDaily', { date: '2026-11-30', text: '报告' }],
    ['reports.history', {}],
    ['reports.units', {}],
    ['reports.saveUnit', { name: '新单位', kind: '成员单位', phone: '' }],
    ['reports.setUnitActive', { id: 9, active: false }],
    ['reports.periods', {}],
    ['reports.notice', { periodId: '国庆节@2026' }],
    ['reports.issueNotice', { periodId: '国庆节@2026', docNo: '青应急〔2026〕1号', text: '通知' }],
    ['reports.zeroDay', { date: '2026-10-02' }],
    ['reports.setZeroStatus', { date: '2026-10-02', unitId: 1, status: '零报告' }],
    ['reports.markZeroSent', { date: '2026-10-02', summary: '汇总' }],
    ['reminders.updateRule', { id: 'daily-warn', time: '11:45', repeatMinutes: null, enabled: true }],
    ['reminders.rules', {}],
    ['reminders.alerts', {}],
    ['reminders.count', {}],
    ['reminders.acknowledge', { id: 1 }],
    ['reminders.acknowledgeAll', {}],
    ['calendar.year', { year: 2026 }],
    ['calendar.setDay', { date: '2026-10-08', kind: 'off', name: '国庆节' }],
    ['calendar.setDay', { date: '2026-10-08', kind: 'workday', name: '国庆节' }],
    ['calendar.previewNotice', { text: '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。' }],
    ['calendar.applyNotice', { text: '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。' }],
    ['calendar.resetYear', { year: 2026 }],
    ['calendar.periods.create', { name: '重大活动保障', from: '2026-11-10', to: '2026-11-12', kind: 'important', zeroReport: true, dutyOfficers: 3 }],
    ['calendar.periods.update', { id: 1, name: '重大活动保障', from: '2026-11-10', to: '2026-11-13', kind: 'important', zeroReport: true, dutyOfficers: 2 }],
    ['calendar.periods.list', { year: 2026 }],
    ['calendar.periods.delete', { id: 1 }],
    ['roster.config', {}],
    ['roster.updateSettings', { minRestDays: 1, preparer: '赵敏', reviewer: '' }],
    ['roster.saveRole', { name: '驾驶员', leader: false, followsPeriods: false, counts: { workday: 0, weekend: 1, holiday: 1 }, staffIds: [1] }],
    ['roster.saveRole', { key: 'officer', name: '值班员', counts: { workday: 1, weekend: 1, holiday: 2 } }],
    ['roster.deleteRole', { key: 'leader' }],
    ['roster.leave.create', { staffId: 1, from: '2026-12-10', to: '2026-12-12', kind: '出差', note: '培训' }],
    ['roster.leave.update', { id: 1, staffId: 1, from: '2026-12-10', to: '2026-12-13', kind: '请假' }],
    ['roster.leave.list', { year: 2026 }],
    ['roster.preview', { from: '2026-12-01', to: '2026-12-31' }],
    ['roster.generate', { from: '2026-12-01', to: '2026-12-31' }],
    ['roster.generate', { from: '2026-12-31', to: '2026-12-01' }],
    ['roster.view', { from: '2026-12-01', to: '2026-12-07' }],
    ['roster.check', { date: '2026-12-11', role: 'officer', slot: 0, staffId: 1 }],
    ['roster.assign', { date: '2026-12-02', role: 'officer', slot: 0, staffId: 1, reason: '临时调整' }],
    ['roster.swap', { a: { date: '2026-12-02', role: 'officer', slot: 0 }, b: { date: '2026-12-20', role: 'officer', slot: 0 }, reason: '家中有事' }],
    ['roster.substitute', { date: '2026-12-03', role: 'officer', slot: 0, staffId: 1, reason: '' }],
    ['roster.lockDay', { date: '2026-12-02', locked: true }],
    ['roster.dayHistory', { date: '2026-12-02' }],
    ['roster.person', { staffId: 1, year: 2026 }],
    ['roster.stats', { year: 2026 }],
    ['roster.exportStats', { year: 2026 }],
    ['roster.sheet', { from: '2026-12-01', to: '2026-12-31' }],
    ['roster.exportXlsx', { from: '2026-12-01', to: '2026-12-31' }],
    ['roster.exportIcs', { from: '2026-12-01', to: '2026-12-31', staffId: 1 }],
    ['roster.leave.delete', { id: 1 }],
    ['lists.overview', {}],
    ['lists.years.create', { year: 2026, copyFrom: null, countyName: '青山县' }],
    ['lists.regions.save', { year: 2026, name: '石门镇' }],
    ['lists.regions.save', { year: 2026, parentId: 2, name: '枫树村' }],
    ['lists.regions.save', { year: 2026, parentId: 3, name: '二组' }],
    ['lists.regions.save', { year: 2026, parentId: 3, name: '临时组' }],
    ['lists.regions.save', { year: 2026, id: 5, name: '三组' }],
    ['lists.regions.delete', { id: 5 }],
    ['lists.zones.save', { regionId: 4, name: '枫树沟', households: 12, people: 40 }],
    ['lists.persons.create', { year: 2026, level: 'group', regionId: 4, name: '孙三', phones: ['13905511005'] }],
    ['lists.persons.create', { year: 2026, level: 'household', regionId: 4, zoneId: 1, name: '钱二', phones: ['13905511004'], households: 6 }],
    ['lists.persons.update', { id: 1, level: 'group', regionId: 4, name: '孙三', position: '组长', phones: ['13905511005'] }],
    ['lists.persons.move', { id: 2, regionId: 4, zoneId: null }],
    ['lists.persons.setActive', { id: 2, active: false }],
    ['lists.zones.delete', { id: 1 }],
    ['lists.tree', { year: 2026 }],
    ['lists.persons.page', { year: 2026, regionId: 3 }],
    ['lists.persons.search', { year: 2026, q: 'ss' }],
    ['lists.persons.detail', { id: 1 }],
    ['lists.import.preview', { year: 2026, fileName: 'shimen-small.xlsx', dataBase64: LISTS_XLSX, createRegions: true }],
    ['lists.import.commit', { year: 2026, fileName: 'shimen-small.xlsx', dataBase64: LISTS_XLSX, createRegions: true }],
    ['lists.export', { year: 2026 }],
    ['lists.publicTable', { year: 2026 }],
    ['lists.checks.quality', { year: 2026 }],
    ['lists.calls.sample', { year: 2026, count: 2 }],
    ['lists.calls.record', { personId: 1, result: 'answered', note: '' }],
    ['lists.calls.list', { year: 2026 }],
    ['lists.years.publish', { year: 2026, published: '2026-04-01' }],
    ['lists.related.saveLeader', { year: 2026, name: '孙立', phones: ['13905518009'], townshipIds: [2] }],
    ['lists.related.saveLeader', { year: 2026, id: 4, name: '孙立', position: '县政协副主席', townshipIds: [2], works: ['青山水库'] }],
    ['lists.related.leaders', { year: 2026 }],
    ['lists.related.saveWork', { year: 2026, name: '白石水库', kind: '水库', townshipId: 2, scale: '小(2)型', admin: { name: '孙立', phones: ['13905518009'] } }],
    ['lists.related.works', { year: 2026 }],
    ['lists.related.importPreview', { year: 2026, kind: 'works', fileName: 'shimen-small.xlsx', dataBase64: LISTS_XLSX }],
    ['lists.related.importCommit', { year: 2026, kind: 'works', fileName: 'shimen-small.xlsx', dataBase64: LISTS_XLSX }],
    ['lists.related.export', { year: 2026, kind: 'works' }],
    ['lists.related.deleteWork', { id: 6 }],
    ['lists.related.deleteLeader', { id: 4 }],
    ['plans.list', {}],
    ['plans.get', { planId: 1 }],
    ['plans.create', { name: '测试镇防汛应急预案', category: 'grassroots', level: 'township', unit: '测试镇人民政府' }],
    ['plans.create', { name: ' ', category: 'grassroots', level: 'township', unit: '测试镇人民政府' }],
    ['plans.update', { planId: 10, name: '测试镇防汛应急预案', category: 'grassroots', level: 'village', unit: '测试镇人民政府' }],
    ['plans.stage.record', { versionId: 11, stage: 'draft', date: '2026-11-02', who: '测试镇应急办' }],
    ['plans.stage.record', { versionId: 11, stage: 'review', date: '2026-11-02' }],
    ['plans.stage.undo', { versionId: 11 }],
    ['plans.revise', { planId: 1, versionLabel: '2026年修订版', reason: '机构调整' }],
    ['plans.drills.add', { planId: 1, date: '2026-11-20', kind: 'field', participants: '县防指' }],
    ['plans.drills.remove', { drillId: 99 }],
    ['plans.evaluations.add', { planId: 1, date: '2026-11-20', who: '县应急管理局', conclusion: 'keep' }],
    ['plans.evaluations.remove', { evaluationId: 99 }],
    ['plans.cycles', {}],
    ['plans.cycles.update', { category: 'grassroots', filingWorkdays: 20, evaluationYears: 3, drillMonths: 6 }],
    ['plans.attachments.add', { planId: 1, name: '../印发稿.pdf', dataBase64: Buffer.from('%PDF-1.4 test').toString('base64') }],
    ['plans.attachments.list', { planId: 1 }],
    ['plans.attachments.download', { attachmentId: 1 }],
    ['plans.attachments.check', {}],
    ['plans.attachments.remove', { attachmentId: 1 }],
    ['plans.overdue', {}],
    ['plans.coverage', {}],
    // The xlsx bytes carry the current time, so compare an input error (the happy path is tested in plans-api).
    ['plans.exportXlsx', { filter: { q: 5 } }],
    // Desktop only: both hosts here are browser-like, and both say so.
    ['plans.attachments.open', { attachmentId: 1 }],
    ['system.chooseDataFolder', {}],
    // Last: it replaces the sample data with an empty file in both.
    ['system.clearSampleData', {}],
    ['no.such.method', {}],
  ];

  it('covers every method of the contract', () => {
    const used = new Set(script.map(([m]) => m));
    expect(methodNames.filter((m) => !used.has(m))).toEqual([]);
  });

  it('answers each call the same way', async () => {
    for (const [method, input] of script) {
      const a = comparable(JSON.stringify(await direct.dispatch(method, input)), direct);
      const res = await request(port, 'POST', `/api/${method}`, JSON.stringify(input), { 'content-type': 'application/json' });
      const b = comparable(res.body, viaHttp);
      expect(b, method).toBe(a);
      const parsed = JSON.parse(res.body) as { ok: boolean; error?: { code: string } };
      if (parsed.ok) expect(res.status).toBe(200);
      else if (parsed.error?.code === 'invalid_input') expect(res.status).toBe(400);
      else expect(res.status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('the HTTP bridge', () => {
  it('lists every method with its input JSON Schema', async () => {
    const r = await request(port, 'GET', '/api');
    const list = JSON.parse(r.body) as { name: string; input: { type: string; properties: Record<string, unknown> } }[];
    expect(list.map((m) => m.name).sort()).toEqual([...methodNames].sort());
    const create = list.find((m) => m.name === 'staff.create')!;
    expect(create.input.type).toBe('object');
    expect(Object.keys(create.input.properties)).toEqual(expect.arrayContaining(['name', 'phones', 'canLead']));
  });

  it('refuses invalid JSON with a 400 and a Chinese message', async () => {
    const r = await request(port, 'POST', '/api/staff.list', '{not json');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: '请求内容不是有效的 JSON' } });
  });

  it('never returns a stack trace', async () => {
    const r = await request(port, 'POST', '/api/staff.update', JSON.stringify({ id: 'x'.repeat(10_000) }));
    expect(r.status).toBe(400);
    expect(r.body).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('browser host security', () => {
  it('listens on 127.0.0.1 only', () => {
    const addr = host.server.address() as { address: string };
    expect(addr.address).toBe('127.0.0.1');
  });

  it('rejects a foreign Host header (DNS rebinding)', async () => {
    const r = await request(port, 'POST', '/api/staff.list', '{}', { host: `evil.example:${port}` });
    expect(r.status).toBe(403);
  });

  it('rejects a foreign Origin', async () => {
    const r = await request(port, 'POST', '/api/staff.list', '{}', { origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    const same = await request(port, 'POST', '/api/staff.list', '{}', { origin: `http://127.0.0.1:${port}` });
    expect(same.status).toBe(200);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/assets/../../secret.txt', '/x%00.js'])(
    'serves nothing outside the renderer for %s',
    async (p) => {
      const r = await request(port, 'GET', p);
      expect(r.body).not.toContain('top secret');
    },
  );

  it('serves the app with a strict CSP', async () => {
    const r = await request(port, 'GET', '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('防汛值班台');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain("object-src 'none'");
  });
});
