import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disableTwoFactor } from '../../api/auth';
import { authErrorMessage } from './auth-error';

export const TwoFactorDisable = ({
  isRequired,
  onDisabled,
}: {
  isRequired: boolean;
  onDisabled: () => void;
}) => {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const disable = useMutation({
    mutationFn: disableTwoFactor,
    meta: { silent: true },
    onSuccess: onDisabled,
    onError: (e) => setError(authErrorMessage(e, 'password')),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!password) return setError(t('validation.required'));
    disable.mutate(password);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {isRequired ? (
          <Alert color="orange" variant="light">
            {t('twoFactor.disableRequiredWarning')}
          </Alert>
        ) : null}
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        ) : null}
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" color="red" variant="outline" loading={disable.isPending}>
            {t('twoFactor.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
