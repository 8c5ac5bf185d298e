import { App, Button, Table } from 'antd';
import type { BackupInfo } from '../../../shared/contract/index';
import { formatInstant } from '../../../shared/time/civil';
import { useApi, useApiMutation } from '../api/hooks';

const REASONS: Record<string, string> = {
  daily: '每日自动',
  manual: '手动',
  'pre-migrate': '升级前',
  'pre-restore': '恢复前',
  'before-clear': '清除示例数据前',
  'pre-import': '导入前',
};

function size(n: number): string {
  return n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** The backups in the data folder, each restorable after a confirmation. */
export function BackupList({ highlightLatest = false }: { highlightLatest?: boolean }) {
  const { modal, message } = App.useApp();
  const backups = useApi('system.listBackups', {});
  const restore = useApiMutation('system.restoreBackup');
  const ask = (b: BackupInfo) =>
    modal.confirm({
      title: '从备份恢复数据？',
      content: `将用备份“${b.file}”（${formatInstant(b.createdAt)}）替换当前数据。恢复前会先自动备份当前数据，可随时再恢复回来。`,
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        restore
          .mutateAsync({ file: b.file })
          .then(() => void message.success('已从备份恢复'))
          .catch((e: Error) => void message.error(e.message)),
    });
  const latest = backups.data?.[0];
  return (
    <>
      {highlightLatest && latest && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => ask(latest)}>
          从最近的备份恢复（{formatInstant(latest.createdAt)}）
        </Button>
      )}
      <Table<BackupInfo>
        size="small"
        rowKey="file"
        loading={backups.isPending}
        dataSource={backups.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有备份' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', render: (v: number) => formatInstant(v), width: 170 },
          { title: '类型', dataIndex: 'reason', render: (r: string) => REASONS[r] ?? r, width: 100 },
          { title: '文件', dataIndex: 'file' },
          { title: '大小', dataIndex: 'size', render: size, width: 90 },
          {
            title: '操作',
            width: 90,
            render: (_: unknown, b) => (
              <Button size="small" onClick={() => ask(b)} aria-label={`恢复 ${b.file}`}>
                恢复
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
