import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Switch, Table, Tag, Typography } from 'antd';
import type { ReminderRuleView } from '../../../../shared/contract/reminders';
import { isTimeOfDay } from '../../../../shared/time/civil';
import { DEFAULT_NOTICE_LEAD_WORKDAYS, DEFAULT_PLAN_LEAD_WORKDAYS, DEFAULT_SEASON_ANCHOR, DEFAULT_SEASON_LEAD_DAYS } from '../../../../shared/reminders/defaults';
import { parseLeadDays } from '../../../../shared/reminders/deadlines';
import { useApi, useApiMutation } from '../../api/hooks';
import type { ApiCallError } from '../../api/client';
import { KIND_COLORS, KIND_LABELS } from './alert-labels';

interface Values {
  time: string;
  leadWorkdays?: number;
  /** list_season: comma-separated days, e.g. “30,14,7,1,0”. */
  leadDays?: string;
  anchor?: string;
  repeatMinutes?: number | null;
  enabled: boolean;
}

const monthDayText = (md: string) => `${Number(md.slice(0, 2))}月${Number(md.slice(3, 5))}日`;

/** [30, 14, 7, 1, 0] → “30、14、7、1天及当天”. */
function leadDaysText(days: readonly number[]): string {
  const before = [...days].filter((d) => d > 0).sort((a, b) => b - a);
  const onDay = days.includes(0);
  if (!before.length) return onDay ? '当天' : '';
  return `${before.join('、')}天${onDay ? '及当天' : ''}`;
}

function describe(r: ReminderRuleView): string {
  const parts: string[] = [];
  if (r.kind === 'period_notice') parts.push(`时段开始前第${r.leadWorkdays ?? DEFAULT_NOTICE_LEAD_WORKDAYS}个工作日`);
  if (r.kind === 'period_collect' || r.kind === 'period_deadline') parts.push('零报告时段内每天');
  if (r.kind === 'daily_report') parts.push('每天');
  if (r.kind === 'plan_deadline') parts.push(`预案备案、评估、演练期限前第${r.leadWorkdays ?? DEFAULT_PLAN_LEAD_WORKDAYS}个工作日、当天及逾期次日`);
  if (r.kind === 'list_season') parts.push(`汛期（${monthDayText(r.anchor ?? DEFAULT_SEASON_ANCHOR)}）开始前${leadDaysText(r.leadDays ?? DEFAULT_SEASON_LEAD_DAYS)}，名单公示后停止`);
  parts.push(r.time);
  if (r.repeatMinutes) parts.push(`之后每${r.repeatMinutes}分钟重复，直到完成`);
  return parts.join(' ');
}

