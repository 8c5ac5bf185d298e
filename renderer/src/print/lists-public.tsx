import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Checkbox, Space, Spin, TreeSelect, Typography } from 'antd';
import { PrinterOutlined, RollbackOutlined } from '@ant-design/icons';
import type { RegionNode } from '../../../shared/contract/lists';
import { phonesText } from '../../../shared/lists/publish';
import { useApi } from '../api/hooks';
import './lists-print.css';

const dateZh = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

interface Option {
  value: number;
  title: string;
  children: Option[];
}

/** Print scope choices: the county, a township or a village. */
function regionTree(regions: RegionNode[]): Option[] {
  const kids = new Map<number | null, RegionNode[]>();
  for (const r of regions) if (r.level !== 'group') kids.set(r.parentId, [...(kids.get(r.parentId) ?? []), r]);
  const build = (r: RegionNode): Option => ({ value: r.id, title: r.name, children: (kids.get(r.id) ?? []).map(build) });
  return (kids.get(null) ?? []).map(build);
}

/** The 公示表 on A4: title, grouped by township and village, phones masked for public posting when asked. */
export function ListsPublicPrint() {
  const loc = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(loc.search);
  const year = Number(params.get('year')) || new Date().getFullYear();
  const region = params.get('region') ? Number(params.get('region')) : undefined;
  const mask = params.get('mask') === '1';
  const table = useApi('lists.publicTable', { year, regionId: region });
  const tree = useApi('lists.tree', { year });
  const settings = useApi('settings.get', {});
  const go = (next: { region?: number; mask?: boolean }) => {
    const p = new URLSearchParams({ year: String(year) });
    const r = 'region' in next ? next.region : region;
    if (r !== undefined) p.set('region', String(r));
    if (next.mask ?? mask) p.set('mask', '1');
    navigate(`/lists/print?${p.toString()}`, { replace: true });
  };
  if (table.isError) return <Alert type="error" showIcon title={table.error.message} />;
  if (!table.data || !tree.data || !settings.data) return <Spin />;
  const t = table.data;
  let seq = 0;
  return (
    <div className="lists-print">
      <div className="lists-print-toolbar">
        <Space wrap>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <Button icon={<RollbackOutlined />} onClick={() => navigate('/lists')}>
            返回名单
          </Button>
          <Typography.Text>范围：</Typography.Text>
          <TreeSelect aria-label="公示范围" style={{ width: 220 }} value={region ?? tree.data.regions.find((r) => r.parentId === null)?.id} treeData={regionTree(tree.data.regions)} treeDefaultExpandAll onChange={(v: number) => go({ region: v })} />
          <Checkbox checked={mask} onChange={(e) => go({ mask: e.target.checked })}>
            隐藏电话中间四位（张贴公示用）
          </Checkbox>
          <Typography.Text type="secondary">A4 纵向；表头在每页重复。</Typography.Text>
        </Space>
      </div>
      <article className="lists-sheet" aria-label={t.title}>
        <h1>{t.title}</h1>
        <div className="lists-sheet-meta">
          <span>
            范围：{t.scope}，共 {t.total} 人
          </span>
          <span>{t.published ? `公示日期：${dateZh(t.published)}` : ''}</span>
        </div>
        <table>
          <colgroup>
            <col style={{ width: '6%' }} />
            <col style={{ width: '8%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '19%' }} />
            <col style={{ width: '24%' }} />
            <col style={{ width: '18%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>序号</th>
              <th>类别</th>
              <th>村民组/危险区</th>
              <th>姓名</th>
              <th>职务</th>
              <th>联系电话</th>
              <th>责任区域</th>
            </tr>
          </thead>
          {t.sections.map((s) => (
            <tbody key={s.key}>
              <tr className="lists-sheet-section">
                <td colSpan={7}>{s.title}</td>
              </tr>
              {s.rows.map((r) => (
                <tr key={r.id}>
                  <td className="c">{++seq}</td>
                  <td className="c">{r.levelZh}</td>
                  <td>{r.place}</td>
                  <td className="c">{r.name}</td>
                  <td>{r.position}</td>
                  <td>{phonesText(r.phones, mask)}</td>
                  <td>{r.duty}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
        <p className="lists-sheet-note">
          以上人员接受社会公众监督。如发现责任人变动、电话无法接通，请告知{settings.data.orgName}
          {settings.data.dutyPhone ? `（值班电话：${settings.data.dutyPhone}）` : ''}。
        </p>
        <div className="lists-sheet-sign">
          <span>制表人：</span>
          <span>审核人：</span>
          <span>日期：{'\u3000\u3000\u3000\u3000'}年{'\u3000\u3000'}月{'\u3000\u3000'}日</span>
        </div>
      </article>
    </div>
  );
}
