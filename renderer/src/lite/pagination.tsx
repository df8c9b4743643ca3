import DoubleRightOutlined from '@ant-design/icons-svg/es/asn/DoubleRightOutlined';
import DownOutlined from '@ant-design/icons-svg/es/asn/DownOutlined';
import EllipsisOutlined from '@ant-design/icons-svg/es/asn/EllipsisOutlined';
import LeftOutlined from '@ant-design/icons-svg/es/asn/LeftOutlined';
import RightOutlined from '@ant-design/icons-svg/es/asn/RightOutlined';
import { cx, HASH, VARS } from './antd-classes';
import { LiteIcon } from './icon';

/** antd's Pagination words, as its locale (rc-pagination's) has them. */
export interface PagerWords {
  prev: string;
  next: string;
  next5: string;
  perPage: string;
  pageSize: string;
}

export const PAGER_WORDS: Record<'zh-CN' | 'en-US', PagerWords> = {
  'zh-CN': { prev: '上一页', next: '下一页', next5: '向后 5 页', perPage: '条/页', pageSize: '页码' },
  'en-US': { prev: 'Previous Page', next: 'Next Page', next5: 'Next 5 Pages', perPage: '/ page', pageSize: 'Page Size' },
};

/**
 * antd's small Pagination on its first page, as the queue table and the reminders list draw it, for the
 * light first screen (issue 17): the page numbers rc-pagination shows there (all of them up to seven pages,
 * else 1–5, a jump of five and the last), and — past 50 rows, as antd does by default — the closed page-size
 * picker. `className`: the classes the table or list adds, in the place antd puts them.
 */
export function FirstPagePagination(props: { total: number; pageSize: number; totalText?: string; leading?: string; trailing?: string; sizeChanger: boolean; words: PagerWords }) {
  const { total, pageSize, totalText, words } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const shown = pages <= 7 ? Array.from({ length: pages }, (_, i) => i + 1) : [1, 2, 3, 4, 5];
  const item = (n: number, beforeJump = false) => (
    <li key={n} title={String(n)} className={cx('ant-pagination-item', `ant-pagination-item-${n}`, n === 1 && 'ant-pagination-item-active', beforeJump && 'ant-pagination-item-before-jump-next')} tabIndex={0}>
      <a rel="nofollow">{n}</a>
    </li>
  );
  return (
    <ul className={cx('ant-pagination', props.leading, 'ant-pagination-small ant-pagination-mini', props.trailing, HASH, VARS)}>
      {totalText !== undefined && <li className="ant-pagination-total-text">{totalText}</li>}
      <li title={words.prev} className="ant-pagination-prev ant-pagination-disabled" aria-disabled="true">
        <button className="ant-pagination-item-link" type="button" tabIndex={-1} disabled>
          <LiteIcon icon={LeftOutlined} />
        </button>
      </li>
      {shown.map((n) => item(n, pages > 7 && n === 5))}
      {pages > 7 && (
        <li title={words.next5} tabIndex={0} className="ant-pagination-jump-next ant-pagination-jump-next-custom-icon">
          <a className="ant-pagination-item-link">
            <div className="ant-pagination-item-container">
              <LiteIcon icon={DoubleRightOutlined} className="ant-pagination-item-link-icon" />
              <span className="ant-pagination-item-ellipsis">
                <LiteIcon icon={EllipsisOutlined} />
              </span>
            </div>
          </a>
        </li>
      )}
      {pages > 7 && item(pages)}
      {pages === 1 ? (
        <li title={words.next} className="ant-pagination-next ant-pagination-disabled" aria-disabled="true">
          <button className="ant-pagination-item-link" type="button" tabIndex={-1} disabled>
            <LiteIcon icon={RightOutlined} />
          </button>
        </li>
      ) : (
        <li title={words.next} tabIndex={0} className="ant-pagination-next" aria-disabled="false">
          <button className="ant-pagination-item-link" type="button" tabIndex={-1}>
            <LiteIcon icon={RightOutlined} />
          </button>
        </li>
      )}
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
