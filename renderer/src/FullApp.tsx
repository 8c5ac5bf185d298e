import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import antdFirstStyles from 'virtual:antd-first-styles';
import { App } from './App';
import { ANTD_CONFIG } from './theme';

dayjs.locale('zh-cn');

// First in the head: after them come the styles antd still generates (placed before the first element
// there) and the app's own stylesheets, which override antd's — as when antd generated them all.
const style = document.createElement('style');
style.textContent = antdFirstStyles;
document.head.prepend(style);

/** The app with antd's Chinese locale and theme: everything but the roster print view. */
export default function FullApp() {
  return (
    <ConfigProvider locale={zhCN} {...ANTD_CONFIG}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}
