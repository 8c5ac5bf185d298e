import { App, InputNumber, Table, Typography } from 'antd';
import { CATEGORY_LABELS, CYCLE_LIMITS, DEFAULT_CYCLES, type PlanCycle } from '../../../../shared/plans/index';
import { useApi, useApiMutation } from '../../api/hooks';

type Field = 'filingWorkdays' | 'evaluationYears' | 'drillMonths';

/** The deadlines per category: configurable defaults from the 2024 measures. */
export function CyclesSettings() {
  const { message } = App.useApp();
  const cycles = useApi('plans.cycles', {});
  const update = useApiMutation('plans.cycles.update');
  const save = (c: PlanCycle, field: Field, value: number | null) => {
    if (value === null || value === c[field]) return;
    update.mutate(
      { ...c, [field]: value },
      { onSuccess: () => void message.success(`已保存${CATEGORY_LABELS[c.category]}预案的期限`), onError: (e) => void message.error(e.message) },
    );
  };
  const cell = (field: Field, unit: string) => (v: number, c: PlanCycle) => (
    <InputNumber
      key={`${c.category}-${v}`}
      aria-label={`${CATEGORY_LABELS[c.category]}${unit}`}
      min={CYCLE_LIMITS[field].min}
      max={CYCLE_LIMITS[field].max}
      defaultValue={v}
      precision={0}
      onBlur={(e) => save(c, field, e.target.value === '' ? null : Number(e.target.value))}
      style={{ width: 90 }}
    />
  );
  return (
    <>
      <Typography.Paragraph type="secondary">
        默认值依据《突发事件应急预案管理办法》（国办发〔2024〕5号）：印发后20个工作日内备案（按节假日安排计算工作日）；一般每3年评估一次；易发洪涝、山洪的地区经常组织演练（防汛专项和基层预案默认每年一次）。可按本地规定修改，0表示不要求。
      </Typography.Paragraph>
      <Table<PlanCycle>
        size="middle"
        rowKey="category"
        pagination={false}
        loading={cycles.isPending}
        dataSource={cycles.data ?? []}
        columns={[
          { title: '类别', dataIndex: 'category', render: (c: PlanCycle['category']) => CATEGORY_LABELS[c] },
          { title: '备案时限（工作日）', dataIndex: 'filingWorkdays', render: cell('filingWorkdays', '备案时限') },
          { title: '评估周期（年）', dataIndex: 'evaluationYears', render: cell('evaluationYears', '评估周期') },
          { title: '演练周期（月）', dataIndex: 'drillMonths', render: cell('drillMonths', '演练周期') },
          {
            title: '默认',
            key: 'default',
            render: (_: unknown, c) => {
              const d = DEFAULT_CYCLES[c.category];
              return <Typography.Text type="secondary">{`${d.filingWorkdays}个工作日 / ${d.evaluationYears}年 / ${d.drillMonths}个月`}</Typography.Text>;
            },
          },
        ]}
      />
    </>
  );
}
