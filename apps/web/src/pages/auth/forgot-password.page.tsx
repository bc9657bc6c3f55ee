import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../api/auth';
import { PublicLayout } from '../../components/public-layout';
import { RouterAnchor } from '../../components/router-links';
import { PATHS } from '../../lib/navigation';
import { authErrorMessage } from './auth-error';

export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const request = useMutation({
    mutationFn: requestPasswordReset,
    meta: { silent: true },
    onError: (e) => setError(authErrorMessage(e, 'other')),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      setFieldError(value ? t('validation.email') : t('validation.required'));
      return;
    }
    setError(null);
    request.mutate(value);
  };

  return (
    <PublicLayout title={t('forgot.title')} intro={t('forgot.intro')}>
      {request.isSuccess ? (
        // Same answer whether or not the address exists, so nobody can probe for accounts.
        <Alert color="teal" variant="light" role="status">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {error ? (
              <Alert color="red" role="alert" variant="light">
                {error}
              </Alert>
            ) : null}
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              error={fieldError}
              onChange={(e) => {
                setEmail(e.currentTarget.value);
                setFieldError(undefined);
              }}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={request.isPending}>
                {t('forgot.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <RouterAnchor to={PATHS.login} size="sm">
        {t('common.backToLogin')}
      </RouterAnchor>
    </PublicLayout>
  );
};
