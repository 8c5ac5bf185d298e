import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { civilDateOf } from '../../../../shared/time/civil';
import type { CivilDate } from '../../../../shared/time/civil';
import { useApi } from '../../api/hooks';

/** Today in the office, by the back end's clock (which tests may move). */
export function useToday(): CivilDate | null {
  const status = useApi('system.status', {});
  return status.data ? civilDateOf(status.data.now) : null;
}

/** A civil-date picker: the value and the result are `YYYY-MM-DD` strings, never Dates. */
export function CivilDatePicker({ value, onChange, label }: { value: CivilDate; onChange: (d: CivilDate) => void; label: string }) {
  return (
    <DatePicker
      aria-label={label}
      allowClear={false}
      value={dayjs(value)}
      onChange={(d) => d && onChange(d.format('YYYY-MM-DD'))}
    />
  );
}

/** Copy to the clipboard; falls back to a hidden text area where the Clipboard API is refused. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    /* fall back below */
  }
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.appendChild(ta);
  ta.select();
  const done = document.execCommand('copy');
  ta.remove();
  if (!done) throw new Error('无法写入剪贴板，请手工选中文字复制');
}

/** “赵敏、孙浩” → ['赵敏', '孙浩']. */
export function splitNames(s: string): string[] {
  return s
    .split(/[、,，;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}
