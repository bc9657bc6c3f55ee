import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/auth';
import { useSetupStatus } from '../../api/setup';
import { PublicLayout } from '../../components/public-layout';
import { RouterAnchor } from '../../components/router-links';
import { PATHS } from '../../lib/navigation';
import { useForm } from '../../lib/use-form';
import { authErrorMessage } from './auth-error';
import { DemoAccounts } from './demo-accounts';
import { OtherAddressNotice } from './other-address-notice';
import { TotpStep } from './totp-step';

export const LoginPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { redirect } = useSearch({ from: '/inloggen' });
  const status = useSetupStatus();
  const form = useForm({ email: '', password: '' });
  const [step, setStep] = useState<'credentials' | 'totp'>('credentials');
  const [error, setError] = useState<string | null>(null);

  const finish = async () => {
    // A new session: nothing cached from a previous user may survive.
    queryClient.clear();
    await navigate({ href: redirect ?? '/' });
  };

  const login = useMutation({
    mutationFn: signIn,
    meta: { silent: true },
    onSuccess: async (result) => {
      if (result?.twoFactorRedirect) setStep('totp');
      else await finish();
    },
    onError: (e) => setError(authErrorMessage(e, 'signIn')),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const email = form.values.email.trim();
    if (!email) form.setFieldError('email', t('validation.required'));
    if (!form.values.password) form.setFieldError('password', t('validation.required'));
    if (!email || !form.values.password) return;
    login.mutate({ email, password: form.values.password });
  };

  const demo = status.data?.demoMode ? (
    <DemoAccounts
      onPick={(email, password) => {
        form.reset({ email, password });
        setStep('credentials');
        setError(null);
      }}
    />
  ) : null;

  if (step === 'totp') {
    return (
      <PublicLayout title={t('login.totpTitle')} intro={t('login.totpIntro')}>
        <TotpStep onVerified={finish} onBack={() => setStep('credentials')} />
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={t('login.title')} intro={t('login.intro')} aside={demo}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <OtherAddressNotice />
          {error ? (
            <Alert color="red" role="alert" variant="light">
              {error}
            </Alert>
          ) : null}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            {...form.text('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.text('password')}
          />
          <Group justify="space-between" mt="xs">
            <RouterAnchor to={PATHS.forgotPassword} size="sm">
              {t('login.forgot')}
            </RouterAnchor>
            <Button type="submit" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
};
