import DoubleLeftOutlined from '@ant-design/icons-svg/es/asn/DoubleLeftOutlined';
import DoubleRightOutlined from '@ant-design/icons-svg/es/asn/DoubleRightOutlined';
import DownOutlined from '@ant-design/icons-svg/es/asn/DownOutlined';
import EllipsisOutlined from '@ant-design/icons-svg/es/asn/EllipsisOutlined';
import LeftOutlined from '@ant-design/icons-svg/es/asn/LeftOutlined';
import RightOutlined from '@ant-design/icons-svg/es/asn/RightOutlined';
import type { KeyboardEvent } from 'react';
import { cx, HASH, VARS } from './antd-classes';
import { LiteIcon } from './icon';

/** antd's Pagination words, as its locale (rc-pagination's) has them. */
export interface PagerWords {
  prev: string;
  next: string;
  next5: string;
  prev5: string;
  perPage: string;
  pageSize: string;
}

export const PAGER_WORDS: Record<'zh-CN' | 'en-US', PagerWords> = {
  'zh-CN': { prev: '上一页', next: '下一页', next5: '向后 5 页', prev5: '向前 5 页', perPage: '条/页', pageSize: '页码' },
  'en-US': { prev: 'Previous Page', next: 'Next Page', next5: 'Next 5 Pages', prev5: 'Previous 5 Pages', perPage: '/ page', pageSize: 'Page Size' },
};

/** The pages rc-pagination lists around `current` (its default, not showLessItems): numbers, and the jumps of five. */
function pageList(current: number, pages: number): (number | 'jump-prev' | 'jump-next')[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  let left = Math.max(1, current - 2);
  let right = Math.min(current + 2, pages);
  if (current - 1 <= 2) right = 5;
  if (pages - current <= 2) left = pages - 4;
  const jumpPrev = current - 1 >= 4 && current !== 3;
  const jumpNext = pages - current >= 4 && current !== pages - 2;
  if (jumpPrev && right !== pages) left += 1;
  if (jumpNext && left !== 1) right -= 1;
  const list: (number | 'jump-prev' | 'jump-next')[] = [];
  for (let i = left; i <= right; i++) list.push(i);
  if (jumpPrev) list.unshift('jump-prev');
  if (jumpNext) list.push('jump-next');
  if (left !== 1) list.unshift(1);
  if (right !== pages) list.push(pages);
  return list;
}

/** Runs `fn` on Enter, as rc-pagination's items do. */
const onEnter = (fn: () => void) => (event: KeyboardEvent<HTMLLIElement>) => {
  if (event.key === 'Enter') fn();
};

/**
 * antd's small Pagination as the queue table and the reminders list draw it, for the light first screen
 * (issue 17), on any page and working: the page numbers rc-pagination shows (all of them up to seven pages,
 * else the ones around the current page, jumps of five and the first and last), prev/next, and — past 50 rows,
 * as antd does by default — the closed page-size picker (antd's own once antd has loaded). `leading` /
 * `trailing`: the classes the table or list adds, in the place antd puts them.
 */
export function LitePagination(props: {
  total: number;
  pageSize: number;
  current: number;
  onChange(page: number): void;
  totalText?: string;
  leading?: string;
  trailing?: string;
  sizeChanger: boolean;
  words: PagerWords;
}) {
  const { total, pageSize, totalText, words, onChange } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.max(1, Math.min(props.current, pages));
  const go = (page: number) => {
    const to = Math.max(1, Math.min(page, pages));
    if (to !== current) onChange(to);
  };
  const list = pageList(current, pages);
  const item = (n: number, at: number) => (
    <li
      key={n}
      title={String(n)}
      className={cx(
        'ant-pagination-item',
        `ant-pagination-item-${n}`,
        n === current && 'ant-pagination-item-active',
        list[at - 1] === 'jump-prev' && 'ant-pagination-item-after-jump-prev',
        list[at + 1] === 'jump-next' && 'ant-pagination-item-before-jump-next',
      )}
      tabIndex={0}
      onClick={() => go(n)}
      onKeyDown={onEnter(() => go(n))}
    >
      <a rel="nofollow">{n}</a>
    </li>
  );
  const jump = (kind: 'prev' | 'next') => {
    const to = kind === 'prev' ? current - 5 : current + 5;
    return (
      <li key={kind} title={kind === 'prev' ? words.prev5 : words.next5} tabIndex={0} className={`ant-pagination-jump-${kind} ant-pagination-jump-${kind}-custom-icon`} onClick={() => go(to)} onKeyDown={onEnter(() => go(to))}>
        <a className="ant-pagination-item-link">
          <div className="ant-pagination-item-container">
            <LiteIcon icon={kind === 'prev' ? DoubleLeftOutlined : DoubleRightOutlined} className="ant-pagination-item-link-icon" />
            <span className="ant-pagination-item-ellipsis">
              <LiteIcon icon={EllipsisOutlined} />
            </span>
          </div>
        </a>
      </li>
    );
  };
  const step = (kind: 'prev' | 'next') => {
    const disabled = kind === 'prev' ? current === 1 : current === pages;
    const to = kind === 'prev' ? current - 1 : current + 1;
    return (
      <li
        title={kind === 'prev' ? words.prev : words.next}
        tabIndex={disabled ? undefined : 0}
        className={cx(`ant-pagination-${kind}`, disabled && 'ant-pagination-disabled')}
        aria-disabled={disabled}
        onClick={() => go(to)}
        onKeyDown={onEnter(() => go(to))}
      >
        <button className="ant-pagination-item-link" type="button" tabIndex={-1} disabled={disabled}>
          <LiteIcon icon={kind === 'prev' ? LeftOutlined : RightOutlined} />
        </button>
      </li>
    );
  };
  return (
    <ul className={cx('ant-pagination', props.leading, 'ant-pagination-small ant-pagination-mini', props.trailing, HASH, VARS)}>
      {totalText !== undefined && <li className="ant-pagination-total-text">{totalText}</li>}
      {step('prev')}
      {list.map((n, at) => (n === 'jump-prev' ? jump('prev') : n === 'jump-next' ? jump('next') : item(n, at)))}
      {step('next')}
      {props.sizeChanger && (
        <li className="ant-pagination-options">
          <div
            className={cx(
              'ant-select ant-select-sm ant-select-outlined ant-pagination-options-size-changer-select ant-pagination-options-size-changer',
              VARS,
              'ant-select-css-var',
              HASH,
              'ant-select-single ant-select-show-arrow ant-select-show-search',
            )}
          >
            <div className="ant-select-content ant-select-content-has-value" title={`${pageSize} ${words.perPage}`}>
              {`${pageSize} ${words.perPage}`}
              <input aria-label={words.pageSize} autoComplete="new-password" className="ant-select-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-autocomplete="list" type="text" defaultValue="" />
            </div>
            <div className="ant-select-suffix">
              <LiteIcon icon={DownOutlined} />
            </div>
          </div>
        </li>
      )}
    </ul>
  );
}
