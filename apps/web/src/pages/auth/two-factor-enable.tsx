import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  List,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enableTwoFactor, type TwoFactorSetup, verifyTotp } from '../../api/auth';
import { authErrorMessage } from './auth-error';

/** The secret from an otpauth:// URI, in groups of four for typing it over. */
const secretOf = (uri: string): string => {
  const match = /[?&]secret=([^&]+)/i.exec(uri);
  const secret = match?.[1] ? decodeURIComponent(match[1]) : '';
  return secret.replace(/(.{4})/g, '$1 ').trim();
};

const CopyField = ({ label, value }: { label: string; value: string }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? 'filled' : 'default'}
              onClick={copy}
              aria-label={t('common.copyLabel', { what: label })}
            >
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
};

/** Step 1: confirm the password; step 2: add the secret to an app and type a code to switch 2FA on. */
export const TwoFactorEnable = ({ onEnabled }: { onEnabled: () => void }) => {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [error, setError] = useState<string | null>(null);

  const enable = useMutation({
    mutationFn: enableTwoFactor,
    meta: { silent: true },
    onSuccess: (s) => {
      setSetup(s);
      setError(null);
    },
    onError: (e) => setError(authErrorMessage(e, 'password')),
  });
  const verify = useMutation({
    mutationFn: verifyTotp,
    meta: { silent: true },
    onSuccess: onEnabled,
    onError: (e) => setError(authErrorMessage(e, 'code')),
  });

  const submitPassword = (e: FormEvent) => {
    e.preventDefault();
    if (!password) return setError(t('validation.required'));
    enable.mutate(password);
  };
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    const c = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(c)) return setError(t('twoFactor.codeFormat'));
    verify.mutate(c);
  };

  const alert = error ? (
    <Alert color="red" variant="light" role="alert">
      {error}
    </Alert>
  ) : null;

  if (!setup) {
    return (
      <form onSubmit={submitPassword} noValidate>
        <Stack gap="sm">
          {alert}
          <PasswordInput
            label={t('fields.password')}
            description={t('twoFactor.passwordHint')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={enable.isPending}>
              {t('twoFactor.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  return (
    <form onSubmit={submitCode} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('twoFactor.addToApp')}</Text>
        <CopyField label={t('twoFactor.secret')} value={secretOf(setup.totpURI)} />
        <CopyField label={t('twoFactor.uri')} value={setup.totpURI} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('twoFactor.backupCodes')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('twoFactor.backupCodesHint')}
          </Text>
          <List size="sm" spacing={2} style={{ columns: 2, fontFamily: 'monospace' }}>
            {setup.backupCodes.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        </Stack>
        {alert}
        <TextInput
          label={t('login.code')}
          description={t('login.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={verify.isPending}>
            {t('twoFactor.activate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
