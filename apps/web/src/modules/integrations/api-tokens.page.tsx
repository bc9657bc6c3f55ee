import type { TApiToken, TCreatedApiToken } from '@inzetbaar/contracts';
import { Button, Code, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { ConfirmModal } from '../../components/confirm';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { useApiTokens, useRevokeApiToken } from './api';
import { CreateTokenModal } from './create-token-modal';
import { SecretModal } from './secret-modal';

const STATUS_COLOR: Record<TApiToken['status'], string> = {
  active: 'teal.9',
  expired: 'gray.7',
  revoked: 'red.9',
};

/** HR's page for the API tokens of integrations (payroll, HR system, arbodienst). */
export const ApiTokensPage = () => {
  const { t } = useTranslation('integrations');
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TCreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<TApiToken | null>(null);
  const scopeLabel = (scope: string) => {
    const [resource = '', level = ''] = scope.split(':');
    return `${t(`scopeLabel.resource.${resource}` as 'scopeLabel.resource.people')}: ${t(`scopeLabel.level.${level}` as 'scopeLabel.level.read')}`;
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('new')}
          </Button>
        }
      />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {tokens.isPending ? (
          <LoadingState />
        ) : tokens.isError ? (
          <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <EmptyState title={t('empty')} description={t('emptyHint')} />
        ) : (
          <Table.ScrollContainer minWidth={940}>
            <Table verticalSpacing="xs">
              <Table.Caption className="sr-only">{t('caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('columns.token')}</Table.Th>
                  <Table.Th scope="col">{t('columns.scopes')}</Table.Th>
                  <Table.Th scope="col">{t('columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('columns.created')}</Table.Th>
                  <Table.Th scope="col">{t('columns.expires')}</Table.Th>
                  <Table.Th scope="col">{t('columns.lastUsed')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="sr-only">{t('columns.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Code>{token.prefix}…</Code>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {token.scopes.map((s) => (
                        <Text key={s} size="sm" title={s}>
                          {scopeLabel(s)}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={600} c={STATUS_COLOR[token.status]}>
                        {t(`status.${token.status}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(token.createdAt)}</Text>
                      {token.createdByName ? (
                        <Text size="xs" c="dimmed">
                          {t('createdBy', { name: token.createdByName })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{formatDateTime(token.expiresAt)}</Table.Td>
                    <Table.Td>
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('neverUsed')}
                    </Table.Td>
                    <Table.Td>
                      {token.status === 'active' ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(token)}
                          aria-label={t('revokeLabel', { name: token.name })}
                        >
                          {t('revoke')}
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
      <CreateTokenModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          setCreated(c);
        }}
      />
      <SecretModal created={created} onClose={() => setCreated(null)} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('revokeTitle')}
        message={revoking ? t('revokeConfirm', { name: revoking.name }) : ''}
        confirmLabel={t('revoke')}
        isLoading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          const name = revoking.name;
          revoke.mutate(revoking.id, {
            onSettled: () => setRevoking(null),
            onSuccess: () => notifySuccess(t('revoked', { name })),
          });
        }}
      />
    </>
  );
};
