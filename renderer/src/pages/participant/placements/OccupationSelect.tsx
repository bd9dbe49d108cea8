import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findOccupation, occupations, type Occupation } from '../../../../../electron/domain/occupations';
import { searchOccupations } from '../../../../../electron/domain/occupations/search';

/** Options the dropdown shows: the right job is within the first five for common names (see the unit test). */
const SHOWN = 8;

export function occupationLabel(o: Occupation, language: string): string {
  return language === 'en' ? `${o.en} · ${o.he} (${o.code})` : `${o.he} · ${o.en} (${o.code})`;
}

export function occupationName(code: string | null, language: string): string | null {
  const o = code ? findOccupation(code) : undefined;
  if (!o) return code;
  return language === 'en' ? o.en : o.he;
}

/**
 * The ISCO-08 list as a searchable select. The ranking is the domain's search (Hebrew folding,
 * job names people say, both genders, English, a code), not Mantine's substring filter, so
 * typing 'מזכ' puts the secretaries first.
 */
export function OccupationSelect(props: Omit<SelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () => occupations.map((o) => ({ value: o.code, label: occupationLabel(o, i18n.language) })),
    [i18n.language],
  );
  const filter = useMemo<OptionsFilter>(() => {
    const byCode = new Map(data.map((item) => [item.value, item]));
    return ({ search, limit }) =>
      searchOccupations(search, limit ?? SHOWN)
        .map((hit) => byCode.get(hit.occupation.code))
        .filter((item): item is ComboboxItem => item !== undefined);
  }, [data]);
  return (
    <Select
      {...props}
      data={data}
      filter={filter}
      searchable
      limit={SHOWN}
      nothingFoundMessage={t('placements.occupationNothing')}
      placeholder={t('placements.occupationPlaceholder')}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
