import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople, usePersonIndex } from '../api/people';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string | null;
  onChange: (id: string | null) => void;
  excludeId?: string;
};

/** Picks a person by searching the server (the list may be long). */
export const PersonSelect = ({ value, onChange, excludeId, ...rest }: Props) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const people = usePeople({ q: debounced || undefined, status: 'active', page: 1, pageSize: 20 });

  // The current value may not be in this page of results: take its name from the list index.
  const index = usePersonIndex();

  const data = useMemo(() => {
    const items = (people.data?.items ?? [])
      .filter((p) => p.id !== excludeId)
      .map((p) => ({ value: p.id, label: `${p.displayName} (${p.employeeNumber})` }));
    if (value && !items.some((i) => i.value === value)) {
      const c = index.get(value);
      items.unshift({ value, label: c ? `${c.displayName} (${c.employeeNumber})` : t('person.unknown') });
    }
    return items;
  }, [people.data, excludeId, value, index, t]);

  return (
    <Select
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={people.isFetching ? t('common.loading') : t('common.nothingFound')}
      {...rest}
    />
  );
};
