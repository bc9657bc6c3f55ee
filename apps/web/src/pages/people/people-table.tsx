import type { TPersonSummary } from '@inzetbaar/contracts';
import { Table } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/router-links';
import { ActiveBadge } from '../../components/status-badges';

export const PeopleTable = ({ people }: { people: TPersonSummary[] }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (personId: string) => void navigate({ to: '/medewerkers/$personId', params: { personId } });
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Caption className="sr-only">{t('people.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.employeeNumber')}</Table.Th>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.jobTitle')}</Table.Th>
            <Table.Th scope="col">{t('fields.unit')}</Table.Th>
            <Table.Th scope="col">{t('fields.email')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            // The name is the keyboard route to the person; the row click is a mouse shortcut.
            <Table.Tr key={p.id} className="clickable-row" onClick={() => open(p.id)}>
              <Table.Td>{p.employeeNumber}</Table.Td>
              <Table.Td>
                <RouterAnchor
                  to="/medewerkers/$personId"
                  params={{ personId: p.id }}
                  fw={500}
                  onClick={(e) => e.stopPropagation()}
                >
                  {p.displayName}
                </RouterAnchor>
              </Table.Td>
              <Table.Td>{p.jobTitle ?? ''}</Table.Td>
              <Table.Td>{p.unitName ?? ''}</Table.Td>
              <Table.Td>{p.email ?? ''}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ActiveBadge isActive={p.isActive} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
