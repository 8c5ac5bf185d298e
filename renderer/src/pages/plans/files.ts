import { ATTACHMENT_MAX_BYTES, tooLargeMessage } from '../../../../shared/plans/files';

/** Read a chosen file as base64 (for the JSON upload); refuses files over the cap with a Chinese message. */
export function readAsBase64(file: File): Promise<string> {
  if (file.size > ATTACHMENT_MAX_BYTES) return Promise.reject(new Error(tooLargeMessage(file.name, file.size)));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const url = String(r.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    r.onerror = () => reject(new Error(`无法读取文件“${file.name}”`));
    r.readAsDataURL(file);
  });
}

/** Offer base64 content as a download under the given name. */
export function saveBase64(name: string, mime: string, dataBase64: string): void {
  const bin = atob(dataBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
