import type { IconDefinition } from '@ant-design/icons-svg/lib/types';
import { createElement, type ReactNode } from 'react';

/** One node of an icon's SVG as @ant-design/icons-svg describes it. */
interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  children?: SvgNode[];
}

const node = (n: SvgNode, key?: number): ReactNode => createElement(n.tag, { key, ...n.attrs }, n.children?.map(node));

/**
 * An antd icon drawn from its SVG definition: the markup @ant-design/icons renders (span.anticon + svg),
 * without its component (issue 17, first screen: the icon component pulls rc utilities and inserts its own
 * style tag). Used by the light first screen and by the sider menu, which show the same icons.
 */
export function LiteIcon({ icon, className }: { icon: IconDefinition; className?: string }) {
  const svg = icon.icon as SvgNode;
  return (
    <span role="img" aria-label={icon.name} className={`anticon anticon-${icon.name}${className ? ` ${className}` : ''}`}>
      <svg {...svg.attrs} data-icon={icon.name} width="1em" height="1em" fill="currentColor" aria-hidden="true">
        {svg.children?.map(node)}
      </svg>
    </span>
  );
}
