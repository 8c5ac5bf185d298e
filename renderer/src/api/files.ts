/** Offer bytes or text as a download under the given name (a Blob and a temporary <a download>). */
function offer(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadBase64(name: string, mime: string, dataBase64: string): void {
  const bin = atob(dataBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  offer(name, new Blob([bytes], { type: mime }));
}

export function downloadText(name: string, mime: string, text: string): void {
  offer(name, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** Read a chosen file's bytes as base64 (uploads travel inside the JSON input). */
export function readFileBase64(file: File): Promise<string> {
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
