import { LIST_FILE_MAX_BYTES } from '../../../../shared/contract/lists';

const MB = 1024 * 1024;

/** Read a chosen workbook as base64 for the JSON upload; refuses files over 50 MB with a Chinese message. */
export function readWorkbookFile(file: File): Promise<string> {
  if (file.size > LIST_FILE_MAX_BYTES) {
    return Promise.reject(new Error(`文件“${file.name}”大小为 ${(file.size / MB).toFixed(1)} MB，超过 50 MB 的上限，请按乡镇拆分后再导入`));
  }
  if (!/\.xlsx$/i.test(file.name)) {
    return Promise.reject(new Error(/\.xls$/i.test(file.name) ? `“${file.name}”是旧版 .xls 文件，请先用 Excel 或 WPS 另存为 .xlsx 再导入` : `“${file.name}”不是 Excel（.xlsx）文件`));
  }
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

/** Offer base64 content as a download. */
export function downloadBase64(name: string, mime: string, dataBase64: string): void {
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
