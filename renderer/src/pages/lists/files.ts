import { readFileBase64 } from '../../api/files';
import { LIST_FILE_MAX_BYTES } from '../../../../shared/lists/types';

const MB = 1024 * 1024;

/** Read a chosen workbook as base64 for the JSON upload; refuses files over 50 MB with a Chinese message. */
export function readWorkbookFile(file: File): Promise<string> {
  if (file.size > LIST_FILE_MAX_BYTES) {
    return Promise.reject(new Error(`文件“${file.name}”大小为 ${(file.size / MB).toFixed(1)} MB，超过 50 MB 的上限，请按乡镇拆分后再导入`));
  }
  if (!/\.xlsx$/i.test(file.name)) {
    return Promise.reject(new Error(/\.xls$/i.test(file.name) ? `“${file.name}”是旧版 .xls 文件，请先用 Excel 或 WPS 另存为 .xlsx 再导入` : `“${file.name}”不是 Excel（.xlsx）文件`));
  }
  return readFileBase64(file);
}

export { downloadBase64 } from '../../api/files';
