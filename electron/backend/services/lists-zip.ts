import zlib from 'node:zlib';

/**
 * Just enough of the zip format for an .xlsx: list the parts (central directory), read one (local header,
 * stored or deflated data), and stamp the entries' times for reproducible exports.
 */
export function zipEntries(buf: Buffer): Map<string, { offset: number; method: number; size: number }> {
  const out = new Map<string, { offset: number; method: number; size: number }>();
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count && p + 46 <= buf.length; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) break;
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.set(name, { offset: local, method, size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * The most one part may inflate to. A county's 200,000-row sheet is well under this; a zip bomb stops here
 * instead of exhausting memory.
 */
export const MAX_PART_BYTES = 400 * 1024 * 1024;

export class ZipTooLargeError extends Error {}

/** The stored (compressed) bytes of one part and how they are compressed, or null when the part is missing. */
export function zipPartData(buf: Buffer, entries: ReturnType<typeof zipEntries>, name: string): { method: number; data: Buffer } | null {
  const e = entries.get(name);
  if (!e || e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) return null;
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  return { method: e.method, data: buf.subarray(start, start + e.size) };
}

/** A part that is there but cannot be decompressed; `detail` is zlib's (English) reason, for the log. */
export class ZipDamagedError extends Error {
  constructor(
    readonly part: string,
    readonly detail: string,
  ) {
    super(`文件中的“${part}”已损坏，无法解压`);
  }
}

const tooLarge = (name: string, maxBytes: number) =>
  new ZipTooLargeError(`文件中的“${name}”解压后超过 ${Math.round(maxBytes / 1024 / 1024)} MB，可能是压缩炸弹或过大的表格，已拒绝导入`);

/** Inflated pieces this large: few enough awaits, small enough that a piece is not a copy of the sheet. */
const STREAM_CHUNK = 256 * 1024;

/**
 * One part's bytes, piece by piece as they are decompressed, so that a large sheet is never held whole.
 * Throws ZipTooLargeError past `maxBytes` (and stops decompressing), ZipDamagedError on bad data.
 */
export async function* zipPartChunks(part: { method: number; data: Buffer }, name: string, maxBytes = MAX_PART_BYTES): AsyncGenerator<Buffer> {
  if (part.method === 0) {
    if (part.data.length > maxBytes) throw tooLarge(name, maxBytes);
    for (let k = 0; k < part.data.length; k += STREAM_CHUNK) yield part.data.subarray(k, k + STREAM_CHUNK);
    return;
  }
  if (part.method !== 8) throw new ZipDamagedError(name, `unsupported compression method ${part.method}`);
  const inflater = zlib.createInflateRaw({ chunkSize: STREAM_CHUNK });
  inflater.end(part.data);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(name, maxBytes);
      yield chunk;
    }
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw e;
    throw new ZipDamagedError(name, (e as Error).message);
  } finally {
    inflater.destroy();
  }
}

/** The bytes of one part, or null when it is missing or cannot be read; a part too large to inflate throws. */
export function zipPart(buf: Buffer, entries: ReturnType<typeof zipEntries>, name: string, maxBytes = MAX_PART_BYTES): Buffer | null {
  const part = zipPartData(buf, entries, name);
  if (!part) return null;
  try {
    if (part.method === 0) return part.data;
    if (part.method === 8) return zlib.inflateRawSync(part.data, { maxOutputLength: maxBytes });
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(name, maxBytes);
    return null;
  }
  return null;
}

/**
 * Stamp every entry of a zip with one instant (DOS date/time, given as office-time parts): the zip
 * writer uses the machine's clock, so without this the same export differs from call to call.
 */
export function stampZipEntries(zip: Buffer, parts: { year: number; month: number; day: number; hour: number; minute: number }): Buffer {
  const out = Buffer.from(zip);
  const dosDate = ((parts.year - 1980) << 9) | (parts.month << 5) | parts.day;
  const dosTime = (parts.hour << 11) | (parts.minute << 5);
  for (const [, e] of zipEntries(out)) {
    if (out.readUInt32LE(e.offset) !== 0x04034b50) continue;
    out.writeUInt16LE(dosTime, e.offset + 10);
    out.writeUInt16LE(dosDate, e.offset + 12);
  }
  // Central directory copies of the same fields.
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 65_557); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  let p = out.readUInt32LE(eocd + 16);
  for (let n = out.readUInt16LE(eocd + 10); n > 0 && out.readUInt32LE(p) === 0x02014b50; n--) {
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** Every part of a zip, decompressed (a part that cannot be read is left out). */
export function zipParts(buf: Buffer): Map<string, Buffer> {
  const entries = zipEntries(buf);
  const out = new Map<string, Buffer>();
  for (const name of entries.keys()) {
    if (name.endsWith('/')) continue;
    const part = zipPart(buf, entries, name);
    if (part) out.set(name, part);
  }
  return out;
}
