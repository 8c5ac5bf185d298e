import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskPhone, normalizePhone, parsePhoneList } from '../../../shared/phone';

const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([s, r]) => `1${s}${r}`);
const landline = fc
  .tuple(fc.constantFrom('0551', '0558', '010', '021', '0739'), fc.integer({ min: 2, max: 9 }), fc.stringMatching(/^\d{6,7}$/))
  .map(([area, first, rest]) => `${area}-${first}${rest}`)
  .filter((v) => !(v.startsWith('010-') || v.startsWith('021-')) || v.length === 12);
const phone = fc.oneof(mobile, landline);
const sep = fc.constantFrom('、', '，', ',', ';', '；', '/', '\n', ' ', '  ', '\r\n', ' 或 ');
const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('parsePhoneList (properties)', () => {
  it('gets back every phone of a cell, however they are separated, widened or labelled', () => {
    fc.assert(
      fc.property(fc.array(phone, { minLength: 1, maxLength: 4 }), sep, fc.boolean(), fc.constantFrom('', '手机：', '电话:', '办公电话：'), (phones, s, w, label) => {
        const cell = phones.map((p, i) => (i === 0 ? label : '') + p).join(s);
        const r = parsePhoneList(w ? wide(cell) : cell);
        expect(r.every((x) => x.ok)).toBe(true);
        expect(r.map((x) => (x.ok ? x.value : ''))).toEqual(phones.map((p) => (normalizePhone(p) as { value: string }).value));
      }),
    );
  });

  it('reads a mobile stored as a number, and a landline whose leading 0 the number lost', () => {
    fc.assert(
      fc.property(mobile, (m) => {
        expect(parsePhoneList(String(Number(m)))).toEqual([{ ok: true, value: m, kind: 'mobile' }]);
      }),
    );
    fc.assert(
      fc.property(landline, (l) => {
        const digits = l.replace('-', '');
        const asNumber = String(Number(digits));
        const r = parsePhoneList(asNumber);
        expect(r).toEqual([{ ok: true, value: l, kind: 'landline' }]);
      }),
    );
  });

  it('never throws and never returns an empty piece on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        for (const r of parsePhoneList(s)) {
          if (r.ok) expect(r.value).toMatch(/^(1\d{10}|0\d{2,3}-\d{7,8}(-\d+)?)$/);
          else expect(r.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('masks keep the length class and the last four digits', () => {
    fc.assert(
      fc.property(phone, (p) => {
        const v = (normalizePhone(p) as { value: string }).value;
        const m = maskPhone(v);
        expect(m.slice(-4)).toBe(v.slice(-4));
        expect(m).toContain('***');
        expect(m.length).toBe(v.length);
      }),
    );
  });

  it('strips labels written into the cell', () => {
    expect(parsePhoneList('手机：13812345678（办）0551-62881234').map((r) => r.ok && r.value)).toEqual(['13812345678', '0551-62881234']);
    expect(parsePhoneList('座机0551-62881234转801').map((r) => r.ok && r.value)).toEqual(['0551-62881234-801']);
    expect(parsePhoneList('13812345678或13905510001').map((r) => r.ok && r.value)).toEqual(['13812345678', '13905510001']);
  });
});
