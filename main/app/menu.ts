import { Menu } from 'electron';
import { menuTemplate, type MenuActions } from './menu-template.js';

export { APP_TITLE } from './menu-template.js';

export function setupMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, actions)));
}
