import { Button, Paper } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../api/me';
import { usePeople } from '../../api/people';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { RouterButton } from '../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { PATHS } from '../../lib/navigation';
import type { PeopleSearch } from '../../router-search';
import { ExportButtons } from './export-buttons';
import { NewPersonModal } from './new-person-modal';
import { PeopleCards } from './people-cards';
import { PeopleFilters } from './people-filters';
import { PeopleTable } from './people-table';

export const PeopleListPage = () => {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/medewerkers' });
  const navigate = useNavigate({ from: '/medewerkers' });
  const me = useMe();
  const isHr = hasRole(me.data, 'hr');
  const [isNewOpen, newModal] = useDisclosure(false);
  // Bumped on "clear filters" so the search box forgets its own text too.
  const [filtersKey, setFiltersKey] = useState(0);
  const people = usePeople(search);
  const isPhone = useMediaQuery('(max-width: 48em)');

  const update = useCallback(
    (patch: Partial<PeopleSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true }),
    [navigate],
  );
  const { page: _page, ...filter } = search;
  const isFiltered = !!(search.q || search.unitId || search.status !== 'active');

  return (
    <>
      <PageHeader
        title={t('people.title')}
        description={isHr ? t('people.description') : t('people.descriptionUnits')}
        actions={
          <>
            {isHr ? <ExportButtons filter={filter} /> : null}
            {isHr ? (
              <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={newModal.open}>
                {t('people.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <PeopleFilters key={filtersKey} search={search} onChange={update} />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {people.isPending ? (
          <LoadingState />
        ) : people.isError ? (
          <ErrorState error={people.error} onRetry={() => void people.refetch()} />
        ) : people.data.items.length === 0 ? (
          isFiltered ? (
            <EmptyState
              title={t('people.emptyFiltered')}
              description={t('people.emptyFilteredHint')}
              action={
                <Button
                  variant="default"
                  onClick={() => {
                    setFiltersKey((k) => k + 1);
                    update({ q: undefined, unitId: undefined, status: 'active', page: 1 });
                  }}
                >
                  {t('common.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              title={t('people.empty')}
              description={isHr ? t('people.emptyHint') : undefined}
              action={
                isHr ? (
                  <>
                    <Button onClick={newModal.open}>{t('people.new')}</Button>
                    <RouterButton to={PATHS.import} variant="default">
                      {t('nav.import')}
                    </RouterButton>
                  </>
                ) : null
              }
            />
          )
        ) : (
          <>
            {isPhone ? (
              <PeopleCards people={people.data.items} />
            ) : (
              <PeopleTable people={people.data.items} />
            )}
            <PaginationBar
              page={people.data.page}
              pageSize={people.data.pageSize}
              total={people.data.total}
              onChange={(page) => update({ page })}
            />
          </>
        )}
      </Paper>
      <NewPersonModal opened={isNewOpen} onClose={newModal.close} />
    </>
  );
};
