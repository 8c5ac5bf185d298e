import { Result } from 'antd';

/** An address the app does not have (App.tsx loads this when one is asked for). */
export function NotFound() {
  return <Result status="404" title="没有这个页面" />;
}
