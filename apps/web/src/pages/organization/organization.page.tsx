import { type TOrganization, ZUpdateOrganization } from '@inzetbaar/contracts';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { useOrganization, useUpdateOrganization } from '../../api/organization';
import { PageHeader } from '../../components/page-header';
import { ErrorState, LoadingState } from '../../components/states';
import { useForm } from '../../lib/use-form';
import { OrganizationFields, type OrganizationFormValues } from './organization-fields';
import { organizationPayload } from './organization-payload';

const valuesOf = (o: TOrganization): OrganizationFormValues => ({
  name: o.name,
  kvkNumber: o.kvkNumber ?? '',
  sbiSection: o.sbiSection,
  sbiDivision: o.sbiDivision ?? '',
  timeZone: o.timeZone,
  fullTimeHours: o.fullTimeHours,
});

const OrganizationForm = ({ org, canEdit }: { org: TOrganization; canEdit: boolean }) => {
  const { t } = useTranslation();
  const update = useUpdateOrganization();
  const form = useForm<OrganizationFormValues>(valuesOf(org));
  const { reset } = form;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when a new version arrives
  useEffect(() => reset(valuesOf(org)), [org.version, reset]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(ZUpdateOrganization, {
      ...organizationPayload(form.values),
      version: org.version,
    });
    if (!body) return;
    update.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => notifySuccess(t('common.saved')),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <OrganizationFields form={form} disabled={!canEdit} />
        {canEdit ? (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('common.version', { version: org.version })}
            </Text>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
};

export const OrganizationPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const org = useOrganization();
  return (
    <>
      <PageHeader title={t('organization.title')} description={t('organization.description')} />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} maw={900}>
        {org.isPending ? (
          <LoadingState rows={6} />
        ) : org.isError ? (
          <ErrorState error={org.error} onRetry={() => void org.refetch()} />
        ) : (
          <OrganizationForm org={org.data} canEdit={hasRole(me.data, 'hr')} />
        )}
      </Paper>
    </>
  );
};
