import { API_TOKEN_SCOPES, type TApiTokenScope, type TCreatedApiToken } from '@inzetbaar/contracts';
import { Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useCreateApiToken } from './api';

const RESOURCES = ['organization', 'units', 'people', 'absence', 'arbo', 'development', 'audit'] as const;
const EXPIRY_DAYS = ['30', '90', '180', '365'] as const;
const hasScope = (scope: string): scope is TApiTokenScope =>
  (API_TOKEN_SCOPES as readonly string[]).includes(scope);

/** Create a token: name, scopes (read/change per resource), expiry. The secret goes to `onCreated`. */
export const CreateTokenModal = ({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: TCreatedApiToken) => void;
}) => {
  const { t } = useTranslation('integrations');
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TApiTokenScope[]>([]);
  const [days, setDays] = useState<string>('90');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!opened) return;
    setName('');
    setScopes([]);
    setDays('90');
    setErrors({});
  }, [opened]);

  const toggle = (scope: TApiTokenScope, on: boolean) =>
    setScopes((s) => (on ? [...s, scope] : s.filter((x) => x !== scope)));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (scopes.length === 0) {
      setErrors({ scopes: t('form.noScope') });
      return;
    }
    create.mutate(
      { name, scopes, expiresInDays: Number(days) },
      {
        onError: (err) => {
          if (!isApiError(err)) return;
          const next: Record<string, string> = {};
          for (const f of err.fieldErrors) next[f.field.split('.')[0] ?? f.field] ??= f.message;
          setErrors(next);
        },
        onSuccess: (created) => onCreated(created),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('form.name')}
            description={t('form.nameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            maxLength={100}
            data-autofocus
          />
          <div>
            <Text fw={500} size="sm" id="scopes-label">
              {t('form.scopes')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('form.scopesHint')}
            </Text>
            <Table verticalSpacing={4} aria-labelledby="scopes-label">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    <span className="sr-only">{t('form.scopes')}</span>
                  </Table.Th>
                  <Table.Th scope="col">{t('form.read')}</Table.Th>
                  <Table.Th scope="col">{t('form.write')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {RESOURCES.map((resource) => (
                  <Table.Tr key={resource}>
                    <Table.Th scope="row" fw={400}>
                      {t(`resources.${resource}`)}
                    </Table.Th>
                    {(['read', 'write'] as const).map((level) => {
                      const scope = `${resource}:${level}`;
                      return (
                        <Table.Td key={level}>
                          {hasScope(scope) ? (
                            <Checkbox
                              aria-label={`${t(`resources.${resource}`)}: ${t(`form.${level}`)}`}
                              checked={scopes.includes(scope)}
                              onChange={(e) => toggle(scope, e.currentTarget.checked)}
                            />
                          ) : null}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {errors.scopes ? (
              <Text size="xs" c="red.8" role="alert">
                {errors.scopes}
              </Text>
            ) : null}
          </div>
          <Select
            label={t('form.expires')}
            data={EXPIRY_DAYS.map((d) => ({ value: d, label: t('form.days', { count: Number(d) }) }))}
            value={days}
            onChange={(v) => setDays(v ?? '90')}
            error={errors.expiresInDays}
            allowDeselect={false}
            w={200}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel', { ns: 'translation' })}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
