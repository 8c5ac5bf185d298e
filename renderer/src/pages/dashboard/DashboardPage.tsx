import { App, Alert, Button, Card, Col, List, Row, Space, Spin, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { SystemStatus } from '../../../../shared/contract/index';
import { useApi, useApiMutation } from '../../api/hooks';
import { DutyCard } from './DutyCard';
import { TodoCard } from './TodoCard';

function Welcome() {
  const { message } = App.useApp();
  const nav = useNavigate();
  const load = useApiMutation('system.loadSampleData');
  return (
    <Card title="欢迎使用防汛值班台">
      <Typography.Paragraph>这是一个新的数据文件，还没有任何人员和值班数据。您可以：</Typography.Paragraph>
      <Space>
        <Button
          type="primary"
          loading={load.isPending}
          onClick={() =>
            load.mutate({}, { onSuccess: (r) => void message.success(`已载入示例数据（${r.staff} 名人员）`), onError: (e) => void message.error(e.message) })
          }
        >
          载入示例数据
        </Button>
        <Button onClick={() => nav('/staff')}>从空白开始（添加人员）</Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        示例数据是一个虚构的“青山县应急管理局”，供熟悉操作使用；只能载入到空白数据文件中，不会与真实数据混在一起。
      </Typography.Paragraph>
    </Card>
  );
}

function Summary() {
  const summary = useApi('dashboard.summary', {}, { refetchInterval: 60_000 });
  if (summary.isPending) return <Spin />;
  if (summary.isError) return <Alert type="error" showIcon title={summary.error.message} />;
  const s = summary.data;
  return (
    <>
      {s.estimatedYear && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="今年的放假安排尚未公布，节假日为程序预估，请在“节假日”中导入国务院通知。" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <DutyCard title="今日值班" day={s.today} />
        </Col>
        <Col xs={24} xl={12}>
          <DutyCard title="明日值班" day={s.tomorrow} />
        </Col>
        <Col xs={24} xl={12}>
          <TodoCard />
        </Col>
        <Col xs={24} xl={12}>
          <Card title="近期节假日与重要时段">
            <List
              locale={{ emptyText: '30天内没有节假日或重要时段' }}
              dataSource={s.periods}
              renderItem={(p) => (
                <List.Item>
                  <Space wrap>
                    <Typography.Text strong>{p.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {p.from} 至 {p.to}
                    </Typography.Text>
                    {p.startsIn <= 0 ? <Tag color="red">进行中</Tag> : <Tag>{p.startsIn} 天后开始</Tag>}
                    {p.zeroReport && <Tag color="purple">零报告</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="值班电话与交接班">
            <Typography.Paragraph>
              值班电话：<Typography.Text strong>{s.dutyPhone || '未设置（请在“设置”中填写）'}</Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              交接班时间：每日 {s.shiftChange}；当前值班日为 {s.dutyDate}。
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </>
  );
}

export function DashboardPage({ status }: { status: SystemStatus }) {
  return (
    <>
      <h1 className="page-title">今日值班</h1>
      {status.isEmpty ? <Welcome /> : <Summary />}
    </>
  );
}
