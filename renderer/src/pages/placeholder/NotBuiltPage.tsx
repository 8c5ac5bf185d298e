import { Result } from 'antd';

/** An honest placeholder for an area that is not built yet. */
export function NotBuiltPage({ title, what }: { title: string; what: string }) {
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <Result status="info" title="此功能尚未建成" subTitle={`“${title}”（${what}）正在开发中，当前版本还不能使用。`} />
    </>
  );
}
