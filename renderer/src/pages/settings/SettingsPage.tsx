import { App, Button, Space, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { SystemStatus } from '../../../../shared/contract/index';
import { useApiMutation } from '../../api/hooks';
import { BackupList } from '../../components/BackupList';
import { GeneralSettings } from './GeneralSettings';
import { AuditLog } from './AuditLog';
import { ReportUnitsEditor } from '../daily-report/ReportUnitsEditor';
import { PageTabs } from '../../components/PageTabs';

function Backups({ status }: { status: SystemStatus }) {
  const { message } = App.useApp();
  const backup = useApiMutation('system.backupNow');
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          loading={backup.isPending}
          onClick={() => backup.mutate({}, { onSuccess: (b) => void message.success(`已备份：${b.file}`), onError: (e) => void message.error(e.message) })}
        >
          立即备份
        </Button>
        <Typography.Text type="secondary">每天自动备份一次，升级和恢复前也会自动备份；保留最近 30 份。备份文件夹：{status.backupDir}</Typography.Text>
      </Space>
      <BackupList />
    </>
  );
}

export function SettingsPage({ status }: { status: SystemStatus }) {
  const loc = useLocation();
  const nav = useNavigate();
  const key = loc.pathname.split('/')[2] || 'general';
  return (
    <>
      <h1 className="page-title">设置</h1>
      <PageTabs
        activeKey={key}
        onChange={(k) => nav(`/settings/${k}`)}
        items={[
          { key: 'general', label: '基本设置', children: <GeneralSettings status={status} /> },
          { key: 'audit', label: '审计日志', children: <AuditLog /> },
          { key: 'backup', label: '备份与恢复', children: <Backups status={status} /> },
          { key: 'units', label: '报送单位', children: <ReportUnitsEditor /> },
        ]}
      />
    </>
  );
}
