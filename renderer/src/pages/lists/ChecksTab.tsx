import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, Col, InputNumber, List, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { QualityPerson } from '../../../../shared/lists/checks';
import { LEVEL_ZH } from '../../../../shared/lists/types';
import { useApi } from '../../api/hooks';

const who = (p: QualityPerson) => `${LEVEL_ZH[p.level]} ${p.name}（${p.path || '县级'}）`;

/** 完整性 (gaps by level, printable) and 质量 (no phone, shared phones, many roles, not updated). */
export function ChecksTab({ year }: { year: number }) {
  const navigate = useNavigate();
  const [many, setMany] = useState(3);
  const tree = useApi('lists.tree', { year });
  const q = useApi('lists.checks.quality', { year, manyRoles: many });
  if (tree.isPending || q.isPending) return <Spin />;
  if (tree.isError) return <Alert type="error" showIcon title={tree.error.message} />;
  if (q.isError) return <Alert type="error" showIcon title={q.error.message} />;
  const t = tree.data;
  const r = q.data;
  return (
    <>
      <section aria-label="完整性检查">
        <Space style={{ marginBottom: 8 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            完整性
          </Typography.Title>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/lists/gaps?year=${year}`)}>
            打印缺项清单
          </Button>
        </Space>
        <Row gutter={12} style={{ marginBottom: 12 }}>
          {t.totals.map((x) => (
            <Col key={x.level}>
              <Card size="small">
                <Statistic title={x.label} value={x.total - x.missing} suffix={`/ ${x.total.toLocaleString('en-US')}`} styles={{ content: { color: x.missing ? '#cf1322' : '#389e0d' } }} />
                <Typography.Text type={x.missing ? 'danger' : 'success'}>{x.missing ? `缺${x.missing}处` : '齐全'}</Typography.Text>
              </Card>
            </Col>
          ))}
        </Row>
        {t.gaps.length === 0 ? (
          <Alert type="success" showIcon title="每个乡镇、村、组都有本级责任人，每个危险区都有户级责任人" />
        ) : (
          <Table
            size="small"
            rowKey={(g) => `${g.kind}${g.id}`}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={t.gaps}
            columns={[
              { title: '地区', dataIndex: 'path', render: (p: string) => p || t.countyName },
              { title: '缺项', dataIndex: 'message', render: (m: string) => <Typography.Text type="danger">{m}</Typography.Text> },
            ]}
          />
        )}
      </section>
      <section aria-label="质量检查" style={{ marginTop: 20 }}>
        <Typography.Title level={5}>质量</Typography.Title>
        {r.stale.length > 0 && <Alert type="warning" showIcon title={r.stale.join('；')} style={{ marginBottom: 8 }} />}
        {r.untouchedTownships.length > 0 && <Alert type="warning" showIcon title={`本年名单建立以来没有任何更新的乡镇：${r.untouchedTownships.join('、')}`} style={{ marginBottom: 8 }} />}
        <Row gutter={16}>
          <Col span={8}>
            <Card size="small" title={<>没有有效电话 <Tag color={r.quality.noPhone.length ? 'red' : 'green'}>{r.quality.noPhone.length}</Tag></>}>
              <List size="small" dataSource={r.quality.noPhone.slice(0, 100)} locale={{ emptyText: '无' }} renderItem={(p) => <List.Item>{who(p)}</List.Item>} />
            </Card>
          </Col>
          <Col span={8}>
            <Card size="small" title={<>同一电话对应不同的人 <Tag color={r.quality.sharedPhones.length ? 'orange' : 'green'}>{r.quality.sharedPhones.length}</Tag></>}>
              <List
                size="small"
                dataSource={r.quality.sharedPhones.slice(0, 100)}
                locale={{ emptyText: '无' }}
                renderItem={(s) => (
                  <List.Item>
                    <div>
                      <b>{s.phone}</b>：{s.persons.map(who).join('；')}
                    </div>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col span={8}>
            <Card
              size="small"
              title={
                <Space>
                  一人多岗
                  <Tag color={r.quality.manyRoles.length ? 'orange' : 'green'}>{r.quality.manyRoles.length}</Tag>
                  <InputNumber size="small" aria-label="一人多岗的岗位数" min={2} max={20} value={many} onChange={(v) => setMany(v ?? 3)} suffix="岗及以上" style={{ width: 110 }} />
                </Space>
              }
            >
              <List
                size="small"
                dataSource={r.quality.manyRoles.slice(0, 100)}
                locale={{ emptyText: '无' }}
                renderItem={(m) => (
                  <List.Item>
                    <div>
                      <b>
                        {m.name}（{m.phone}）
                      </b>
                      ：{m.persons.length}个岗位 — {m.persons.map((p) => `${LEVEL_ZH[p.level]}${p.path ? ` ${p.path}` : ''}`).join('；')}
                    </div>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        </Row>
      </section>
    </>
  );
}
