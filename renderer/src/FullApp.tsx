import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { App } from './App';

dayjs.locale('zh-cn');

/** The app with antd's Chinese locale and theme: everything but the roster print view. */
export default function FullApp() {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1d4ed8', borderRadius: 4, fontSize: 14 } }}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}
