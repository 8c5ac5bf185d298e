import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskPhone, normalizePhone, parsePhoneList } from '../../shared/phone';

describe('normalizePhone', () => {
  it.each([
    ['13812345678', '13812345678', 'mobile'],
    ['１３８１２３４５６７８', '13812345678', 'mobile'],
    ['138 1234 5678', '13812345678', 'mobile'],
    ['138-1234-5678', '13812345678', 'mobile'],
    ['＋86 138 1234 5678', '13812345678', 'mobile'],
    ['8613812345678', '13812345678', 'mobile'],
    ['0551-62881234', '0551-62881234', 'landline'],
    ['（0551）62881234', '0551-62881234', 'landline'],
    ['055162881234', '0551-62881234', 'landline'],
    ['010-12345678'.replace('1234', '6234'), '010-62345678', 'landline'],
    ['021 5555 1234', '021-55551234', 'landline'],
    ['0551-62881234转801', '0551-62881234-801', 'landline'],
    ['0551-62881234-801', '0551-62881234-801', 'landline'],
    ['０５５１－６２８８１２３４', '0551-62881234', 'landline'],
    ['0558-2123456', '0558-2123456', 'landline'],
  ])('%s → %s', (raw, value, kind) => {
    const r = normalizePhone(raw);
    expect(r).toEqual({ ok: true, value, kind });
  });

  it.each([
    ['', '为空'],
    ['12345678901', '手机号'],
    ['1381234567', '手机号'],
    ['62881234', '电话号码'],
    ['0551-123', '座机号'],
    ['138abc45678', '无法识别'],
    ['13812345678转8', '不能带分机'],
  ])('rejects %j with a message mentioning %s', (raw, word) => {
    const r = normalizePhone(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(word);
  });

  it('accepts every valid mobile however it is spaced or widened (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/), fc.boolean(), fc.constantFrom('', ' ', '-'), (second, rest, wide, sep) => {
        const num = `1${second}${rest}`;
        let text = `${num.slice(0, 3)}${sep}${num.slice(3, 7)}${sep}${num.slice(7)}`;
        if (wide) text = text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(normalizePhone(text)).toEqual({ ok: true, value: num, kind: 'mobile' });
      }),
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const r = normalizePhone(s);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('parsePhoneList', () => {
  it('splits cells holding several phones', () => {
    const r = parsePhoneList('13812345678、0551-62881234，13905510001\n13905510002');
    expect(r.map((x) => (x.ok ? x.value : null))).toEqual(['13812345678', '0551-62881234', '13905510001', '13905510002']);
  });
  it('splits on spaces only where that gives whole numbers', () => {
    expect(parsePhoneList('13812345678 13905510001').map((x) => x.ok && x.value)).toEqual(['13812345678', '13905510001']);
    expect(parsePhoneList('138 1234 5678').map((x) => x.ok && x.value)).toEqual(['13812345678']);
  });
  it('keeps bad pieces as failures', () => {
    const r = parsePhoneList('13812345678、123');
    expect(r[0]!.ok).toBe(true);
    expect(r[1]!.ok).toBe(false);
  });
});

describe('maskPhone', () => {
  it('masks the middle digits for public posting', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0551-62881234')).toBe('0551-****1234');
  });
});
