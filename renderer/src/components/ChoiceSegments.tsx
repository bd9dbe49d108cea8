import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { homeEndChoice } from './segment-keys';

type Props = Omit<SegmentedControlProps, 'data' | 'onChange'> & {
  data: { value: string; label: string }[];
  onChange: (value: string) => void;
};

/** A segmented choice that also answers Home and End, as a radio group should. */
export function ChoiceSegments({ data, onChange, onKeyDown, ...rest }: Props) {
  const handleKey = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const next = homeEndChoice(
      event.key,
      data.map((item) => item.value),
    );
    if (next === null) return;
    event.preventDefault();
    onChange(next);
    const input = Array.from(event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (candidate) => candidate.value === next,
    );
    input?.focus();
  };
  return <SegmentedControl {...rest} data={data} onChange={onChange} onKeyDown={handleKey} />;
}
