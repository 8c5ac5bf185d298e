import { Alert } from 'antd';
import type { CalendarYear } from '../../../../shared/contract/calendar';
import { BASIS_ZH } from './labels';

/** Where the year's arrangement comes from, 预估 when it is ours, and what looks wrong. */
export function YearBanner({ data }: { data: CalendarYear }) {
  return (
    <>
      {data.estimated ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${data.year}年的放假安排为预估`}
          description="国务院办公厅尚未公布（或尚未导入）本年通知：春节、端午、中秋按农历推算，清明按节气推算，调休上班日为估计。排班和提醒照常使用这些日期，并标明“预估”；通知公布后请点“导入国务院通知”。"
        />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${data.year}年放假安排依据：${BASIS_ZH[data.basis]}${data.issued ? `（成文日期 ${data.issued}）` : ''}${data.manualDays ? `，另有${data.manualDays}天手工修改` : ''}`}
        />
      )}
      {data.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="本年安排需要核对"
          description={
            <ul className="notice-unparsed">
              {data.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
