import { CloseCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from './messages';

type Translate = (key: MessageKey) => string;

/**
 * `allowClear` for an antd Select with its clear button named in the UI language: given `true`, antd
 * passes no label and rc-select names the button "Clear" in English (issue 20). Same icon as antd's own.
 */
export function clearable(t: Translate): { clearIcon: ReactNode; label: string } {
  return { clearIcon: <CloseCircleFilled />, label: t('select.clear') };
}
