import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnsIcon } from '../../caseload/icons';
import type { ColumnDef, ColumnId } from './columns';

interface ColumnsMenuProps {
  available: readonly ColumnDef[];
  visible: readonly ColumnId[];
  onChange: (next: ColumnId[]) => void;
}

/**
 * A panel of plain checkboxes: Tab moves between them, Space toggles, Escape closes and
 * returns focus to the button. The choice applies at once.
 */
export function ColumnsMenu({ available, visible, onChange }: ColumnsMenuProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const toggle = (id: ColumnId, on: boolean) => {
    const shown = new Set(visible);
    if (on) shown.add(id);
    else shown.delete(id);
    // Keep the table's own column order, whatever order the clicks came in.
    onChange(available.map((column) => column.id).filter((column) => shown.has(column)));
  };
  return (
    <Popover position="bottom-end" shadow="md" width={240} trapFocus returnFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<ColumnsIcon />} data-testid="columns-menu">
          {t('caseload.columnsMenu')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-labelledby={titleId} data-testid="columns-panel">
          <Text fz="sm" fw={600} id={titleId}>
            {t('caseload.columnsMenuLabel')}
          </Text>
          {available.map((column) => (
            <Checkbox
              key={column.id}
              label={t(`caseload.columns.${column.id}`)}
              checked={visible.includes(column.id)}
              onChange={(event) => toggle(column.id, event.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
