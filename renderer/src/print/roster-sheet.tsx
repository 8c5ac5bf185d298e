import { Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router';
import type { RosterSheet } from '../../../shared/contract/roster';
import { daysInMonth } from '../../../shared/time/civil';
import { useApi } from '../api/hooks';
import './roster-sheet.css';

const BLANK = '\u3000\u3000\u3000\u3000';

/** The sheet itself: title, one row per day (weekends and holidays shaded and labelled), 值班电话 and signatures. */
function Sheet({ sheet }: { sheet: RosterSheet }) {
  const widths = ['10%', '9%', ...sheet.roles.map(() => `${(35 / Math.max(1, sheet.roles.length)).toFixed(2)}%`), '36%', '10%'];
  return (
    <article className="roster-sheet" aria-label={sheet.title}>
      <h1>{sheet.title}</h1>
      <table>
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {sheet.headers.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((r) => (
            <tr key={r.date} className={r.category === 'holiday' ? 'roster-holiday' : r.category === 'weekend' ? 'roster-weekend' : undefined}>
              <td>{r.dateLabel}</td>
              <td>{r.weekday}</td>
              {sheet.roles.map((role) => (
                <td key={role.key}>{r.byRole[role.key]}</td>
              ))}
              <td className="roster-phones">{r.phones}</td>
              <td className="roster-note">{r.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="roster-sheet-phone">值班电话：{sheet.dutyPhone || BLANK}</div>
      <div className="roster-sheet-sign">
        <span>
          制表人：<u>{sheet.preparer}</u>
        </span>
        <span>
          审核人：<u>{sheet.reviewer}</u>
        </span>
        <span>
          日期：{BLANK}年{'\u3000\u3000'}月{'\u3000\u3000'}日
        </span>
      </div>
    </article>
  );
}

function SheetPage({ from, to, name, back }: { from: string; to: string; name?: string; back: string }) {
  const navigate = useNavigate();
  const input = name ? { from, to, name } : { from, to };
  // Opened directly, the sheet was asked for before this chunk loaded (boot.ts): when its answer came first,
  // root.tsx put it in the query cache and the first render shows the sheet.
  const sheet = useApi('roster.sheet', input);
  return (
    <div className="roster-print">
      <div className="roster-print-toolbar">
        <button type="button" className="roster-print-button roster-print-primary" onClick={() => window.print()}>
          打印
        </button>
        <button type="button" className="roster-print-button" onClick={() => navigate(back)}>
          返回值班表
        </button>
        <span className="roster-print-hint">A4 纵向，一页。</span>
      </div>
      {sheet.isPending ? (
        <div className="roster-print-state" role="status">
          正在生成值班表…
        </div>
      ) : sheet.isError ? (
        <div className="roster-print-state roster-print-error" role="alert">
          <strong>无法生成值班表</strong>
          <div>{sheet.error.message}</div>
        </div>
      ) : (
        <Sheet sheet={sheet.data} />
      )}
    </div>
  );
}

function MonthSheet() {
  const { year, month } = useParams();
  const y = Number(year);
  const m = Number(month);
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12 || y < 2000 || y > 2100) {
    return (
      <div className="roster-print-state roster-print-error" role="alert">
        <strong>没有这个月份</strong>
      </div>
    );
  }
  const ym = `${y}-${String(m).padStart(2, '0')}`;
  return <SheetPage from={`${ym}-01`} to={`${ym}-${String(daysInMonth(y, m)).padStart(2, '0')}`} back={`/roster?month=${ym}`} />;
}

function PeriodSheet() {
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return <SheetPage from={from} to={to} name={params.get('name') ?? undefined} back={`/roster?month=${from.slice(0, 7)}`} />;
}

/**
 * Print views: `/print/roster/2026/12` (月度值班表) and `/print/roster/period?from&to&name` (节假日值班表).
 * A chunk of its own, plain HTML without antd or the app shell (routed in main.tsx): it loads fast and
 * asks for one thing, the sheet.
 */
export default function RosterPrint() {
  return (
    <Routes>
      <Route path="period" element={<PeriodSheet />} />
      <Route path=":year/:month" element={<MonthSheet />} />
    </Routes>
  );
}
