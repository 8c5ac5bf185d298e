import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Space, Tag, Typography } from 'antd';
import type { ReminderAlert } from '../../../shared/contract/reminders';
import { formatInstant } from '../../../shared/time/civil';
import { call } from '../api/client';
import { useApi, useApiMutation } from '../api/hooks';
import { useReminderEvents } from './AlertCenterEvents';
import { playChime, unlockSoundOnFirstGesture } from './AlertCenterSound';

const BASE_TITLE = '防汛值班台';
/** In the page flow at the top of the content: it covers nothing, on every page. */
const PANEL_STYLE = { marginBottom: 16 } as const;

const urgent = (a: ReminderAlert) => a.role === 'overdue' || a.kind === 'period_deadline';

type Shown = { kind: 'alert'; alert: ReminderAlert; others: number } | { kind: 'startup'; count: number };

/**
 * The in-page alert (a banner above the page): the latest reminder (with the count of the others) and a chime when one arrives,
 * a notice at start-up when alerts are waiting (e.g. 补提醒 after the app was closed), and the count in the
 * window title. It stays until closed, handled or acknowledged; the alert itself stays in 提醒中心 until acknowledged.
 */
export function AlertCenter() {
  const { message } = App.useApp();
  const nav = useNavigate();
  const ack = useApiMutation('reminders.acknowledge');
  const count = useApi('reminders.count', {});
  const n = count.data?.unacknowledged ?? 0;
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => unlockSoundOnFirstGesture(), []);
  useEffect(() => {
    document.title = n > 0 ? `（${n}条提醒）${BASE_TITLE}` : BASE_TITLE;
  }, [n]);
  useEffect(() => {
    let live = true;
    void call('reminders.count', {}).then(
      (c) => live && c.unacknowledged > 0 && setShown((s) => s ?? { kind: 'startup', count: c.unacknowledged }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useReminderEvents((e) => {
    if (e.type === 'navigate') {
      nav(e.route);
      return;
    }
    playChime(urgent(e.alert));
    setShown({ kind: 'alert', alert: e.alert, others: e.unacknowledged - 1 });
  });

  if (!shown) return null;
  const close = () => setShown(null);
  if (shown.kind === 'startup') {
    return (
      <div style={PANEL_STYLE} data-testid="reminder-alert">
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={`有 ${shown.count} 条未确认的提醒`}
          description="包括程序未运行期间到期的补提醒，请到提醒中心查看并确认。"
          closable={{ onClose: close, 'aria-label': '关闭' }}
          action={
            <Button type="primary" size="small" onClick={() => (nav('/reminders'), close())}>
              查看提醒
            </Button>
          }
        />
      </div>
    );
  }
  const a = shown.alert;
  return (
    <div style={PANEL_STYLE} data-testid="reminder-alert">
      <Alert
        key={a.id}
        type={urgent(a) ? 'error' : 'warning'}
        showIcon
        role="alert"
        closable={{ onClose: close, 'aria-label': '关闭' }}
        title={
          <Space size={4} wrap>
            {a.catchUp && <Tag color="orange">补提醒</Tag>}
            <Typography.Text strong>{a.title}</Typography.Text>
          </Space>
        }
        description={
          <>
            <div style={{ whiteSpace: 'pre-wrap' }}>{a.body}</div>
            <Typography.Text type="secondary">
              {a.catchUp ? `原定 ${formatInstant(a.dueAt)}，程序未运行期间未能按时提醒` : `到期时间 ${formatInstant(a.dueAt)}`}
            </Typography.Text>
            {shown.others > 0 && <div>另有 {shown.others} 条未确认的提醒</div>}
            <Space style={{ marginTop: 8 }}>
              <Button size="small" onClick={() => (nav(a.route), close())}>
                去处理
              </Button>
              <Button
                type="primary"
                size="small"
                loading={ack.isPending}
                onClick={() => ack.mutate({ id: a.id }, { onSuccess: close, onError: (err) => void message.error(err.message) })}
              >
                确认
              </Button>
            </Space>
          </>
        }
      />
    </div>
  );
}
