import { LockOutlined, WarningOutlined } from '@ant-design/icons';
import type { RosterDay, RosterView } from '../../../../shared/contract/roster';
import { weekday } from '../../../../shared/time/civil';
import { dayLabel, roleNames } from './labels';

const HEAD = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/** Weeks of the month, Monday first; null = a cell outside the month. */
function weeks(days: readonly RosterDay[]): (RosterDay | null)[][] {
  if (days.length === 0) return [];
  const lead = (weekday(days[0]!.date) + 6) % 7;
  const cells: (RosterDay | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

function DayCell({ day, roles, today, onPick }: { day: RosterDay; roles: RosterView['roles']; today: string; onPick: (d: RosterDay) => void }) {
  const label = dayLabel(day);
  const lines = roles.map((r) => ({ role: r, names: roleNames(day, r.key) })).filter((l) => l.names);
  const aria = `${day.date} ${day.weekday}${label ? ` ${label}` : ''}：${lines.map((l) => `${l.role.name} ${l.names}`).join('，') || '未排班'}${day.conflicts.length ? `，${day.conflicts.length}个问题` : ''}${day.locked ? '，已锁定' : ''}`;
  const cls = ['roster-cell', `roster-${day.dayType}`, day.date === today ? 'roster-today' : '', day.conflicts.length ? 'roster-conflict' : ''].filter(Boolean).join(' ');
  return (
    <div
      className={cls}
      role="button"
      tabIndex={0}
      aria-label={aria}
      title={day.conflicts.join('\n') || undefined}
      data-testid={`roster-day-${day.date}`}
      data-day-type={day.dayType}
      onClick={() => onPick(day)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onPick(day);
        }
      }}
    >
      <div className="roster-cell-head">
        <span className="roster-cell-num">{Number(day.date.slice(8, 10))}</span>
        {label && label !== '周末' && <span className="roster-cell-label">{label}</span>}
        <span className="roster-cell-icons">
          {day.locked && <LockOutlined aria-label="已锁定" />}
          {day.conflicts.length > 0 && <WarningOutlined aria-label="有问题" className="roster-warn" />}
        </span>
      </div>
      {lines.length === 0 ? (
        <div className="roster-cell-empty">未排班</div>
      ) : (
        lines.map((l) => (
          <div key={l.role.key} className={`roster-line ${l.role.leader ? 'roster-line-leader' : ''}`}>
            <span className="roster-line-role">{l.role.name.slice(0, 2)}</span>
            <span className="roster-line-names">{l.names}</span>
          </div>
        ))
      )}
    </div>
  );
}

/** The month as a calendar-like table: leader and officers per day, weekends and holidays shaded. */
export function MonthGrid({ view, today, onPick, title }: { view: RosterView; today: string; onPick: (d: RosterDay) => void; title: string }) {
  return (
    <table className="roster-grid" aria-label={title}>
      <thead>
        <tr>
          {HEAD.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks(view.days).map((w, i) => (
          <tr key={i}>
            {w.map((d, j) => (
              <td key={d?.date ?? `x${j}`}>{d ? <DayCell day={d} roles={view.roles} today={today} onPick={onPick} /> : null}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
