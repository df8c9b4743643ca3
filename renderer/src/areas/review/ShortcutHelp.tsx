import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n';

const SHORTCUTS: [string, MessageKey][] = [
  ['↑ / ↓, k / j', 'review.keys.move'],
  ['1 / 2 / 3', 'review.keys.status'],
  ['Enter / o', 'review.keys.editor'],
  ['Ctrl+Enter', 'review.keys.save'],
  ['Esc', 'review.keys.close'],
  ['Alt+↑ / Alt+↓', 'review.keys.reorder'],
  ['a / d', 'findings.keys'],
  ['?', 'review.keys.help'],
];

/** The workspace's keyboard shortcuts, listed in a popover (also opened with ?). */
export function ShortcutHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useI18n();
  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      trigger="click"
      placement="bottomRight"
      title={t('review.keys.title')}
      content={
        <table className="rd-keys">
          <tbody>
            {SHORTCUTS.map(([keys, label]) => (
              <tr key={label}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Button size="small" icon={<QuestionCircleOutlined />} aria-keyshortcuts="?">
        {t('review.keys.button')}
      </Button>
    </Popover>
  );
}
