import type { KeyboardEvent, ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';
import { THEME } from './theme';

export interface NavItem {
  key: string;
  icon: ReactElement<{ className?: string }>;
  label: ReactNode;
  onMouseEnter?: () => void;
}

/**
 * The unfolded sider menu as antd's menu markup drawn directly (antd.css styles it exactly as antd's Menu):
 * issue 17, first screen on a slow PC. antd's Menu builds, for each of its fifteen items, a tooltip with its
 * trigger, an overflow wrapper and motion — work for the folded menu's tooltips that an unfolded menu never
 * shows. The folded menu (icons only) is still antd's Menu, with its tooltips (App.tsx).
 * Keyboard as antd's: the list is one tab stop; ↑/↓ (Home/End) move between items, Enter opens one.
 */
export function NavMenu({ items, selected, onOpen }: { items: NavItem[]; selected: string; onOpen(key: string): void }) {
  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...event.currentTarget.querySelectorAll<HTMLLIElement>(':scope > li')];
    const at = entries.indexOf(document.activeElement as HTMLLIElement);
    const next = { ArrowDown: at + 1, ArrowUp: at < 0 ? entries.length - 1 : at - 1, Home: 0, End: entries.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    entries[(next + entries.length) % entries.length]?.focus();
  };
  return (
    <ul className={`ant-menu ant-menu-root ant-menu-inline ant-menu-light ${THEME.cssVar!.key} ant-menu-css-var`} role="menu" tabIndex={0} data-menu-list="true" onKeyDown={move}>
      {items.map((item) => (
        <li
          key={item.key}
          className={`ant-menu-item${item.key === selected ? ' ant-menu-item-selected' : ''}`}
          role="menuitem"
          tabIndex={-1}
          style={{ paddingLeft: 24 }}
          onMouseEnter={item.onMouseEnter}
          onClick={() => onOpen(item.key)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onOpen(item.key);
          }}
        >
          {cloneElement(item.icon, { className: 'ant-menu-item-icon' })}
          <span className="ant-menu-title-content">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
