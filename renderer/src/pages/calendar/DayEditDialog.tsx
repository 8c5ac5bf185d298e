import { useState } from 'react';
import { App, AutoComplete, Button, Descriptions, Form, Modal, Popconfirm, Radio, Space, Typography } from 'antd';
import type { CalendarDay, CalendarYear } from '../../../../shared/contract/calendar';
import { isWeekend } from '../../../../shared/time/civil';
import { useApiMutation } from '../../api/hooks';
import { dateWithWeekday, dayWords, SOURCE_ZH } from './labels';

type Kind = 'off' | 'workday' | 'normal';

const STATUTORY = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

const kindOf = (d: CalendarDay): Kind => (d.dayType === 'holiday' ? 'off' : d.dayType === 'makeup_workday' ? 'workday' : 'normal');

function kindWords(date: string, kind: Kind, name: string): string {
  if (kind === 'off') return `${name} 放假`;
  if (kind === 'workday') return `${name} 调休上班`;
  return isWeekend(date) ? '普通周末（休息）' : '普通工作日';
}

interface Props {
  day: CalendarDay;
  data: CalendarYear;
  onClose: () => void;
}

/** Change one day: 放假, 调休上班 or 普通 — confirmed before it is saved. */
export function DayEditDialog({ day, ...rest }: Omit<Props, 'day'> & { day: CalendarDay | null }) {
  return day ? <DayEditor key={day.date} day={day} {...rest} /> : null;
}

function DayEditor({ day, data, onClose }: Props) {
  const { message } = App.useApp();
  const setDay = useApiMutation('calendar.setDay');
  const [kind, setKind] = useState<Kind>(kindOf(day));
  const [name, setName] = useState(day.holidayName ?? '');
  const [error, setError] = useState<string | null>(null);

  const weekend = isWeekend(day.date);
  const names = [...new Set([...data.holidays.map((h) => h.name), ...STATUTORY])];
  const periods = day.periods.map((k) => data.periods.find((p) => p.key === k)?.name).filter(Boolean);
  const unchanged = kind === kindOf(day) && (kind === 'normal' || name.trim() === (day.holidayName ?? ''));
  const needsName = kind !== 'normal' && name.trim() === '';

  const save = () =>
    setDay.mutate(
      { date: day.date, kind, name: kind === 'normal' ? '' : name.trim() },
      {
        onSuccess: () => {
          void message.success(`已修改 ${day.date}：${kindWords(day.date, kind, name.trim())}`);
          onClose();
        },
        onError: (e) => setError(e.message),
      },
    );

  return (
    <Modal
      open
      title={`调整 ${dateWithWeekday(day.date)}`}
      onCancel={onClose}
      destroyOnHidden
      width={520}
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Popconfirm
            title="确认修改这一天？"
            description={`${day.date}：${dayWords(day)} → ${kindWords(day.date, kind, name.trim())}`}
            okText="确认修改"
            cancelText="再想想"
            onConfirm={save}
            disabled={unchanged || needsName}
          >
            <Button type="primary" disabled={unchanged || needsName} loading={setDay.isPending}>
              保存
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="现在">{dayWords(day)}</Descriptions.Item>
        {day.source && <Descriptions.Item label="依据">{SOURCE_ZH[day.source]}</Descriptions.Item>}
        {periods.length > 0 && <Descriptions.Item label="重要时段">{periods.join('、')}</Descriptions.Item>}
      </Descriptions>
      <Form layout="vertical">
        <Form.Item label="改为">
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as Kind)} optionType="button" buttonStyle="solid">
            <Radio.Button value="off">放假</Radio.Button>
            <Radio.Button value="workday" disabled={!weekend}>
              调休上班
            </Radio.Button>
            <Radio.Button value="normal">普通（按星期）</Radio.Button>
          </Radio.Group>
          {!weekend && (
            <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
              这一天本来就是工作日，只有周六、周日才能设为调休上班。
            </Typography.Paragraph>
          )}
        </Form.Item>
        {kind !== 'normal' && (
          <Form.Item label="假日名称" required validateStatus={needsName ? 'error' : undefined} help={needsName ? '请填写假日名称' : undefined}>
            <AutoComplete
              aria-label="假日名称"
              value={name}
              onChange={(v: string) => setName(v)}
              options={names.filter((n) => n !== name.trim() && n.includes(name.trim())).map((n) => ({ value: n }))}
              placeholder="如 国庆节"
            />
          </Form.Item>
        )}
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Form>
    </Modal>
  );
}
