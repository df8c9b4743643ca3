import type { TableRowSelection } from 'antd/es/table/interface';
import type { MessageKey } from './messages';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Names for a table's selection boxes in the UI language. antd writes its own English aria-labels there
 * ("Select all", "Select row 3", "Row 3 selected") that no locale table changes; a screen reader reads
 * them in the middle of a Chinese page, and "row 3" says nothing about which matter. Each box is named
 * after its row instead (issue 20).
 */
export function selectionLabels<T>(t: Translate, rowName: (row: T) => string): Pick<TableRowSelection<T>, 'getCheckboxProps' | 'getTitleCheckboxProps'> {
  return {
    getCheckboxProps: (row) => ({ 'aria-label': t('table.selectRow', { name: rowName(row) }) }),
    getTitleCheckboxProps: () => ({ 'aria-label': t('table.selectAll') }),
  };
}
