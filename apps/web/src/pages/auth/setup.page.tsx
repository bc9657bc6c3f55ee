import { ZSetup } from '@inzetbaar/contracts';
import {
  Alert,
  Button,
  Divider,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { useRunSetup, useSetupStatus } from '../../api/setup';
import { PublicLayout } from '../../components/public-layout';
import { ErrorState, LoadingState } from '../../components/states';
import { PATHS } from '../../lib/navigation';
import { useForm } from '../../lib/use-form';
import { OrganizationFields } from '../organization/organization-fields';
import { organizationPayload } from '../organization/organization-payload';

/** First start in production: the first organisation and its HR administrator. */
export const SetupPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useSetupStatus();
  const run = useRunSetup();
  const form = useForm({
    name: '',
    kvkNumber: '',
    sbiSection: null as string | null,
    sbiDivision: '',
    timeZone: 'Europe/Amsterdam' as string | null,
    fullTimeHours: 40 as number | string,
    givenName: '',
    surname: '',
    email: '',
    password: '',
    confirm: '',
  });

  if (status.isPending) {
    return (
      <PublicLayout title={t('setup.title')} width={720}>
        <LoadingState rows={6} />
      </PublicLayout>
    );
  }
  if (status.isError) {
    return (
      <PublicLayout title={t('setup.title')} width={720}>
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      </PublicLayout>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(ZSetup, {
      organization: { ...organizationPayload(v), kind: 'employer' },
      admin: {
        givenName: v.givenName.trim(),
        surname: v.surname.trim(),
        email: v.email.trim(),
        password: v.password,
      },
    });
    if (!body) return;
    if (v.confirm !== v.password) {
      form.setFieldError('confirm', t('validation.passwords_differ'));
      return;
    }
    run.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: async () => {
        notifySuccess(t('setup.done'));
        await status.refetch();
        await navigate({ to: PATHS.login });
      },
    });
  };

  return (
    <PublicLayout title={t('setup.title')} intro={t('setup.intro')} width={720}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {form.hasErrors ? (
            <Alert color="red" variant="light" role="alert">
              {t('common.checkFields')}
            </Alert>
          ) : null}
          <Title order={2} size="h4">
            {t('setup.organization')}
          </Title>
          <OrganizationFields form={form} />
          <Divider />
          <Title order={2} size="h4">
            {t('setup.admin')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('fields.givenName')}
              required
              autoComplete="given-name"
              {...form.text('givenName')}
            />
            <TextInput
              label={t('fields.surname')}
              required
              autoComplete="family-name"
              {...form.text('surname')}
            />
            <TextInput
              label={t('fields.email')}
              type="email"
              required
              autoComplete="email"
              {...form.text('email')}
            />
            <div />
            <PasswordInput
              label={t('fields.password')}
              description={t('fields.passwordHint')}
              required
              autoComplete="new-password"
              {...form.text('password')}
            />
            <PasswordInput
              label={t('fields.confirmPassword')}
              required
              autoComplete="new-password"
              {...form.text('confirm')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={run.isPending}>
              {t('setup.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
};
