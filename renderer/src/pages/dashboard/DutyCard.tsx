import { Card, Descriptions, Empty, Tag, Typography } from 'antd';
import type { DashboardDay } from '../../../../shared/contract/dashboard';

const DAY_TAG: Record<string, { color: string; label: string }> = {
  holiday: { color: 'red', label: '节假日' },
  weekend: { color: 'orange', label: '周末' },
  makeup_workday: { color: 'gold', label: '调休上班' },
  workday: { color: 'blue', label: '工作日' },
};

function Phones({ phones }: { phones: string[] }) {
  return <Typography.Text copyable={phones.length > 0 ? { text: phones.join(' ') } : false}>{phones.join('、') || '（无电话）'}</Typography.Text>;
}

/** One duty day: the leader on duty and the officers, with their phones. */
export function DutyCard({ title, day }: { title: string; day: DashboardDay }) {
  const tag = DAY_TAG[day.dayType] ?? DAY_TAG.workday!;
  return (
    <Card
      title={
        <>
          {title} <Typography.Text type="secondary">{day.date} {day.weekday}</Typography.Text>
        </>
      }
      extra={<Tag color={tag.color}>{day.holidayName ?? tag.label}</Tag>}
    >
      {!day.rostered ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本日尚未排班" />
      ) : (
        <Descriptions
          column={1}
          size="middle"
          styles={{ label: { width: 96 } }}
          items={[
            {
              key: 'leader',
              label: '带班领导',
              children: day.leader ? (
                <>
                  <Typography.Text strong style={{ marginRight: 12 }}>
                    {day.leader.name}
                  </Typography.Text>
                  <Phones phones={day.leader.phones} />
                </>
              ) : (
                <Typography.Text type="danger">未安排</Typography.Text>
              ),
            },
            {
              key: 'officers',
              label: '值班员',
              children:
                day.officers.length === 0 ? (
                  <Typography.Text type="danger">未安排</Typography.Text>
                ) : (
                  <div>
                    {day.officers.map((o) => (
                      <div key={o.name}>
                        <Typography.Text strong style={{ marginRight: 12 }}>
                          {o.name}
                        </Typography.Text>
                        <Phones phones={o.phones} />
                      </div>
                    ))}
                  </div>
                ),
            },
            ...day.others.map((r) => ({ key: r.role, label: r.role, children: r.people.map((p) => p.name).join('、') })),
          ]}
        />
      )}
    </Card>
  );
}
