import { Space, Tag, Tooltip } from 'antd';
import type { Rule } from 'antd/es/form';
import { checkPhoneEntries } from '../../../../../shared/lists/related';
import { useApi } from '../../../api/hooks';

/** The year's townships for the pickers (from the five-level list's tree). */
export function useTownships(year: number): { value: number; label: string }[] {
  const tree = useApi('lists.tree', { year });
  return (tree.data?.regions ?? []).filter((r) => r.level === 'township').map((r) => ({ value: r.id, label: r.name }));
}

/** Split a phones field as typed: 、，,;；/ and new lines (each piece normalised by the back end). */
export function splitPhoneText(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[、,，;；/\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Form rule: every number must be a mobile or a landline with its area code (the field turns red otherwise). */
export const phoneRule: Rule = {
  validator: async (_r, value: string | undefined) => {
    const { problems } = checkPhoneEntries(splitPhoneText(value));
    if (problems.length) throw new Error(problems.join('；'));
  },
};

/** Phones in a table cell; a person named without any phone is marked. */
export function PhonesCell({ phones, named = true }: { phones: string[]; named?: boolean }) {
  if (phones.length === 0) return named ? <Tag color="red">无电话</Tag> : null;
  return (
    <Space size={2} wrap>
      {phones.map((p) => {
        const bad = checkPhoneEntries([p]).problems[0];
        return bad ? (
          <Tooltip key={p} title={bad}>
            <Tag color="red">{p}</Tag>
          </Tooltip>
        ) : (
          <span key={p} className="related-phone">
            {p}
          </span>
        );
      })}
    </Space>
  );
}
