import zlib from 'node:zlib';

/**
 * Just enough of the zip format to read a few parts of an .xlsx (the sheet list and the merged-cell
 * ranges, which exceljs's streaming reader skips). Central directory → local header → stored/deflated data.
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

/** The bytes of one part, or null when it is missing or cannot be read. */
export function zipPart(buf: Buffer, entries: ReturnType<typeof zipEntries>, name: string): Buffer | null {
  const e = entries.get(name);
  if (!e || e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) return null;
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.size);
  try {
    if (e.method === 0) return data;
    if (e.method === 8) return zlib.inflateRawSync(data);
  } catch {
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

/** A zip of the given parts, stored without compression (what a reader then sees is exactly these bytes). */
export function storedZip(parts: ReadonlyMap<string, Buffer>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBuf.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, nameBuf, data);
    central.push(dir, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

/**
 * XML text with every non-ASCII character written as a character reference (张 → &#x5f20;). exceljs's
 * streaming reader decodes each chunk of a part on its own and garbles a character split between two
 * chunks; an all-ASCII part cannot be split inside a character.
 */
export function asciiXml(xml: Buffer): Buffer {
  let ascii = true;
  for (let i = 0; i < xml.length; i++) {
    if (xml[i]! > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return xml;
  const text = xml.toString('utf8').replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
  return Buffer.from(text, 'latin1');
}
