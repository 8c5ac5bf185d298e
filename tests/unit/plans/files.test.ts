import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILE_NAME_MAX, formatSize, mimeOf, safeFileName } from '../../../shared/plans';

describe('safe attachment names', () => {
  it.each([
    ['石门镇预案（印发稿）.pdf', '石门镇预案（印发稿）.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\system.ini', 'system.ini'],
    ['C:\\Users\\zhao\\Desktop\\预案.docx', '预案.docx'],
    ['/home/user/预案.docx', '预案.docx'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['NUL.tar.gz', '_NUL.tar.gz'],
    ['com1.pdf', '_com1.pdf'],
    ['LPT9', '_LPT9'],
    ['预案 . ', '预案'],
    ['a<b>c:d"e|f?g*h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['tab\there.pdf', 'tab_here.pdf'],
    ['..', '附件'],
    ['', '附件'],
    ['...', '附件'],
    ['/', '附件'],
    ['console.pdf', 'console.pdf'],
  ])('%j → %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('shortens very long names and keeps the extension', () => {
    const long = `${'很长的文件名'.repeat(50)}.docx`;
    const s = safeFileName(long);
    expect([...s].length).toBe(FILE_NAME_MAX);
    expect(s.endsWith('.docx')).toBe(true);
  });

  it('never yields a path, a reserved name, control characters or an over-long name (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: fc.constantFrom('a', '.', '/', '\\', ':', '*', '\u0000', '\n', ' ', '预', 'C', 'O', 'N', 'x') }), (raw) => {
        const s = safeFileName(raw);
        expect(s.length).toBeGreaterThan(0);
        expect([...s].length).toBeLessThanOrEqual(FILE_NAME_MAX);
        expect(s).not.toMatch(/[/\\:*?"<>|]/);
        expect([...s].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
        expect(s).not.toMatch(/[. ]$/);
        expect(s === '.' || s === '..').toBe(false);
        expect(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(s)).toBe(false);
        expect(safeFileName(s)).toBe(s);
      }),
    );
  });

  it('knows common types and sizes', () => {
    expect(mimeOf('a.PDF')).toBe('application/pdf');
    expect(mimeOf('a.docx')).toContain('wordprocessingml');
    expect(mimeOf('noext')).toBe('application/octet-stream');
    expect(formatSize(100)).toBe('100 字节');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(20 * 1024 * 1024)).toBe('20.0 MB');
  });
});
