/**
 * Phone numbers as people type them and as township spreadsheets hold them:
 * full-width digits, spaces, dashes, brackets around area codes, +86, extensions (转/-).
 */
export type PhoneKind = 'mobile' | 'landline';

export type PhoneResult =
  | { ok: true; value: string; kind: PhoneKind }
  | { ok: false; input: string; message: string };

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const DASHES = /[\u2010-\u2015\u2212\uFF0D\uFE63_~～]/g;

/** Full-width to ASCII, unify dashes and brackets, trim. */
export function foldPhoneText(raw: string): string {
  return raw
    .replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF08]/g, '(')
    .replace(/[\uFF09]/g, ')')
    .replace(/\uFF0B/g, '+')
    .replace(DASHES, '-')
    .replace(/[\u3000\u00A0]/g, ' ')
    .trim();
}

const THREE_DIGIT_AREA = /^(010|02\d)/;

function formatLandline(digits: string, ext: string | undefined): PhoneResult | null {
  // digits start with 0: area code + local number
  const areaLen = THREE_DIGIT_AREA.test(digits) ? 3 : 4;
  const area = digits.slice(0, areaLen);
  const local = digits.slice(areaLen);
  if (!/^0[1-9]\d{1,2}$/.test(area) || !/^[2-9]\d{6,7}$/.test(local)) return null;
  const value = `${area}-${local}${ext ? `-${ext}` : ''}`;
  return { ok: true, value, kind: 'landline' };
}

/** Normalise and validate one phone number. */
export function normalizePhone(raw: string): PhoneResult {
  const input = raw;
  const folded = foldPhoneText(raw);
  if (folded === '') return { ok: false, input, message: '电话号码为空' };
  let s = folded;
  let ext: string | undefined;
  const extMatch = /^(.*?)(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i.exec(s);
  if (extMatch) {
    s = extMatch[1]!.trim();
    ext = extMatch[2];
  }
  s = s.replace(/^\+?0{0,2}86[-\s]?(?=1[3-9]\d{9}$|1[3-9][\d\s-]{9,}$)/, '');
  if (/[^\d\s()-]/.test(s)) {
    return { ok: false, input, message: `电话号码“${raw.trim()}”含有无法识别的字符` };
  }
  // A landline written as 0551-62881234-801: the last dash group of 1–6 digits after a full number is an extension.
  const groups = s.split(/[\s()-]+/).filter(Boolean);
  let digits = groups.join('');
  if (!ext && digits.startsWith('0') && groups.length >= 3) {
    const last = groups[groups.length - 1]!;
    const head = groups.slice(0, -1).join('');
    if (last.length <= 6 && formatLandline(head, last)) {
      digits = head;
      ext = last;
    }
  }
  if (/^1[3-9]\d{9}$/.test(digits)) {
    if (ext) return { ok: false, input, message: `手机号“${raw.trim()}”不能带分机号` };
    return { ok: true, value: digits, kind: 'mobile' };
  }
  if (digits.startsWith('0')) {
    const land = formatLandline(digits, ext);
    if (land) return land;
    return {
      ok: false,
      input,
      message: `座机号“${raw.trim()}”格式不正确：应为区号加7–8位号码，如 0551-62881234（分机可写作“转801”）`,
    };
  }
  if (/^1\d*$/.test(digits)) {
    return { ok: false, input, message: `手机号“${raw.trim()}”格式不正确：应为以13–19开头的11位数字` };
  }
  return {
    ok: false,
    input,
    message: `电话号码“${raw.trim()}”格式不正确：手机号为11位数字，座机需带区号（如 0551-62881234）`,
  };
}

/**
 * Split a cell that may hold several phones (separated by 、，,;；/ or new lines; spaces only where a
 * space-split gives whole numbers) and normalise each.
 */
export function parsePhoneList(cell: string): PhoneResult[] {
  const folded = stripPhoneLabels(foldPhoneText(cell));
  if (folded === '') return [];
  const pieces = folded.split(/[、,，;；/\n\r|]+|或|及/).map((p) => p.trim()).filter(Boolean);
  const out: PhoneResult[] = [];
  for (const piece of pieces) {
    const whole = withLostZero(piece, normalizePhone(piece));
    if (whole.ok || !/\s/.test(piece)) {
      out.push(whole);
      continue;
    }
    const parts = piece.split(/\s+/).map(normalizePhone);
    if (parts.every((p) => p.ok)) out.push(...parts);
    else out.push(whole);
  }
  return out;
}

/** Labels townships write into phone cells: “手机：”, “办公电话:”, “（宅）”, “座机0551…”. */
export function stripPhoneLabels(text: string): string {
  return text
    .replace(/[(（](?:手机|办|宅|家|座机|办公|固话|值班|移动)[)）]/g, ' ')
    .replace(/(?:手机号码|手机号|手机|移动电话|联系电话|办公电话|值班电话|办公室|办公|宅电|住宅|家庭电话|座机|固话|电话|tel)\s*[:：]?(?=\s*[+\d(（])/gi, ' ')
    .trim();
}

/** A landline stored as a number in a spreadsheet loses its leading 0 (055162881234 → 55162881234). */
function withLostZero(piece: string, r: PhoneResult): PhoneResult {
  if (r.ok || !/^(10\d{8}|[2-9]\d{9,10})$/.test(piece)) return r;
  const again = normalizePhone(`0${piece}`);
  return again.ok && again.kind === 'landline' ? again : r;
}

/** Mask the middle digits for public posting (公示): 138****5678, 0551-****1234. */
export function maskPhone(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(7)}`;
  const m = /^(0\d{2,3})-(\d{7,8})(-\d+)?$/.exec(value);
  if (m) return `${m[1]}-${'*'.repeat(m[2]!.length - 4)}${m[2]!.slice(-4)}`;
  return value;
}
