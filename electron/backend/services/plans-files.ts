import os from 'node:os';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { ATTACHMENT_MAX_BYTES, safeFileName, tooLargeMessage } from '../../../shared/plans/files';
import type { AttachmentState } from '../../../shared/contract/plans';

/** Attachments live under the data folder, named by content: attachments/<2 hex>/<sha256>. */
export function blobPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

export function sha256Of(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** Decode an upload (base64, or a data: URL) with the size cap checked before decoding. */
export function decodeUpload(data: string, name: string): Buffer {
  const b64 = data.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) {
    throw new AppError('invalid_input', `附件“${name}”的内容无法读取（不是有效的 base64 编码）`, 'dataBase64');
  }
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  const size = Math.floor((b64.length * 3) / 4) - padding;
  if (size > ATTACHMENT_MAX_BYTES) throw new AppError('invalid_input', tooLargeMessage(name, size), 'dataBase64');
  if (size === 0) throw new AppError('invalid_input', `附件“${name}”是空文件`, 'dataBase64');
  return Buffer.from(b64, 'base64');
}

/** How the stored file of an attachment stands: there with the recorded content, gone, or changed. */
export function blobState(dataDir: string, rec: { sha256: string; size: number }): AttachmentState {
  const file = blobPath(dataDir, rec.sha256);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return 'missing';
  }
  if (!stat.isFile()) return 'missing';
  if (stat.size !== rec.size) return 'altered';
  return sha256Of(fs.readFileSync(file)) === rec.sha256 ? 'ok' : 'altered';
}

/**
 * Store bytes under their hash; an existing good copy is kept (duplicates share one file),
 * a missing or altered one is written again. Written to a temporary file first, then renamed.
 */
export function storeBlob(dataDir: string, bytes: Buffer): { sha256: string; repaired: boolean; existed: boolean } {
  const sha256 = sha256Of(bytes);
  const file = blobPath(dataDir, sha256);
  const state = blobState(dataDir, { sha256, size: bytes.length });
  if (state === 'ok') return { sha256, repaired: false, existed: true };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
  return { sha256, repaired: state === 'altered', existed: false };
}

/** The stored bytes, refused with a Chinese message when the file is gone or changed. */
export function readBlob(dataDir: string, rec: { sha256: string; size: number; name: string }): Buffer {
  const state = blobState(dataDir, rec);
  if (state === 'missing') {
    throw new AppError('not_found', `附件“${rec.name}”的文件在数据文件夹中已找不到，请重新上传原件`, 'attachmentId');
  }
  if (state === 'altered') {
    throw new AppError('conflict', `附件“${rec.name}”的文件已被改动（内容校验不符），为防止误用已拒绝打开，请重新上传原件`, 'attachmentId');
  }
  return fs.readFileSync(blobPath(dataDir, rec.sha256));
}

/**
 * A read-only copy of an attachment under its original (safe) name, for the system viewer: the stored blob
 * has no extension, and the viewer must not be able to change the stored copy.
 */
export function openableCopy(bytes: Buffer, rec: { sha256: string; name: string }, tmpRoot = path.join(os.tmpdir(), 'fdd-open')): string {
  const dir = path.join(tmpRoot, rec.sha256.slice(0, 16));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, safeFileName(rec.name));
  if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
  fs.writeFileSync(file, bytes);
  fs.chmodSync(file, 0o444);
  return file;
}
