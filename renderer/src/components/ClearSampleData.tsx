import { Alert, App, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { call } from '../api/client';

/** After 载入示例数据: one way to start real use on an empty data file, the sample kept as a backup. */
export function ClearSampleData({ sampleData }: { sampleData: boolean }) {
  const { modal, message } = App.useApp();
  const queries = useQueryClient();
  const navigate = useNavigate();
  if (!sampleData) return null;
  const clear = () =>
    modal.confirm({
      title: '清除示例数据，开始正式使用？',
      content: '当前数据文件中的全部内容（示例人员、值班表、名单、预案等）将先备份，然后换成空白数据文件。备份可在“备份与恢复”中找回。',
      okText: '备份并清除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const b = await call('system.clearSampleData', {});
          void message.success(`已清除示例数据，原数据已备份为 ${b.file}`);
          await queries.invalidateQueries();
          void navigate('/');
        } catch (e) {
          void message.error((e as Error).message);
        }
      },
    });
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 24 }}
      title="当前使用的是示例数据"
      description="示例数据中的人员、电话均为虚构，仅供熟悉软件。正式使用前请清除。"
      action={
        <Button danger onClick={clear}>
          清除示例数据…
        </Button>
      }
    />
  );
}
