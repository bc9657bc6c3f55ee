import type { TAuditEvent } from '@inzetbaar/contracts';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { labelFor } from '../../lib/i18n-dynamic';

/** Audit events on a phone: one short entry per event instead of a wide table. */
export const AuditList = ({ events, label }: { events: TAuditEvent[]; label: string }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={0} component="ul" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {events.map((e) => (
        <li key={e.id} className="person-card">
          <Text size="sm" fw={600}>
            {labelFor('audit.actions', e.action.replaceAll('.', '_'))}
            {e.subjectName ? ` · ${e.subjectName}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            {t('audit.byAt', { actor: e.actorName ?? t('audit.system'), at: formatDateTime(e.at) })}
          </Text>
        </li>
      ))}
    </Stack>
  );
};
