import { z } from 'zod';
import { zhCN } from 'zod/locales';

/** Chinese messages for every schema failure, once for the whole process. */
let configured = false;
export function useChineseZodMessages(): void {
  if (configured) return;
  z.config(zhCN());
  configured = true;
}

/** Turn the first zod issue into one Chinese sentence that names the field. */
export function describeIssue(error: z.ZodError, labels: Record<string, string> = {}): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: '输入有误' };
  const field = issue.path.map(String).join('.');
  const label = labels[field] ?? labels[String(issue.path[0] ?? '')] ?? field;
  if (!field) return { message: `输入有误：${issue.message}` };
  // Our own messages already name the field ("姓名不能为空"); zod's generic ones get the label in front.
  const message = issue.message.startsWith(label) ? issue.message : `字段「${label}」${issue.message}`;
  return { message, field };
}
