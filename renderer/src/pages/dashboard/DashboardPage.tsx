import { App, Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { SystemStatus } from '../../../../shared/contract/index';
import { civilDateOf, weekdayZh } from '../../../../shared/time/civil';
import { useApi, useApiMutation } from '../../api/hooks';

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

export function DashboardPage({ status }: { status: SystemStatus }) {
  const staff = useApi('staff.list', { includeInactive: false });
  const settings = useApi('settings.get', {});
  const today = civilDateOf(status.now);
  return (
    <>
      <h1 className="page-title">
        今日值班 <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400 }}>{today} {weekdayZh(today)}</Typography.Text>
      </h1>
      {status.isEmpty ? (
        <Welcome />
      ) : (
        <Row gutter={16}>
          <Col span={8}>
            <Card>
              <Statistic title="在用人员" value={staff.data?.length ?? 0} suffix="人" />
            </Card>
          </Col>
          <Col span={8}>
            <Card>
              <Statistic title="可任带班领导" value={staff.data?.filter((s) => s.canLead).length ?? 0} suffix="人" />
            </Card>
          </Col>
          <Col span={8}>
            <Card>
              <Statistic title="值班电话" value={settings.data?.dutyPhone || '未设置'} />
            </Card>
          </Col>
          <Col span={24} style={{ marginTop: 16 }}>
            <Card title="今日与明日值班">
              <Typography.Text type="secondary">值班表功能尚未建成，排班后这里会显示今日与明日的带班领导、值班员及电话。</Typography.Text>
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
