import { useDeferredValue, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import {
  AlertOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FormOutlined,
  SettingOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  ApartmentOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import type { SystemStatus } from '../../../shared/contract/index';
import { useApi } from '../api/hooks';
import { OperatorGate } from './OperatorGate';
import { AlertCenter } from '../components/AlertCenter';
import { ReminderNavLabel } from '../components/AlertCenterBadge';

const NAV = [
  { key: '/', icon: <DashboardOutlined />, label: '今日值班' },
  { key: '/roster', icon: <CalendarOutlined />, label: '值班表' },
  { key: '/daily-report', icon: <FormOutlined />, label: '值班日报' },
  { key: '/lists', icon: <ApartmentOutlined />, label: '责任人名单' },
  { key: '/plans', icon: <FileProtectOutlined />, label: '预案台账' },
  { key: '/reminders', icon: <AlertOutlined />, label: <ReminderNavLabel label="提醒中心" /> },
  { key: '/staff', icon: <TeamOutlined />, label: '人员' },
  { key: '/calendar', icon: <ScheduleOutlined />, label: '节假日' },
  { key: '/settings', icon: <SettingOutlined />, label: '设置' },
];

export function AppShell({ status, children }: { status: SystemStatus; children: ReactNode }) {
  const nav = useNavigate();
  const loc = useLocation();
  const settings = useApi('settings.get', {});
  const session = useApi('session.get', {});
  const [switching, setSwitching] = useState(false);
  const selected = NAV.filter((n) => n.key !== '/' && loc.pathname.startsWith(n.key)).map((n) => n.key);
  const operator = session.data?.operator ?? null;
  const needOperator = !status.isEmpty && session.isSuccess && operator === null;
  // The menu, the alert banner and the operator dialog render in a second, low-priority pass: the page's
  // own content (e.g. the first rows of a 200,000-person list) is not held up by them.
  const full = useDeferredValue(true, false);

  return (
    <Layout hasSider style={{ height: '100%' }}>
      <Layout.Sider width={188} theme="dark" style={{ height: '100%', overflow: 'auto' }}>
        <div className="app-brand">防汛值班台</div>
        {full && (
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected.length ? selected : [loc.pathname === '/' ? '/' : '']}
            items={NAV}
            onClick={(e) => nav(e.key)}
            aria-label="主导航"
          />
        )}
      </Layout.Sider>
      <Layout style={{ height: '100%', overflow: 'hidden' }}>
        <Layout.Header className="app-header">
          <Space>
            <Typography.Text strong>{settings.data?.orgName ?? ''}</Typography.Text>
            {status.sampleData && <Tag color="orange">示例数据</Tag>}
            {status.testClock && <Tag color="purple">测试时钟</Tag>}
          </Space>
          <Space>
            <Typography.Text type="secondary">当前操作员：</Typography.Text>
            <Typography.Text strong data-testid="current-operator">
              {operator?.name ?? '未选择'}
            </Typography.Text>
            <Button size="small" icon={<UserSwitchOutlined />} onClick={() => setSwitching(true)} disabled={status.isEmpty}>
              切换
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          {full && !status.isEmpty && <AlertCenter />}
          {children}
        </Layout.Content>
      </Layout>
      {full && <OperatorGate open={needOperator || switching} closable={!needOperator} current={operator} onDone={() => setSwitching(false)} />}
    </Layout>
  );
}
