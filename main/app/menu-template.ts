import type { MenuItemConstructorOptions } from 'electron';

export const APP_TITLE = '合法性审查工作台';

export interface MenuActions {
  openLogsFolder(): void;
  showAbout(): void;
}

const editMenu: MenuItemConstructorOptions = {
  label: '编辑',
  submenu: [
    { role: 'undo', label: '撤销' },
    { role: 'redo', label: '重做' },
    { type: 'separator' },
    { role: 'cut', label: '剪切' },
    { role: 'copy', label: '复制' },
    { role: 'paste', label: '粘贴' },
    { role: 'selectAll', label: '全选' },
  ],
};

const viewMenu: MenuItemConstructorOptions = {
  label: '视图',
  submenu: [
    { role: 'reload', label: '重新加载' },
    { type: 'separator' },
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ],
};

/**
 * The menu in Chinese with the standard roles, so shortcuts work everywhere. macOS gets the app menu
 * (关于/隐藏/退出 live there by convention) and the Window menu the system fills with open windows;
 * elsewhere 退出 is under 文件. 帮助 → 打开日志文件夹 is where the error messages send people.
 */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '帮助',
    submenu: [
      { label: '打开日志文件夹', click: () => actions.openLogsFolder() },
      ...(platform === 'darwin' ? [] : [{ type: 'separator' as const }, { label: `关于${APP_TITLE}`, click: () => actions.showAbout() }]),
    ],
  };
  if (platform === 'darwin') {
    return [
      {
        label: APP_TITLE,
        submenu: [
          { label: `关于${APP_TITLE}`, click: () => actions.showAbout() },
          { type: 'separator' },
          { role: 'services', label: '服务' },
          { type: 'separator' },
          { role: 'hide', label: `隐藏${APP_TITLE}` },
          { role: 'hideOthers', label: '隐藏其他' },
          { role: 'unhide', label: '全部显示' },
          { type: 'separator' },
          { role: 'quit', label: `退出${APP_TITLE}` },
        ],
      },
      editMenu,
      viewMenu,
      {
        role: 'window',
        label: '窗口',
        submenu: [
          { role: 'minimize', label: '最小化' },
          { role: 'zoom', label: '缩放' },
          { type: 'separator' },
          { role: 'front', label: '前置全部窗口' },
        ],
      },
      help,
    ];
  }
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    editMenu,
    viewMenu,
    { label: '窗口', submenu: [{ role: 'minimize', label: '最小化' }, { role: 'close', label: '关闭' }] },
    help,
  ];
}
