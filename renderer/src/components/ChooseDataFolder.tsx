import { App, Button } from 'antd';
import { call } from '../api/client';

/**
 * 更改数据文件夹… (desktop app only): pick a folder, confirm, and the app restarts on it. The current data
 * file stays where it is; a folder without a data file gets a new, empty one.
 */
export function ChooseDataFolder({ available, label = '更改数据文件夹…' }: { available: boolean; label?: string }) {
  const { modal, message } = App.useApp();
  if (!available) return null;
  const choose = () =>
    modal.confirm({
      title: '更改数据文件夹',
      content: '选择文件夹后程序将重新启动，并打开该文件夹中的数据文件；若其中没有数据文件，将新建一个空白数据文件。当前的数据文件保留在原处，不会被删除或移动。',
      okText: '选择文件夹…',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await call('system.chooseDataFolder', {});
          if (r.dataDir) void message.loading(`正在重新启动，打开 ${r.dataDir}${r.hasData ? '' : '（新建空白数据文件）'}…`, 0);
        } catch (e) {
          void message.error((e as Error).message);
        }
      },
    });
  return <Button onClick={choose}>{label}</Button>;
}
