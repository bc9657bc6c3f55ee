import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPassword } from '../../api/auth';
import { PublicLayout } from '../../components/public-layout';
import { RouterAnchor, RouterButton } from '../../components/router-links';
import { PATHS } from '../../lib/navigation';
import { authErrorMessage } from './auth-error';
import { NewPasswordFields } from './new-password-fields';
import { useNewPassword } from './use-new-password';

export const ResetPasswordPage = () => {
  const { t } = useTranslation();
  const { token, error: linkError } = useSearch({ from: '/wachtwoord-herstellen' });
  const pw = useNewPassword();
  const [error, setError] = useState<string | null>(null);
  const reset = useMutation({
    mutationFn: resetPassword,
    meta: { silent: true },
    onError: (e) => setError(authErrorMessage(e, 'other')),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const newPassword = pw.check();
    if (!newPassword) return;
    setError(null);
    reset.mutate({ newPassword, token });
  };

  if (!token || linkError) {
    return (
      <PublicLayout title={t('reset.title')}>
        <Alert color="red" variant="light" role="alert">
          {linkError ? t('authErrors.invalidToken') : t('reset.noToken')}
        </Alert>
        <RouterAnchor to={PATHS.forgotPassword} size="sm">
          {t('reset.requestNew')}
        </RouterAnchor>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={t('reset.title')} intro={t('reset.intro')}>
      {reset.isSuccess ? (
        <Stack gap="sm">
          <Alert color="teal" variant="light" role="status">
            {t('reset.done')}
          </Alert>
          <RouterButton to={PATHS.login}>{t('login.submit')}</RouterButton>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {error ? (
              <Alert color="red" role="alert" variant="light">
                {error}
              </Alert>
            ) : null}
            <NewPasswordFields {...pw} />
            <Group justify="space-between">
              <RouterAnchor to={PATHS.forgotPassword} size="sm">
                {t('reset.requestNew')}
              </RouterAnchor>
              <Button type="submit" loading={reset.isPending}>
                {t('reset.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
};
