import type { TSkillLabel } from '@inzetbaar/contracts';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkillSearch } from '../api';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: TSkillLabel | null;
  onChange: (skill: TSkillLabel | null) => void;
};

/** Finds a skill by its Dutch or English name (the organisation's own skills first, then ESCO). */
export const SkillPicker = ({ value, onChange, ...rest }: Props) => {
  const { t } = useTranslation('development');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 200);
  const found = useSkillSearch(q);
  const items = useMemo(() => {
    const list = [...(found.data?.items ?? [])];
    if (value && !list.some((s) => s.ref === value.ref)) list.unshift(value);
    return list;
  }, [found.data, value]);
  const data = items.map((s) => ({
    value: s.ref,
    label: s.labelLang === 'en' ? `${s.label} (${t('skills.englishOnly')})` : s.label,
  }));
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value?.ref ?? null}
      onChange={(ref) => onChange(items.find((s) => s.ref === ref) ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q ? t('skills.nothingFound') : t('skills.typeToSearch')}
      placeholder={t('skills.searchPlaceholder')}
      {...rest}
    />
  );
};
