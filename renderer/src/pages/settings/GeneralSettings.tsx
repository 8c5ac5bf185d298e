import { useEffect } from 'react';
import { App, Button, Descriptions, Form, Input, Switch } from 'antd';
import type { SystemStatus } from '../../../../shared/contract/index';
import { isTimeOfDay } from '../../../../shared/time/civil';
import { normalizePhone } from '../../../../shared/phone';
import { useApi, useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';
import { ChooseDataFolder } from '../../components/ChooseDataFolder';
import { ClearSampleData } from '../../components/ClearSampleData';

interface Values {
  orgName: string;
  dutyPhone: string;
  shiftChange: string;
  autoStart: boolean;
}

/** The desktop app has the preload bridge; the browser host does not. */
const isDesktop = typeof window !== 'undefined' && window.api !== undefined;

export function GeneralSettings({ status }: { status: SystemStatus }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const settings = useApi('settings.get', {});
  const save = useApiMutation('settings.update');
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  const onFinish = (v: Values) => {
    const phone = v.dutyPhone.trim() ? normalizePhone(v.dutyPhone) : null;
    save.mutate(
      { ...v, dutyPhone: phone && phone.ok ? phone.value : v.dutyPhone.trim() },
      {
        onSuccess: () => void message.success('设置已保存'),
        onError: (e: ApiCallError) => {
          if (e.field) form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
          else void message.error(e.message);
        },
      },
    );
  };

  return (
    <div style={{ maxWidth: 640 }}>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="单位名称" name="orgName" extra="用于打印的值班表、公示表标题，如“**市应急管理局”" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          label="值班电话"
          name="dutyPhone"
          rules={[
            {
              validator: async (_r, v: string | undefined) => {
                if (!v || !v.trim()) return;
                const r = normalizePhone(v);
                if (!r.ok) throw new Error(r.message);
              },
            },
          ]}
        >
          <Input maxLength={40} placeholder="如 0551-62881234" />
        </Form.Item>
        <Form.Item
          label="交接班时间"
          name="shiftChange"
          extra="值班日从此时刻起算至次日同一时刻"
          rules={[{ validator: async (_r, v: string) => void (isTimeOfDay(v) || Promise.reject(new Error('应为 HH:mm，如 08:30'))) }]}
        >
          <Input style={{ width: 120 }} maxLength={5} />
        </Form.Item>
        <Form.Item
          label="开机自动启动"
          name="autoStart"
          valuePropName="checked"
          extra={isDesktop ? '开机后在系统托盘中运行，保证提醒不中断' : '仅桌面版有效（浏览器版由您自行启动）'}
        >
          <Switch disabled={!isDesktop} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存设置
        </Button>
      </Form>
      <Descriptions
        title="数据位置"
        column={1}
        size="small"
        style={{ marginTop: 32 }}
        bordered
        items={[
          { key: 'dir', label: '数据文件夹', children: status.dataDir },
          { key: 'db', label: '数据文件', children: status.dbPath },
          { key: 'backup', label: '备份文件夹', children: status.backupDir },
          { key: 'version', label: '程序版本', children: `${status.appVersion}（数据版本 ${status.schemaVersion}）` },
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <ChooseDataFolder available={status.desktop.chooseDataFolder} />
      </div>
      <ClearSampleData sampleData={status.sampleData} />
    </div>
  );
}
