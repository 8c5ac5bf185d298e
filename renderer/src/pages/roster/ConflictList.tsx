import { Alert } from 'antd';
import type { Conflict } from '../../../../shared/roster/conflicts';

/** Problems with a choice, shown as you edit: errors refuse the save, warnings allow it. */
export function ConflictList({ conflicts }: { conflicts: readonly Conflict[] | undefined }) {
  if (!conflicts || conflicts.length === 0) return null;
  const errors = conflicts.filter((c) => c.severity === 'error');
  const warnings = conflicts.filter((c) => c.severity === 'warning');
  return (
    <div className="roster-conflicts" data-testid="roster-conflicts">
      {errors.length > 0 && <Alert type="error" showIcon title="不能这样安排" description={<ul>{errors.map((c) => <li key={c.message}>{c.message}</li>)}</ul>} />}
      {warnings.length > 0 && <Alert type="warning" showIcon title="请注意" description={<ul>{warnings.map((c) => <li key={c.message}>{c.message}</li>)}</ul>} />}
    </div>
  );
}
