import { readFileBase64 } from '../../api/files';
import { ATTACHMENT_MAX_BYTES, tooLargeMessage } from '../../../../shared/plans/files';

/** Read a chosen file as base64 (for the JSON upload); refuses files over the cap with a Chinese message. */
export function readAsBase64(file: File): Promise<string> {
  if (file.size > ATTACHMENT_MAX_BYTES) return Promise.reject(new Error(tooLargeMessage(file.name, file.size)));
  return readFileBase64(file);
}

export { downloadBase64 as saveBase64 } from '../../api/files';
