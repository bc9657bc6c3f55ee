import type { TPerson } from '@inzetbaar/contracts';
import { ActionIcon, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/units';
import { PersonName } from '../../components/person-name';
import { formatDate, formatNumber } from '../../lib/format';
import { EmploymentModal } from './employment-modal';

type Props = { person: TPerson; canEdit: boolean; defaultHours: number };

export const EmploymentsSection = ({ person, canEdit, defaultHours }: Props) => {
  const { t } = useTranslation();
  const units = useUnits();
  const unitName = (id: string | null) => (id ? (units.data?.find((u) => u.id === id)?.name ?? '') : '');
  // 'new', an employment id, or null (closed). Look the record up fresh so a reload shows the new version.
  const [editing, setEditing] = useState<string | null>(null);
  const employment = person.employments.find((e) => e.id === editing) ?? null;
  const sorted = [...person.employments].sort((a, b) => b.startDate.localeCompare(a.startDate));

  return (
    <>
      {canEdit ? (
        <Group justify="flex-end" mb="sm">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('employment.add')}
          </Button>
        </Group>
      ) : null}
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('employment.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Caption className="sr-only">{t('employment.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.jobTitle')}</Table.Th>
                <Table.Th scope="col">{t('fields.unit')}</Table.Th>
                <Table.Th scope="col">{t('fields.hoursPerWeekShort')}</Table.Th>
                <Table.Th scope="col">{t('fields.startDate')}</Table.Th>
                <Table.Th scope="col">{t('fields.endDate')}</Table.Th>
                <Table.Th scope="col">{t('fields.manager')}</Table.Th>
                {canEdit ? (
                  <Table.Th scope="col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    {e.jobTitle}{' '}
                    {!e.endDate ? (
                      <Badge size="xs" variant="light" color="teal">
                        {t('employment.current')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{unitName(e.unitId)}</Table.Td>
                  <Table.Td>{formatNumber(e.hoursPerWeek)}</Table.Td>
                  <Table.Td>{formatDate(e.startDate)}</Table.Td>
                  <Table.Td>{e.endDate ? formatDate(e.endDate) : t('employment.open')}</Table.Td>
                  <Table.Td>
                    {e.managerPersonId ? <PersonName personId={e.managerPersonId} /> : null}
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        onClick={() => setEditing(e.id)}
                        aria-label={t('employment.editLabel', {
                          title: e.jobTitle,
                          start: formatDate(e.startDate),
                        })}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <EmploymentModal
        personId={person.id}
        employment={employment}
        opened={editing !== null}
        defaultHours={defaultHours}
        onClose={() => setEditing(null)}
      />
    </>
  );
};
