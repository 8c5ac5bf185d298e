/** The Chinese application menu, as a plain template (no `electron` import: testable). */
export interface MenuDeps {
  dataDir: string;
  openPath: (p: string) => void;
  openLogs: () => void;
  about: () => void;
  /** 退出 asks for confirmation first (reminders stop). */
  quit: () => void;
}

type Role = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'reload' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen';

export interface MenuItem {
  label?: string;
  role?: Role;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

export function buildMenuTemplate(deps: MenuDeps): MenuItem[] {
  return [
    {
      label: '文件',
      submenu: [
        { label: '打开数据文件夹', click: () => deps.openPath(deps.dataDir) },
        { label: '打开日志目录', click: deps.openLogs },
        { type: 'separator' },
        { label: '退出', accelerator: 'CmdOrCtrl+Q', click: deps.quit },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '重新载入', role: 'reload' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        { label: '打开日志目录', click: deps.openLogs },
        { type: 'separator' },
        { label: '关于防汛值班台', click: deps.about },
      ],
    },
  ];
}
