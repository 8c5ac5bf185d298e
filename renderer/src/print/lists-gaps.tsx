import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Space, Spin } from 'antd';
import { PrinterOutlined, RollbackOutlined } from '@ant-design/icons';
import { useApi } from '../api/hooks';
import './lists-print.css';

/** The completeness gaps on A4: every place without its level's person, every zone without 户级 contacts. */
export function ListsGapsPrint() {
  const loc = useLocation();
  const navigate = useNavigate();
  const year = Number(new URLSearchParams(loc.search).get('year')) || new Date().getFullYear();
  const tree = useApi('lists.tree', { year });
  if (tree.isError) return <Alert type="error" showIcon title={tree.error.message} />;
  if (!tree.data) return <Spin />;
  const t = tree.data;
  const title = `${t.countyName}${year}年山洪灾害防御责任人名单缺项清单`;
  return (
    <div className="lists-print">
      <div className="lists-print-toolbar">
        <Space>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <Button icon={<RollbackOutlined />} onClick={() => navigate('/lists')}>
            返回名单
          </Button>
        </Space>
      </div>
      <article className="lists-sheet" aria-label={title}>
        <h1>{title}</h1>
        <div className="lists-sheet-meta">
          <span>{t.totals.map((x) => `${x.label}${x.total}个，缺${x.missing}`).join('；')}</span>
        </div>
        <table>
          <colgroup>
            <col style={{ width: '8%' }} />
            <col style={{ width: '46%' }} />
            <col style={{ width: '46%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>序号</th>
              <th>地区</th>
              <th>缺项</th>
            </tr>
          </thead>
          <tbody>
            {t.gaps.length === 0 ? (
              <tr>
                <td colSpan={3} className="c">
                  没有缺项
                </td>
              </tr>
            ) : (
              t.gaps.map((g, i) => (
                <tr key={`${g.kind}${g.id}`}>
                  <td className="c">{i + 1}</td>
                  <td>{g.path || t.countyName}</td>
                  <td>{g.message}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <div className="lists-sheet-sign">
          <span>制表人：</span>
          <span>审核人：</span>
          <span>日期：{'\u3000\u3000\u3000\u3000'}年{'\u3000\u3000'}月{'\u3000\u3000'}日</span>
        </div>
      </article>
    </div>
  );
}
