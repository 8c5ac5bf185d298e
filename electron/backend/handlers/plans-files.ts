import { attachmentsWithHash, deleteAttachment, getAttachment, insertAttachment, listAttachments, type AttachmentRecord } from '../../../db/repos/plans-attachments';
import { getVersion, listPlans } from '../../../db/repos/plans';
import { AppError } from '../../../shared/contract/errors';
import { civilDateOf, formatInstant } from '../../../shared/time/civil';
import { filterRegister, ledgerTitle, mimeOf, safeFileName, type RegisterFilter } from '../../../shared/plans/index';
import type { Attachment } from '../../../shared/contract/plans';
import { mustGetPlan, planRegister } from '../services/plans-register';
import { blobState, decodeUpload, openableCopy, readBlob, storeBlob } from '../services/plans-files';
import { attachmentSnapshot } from '../services/plans-audit';
import { overdueBoard, coverage } from '../services/plans-boards';
import { ledgerWorkbook } from '../services/plans-xlsx';
import { versionsWithStages } from '../services/plans-lifecycle';
import { readSettings } from './settings';
import type { Handlers, HandlerContext } from '../types';

const today = (ctx: HandlerContext) => civilDateOf(ctx.clock.now());
const dataDir = (ctx: HandlerContext) => ctx.backend.paths().dataDir;

function view(ctx: HandlerContext, a: AttachmentRecord): Attachment {
  const { originalName: _o, ...rest } = a;
  return { ...rest, state: blobState(dataDir(ctx), a) };
}

function mustGetAttachment(ctx: HandlerContext, id: number): AttachmentRecord {
  const a = getAttachment(ctx.db, id);
  if (!a) throw new AppError('not_found', `找不到编号为 ${id} 的附件，可能已被删除`, 'attachmentId');
  return a;
}

/** The version an attachment belongs to: the one asked for (of this plan), else the one under way, else the one in force. */
function versionFor(ctx: HandlerContext, planId: number, versionId: number | null): number | null {
  if (versionId !== null) {
    const v = getVersion(ctx.db, versionId);
    if (!v || v.planId !== planId) throw new AppError('invalid_input', `版本 ${versionId} 不属于这个预案`, 'versionId');
    return v.id;
  }
  const versions = versionsWithStages(ctx.db, planId);
  return versions[versions.length - 1]?.id ?? null;
}

export const planFileHandlers = {
  'plans.attachments.list': (input, ctx) => {
    mustGetPlan(ctx.db, input.planId);
    return listAttachments(ctx.db, input.planId).map((a) => view(ctx, a));
  },

  'plans.attachments.add': (input, ctx) => {
    const plan = mustGetPlan(ctx.db, input.planId);
    const versionId = versionFor(ctx, plan.id, input.versionId);
    const name = safeFileName(input.name);
    const bytes = decodeUpload(input.dataBase64, name);
    const stored = storeBlob(dataDir(ctx), bytes);
    const same = attachmentsWithHash(ctx.db, stored.sha256);
    const here = same.find((a) => a.planId === plan.id);
    if (here) {
      if (stored.repaired || !stored.existed) {
        ctx.audit({ entity: 'plan_attachment', entityId: here.id, action: 'update', summary: `重新上传附件 ${here.name}（${plan.name}），已修复丢失或被改动的文件`, after: attachmentSnapshot(plan.name, here) });
        ctx.changed('plans');
        return { attachment: view(ctx, here), sameContentElsewhere: [] };
      }
      throw new AppError('conflict', `这个文件与本预案已有的附件“${here.name}”（${formatInstant(here.addedAt)}添加）内容完全相同，无需重复上传`, 'dataBase64');
    }
    const planNames = new Map(listPlans(ctx.db).map((p) => [p.id, p.name]));
    const rec = insertAttachment(ctx.db, {
      planId: plan.id,
      versionId,
      name,
      originalName: input.name.slice(0, 1000),
      size: bytes.length,
      sha256: stored.sha256,
      addedAt: ctx.clock.now(),
      addedBy: ctx.operator?.name ?? '',
    });
    ctx.audit({ entity: 'plan_attachment', entityId: rec.id, action: 'create', summary: `上传附件 ${rec.name}（${plan.name}）`, after: attachmentSnapshot(plan.name, rec) });
    ctx.changed('plans');
    return {
      attachment: view(ctx, rec),
      sameContentElsewhere: same.map((a) => ({ planId: a.planId, planName: planNames.get(a.planId) ?? '', name: a.name })),
    };
  },

  'plans.attachments.remove': (input, ctx) => {
    const a = mustGetAttachment(ctx, input.attachmentId);
    const plan = mustGetPlan(ctx.db, a.planId);
    // The file stays in the data folder: a backup restored later may still list it.
    deleteAttachment(ctx.db, a.id);
    ctx.audit({ entity: 'plan_attachment', entityId: a.id, action: 'delete', summary: `删除附件 ${a.name}（${plan.name}）`, before: attachmentSnapshot(plan.name, a) });
    ctx.changed('plans');
    return { attachmentId: a.id };
  },

  'plans.attachments.download': (input, ctx) => {
    const a = mustGetAttachment(ctx, input.attachmentId);
    const bytes = readBlob(dataDir(ctx), a);
    return { name: a.name, mime: mimeOf(a.name), size: a.size, dataBase64: bytes.toString('base64') };
  },

  'plans.attachments.open': async (input, ctx) => {
    const desktop = ctx.backend.desktop();
    if (!desktop) throw new AppError('unsupported', '浏览器版不能直接用系统程序打开附件，请点“下载”后查看。');
    const a = mustGetAttachment(ctx, input.attachmentId);
    const file = openableCopy(readBlob(dataDir(ctx), a), a);
    const failure = await desktop.openFile(file);
    if (failure) throw new AppError('open_failed', `无法打开“${a.name}”：本机可能没有能打开此类文件的程序。可改用“下载”保存后查看。`);
    return { opened: true as const };
  },

  'plans.attachments.check': (_i, ctx) => {
    const names = new Map(listPlans(ctx.db).map((p) => [p.id, p.name]));
    const all = listAttachments(ctx.db).map((a) => view(ctx, a));
    return { checked: all.length, problems: all.filter((a) => a.state !== 'ok').map((a) => ({ ...a, planName: names.get(a.planId) ?? '' })) };
  },

  'plans.overdue': (_i, ctx) => overdueBoard(planRegister(ctx.db, today(ctx))),
  'plans.coverage': (_i, ctx) => coverage(planRegister(ctx.db, today(ctx))),

  'plans.exportXlsx': async (input, ctx) => {
    const reg = planRegister(ctx.db, today(ctx));
    const rows = filterRegister(reg.rows, input.filter as RegisterFilter);
    const org = readSettings(ctx.db).orgName;
    const buf = await ledgerWorkbook(org, reg.today, rows, ctx.clock.now());
    return {
      fileName: `${ledgerTitle(org)}_${reg.today.replace(/-/g, '')}.xlsx`,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      dataBase64: buf.toString('base64'),
    };
  },
} satisfies Pick<
  Handlers,
  | 'plans.attachments.list'
  | 'plans.attachments.add'
  | 'plans.attachments.remove'
  | 'plans.attachments.download'
  | 'plans.attachments.open'
  | 'plans.attachments.check'
  | 'plans.overdue'
  | 'plans.coverage'
  | 'plans.exportXlsx'
>;
