import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconListSearch } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvitations } from '../../api/invitations';
import { hasRole, useMe } from '../../api/me';
import { usePerson } from '../../api/people';
import { PageHeader } from '../../components/page-header';
import { usePageTitle } from '../../components/page-title';
import { RouterAnchor, RouterButton } from '../../components/router-links';
import { ErrorState, LoadingState } from '../../components/states';
import { ActiveBadge } from '../../components/status-badges';
import { formatDate } from '../../lib/format';
import { PATHS } from '../../lib/navigation';
import { EmploymentsSection } from './employments-section';
import { InviteButton } from './invite-button';
import { PersonDetailsForm } from './person-details-form';
import { RolesSection } from './roles-section';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section">
    <Title order={2} size="h4" mb="sm">
      {title}
    </Title>
    {children}
  </Paper>
);

export const PersonPage = () => {
  const { t } = useTranslation();
  const { personId } = useParams({ from: '/app/medewerkers/$personId' });
  const me = useMe();
  const person = usePerson(personId);
  const isHr = hasRole(me.data, 'hr');
  const invitations = useInvitations(isHr);
  const pending = invitations.data?.find((i) => i.personId === personId && i.status === 'pending');
  usePageTitle(person.data?.displayName ?? t('person.title'));

  const back = (
    <RouterAnchor
      to={PATHS.people}
      size="sm"
      mb="xs"
      display="inline-flex"
      style={{ alignItems: 'center', gap: 4 }}
    >
      <IconArrowLeft size={14} aria-hidden />
      {t('person.back')}
    </RouterAnchor>
  );

  if (person.isPending)
    return (
      <>
        {back}
        <LoadingState rows={8} />
      </>
    );
  if (person.isError)
    return (
      <>
        {back}
        <ErrorState error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  const p = person.data;

  return (
    <>
      {back}
      <PageHeader
        title={p.displayName}
        description={
          <Group gap="xs">
            <Text span size="sm">
              {t('person.subtitle', { number: p.employeeNumber })}
            </Text>
            <ActiveBadge isActive={p.isActive} />
            <Badge variant="light" color={p.hasAccount ? 'indigo' : pending ? 'blue' : 'gray'}>
              {p.hasAccount
                ? t('person.hasAccount')
                : pending
                  ? t('person.invited', { date: formatDate(pending.createdAt) })
                  : t('person.noAccount')}
            </Badge>
          </Group>
        }
        actions={
          <>
            {me.data?.modules.includes('audit') ? (
              <RouterButton
                to={PATHS.audit}
                search={{ subjectPersonId: p.id }}
                variant="default"
                leftSection={<IconListSearch size={16} aria-hidden />}
              >
                {t('person.auditTrail')}
              </RouterButton>
            ) : null}
            {isHr && !p.hasAccount ? <InviteButton person={p} isReinvite={!!pending} /> : null}
          </>
        }
      />
      <Stack gap="md">
        <Section title={t('person.details')}>
          <PersonDetailsForm person={p} canEdit={isHr} />
        </Section>
        <Section title={t('person.employments')}>
          <EmploymentsSection
            person={p}
            canEdit={isHr}
            defaultHours={me.data?.organization?.fullTimeHours ?? 40}
          />
        </Section>
        <Section title={t('person.roles')}>
          <RolesSection person={p} canEdit={isHr} />
        </Section>
      </Stack>
    </>
  );
};
