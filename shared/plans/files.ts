/** Longest original file name kept (characters), extension included. */
export const FILE_NAME_MAX = 120;

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * A file name that is safe to show and to offer as a download name on any system:
 * directories dropped (../, C:\…, /abs/), characters Windows forbids replaced with _,
 * trailing dots and spaces trimmed, reserved device names (CON, NUL, COM1…) prefixed with _,
 * at most FILE_NAME_MAX characters with the extension kept. Never empty.
 * (On disk an attachment is stored under its content hash, never under this name.)
 */
export function safeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).filter((p) => p !== '' && p !== '.' && p !== '..').pop() ?? '';
  let name = base.normalize('NFC').replace(FORBIDDEN, '_').replace(/[. ]+$/, '').replace(/^\s+/, '');
  if (name === '' || /^[._]+$/.test(name)) name = '附件';
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let safeStem = RESERVED.test(stem.split('.')[0] ?? '') ? `_${stem}` : stem;
  const chars = [...safeStem];
  const extChars = [...ext].slice(0, 16);
  if (chars.length + extChars.length > FILE_NAME_MAX) safeStem = chars.slice(0, FILE_NAME_MAX - extChars.length).join('');
  return safeStem + extChars.join('');
}

/** The extension, lower-case without the dot ('' if none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  wps: 'application/vnd.ms-works',
  ofd: 'application/ofd',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  txt: 'text/plain',
  zip: 'application/zip',
};

export function mimeOf(name: string): string {
  return MIME[extensionOf(name)] ?? 'application/octet-stream';
}

/** “1.2 MB”, “856 KB”, “120 字节”. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The largest attachment accepted (the browser host sends the bytes as base64 inside JSON). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** The Chinese message for a file over the limit. */
export function tooLargeMessage(name: string, bytes: number): string {
  return `附件“${name}”大小为 ${formatSize(bytes)}，超过 20 MB 的上限，请压缩或拆分后再上传`;
}
