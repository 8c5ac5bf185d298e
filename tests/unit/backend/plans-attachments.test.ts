import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ok, testBackend } from '../../db/helpers';
import { createPlan, plansBackend } from './plans-helpers';
import type { Attachment, AttachmentAdded, AttachmentCheck, AttachmentFile, PlanRegister } from '../../../shared/contract/plans';
import type { Backend } from '../../../electron/backend/backend';
import { manualClock } from '../../../shared/time/clock';
import { instantAt } from '../../../shared/time/civil';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/plans';

const PDF = Buffer.from('%PDF-1.4\n% 石门镇防汛应急预案（印发稿）\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const blob = (dataDir: string, b: Buffer) => path.join(dataDir, 'attachments', sha(b).slice(0, 2), sha(b));

async function firstPlanId(backend: Backend, name = '青山县防汛应急预案（2023年）'): Promise<number> {
  return (await ok<PlanRegister>(backend, 'plans.list')).rows.find((r) => r.name === name)!.id;
}

const upload = (backend: Backend, planId: number, name: string, bytes: Buffer) =>
  backend.dispatch('plans.attachments.add', { planId, name, dataBase64: bytes.toString('base64') });

/** Every file under a folder, relative. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('plan attachments in the data folder', () => {
  it('stores a file under its content hash with name, size and date, and gives the same bytes back', async () => {
    const { backend, dataDir, operator } = await plansBackend();
    const planId = await firstPlanId(backend);
    const r = await ok<AttachmentAdded>(backend, 'plans.attachments.add', { planId, name: '青山县防汛应急预案（印发稿）.pdf', dataBase64: PDF.toString('base64') });
    expect(r.attachment).toMatchObject({ name: '青山县防汛应急预案（印发稿）.pdf', size: PDF.length, sha256: sha(PDF), state: 'ok', versionSeq: 1, addedBy: operator.name, addedAt: instantAt('2026-10-09', '09:00') });
    expect(fs.readFileSync(blob(dataDir, PDF))).toEqual(PDF);
    const file = await ok<AttachmentFile>(backend, 'plans.attachments.download', { attachmentId: r.attachment.id });
    expect(file).toMatchObject({ name: '青山县防汛应急预案（印发稿）.pdf', mime: 'application/pdf', size: PDF.length });
    expect(Buffer.from(file.dataBase64, 'base64')).toEqual(PDF);
    const list = await ok<PlanRegister>(backend, 'plans.list');
    expect(list.rows.find((x) => x.id === planId)!.attachmentCount).toBe(1);
  });

  it('detects a duplicate on the same plan (refused, nothing written) and notes the same content on another plan', async () => {
    const { backend } = await plansBackend();
    const a = await firstPlanId(backend);
    const b = await firstPlanId(backend, '城关镇防汛应急预案');
    await ok(backend, 'plans.attachments.add', { planId: a, name: '印发稿.pdf', dataBase64: PDF.toString('base64') });
    const auditBefore = (await ok<{ total: number }>(backend, 'audit.list', {})).total;
    const dup = await upload(backend, a, '另存为.pdf', PDF);
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict', field: 'dataBase64', message: expect.stringMatching(/^这个文件与本预案已有的附件“印发稿\.pdf”（2026-10-09 09:00添加）内容完全相同/) } });
    expect(await ok<Attachment[]>(backend, 'plans.attachments.list', { planId: a })).toHaveLength(1);
    expect((await ok<{ total: number }>(backend, 'audit.list', {})).total).toBe(auditBefore);
    const elsewhere = await ok<AttachmentAdded>(backend, 'plans.attachments.add', { planId: b, name: '参考.pdf', dataBase64: PDF.toString('base64') });
    expect(elsewhere.sameContentElsewhere).toEqual([{ planId: a, planName: '青山县防汛应急预案（2023年）', name: '印发稿.pdf' }]);
  });

  it('keeps unsafe names harmless: no path leaves the attachments folder, reserved and long names are made safe', async () => {
    const { backend, dataDir } = await plansBackend();
    const planId = await firstPlanId(backend);
    const names: [string, string][] = [
      ['../../../evil.pdf', 'evil.pdf'],
      ['/etc/passwd', 'passwd'],
      ['C:\\Windows\\System32\\CON.docx', '_CON.docx'],
      ['aux', '_aux'],
      [`${'很长'.repeat(100)}.pdf`, `${'很长'.repeat(100)}`.slice(0, 116) + '.pdf'],
      ['a:b*c?.png', 'a_b_c_.png'],
    ];
    for (const [i, [raw, safe]] of names.entries()) {
      const r = await ok<AttachmentAdded>(backend, 'plans.attachments.add', { planId, name: raw, dataBase64: Buffer.from(`content ${i}`).toString('base64') });
      expect(r.attachment.name).toBe(safe);
    }
    const files = filesUnder(dataDir).filter((f) => !f.startsWith('backups') && !f.startsWith('fdd'));
    const outside = files.filter((f) => !f.startsWith('attachments') && !/\.sqlite(-wal|-shm)?$/.test(f));
    expect(outside).toEqual([]);
    expect(files.filter((f) => f.startsWith('attachments')).every((f) => /^attachments[/\\][0-9a-f]{2}[/\\][0-9a-f]{64}$/.test(f))).toBe(true);
    expect(fs.existsSync(path.resolve(dataDir, '../../../evil.pdf'))).toBe(false);
  });

  it('refuses a file over 20 MB with a clear Chinese message, and bad or empty content', async () => {
    const { backend } = await plansBackend();
    const planId = await firstPlanId(backend);
    const over = 'A'.repeat(Math.ceil((ATTACHMENT_MAX_BYTES + 1) / 3) * 4);
    expect(await backend.dispatch('plans.attachments.add', { planId, name: '扫描件.pdf', dataBase64: over })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'dataBase64', message: '附件“扫描件.pdf”大小为 20.0 MB，超过 20 MB 的上限，请压缩或拆分后再上传' },
    });
    expect(await backend.dispatch('plans.attachments.add', { planId, name: 'x.pdf', dataBase64: '不是base64!' })).toMatchObject({
      ok: false,
      error: { field: 'dataBase64', message: '附件“x.pdf”的内容无法读取（不是有效的 base64 编码）' },
    });
    expect(await backend.dispatch('plans.attachments.add', { planId, name: 'x.pdf', dataBase64: '' })).toMatchObject({ ok: false, error: { message: '附件“x.pdf”是空文件' } });
    // Exactly at the cap is accepted.
    const at = await backend.dispatch('plans.attachments.add', { planId, name: '刚好20MB.bin', dataBase64: Buffer.alloc(ATTACHMENT_MAX_BYTES, 1).toString('base64') });
    expect(at.ok).toBe(true);
  });

  it('survives a restart, and reports a tampered or missing file (download refused) until the original is uploaded again', async () => {
    const first = await plansBackend();
    const planId = await firstPlanId(first.backend);
    const docx = Buffer.from('PK\u0003\u0004 fake docx 评审意见');
    const a = (await ok<AttachmentAdded>(first.backend, 'plans.attachments.add', { planId, name: '专家评审意见.docx', dataBase64: docx.toString('base64') })).attachment;
    const b = (await ok<AttachmentAdded>(first.backend, 'plans.attachments.add', { planId, name: '印发稿.pdf', dataBase64: PDF.toString('base64') })).attachment;
    first.backend.close();

    const again = testBackend(first.dataDir, manualClock(instantAt('2026-10-10', '09:00')));
    const backend = again.backend;
    const listed = await ok<Attachment[]>(backend, 'plans.attachments.list', { planId });
    expect(listed.map((x) => [x.name, x.state, x.size])).toEqual([
      ['印发稿.pdf', 'ok', PDF.length],
      ['专家评审意见.docx', 'ok', docx.length],
    ]);
    expect(Buffer.from((await ok<AttachmentFile>(backend, 'plans.attachments.download', { attachmentId: a.id })).dataBase64, 'base64')).toEqual(docx);

    // Same size, one byte changed; and the other file deleted.
    const altered = Buffer.from(docx);
    altered[altered.length - 1] = altered[altered.length - 1]! ^ 0xff;
    fs.writeFileSync(blob(first.dataDir, docx), altered);
    fs.rmSync(blob(first.dataDir, PDF));
    const states = await ok<Attachment[]>(backend, 'plans.attachments.list', { planId });
    expect(Object.fromEntries(states.map((x) => [x.name, x.state]))).toEqual({ '印发稿.pdf': 'missing', '专家评审意见.docx': 'altered' });
    expect(await backend.dispatch('plans.attachments.download', { attachmentId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '附件“专家评审意见.docx”的文件已被改动（内容校验不符），为防止误用已拒绝打开，请重新上传原件' },
    });
    expect(await backend.dispatch('plans.attachments.download', { attachmentId: b.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: '附件“印发稿.pdf”的文件在数据文件夹中已找不到，请重新上传原件' },
    });
    const check = await ok<AttachmentCheck>(backend, 'plans.attachments.check');
    expect(check.checked).toBe(2);
    expect(check.problems.map((p) => [p.planName, p.name, p.state])).toEqual([
      ['青山县防汛应急预案（2023年）', '印发稿.pdf', 'missing'],
      ['青山县防汛应急预案（2023年）', '专家评审意见.docx', 'altered'],
    ]);

    // Uploading the original again repairs the stored file instead of refusing it as a duplicate.
    await ok(backend, 'session.setOperator', { staffId: first.operator.id });
    const repaired = await ok<AttachmentAdded>(backend, 'plans.attachments.add', { planId, name: '专家评审意见.docx', dataBase64: docx.toString('base64') });
    expect(repaired.attachment).toMatchObject({ id: a.id, state: 'ok' });
    await ok(backend, 'plans.attachments.add', { planId, name: '印发稿.pdf', dataBase64: PDF.toString('base64') });
    expect((await ok<AttachmentCheck>(backend, 'plans.attachments.check')).problems).toEqual([]);
    backend.close();
  });

  it('removes an attachment from the list (audited) and keeps the stored file for older backups', async () => {
    const { backend, dataDir } = await plansBackend();
    const planId = await firstPlanId(backend);
    const a = (await ok<AttachmentAdded>(backend, 'plans.attachments.add', { planId, name: '印发稿.pdf', dataBase64: PDF.toString('base64') })).attachment;
    await ok(backend, 'plans.attachments.remove', { attachmentId: a.id });
    expect(await ok<Attachment[]>(backend, 'plans.attachments.list', { planId })).toEqual([]);
    expect(fs.existsSync(blob(dataDir, PDF))).toBe(true);
    expect(await backend.dispatch('plans.attachments.remove', { attachmentId: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const other = await createPlan(backend);
    expect(await backend.dispatch('plans.attachments.add', { planId, versionId: other.versions[0]!.id, name: 'x.pdf', dataBase64: PDF.toString('base64') })).toMatchObject({
      ok: false,
      error: { field: 'versionId' },
    });
  });
});
