import { useLocation, useNavigate } from 'react-router';
import { Button, Space, Spin, Typography } from 'antd';
import { PrinterOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  CATEGORY_LABELS,
  LEDGER_COLUMNS,
  LEVEL_LABELS,
  STATUS_LABELS,
  dateZh,
  filterRegister,
  ledgerCells,
  ledgerTitle,
  type RegisterFilter,
} from '../../../shared/plans/index';
import { useApi } from '../api/hooks';
import { isFiltered, searchToFilter } from '../pages/plans/filter-url';
import './plans-ledger.css';

const TOTAL = LEDGER_COLUMNS.reduce((s, c) => s + c.width, 0);

function scopeText(f: RegisterFilter): string {
  if (!isFiltered(f)) return '范围：全部预案';
  const parts: string[] = [];
  if (f.categories?.length) parts.push(`类别 ${f.categories.map((c) => CATEGORY_LABELS[c]).join('、')}`);
  if (f.levels?.length) parts.push(`层级 ${f.levels.map((l) => LEVEL_LABELS[l]).join('、')}`);
  if (f.statuses?.length) parts.push(`状态 ${f.statuses.map((s) => STATUS_LABELS[s]).join('、')}`);
  if (f.q?.trim()) parts.push(`含“${f.q.trim()}”`);
  return `范围：${parts.join('；')}`;
}

/** The 台账 on A4 paper: title “{单位}应急预案台账”, the columns, the date, 制表人/审核人 lines. */
export function PlansLedgerPrint() {
  const loc = useLocation();
  const navigate = useNavigate();
  const filter = searchToFilter(loc.search);
  const reg = useApi('plans.list', {});
  const settings = useApi('settings.get', {});
  if (!reg.data || !settings.data) return <Spin />;
  const rows = filterRegister(reg.data.rows, filter);
  const title = ledgerTitle(settings.data.orgName);
  return (
    <div className="ledger-print">
      <div className="ledger-toolbar">
        <Space>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <Button icon={<RollbackOutlined />} onClick={() => navigate('/plans')}>
            返回台账
          </Button>
          <Typography.Text type="secondary">A4 纵向；表头在每页重复。</Typography.Text>
        </Space>
      </div>
      <article className="ledger-sheet" aria-label={title}>
        <h1>{title}</h1>
        <div className="ledger-meta">
          <span>
            {scopeText(filter)}，共 {rows.length} 项
          </span>
          <span>制表日期：{dateZh(reg.data.today)}</span>
        </div>
        <table>
          <colgroup>
            {LEDGER_COLUMNS.map((c) => (
              <col key={c.key} style={{ width: `${((c.width / TOTAL) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {LEDGER_COLUMNS.map((c) => (
                <th key={c.key}>{c.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={LEDGER_COLUMNS.length} className="empty">
                  没有符合条件的预案
                </td>
              </tr>
            ) : (
              rows.map((r, i) => (
                <tr key={r.id} className={r.status === 'overdue' ? 'overdue' : undefined}>
                  {ledgerCells(r, i).map((text, j) => (
                    <td key={LEDGER_COLUMNS[j]!.key}>{text}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
        <div className="ledger-sign">
          <span>制表人：</span>
          <span>审核人：</span>
          <span>日期：{'\u3000\u3000\u3000\u3000'}年{'\u3000\u3000'}月{'\u3000\u3000'}日</span>
        </div>
      </article>
    </div>
  );
}
