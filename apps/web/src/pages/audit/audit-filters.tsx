import { Button, Group, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSearch } from '../../router-search';

type Props = { search: AuditSearch; onApply: (patch: Partial<AuditSearch>) => void };

export const AuditFilters = ({ search, onApply }: Props) => {
  const { t } = useTranslation();
  const [action, setAction] = useState(search.action ?? '');
  const [resourceType, setResourceType] = useState(search.resourceType ?? '');
  const [from, setFrom] = useState(search.from ?? '');
  const [to, setTo] = useState(search.to ?? '');
  const rangeError = from && to && to < from ? t('validation.end_before_start') : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (rangeError) return;
    onApply({
      action: action.trim() || undefined,
      resourceType: resourceType.trim() || undefined,
      from: from || undefined,
      to: to || undefined,
      page: 1,
    });
  };
  const clear = () => {
    setAction('');
    setResourceType('');
    setFrom('');
    setTo('');
    onApply({
      action: undefined,
      resourceType: undefined,
      from: undefined,
      to: undefined,
      actorUserId: undefined,
      subjectPersonId: undefined,
      page: 1,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          label={t('audit.action')}
          placeholder={t('audit.actionPlaceholder')}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
          style={{ flex: '1 1 11rem' }}
        />
        <TextInput
          label={t('audit.resourceType')}
          placeholder={t('audit.resourceTypePlaceholder')}
          value={resourceType}
          onChange={(e) => setResourceType(e.currentTarget.value)}
          style={{ flex: '1 1 11rem' }}
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={to}
          error={rangeError}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
            {t('common.filter')}
          </Button>
          <Button variant="default" onClick={clear}>
            {t('common.clearFilters')}
          </Button>
        </Group>
      </Group>
    </form>
  );
};
