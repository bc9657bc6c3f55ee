import type { TLearningRequest } from '@inzetbaar/contracts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { hours, money, SkillName } from '../shared';

export const REQUEST_COLOR = {
  submitted: 'blue',
  approved: 'teal',
  declined: 'red',
  cancelled: 'gray',
  completed: 'grape',
} as const;

/** One learning request as a card; the caller adds the buttons its reader may use. */
export const RequestCard = ({
  request: r,
  showPerson,
  actions,
}: {
  request: TLearningRequest;
  showPerson?: boolean;
  actions?: ReactNode;
}) => {
  const { t } = useTranslation('development');
  return (
    <Paper withBorder p="md" data-testid="learning-request">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{r.title}</Text>
            <Text size="sm" c="dimmed">
              {[
                showPerson ? r.personName : null,
                t(`kinds.${r.kind}`),
                r.provider,
                money(r.costCents),
                t('budget.hoursValue', { hours: hours(r.hours) }),
                r.startOn ? t('learning.startsOn', { date: formatDate(r.startOn) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <Badge color={REQUEST_COLOR[r.status]} variant="light">
            {t(`requests.statuses.${r.status}`)}
          </Badge>
        </Group>
        {r.motivation ? (
          <Text size="sm">
            <b>{t('learning.motivation')}:</b> {r.motivation}
          </Text>
        ) : null}
        {r.skills.length ? (
          <Group gap="xs">
            {r.skills.map((s) => (
              <Badge key={s.ref} variant="outline" color="gray" tt="none">
                <SkillName skill={s} size="xs" />
              </Badge>
            ))}
          </Group>
        ) : null}
        {r.status === 'submitted' && r.budgetCheck.length ? (
          <Text size="sm" c="orange.8">
            {r.budgetCheck.map((v) => t(`requests.violations.${v}`)).join(' ')}
          </Text>
        ) : null}
        {r.decidedOn ? (
          <Text size="sm" c="dimmed">
            {t('requests.decidedBy', { name: r.decidedByName ?? '', date: formatDate(r.decidedOn) })}
            {r.fundingSource === 'employer_required'
              ? ` · ${t('requests.fundingSources.employer_required')}`
              : ''}
            {r.decisionReason ? ` — ${r.decisionReason}` : ''}
          </Text>
        ) : null}
        {r.completedOn ? (
          <Text size="sm" c="dimmed">
            {t('requests.completedOn', { date: formatDate(r.completedOn) })}
          </Text>
        ) : null}
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Stack>
    </Paper>
  );
};
