import { InputNumber, type InputNumberProps } from 'antd';
import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '.';

type ValueType = string | number;

/** What antd's InputNumber ref is: the input, with the component's outer element beside it. */
type NumberInputRef = HTMLInputElement & { nativeElement: HTMLElement };

/**
 * antd's InputNumber with its step buttons named in the UI language. rc-input-number hard-codes their
 * aria-label as "Increase Value" / "Decrease Value" with no prop to change it, so a screen reader said
 * English in the middle of the Chinese UI (issue 20). The label is set on the rendered buttons after each
 * render; React leaves it alone afterwards because the library's own value never changes.
 */
export function NumberInput<T extends ValueType = number>(props: InputNumberProps<T>) {
  const { t } = useI18n();
  const ref = useRef<NumberInputRef>(null);
  const increase = t('number.increase');
  const decrease = t('number.decrease');
  useLayoutEffect(() => {
    const root = ref.current?.nativeElement;
    root?.querySelector('.ant-input-number-action-up')?.setAttribute('aria-label', increase);
    root?.querySelector('.ant-input-number-action-down')?.setAttribute('aria-label', decrease);
  });
  return <InputNumber<T> {...props} ref={ref} />;
}
