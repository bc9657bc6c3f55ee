import type { TPersonSummary } from '@inzetbaar/contracts';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/router-links';
import { ActiveBadge } from '../../components/status-badges';

/** The people list on a phone: one compact card per person instead of a wide table. */
export const PeopleCards = ({ people }: { people: TPersonSummary[] }) => {
  const { t } = useTranslation();
  return (
    <Stack
      gap={0}
      component="ul"
      aria-label={t('people.tableCaption')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {people.map((p) => (
        <li key={p.id} className="person-card">
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <RouterAnchor to="/medewerkers/$personId" params={{ personId: p.id }} fw={600}>
              {p.displayName}
            </RouterAnchor>
            <ActiveBadge isActive={p.isActive} />
          </Group>
          <Text size="sm" c="dimmed">
            {[p.employeeNumber, p.jobTitle, p.unitName].filter(Boolean).join(' · ')}
          </Text>
        </li>
      ))}
    </Stack>
  );
};