function RuleForm({ rule, onClose }: { rule: ReminderRuleView; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('reminders.updateRule');
  const leadDefault = rule.kind === 'plan_deadline' ? DEFAULT_PLAN_LEAD_WORKDAYS : DEFAULT_NOTICE_LEAD_WORKDAYS;
  const submit = (v: Values) =>
    save.mutate(
      {
        id: rule.id,
        time: v.time,
        enabled: v.enabled,
        repeatMinutes: v.repeatMinutes ?? null,
        ...(rule.kind === 'period_notice' || rule.kind === 'plan_deadline' ? { leadWorkdays: v.leadWorkdays ?? leadDefault } : {}),
        ...(rule.kind === 'list_season' ? { leadDays: parseLeadDays(v.leadDays ?? '') ?? [], anchor: v.anchor ?? DEFAULT_SEASON_ANCHOR } : {}),
      },
      {
        onSuccess: () => {
          void message.success('提醒规则已保存');
          onClose();
        },
        onError: (e: ApiCallError) => {
          if (e.field) form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
          else void message.error(e.message);
        },
      },
    );
  return (
    <Modal open title={`修改提醒规则：${rule.name.replaceAll('{名称}', '××')}`} okText="保存" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          time: rule.time,
          leadWorkdays: rule.leadWorkdays ?? leadDefault,
          leadDays: (rule.leadDays ?? DEFAULT_SEASON_LEAD_DAYS).join(','),
          anchor: rule.anchor ?? DEFAULT_SEASON_ANCHOR,
          repeatMinutes: rule.repeatMinutes ?? null,
          enabled: rule.enabled,
        }}
      >
        <Form.Item label="提醒时刻" name="time" rules={[{ validator: async (_r, v: string) => void (isTimeOfDay(v ?? '') || Promise.reject(new Error('应为 HH:mm，如 11:40'))) }]}>
          <Input style={{ width: 120 }} maxLength={5} />
        </Form.Item>
        {rule.kind === 'period_notice' && (
          <Form.Item label="提前工作日数" name="leadWorkdays" extra="在时段第一天之前的第几个工作日提醒印发通知（按放假调休安排计算）">
            <InputNumber min={0} max={20} precision={0} />
          </Form.Item>
        )}
        {rule.kind === 'plan_deadline' && (
          <Form.Item label="提前工作日数" name="leadWorkdays" extra="在备案、评估、演练期限之前的第几个工作日提醒（按放假调休安排计算）；期限当天和逾期次日另各提醒一次，填0则只在这两天提醒">
            <InputNumber min={0} max={20} precision={0} />
          </Form.Item>
        )}
        {rule.kind === 'list_season' && (
          <>
            <Form.Item label="汛期开始日期" name="anchor" extra="MM-DD，如 04-01（4月1日）" rules={[{ pattern: /^\d\d-\d\d$/, message: '应为 MM-DD，如 04-01' }]}>
              <Input style={{ width: 120 }} maxLength={5} />
            </Form.Item>
            <Form.Item
              label="提前天数"
              name="leadDays"
              extra="汛期开始前哪几天提醒，用逗号分隔，0 表示当天，如 30,14,7,1,0；当年名单公示后不再提醒"
              rules={[{ validator: async (_r, v: string) => void (parseLeadDays(v ?? '') || Promise.reject(new Error('应为用逗号分隔的整数，如 30,14,7,1,0'))) }]}
            >
              <Input style={{ width: 200 }} />
            </Form.Item>
          </>
        )}
        <Form.Item label="重复间隔（分钟）" name="repeatMinutes" extra="留空表示不重复；填写后到期未完成时每隔这些分钟再次提醒，直到当天结束">
          <InputNumber min={5} max={240} precision={0} placeholder="不重复" />
        </Form.Item>
        <Form.Item label="启用" name="enabled" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The reminder rules: data with defaults, editable (time, lead workdays, repeat, on/off). Changes are audited. */
export function RuleEditor() {
  const rules = useApi('reminders.rules', {});
  const [editing, setEditing] = useState<ReminderRuleView | null>(null);
  return (
    <>
      <Typography.Paragraph type="secondary">
        提醒按下列规则自动产生，每条提醒只提醒一次；程序关闭或电脑休眠期间到期的提醒，会在下次启动时以“补提醒”列出。修改会记入审计日志。
      </Typography.Paragraph>
      <Table<ReminderRuleView>
        size="middle"
        rowKey="id"
        loading={rules.isPending}
        dataSource={rules.data ?? []}
        pagination={false}
        columns={[
          { title: '类别', dataIndex: 'kind', width: 120, render: (k: ReminderRuleView['kind']) => <Tag color={KIND_COLORS[k]}>{KIND_LABELS[k]}</Tag> },
          { title: '名称', dataIndex: 'name', render: (n: string) => n.replaceAll('{名称}', '××') },
          { title: '何时提醒', render: (_: unknown, r) => describe(r) },
          { title: '状态', dataIndex: 'enabled', width: 80, render: (e: boolean) => (e ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '操作',
            width: 90,
            render: (_: unknown, r) => (
              <Button size="small" onClick={() => setEditing(r)} aria-label={`修改 ${r.name}`}>
                修改
              </Button>
            ),
          },
        ]}
      />
      {editing && <RuleForm rule={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
