import { NumberInput, type NumberInputProps } from '@mantine/core';

/**
 * A TCP port as staff type it: whole digits only, no separators, left to right in Hebrew too,
 * and an out-of-range number left as typed so the form's rule can say what is wrong.
 */
export function PortInput(props: NumberInputProps) {
  return (
    <NumberInput
      min={1}
      max={65535}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={false}
      clampBehavior="none"
      dir="ltr"
      {...props}
    />
  );
}
