import { Card, Descriptions, Result, Typography } from 'antd';
import type { SystemStatus } from '../../../shared/contract/index';
import { BackupList } from '../components/BackupList';
import { ChooseDataFolder } from '../components/ChooseDataFolder';

const TITLES: Record<string, string> = {
  damaged: '数据文件已损坏',
  newer_version: '数据文件来自更新版本的程序',
  unwritable: '数据文件夹不可写',
};

/** Shown instead of the app when the data file cannot be used. Nothing is overwritten without asking. */
export function RecoveryScreen({ status }: { status: SystemStatus }) {
  return (
    <div style={{ maxWidth: 900, margin: '40px auto', padding: 16 }}>
      <Result status="warning" title={TITLES[status.state] ?? '数据文件不可用'} subTitle={status.problem} />
      <Card title="数据位置" size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'db', label: '数据文件', children: status.dbPath },
            { key: 'backup', label: '备份文件夹', children: status.backupDir },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          从备份恢复时，当前的数据文件不会被删除，而是改名保留在原文件夹中（文件名带“damaged”），以便日后查验。
          {status.desktop.chooseDataFolder ? '也可以选择其他数据文件夹，程序会在那里重新启动。' : '也可以关闭程序，用 DATA_DIR 指定其他数据文件夹后重新启动。'}
        </Typography.Paragraph>
        <div style={{ marginTop: 8 }}>
          <ChooseDataFolder available={status.desktop.chooseDataFolder} label="选择其他数据文件夹…" />
        </div>
      </Card>
      {status.state !== 'unwritable' && (
        <Card title="从备份恢复" size="small">
          <BackupList highlightLatest />
        </Card>
      )}
    </div>
  );
}
