import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import emotionHash from '@emotion/hash';
import * as antd from 'antd';
import { createElement as h, type ComponentType, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Plugin } from 'vite';
import { THEME } from './src/theme';

/**
 * The CSS variables antd gives its components under the app's theme, as the <style> tags antd would
 * otherwise insert while the first screen renders (issue 17: first screen on a slow PC).
 *
 * Even in zero-runtime mode (styles from the prebuilt antd.css) antd 6 writes each component's variables
 * — the theme's colours and sizes — into a <style> tag of their own the first time the component renders:
 * 16 tags on the queue screen, each a style recalculation of the page while React commits. Rendered here
 * once at build time with the same theme and the same variable class (THEME.cssVar.key), they are in the
 * page before any script runs; antd finds each tag by its hash with the same text and leaves it alone.
 * A component missing from SAMPLES still works: antd inserts its variables when it first renders.
 */
export function antdCssVarStyles(): string {
  const cache = createCache();
  const theme = (children: ReactNode) => h(StyleProvider, { cache }, h(antd.ConfigProvider, { theme: THEME }, children));
  for (const sample of SAMPLES) {
    // One render per sample: a component that cannot render outside a browser is skipped, not fatal.
    try {
      renderToString(theme(sample()));
    } catch {
      /* left to the browser */
    }
  }
  // Only the variables (token = the theme's, cssVar = each component's); the component rules themselves
  // are antd.css. extractStyle ends with an empty cache-path marker that only the 'style' type uses.
  const key = THEME.cssVar!.key!;
  const styles = extractStyle(cache, { types: ['token', 'cssVar'] }).replace(/<style[^>]*data-ant-cssinjs-cache-path[^>]*>[^<]*<\/style>/, '');
  // @ant-design/cssinjs 2.1 names the theme's tag differently when extracting (the token's hash) and when
  // inserting it in the browser (a hash of the variable class): named as the browser looks for it.
  const tokenTag = new RegExp(`data-css-hash="[^"]*">\\.${key}\\{`);
  if (!tokenTag.test(styles)) throw new Error('antd CSS variables: the theme\'s own tag was not found');
  return styles.replace(tokenTag, `data-css-hash="${hash(`css-var-${key}`)}">.${key}{`);
}

// The hash @ant-design/cssinjs names its tags with (a CommonJS module: its default export is one level down under Node).
const hash = ((emotionHash as unknown as { default?: typeof emotionHash }).default ?? emotionHash) as typeof emotionHash;

const { Typography, Layout, Table } = antd;
const el = (component: unknown, props: object = {}, ...children: ReactNode[]) => () => h(component as ComponentType, props, ...children);

/** One rendering of each antd component the app uses, with the parts that have variables of their own. */
const SAMPLES: (() => ReactNode)[] = [
  el(antd.App),
  el(Layout, {}, h(Layout.Sider, {}), h(Layout.Content, {})),
  el(Typography.Title, { level: 3 }, 'x'),
  el(Typography.Text, {}, 'x'),
  el(Typography.Paragraph, {}, 'x'),
  el(antd.Space, {}, 'x'),
  el(antd.Button, {}, 'x'),
  el(antd.Tag, {}, 'x'),
  el(antd.Badge, { count: 1 }, 'x'),
  el(antd.Tooltip, { title: 'x' }, h('span', {}, 'x')),
  el(antd.Menu, { mode: 'inline', items: [{ key: 'a', label: 'a' }] }),
  el(antd.Segmented, { options: ['a', 'b'] }),
  el(antd.Skeleton),
  el(antd.Statistic, { value: 1 }),
  el(antd.Card, { size: 'small' }, 'x'),
  el(antd.Alert, { title: 'x' }),
  el(antd.Spin),
  el(Table, { columns: [{ title: 'a', dataIndex: 'a' }], dataSource: [{ key: 1, a: 'a' }], pagination: { pageSize: 50 } }),
  el(Table, { columns: [{ title: 'a', dataIndex: 'a' }], dataSource: [] }),
  el(antd.Row, {}, h(antd.Col, { span: 12 })),
  el(antd.Input),
  el(antd.Input.TextArea),
  el(antd.InputNumber),
  el(antd.Select, { options: [] }),
  el(antd.AutoComplete),
  el(antd.Checkbox),
  el(antd.Radio.Group, { options: ['a'] }),
  el(antd.Switch),
  el(antd.DatePicker),
  el(antd.Form, {}, h(antd.Form.Item, { label: 'x' }, 'x')),
  el(antd.Empty),
  el(antd.List, { dataSource: ['a'], renderItem: (x: string) => h(antd.List.Item, {}, x) }),
  el(antd.Descriptions, { items: [{ label: 'a', children: 'a' }] }),
  el(antd.Tabs, { items: [{ key: 'a', label: 'a', children: 'a' }] }),
  el(antd.Progress, { percent: 1 }),
  el(antd.Result, { title: 'x' }),
  el(antd.Timeline, { items: [{ content: 'x' }] }),
  el(antd.Collapse, { items: [{ key: 'a', label: 'a', children: 'a' }] }),
  el(antd.Upload),
  el(antd.Pagination, { total: 100 }),
  el(antd.Breadcrumb, { items: [{ title: 'a' }] }),
  el(antd.Image, { src: 'data:,' }),
  // The notices (a start-up notification shows on the home screen), through antd's static panels.
  el(antd.notification._InternalPanelDoNotUseOrYouWillBeFired, { title: 'x' }),
  el(antd.message._InternalPanelDoNotUseOrYouWillBeFired, { content: 'x' }),
];

/**
 * The class antd adds to every component it renders under the app's theme (`css-` and a hash of antd's
 * version and the theme): the light first screen (renderer/src/lite/) draws antd's markup before antd
 * has loaded, so it writes the same class. Read from a server rendering of a Button, as the browser would get it.
 */
export function antdHashClass(): string {
  const html = renderToString(h(antd.ConfigProvider, { theme: THEME }, h(antd.Button, {}, 'x')));
  const found = /class="[^"]*\b(css-(?!var-)[a-z0-9]+)\b/.exec(html)?.[1];
  if (!found) throw new Error('antd hash class: not found in a rendered Button');
  return found;
}

/** `virtual:antd-hash`: antdHashClass() for the light first screen, computed once per build. */
export function antdHashModule(): Plugin {
  const id = 'virtual:antd-hash';
  return {
    name: 'review-desk-antd-hash',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) => (loaded === `\0${id}` ? `export default ${JSON.stringify(antdHashClass())};` : null),
  };
}

/** Writes antdCssVarStyles() into the head of index.html, ahead of every stylesheet as antd would put them. */
export function antdCssVars(): Plugin {
  return {
    name: 'review-desk-antd-css-vars',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    ${antdCssVarStyles()}`),
  };
}
