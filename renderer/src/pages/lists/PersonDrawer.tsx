import { Button, Descriptions, Drawer, Empty, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { auditDiff } from '../../../../shared/audit/diff';
import { ACTION_LABELS } from '../../../../shared/audit/types';
import { CALL_RESULT_ZH, LEVEL_ZH, type PersonRow } from '../../../../shared/lists/types';
import { formatInstant } from '../../../../shared/time/civil';
import { useApi } from '../../api/hooks';
import { LEVEL_COLOR } from './labels';

/** A person: details, change history (from the audit log, across years) and spot-check calls. */
export function PersonDrawer({
  id,
  onClose,
  onEdit,
  onMove,
  onToggle,
}: {
  id: number | null;
  onClose: () => void;
  onEdit: (p: PersonRow) => void;
  onMove: (p: PersonRow) => void;
  onToggle: (p: PersonRow) => void;
}) {
  const detail = useApi('lists.persons.detail', { id: id ?? 0 }, { enabled: id !== null });
  const d = detail.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={620}
      title={d ? `${d.person.name}（${LEVEL_ZH[d.person.level]}责任人）` : '责任人'}
      destroyOnHidden
      extra={
        d && (
          <Space>
            <Button onClick={() => onEdit(d.person)}>编辑</Button>
            <Button onClick={() => onMove(d.person)}>调整地区</Button>
            <Button danger={d.person.active} onClick={() => onToggle(d.person)}>
              {d.person.active ? '停用' : '启用'}
            </Button>
          </Space>
        )
      }
    >
      {!d ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="层级">
              <Tag color={LEVEL_COLOR[d.person.level]}>{LEVEL_ZH[d.person.level]}</Tag>
              {!d.person.active && <Tag>已停用</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="名单年度">{d.person.year}年</Descriptions.Item>
            <Descriptions.Item label="所属地区" span={2}>
              {d.person.regionPath || '县级'} {d.person.zoneName}
            </Descriptions.Item>
            <Descriptions.Item label="职务">{d.person.position}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{d.person.phones.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label="责任区域/职责" span={2}>
              {d.person.duty || '—'}
            </Descriptions.Item>
            {d.person.level === 'household' ? <Descriptions.Item label="联系户数">{d.person.households ?? '—'}</Descriptions.Item> : null}
            {d.person.note ? <Descriptions.Item label="备注">{d.person.note}</Descriptions.Item> : null}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            电话抽查
          </Typography.Title>
          {d.calls.length === 0 ? (
            <Typography.Text type="secondary">从未抽查</Typography.Text>
          ) : (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={d.calls}
              columns={[
                { title: '时间', dataIndex: 'at', width: 150, render: (v: number) => formatInstant(v) },
                { title: '号码', dataIndex: 'phone', width: 120 },
                { title: '结果', dataIndex: 'result', width: 80, render: (v: keyof typeof CALL_RESULT_ZH) => <Tag color={v === 'answered' ? 'green' : 'red'}>{CALL_RESULT_ZH[v]}</Tag> },
                { title: '说明', dataIndex: 'note' },
                { title: '抽查人', dataIndex: 'operatorName', width: 80 },
              ]}
            />
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            修改历史
          </Typography.Title>
          {d.history.length === 0 ? (
            <Empty description="没有记录" />
          ) : (
            <Timeline
              aria-label="修改历史"
              items={d.history.map((h) => {
                const rows = auditDiff(h.before, h.after).filter((r) => r.changed);
                return {
                  key: h.id,
                  content: (
                    <div>
                      <Typography.Text type="secondary">
                        {formatInstant(h.at)} · {h.operatorName} · {ACTION_LABELS[h.action] ?? h.action}
                      </Typography.Text>
                      <div>{h.summary}</div>
                      {h.action === 'update' && rows.length > 0 && (
                        <ul className="lists-history-diff">
                          {rows.map((r) => (
                            <li key={r.field}>
                              {r.label}：{r.before} → {r.after}
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  ),
                };
              })}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
