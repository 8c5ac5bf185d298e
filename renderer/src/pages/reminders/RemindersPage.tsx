import { Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { formatInstant } from '../../../../shared/time/civil';
import { useApi } from '../../api/hooks';
import { AlertHistory } from './AlertHistory';
import { AlertList } from './AlertList';
import { RuleEditor } from './RuleEditor';
import { PageTabs } from '../../components/PageTabs';

function Alerts() {
  const alerts = useApi('reminders.alerts', { historyLimit: 200 });
  return (
    <>
      <AlertList alerts={alerts.data?.unacknowledged ?? []} />
      <h2 style={{ fontSize: 16, margin: '20px 0 8px' }}>已确认的提醒</h2>
      <AlertHistory alerts={alerts.data?.history ?? []} loading={alerts.isPending} />
      {alerts.data?.lastTick != null && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          最近一次检查：{formatInstant(alerts.data.lastTick)}
        </Typography.Text>
      )}
    </>
  );
}

/** 提醒中心: alerts waiting for acknowledgement first, then the history; the rules in their own tab. */
export function RemindersPage() {
  const loc = useLocation();
  const nav = useNavigate();
  const key = loc.pathname.split('/')[2] === 'rules' ? 'rules' : 'alerts';
  return (
    <>
      <h1 className="page-title">提醒中心</h1>
      <PageTabs
        activeKey={key}
        onChange={(k) => nav(k === 'rules' ? '/reminders/rules' : '/reminders')}
        items={[
          { key: 'alerts', label: '提醒', children: <Alerts /> },
          { key: 'rules', label: '提醒规则', children: <RuleEditor /> },
        ]}
      />
    </>
  );
}
