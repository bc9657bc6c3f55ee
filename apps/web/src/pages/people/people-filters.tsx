import { Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPeopleStatus } from '../../api/types';
import { UnitSelect } from '../../components/unit-select';
import type { PeopleSearch } from '../../router-search';

type Props = { search: PeopleSearch; onChange: (patch: Partial<PeopleSearch>) => void };

export const PeopleFilters = ({ search, onChange }: Props) => {
  const { t } = useTranslation();
  const statusLabelId = useId();
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);

  useEffect(() => {
    const next = debounced.trim() || undefined;
    if (next !== search.q) onChange({ q: next, page: 1 });
  }, [debounced, search.q, onChange]);

  return (
    <Group gap="sm" align="flex-end" mb="md">
      <TextInput
        label={t('people.search')}
        placeholder={t('people.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        type="search"
        style={{ flex: '2 1 14rem' }}
      />
      <UnitSelect
        label={t('people.unitFilter')}
        placeholder={t('people.allUnits')}
        value={search.unitId ?? null}
        onChange={(unitId) => onChange({ unitId: unitId ?? undefined, page: 1 })}
        style={{ flex: '1 1 12rem' }}
      />
      <div>
        <Text id={statusLabelId} size="sm" fw={500} mb={2}>
          {t('people.statusFilter')}
        </Text>
        <SegmentedControl
          aria-labelledby={statusLabelId}
          value={search.status}
          onChange={(status) => onChange({ status: status as TPeopleStatus, page: 1 })}
          data={[
            { value: 'active', label: t('people.statusActivePlural') },
            { value: 'former', label: t('people.statusFormerPlural') },
            { value: 'all', label: t('people.statusAll') },
          ]}
        />
      </div>
    </Group>
  );
};
