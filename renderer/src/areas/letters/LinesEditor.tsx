import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, type InputRef } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n';

interface Props {
  /** Names the list for screen readers, e.g. 附件. */
  label: string;
  value: string[];
  onChange(next: string[]): void;
  placeholder?: string;
}

/**
 * An editable list of one-line entries, usable from the keyboard: Enter adds a line below,
 * Backspace on an empty line removes it, the arrow keys move between lines.
 */
export function LinesEditor({ label, value, onChange, placeholder }: Props) {
  const { t } = useI18n();
  const inputs = useRef<(InputRef | null)[]>([]);
  const [focusAt, setFocusAt] = useState<number | null>(null);

  useEffect(() => {
    if (focusAt === null) return;
    inputs.current[focusAt]?.focus();
    setFocusAt(null);
  }, [focusAt, value]);

  const insertAfter = (i: number) => {
    onChange([...value.slice(0, i + 1), '', ...value.slice(i + 1)]);
    setFocusAt(i + 1);
  };
  const removeAt = (i: number) => {
    onChange(value.filter((_, j) => j !== i));
    setFocusAt(value.length > 1 ? Math.max(0, i - 1) : null);
  };
  const onKeyDown = (i: number, e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      insertAfter(i);
    } else if (e.key === 'Backspace' && value[i] === '') {
      e.preventDefault();
      removeAt(i);
    } else if (e.key === 'ArrowUp' && i > 0) {
      e.preventDefault();
      setFocusAt(i - 1);
    } else if (e.key === 'ArrowDown' && i < value.length - 1) {
      e.preventDefault();
      setFocusAt(i + 1);
    }
  };

  return (
    <div role="group" aria-label={label}>
      {value.map((line, i) => (
        <div className="lines-editor-row" key={i}>
          <Input
            ref={(el) => {
              inputs.current[i] = el;
            }}
            aria-label={`${label} ${t('letters.lines.item', { n: i + 1 })}`}
            value={line}
            placeholder={placeholder}
            maxLength={200}
            onChange={(e) => onChange(value.map((l, j) => (j === i ? e.target.value : l)))}
            onKeyDown={(e) => onKeyDown(i, e)}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={`${label} ${t('letters.lines.remove', { n: i + 1 })}`}
            onClick={() => removeAt(i)}
          />
        </div>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => insertAfter(value.length - 1)}>
        {t('letters.lines.add')}
      </Button>
    </div>
  );
}
