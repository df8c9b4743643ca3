import type { IconDefinition } from '@ant-design/icons-svg/lib/types';
import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import ExclamationCircleFilled from '@ant-design/icons-svg/es/asn/ExclamationCircleFilled';
import InfoCircleFilled from '@ant-design/icons-svg/es/asn/InfoCircleFilled';
import { Children, type CSSProperties, type ReactNode } from 'react';
import { cx, HASH, VARS } from './antd-classes';
import { LiteIcon } from './icon';

/*
 * antd's markup for the parts the first screen shows, without antd (issue 17: first screen on a slow PC).
 * Each renders the elements, classes and inline styles antd 6 renders for the props the app uses — no
 * more: the screen that shows them is replaced by the real one as soon as antd has loaded
 * (lite-screen.tsx), and a test compares the two (tests/e2e/lite-screen.test.ts).
 */

const themed = (...names: (string | false | undefined)[]) => cx(...names, HASH, VARS);

export function Title({ level, children, style }: { level: 3 | 5; children: ReactNode; style?: CSSProperties }) {
  const H = `h${level}` as const;
  return <H className={themed('ant-typography')} style={style}>{children}</H>;
}

export function Text({ secondary, strong, children, style, testId }: { secondary?: boolean; strong?: boolean; children: ReactNode; style?: CSSProperties; testId?: string }) {
  return (
    <span data-testid={testId} className={themed('ant-typography', secondary && 'ant-typography-secondary')} style={style}>
      {strong ? <strong>{children}</strong> : children}
    </span>
  );
}

/** antd's Space: a flex box with one `ant-space-item` per child (empty children keep their item). */
export function Space({ size, vertical, align, wrap, style, children }: { size: number | 'small' | 'middle'; vertical?: boolean; align?: 'center' | 'baseline'; wrap?: boolean; style?: CSSProperties; children: ReactNode }) {
  const named = typeof size === 'string';
  const className = cx(
    'ant-space',
    HASH,
    vertical ? 'ant-space-vertical' : 'ant-space-horizontal',
    !vertical && `ant-space-align-${align ?? 'center'}`,
    named && `ant-space-gap-row-${size} ant-space-gap-col-${size}`,
    VARS,
  );
  const boxStyle: CSSProperties = { ...(wrap ? { flexWrap: 'wrap' } : {}), ...(named ? {} : { gap: size }), ...style };
  return (
    <div className={className} style={boxStyle}>
      {Children.toArray(children).length === 0 ? null : flatItems(children)}
    </div>
  );
}

/** Space's items: antd keeps an item for a child that renders nothing (a component returning null), not for null itself. */
function flatItems(children: ReactNode) {
  return (Array.isArray(children) ? children : [children]).filter((c) => c !== null && c !== undefined && c !== false).map((c, i) => (
    <div key={i} className="ant-space-item">
      {c}
    </div>
  ));
}

export function Tag({ color, children, deadline }: { color?: string; children: ReactNode; deadline?: string }) {
  return (
    <span data-deadline={deadline} className={themed('ant-tag', 'ant-tag-filled', color && `ant-tag-${color}`)}>
      {children}
    </span>
  );
}

export function Card({ title, children, testId }: { title?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId} className={themed('ant-card', 'ant-card-bordered', 'ant-card-small')}>
      {title !== undefined && (
        <div className="ant-card-head">
          <div className="ant-card-head-wrapper">
            <div className="ant-card-head-title">{title}</div>
          </div>
        </div>
      )}
      <div className="ant-card-body">{children}</div>
    </div>
  );
}

const ALERT_ICONS: Record<'info' | 'warning' | 'error', IconDefinition> = { info: InfoCircleFilled, warning: ExclamationCircleFilled, error: CloseCircleFilled };

/** antd's Alert with showIcon (the home screen's banners); antd puts the variable class before the hash here. */
export function Alert({ type, title, description, action, testId }: { type: 'info' | 'warning' | 'error'; title: ReactNode; description?: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <div data-show="true" className={cx('ant-alert', `ant-alert-${type}`, 'ant-alert-outlined', description !== undefined && 'ant-alert-with-description', VARS, HASH)} role="alert" data-testid={testId}>
      <span className="ant-alert-icon">
        <LiteIcon icon={ALERT_ICONS[type]} />
      </span>
      <div className="ant-alert-section">
        <div className="ant-alert-title">{title}</div>
        {description !== undefined && <div className="ant-alert-description">{description}</div>}
      </div>
      {action !== undefined && <div className="ant-alert-actions">{action}</div>}
    </div>
  );
}

/** antd's Button with an href (a link drawn as a button). */
export function LinkButton({ href, small, children }: { href: string; small?: boolean; children: ReactNode }) {
  return (
    <a href={href} className={cx('ant-btn', HASH, VARS, 'ant-btn-default ant-btn-color-default ant-btn-variant-outlined', small && 'ant-btn-sm')} tabIndex={0} aria-disabled="false">
      <span>{children}</span>
    </a>
  );
}

/** antd's small type="link" Button with an icon. */
export function IconLinkButton({ icon, children, onClick }: { icon: IconDefinition; children: ReactNode; onClick?: () => void }) {
  return (
    <button type="button" className={cx('ant-btn', HASH, VARS, 'ant-btn-link ant-btn-color-link ant-btn-variant-link ant-btn-sm')} onClick={onClick}>
      <span className="ant-btn-icon">
        <LiteIcon icon={icon} />
      </span>
      <span>{children}</span>
    </button>
  );
}

/** antd's Spin around content, not spinning. */
export function SpinBox({ children }: { children: ReactNode }) {
  return (
    <div className={themed('ant-spin')} aria-live="polite" aria-busy="false">
      <div className="ant-spin-container">{children}</div>
    </div>
  );
}

export function Statistic({ title, value, color }: { title: string; value: number; color: string }) {
  return (
    <div className={themed('ant-statistic')}>
      <div className="ant-statistic-header">
        <div className="ant-statistic-title">{title}</div>
      </div>
      <div className="ant-statistic-content" style={{ color }}>
        <span className="ant-statistic-content-value">
          <span className="ant-statistic-content-value-int">{value}</span>
        </span>
      </div>
    </div>
  );
}
