import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyBackupCode, verifyTotp } from '../../api/auth';
import { authErrorMessage } from './auth-error';

type Props = { onVerified: () => Promise<void> | void; onBack: () => void };

/** Second log-in step: the 6-digit code from the authenticator app, or a backup code. */
export const TotpStep = ({ onVerified, onBack }: Props) => {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [useBackup, setUseBackup] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const verify = useMutation({
    mutationFn: (c: string) => (useBackup ? verifyBackupCode(c) : verifyTotp(c)),
    meta: { silent: true },
    onSuccess: () => onVerified(),
    onError: (e) => setError(authErrorMessage(e, 'code')),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = code.replace(/\s+/g, '');
    if (!c) {
      setError(t('validation.required'));
      return;
    }
    setError(null);
    verify.mutate(c);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error ? (
          <Alert color="red" role="alert" variant="light">
            {error}
          </Alert>
        ) : null}
        <TextInput
          label={useBackup ? t('login.backupCode') : t('login.code')}
          description={useBackup ? undefined : t('login.codeHint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          inputMode={useBackup ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          maxLength={useBackup ? 32 : 6}
          required
          data-autofocus
          autoFocus
        />
        <Anchor component="button" type="button" size="sm" onClick={() => setUseBackup((v) => !v)} ta="left">
          {useBackup ? t('login.useApp') : t('login.useBackup')}
        </Anchor>
        <Group justify="space-between" mt="xs">
          <Button variant="default" onClick={onBack}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={verify.isPending}>
            {t('login.verify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
