import { civilDateOf, timeOfDayOf } from '../../../shared/time/civil';

/**
 * Set every entry's modification time in a zip (an xlsx) to one instant, in office time. The zip
 * library stamps entries with the machine's clock; stamping them from the injected clock makes an
 * export depend only on the data and the clock (identical through both bridges, repeatable in tests).
 */
export function stampZip(zip: Buffer, instant: number): Buffer {
  const out = Buffer.from(zip);
  const date = civilDateOf(instant);
  const [h, m] = timeOfDayOf(instant).split(':').map(Number) as [number, number];
  const dosDate = ((Number(date.slice(0, 4)) - 1980) << 9) | (Number(date.slice(5, 7)) << 5) | Number(date.slice(8, 10));
  const dosTime = (h << 11) | (m << 5);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && out.readUInt32LE(p) === 0x02014b50; n++) {
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(dosTime, local + 10);
      out.writeUInt16LE(dosDate, local + 12);
    }
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
