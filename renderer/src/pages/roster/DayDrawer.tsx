import { useState } from 'react';
import { Alert, App, Button, Divider, Drawer, Space, Switch, Table, Tag, Typography } from 'antd';
import type { RosterConfig, RosterDay, RosterView } from '../../../../shared/contract/roster';
import type { Staff } from '../../../../shared/staff/types';
import { useApiMutation } from '../../api/hooks';
import { AssignDialog, type SlotTarget } from './AssignDialog';
import { DayHistory } from './DayHistory';
import { SOURCE_COLOR, SOURCE_ZH, dayLabel, slotIndexes } from './labels';
import { SubstituteDialog } from './SubstituteDialog';
import { SwapDialog } from './SwapDialog';

interface Props {
  day: RosterDay | null;
  roles: RosterView['roles'];
  config?: RosterConfig;
  staff?: Staff[];
  onClose: () => void;
}

/** One duty day: its people slot by slot, 调整/换班/替班, lock, conflicts and history. */
export function DayDrawer({ day, roles, config, staff, onClose }: Props) {
  const { message } = App.useApp();
  const [assigning, setAssigning] = useState<SlotTarget | null>(null);
  const [swapping, setSwapping] = useState<SlotTarget | null>(null);
  const [substituting, setSubstituting] = useState<SlotTarget | null>(null);
  const lock = useApiMutation('roster.lockDay');
  const targets: SlotTarget[] = day
    ? roles.flatMap((r) =>
        slotIndexes(day, r.key).map((slot) => {
          const s = day.slots.find((x) => x.role === r.key && x.slot === slot);
          return { day, role: r.key, roleName: r.name, slot, staffId: s?.staffId ?? null, name: s?.name ?? '' };
        }),
      )
    : [];
  const label = day ? dayLabel(day) : '';
  const title = day ? `${day.date} ${day.weekday}${label ? ` ${label}` : ''}` : '';

  return (
    <Drawer open={day !== null} title={title} size={560} onClose={onClose} destroyOnHidden aria-label={title}>
      {day && (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            {day.periods.map((p) => (
              <Tag key={p} color="purple">
                {p}
              </Tag>
            ))}
            {day.away.length > 0 && <Typography.Text type="secondary">外出：{day.away.join('、')}</Typography.Text>}
          </Space>
          {day.conflicts.length > 0 && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="本日排班有问题" description={<ul>{day.conflicts.map((c) => <li key={c}>{c}</li>)}</ul>} />
          )}
          <Table<SlotTarget>
            size="small"
            pagination={false}
            rowKey={(t) => `${t.role}#${t.slot}`}
            dataSource={targets}
            aria-label="本日班次"
            locale={{ emptyText: '本日不需要排班' }}
            columns={[
              { title: '岗位', key: 'role', width: 110, render: (_: unknown, t) => `${t.roleName}${slotIndexes(day, t.role).length > 1 ? ` ${t.slot + 1}` : ''}` },
              {
                title: '人员',
                key: 'name',
                render: (_: unknown, t) => {
                  const s = day.slots.find((x) => x.role === t.role && x.slot === t.slot);
                  return (
                    <Space size={4} wrap>
                      <span>{t.name || <Typography.Text type="secondary">空缺</Typography.Text>}</span>
                      {s && s.source !== 'generated' && <Tag color={SOURCE_COLOR[s.source]}>{SOURCE_ZH[s.source]}</Tag>}
                      {s?.reason && <Typography.Text type="secondary">（{s.reason}）</Typography.Text>}
                    </Space>
                  );
                },
              },
              {
                title: '操作',
                key: 'ops',
                width: 190,
                render: (_: unknown, t) => (
                  <Space size={0}>
                    <Button type="link" size="small" disabled={day.locked} onClick={() => setAssigning(t)} aria-label={`调整${t.roleName}${t.slot + 1}`}>
                      调整
                    </Button>
                    <Button type="link" size="small" disabled={day.locked || t.staffId === null} onClick={() => setSwapping(t)} aria-label={`换班${t.roleName}${t.slot + 1}`}>
                      换班
                    </Button>
                    <Button type="link" size="small" disabled={day.locked} onClick={() => setSubstituting(t)} aria-label={`替班${t.roleName}${t.slot + 1}`}>
                      替班
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Switch
              aria-label="锁定本日"
              checked={day.locked}
              disabled={day.slots.length === 0}
              loading={lock.isPending}
              onChange={(locked) =>
                lock.mutate({ date: day.date, locked }, { onSuccess: () => void message.success(locked ? '已锁定，生成排班时不会改动这一天' : '已解锁'), onError: (e) => void message.error(e.message) })
              }
            />
            <span>锁定本日（生成排班时保留，不能调整）</span>
          </Space>
          <Divider titlePlacement="start">修改记录</Divider>
          <DayHistory date={day.date} />
        </>
      )}
      {assigning && <AssignDialog target={assigning} config={config} staff={staff} onClose={() => setAssigning(null)} />}
      {swapping && <SwapDialog target={swapping} roles={roles} onClose={() => setSwapping(null)} />}
      {substituting && <SubstituteDialog target={substituting} config={config} staff={staff} onClose={() => setSubstituting(null)} />}
    </Drawer>
  );
}
