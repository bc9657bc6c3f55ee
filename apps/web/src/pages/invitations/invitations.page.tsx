import type { TInvitation } from '@inzetbaar/contracts';
import { Button, Paper, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { useInvitations, useRevokeInvitation } from '../../api/invitations';
import { ConfirmModal } from '../../components/confirm';
import { PageHeader } from '../../components/page-header';
import { RouterAnchor } from '../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { InvitationBadge } from '../../components/status-badges';
import { formatDateTime } from '../../lib/format';
import { PATHS } from '../../lib/navigation';

export const InvitationsPage = () => {
  const { t } = useTranslation();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<TInvitation | null>(null);
  const sorted = [...(invitations.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <PageHeader title={t('invitations.title')} description={t('invitations.description')} />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {invitations.isPending ? (
          <LoadingState />
        ) : invitations.isError ? (
          <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
        ) : sorted.length === 0 ? (
          <EmptyState
            title={t('invitations.empty')}
            description={t('invitations.emptyHint')}
            action={<RouterButtonToPeople />}
          />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs">
              <Table.Caption className="sr-only">{t('invitations.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.person')}</Table.Th>
                  <Table.Th scope="col">{t('fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('invitations.sentAt')}</Table.Th>
                  <Table.Th scope="col">{t('invitations.expiresAt')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((inv) => (
                  <Table.Tr key={inv.id}>
                    <Table.Td>
                      <RouterAnchor to="/medewerkers/$personId" params={{ personId: inv.personId }} size="sm">
                        {inv.personName}
                      </RouterAnchor>
                    </Table.Td>
                    <Table.Td>{inv.email}</Table.Td>
                    <Table.Td>
                      <InvitationBadge status={inv.status} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(inv.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(inv.expiresAt)}</Table.Td>
                    <Table.Td>
                      {inv.status === 'pending' ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(inv)}
                          aria-label={t('invitations.revokeLabel', { name: inv.personName })}
                        >
                          {t('invitations.revoke')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <ConfirmModal
        opened={revoking !== null}
        title={t('invitations.revokeTitle')}
        message={
          revoking ? t('invitations.revokeConfirm', { name: revoking.personName, email: revoking.email }) : ''
        }
        confirmLabel={t('invitations.revoke')}
        isLoading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSettled: () => setRevoking(null),
            onSuccess: () => notifySuccess(t('invitations.revoked')),
          });
        }}
      />
    </>
  );
};

const RouterButtonToPeople = () => {
  const { t } = useTranslation();
  return (
    <RouterAnchor to={PATHS.people} size="sm">
      {t('invitations.goToPeople')}
    </RouterAnchor>
  );
};
