import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { acceptInvitation, useInvitationPreview } from '../../api/invitations';
import { PublicLayout } from '../../components/public-layout';
import { RouterButton } from '../../components/router-links';
import { LoadingState } from '../../components/states';
import { PATHS } from '../../lib/navigation';
import { authErrorMessage } from './auth-error';
import { NewPasswordFields } from './new-password-fields';
import { useNewPassword } from './use-new-password';

export const AcceptInvitationPage = () => {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/uitnodiging' });
  const preview = useInvitationPreview(token);
  const pw = useNewPassword();
  const [error, setError] = useState<string | null>(null);
  const accept = useMutation({
    mutationFn: acceptInvitation,
    meta: { silent: true },
    onError: (e) => setError(authErrorMessage(e, 'other')),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const password = pw.check();
    if (!password) return;
    setError(null);
    accept.mutate({ token, password });
  };

  const title = t('invitation.title');
  if (!token || preview.isError) {
    const problem = preview.isError ? errorText(preview.error) : null;
    return (
      <PublicLayout title={title}>
        <Alert color="red" variant="light" role="alert" title={problem?.title}>
          {problem?.message || t('invitation.invalid')}
        </Alert>
        <Text size="sm">{t('invitation.askAgain')}</Text>
      </PublicLayout>
    );
  }
  if (preview.isPending) {
    return (
      <PublicLayout title={title}>
        <LoadingState rows={3} />
      </PublicLayout>
    );
  }

  const inv = preview.data;
  return (
    <PublicLayout
      title={title}
      intro={t('invitation.intro', { name: inv.personName, organization: inv.organizationName })}
    >
      {accept.isSuccess ? (
        <Stack gap="sm">
          <Alert color="teal" variant="light" role="status">
            {t('invitation.done', { email: inv.email })}
          </Alert>
          <RouterButton to={PATHS.login}>{t('login.submit')}</RouterButton>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('invitation.account', { email: inv.email })}</Text>
            {error ? (
              <Alert color="red" role="alert" variant="light">
                {error}
              </Alert>
            ) : null}
            <NewPasswordFields {...pw} />
            <Group justify="flex-end">
              <Button type="submit" loading={accept.isPending}>
                {t('invitation.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
};
