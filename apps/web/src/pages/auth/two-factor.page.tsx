import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { signOut } from '../../api/auth';
import { notifySuccess, TWO_FACTOR_REQUIRED } from '../../api/errors';
import { useMe } from '../../api/me';
import { isApiError } from '../../api/problem';
import { PublicLayout } from '../../components/public-layout';
import { RouterButton } from '../../components/router-links';
import { ErrorState, LoadingState } from '../../components/states';
import { PATHS } from '../../lib/navigation';
import { TwoFactorDisable } from './two-factor-disable';
import { TwoFactorEnable } from './two-factor-enable';

export const TwoFactorPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const title = t('twoFactor.title');

  // The server may refuse /me until 2FA is on; that answer itself tells us it is required.
  const blocked = me.isError && isApiError(me.error) && me.error.code === TWO_FACTOR_REQUIRED;
  if (me.isPending) {
    return (
      <PublicLayout title={title} width={640}>
        <LoadingState rows={4} />
      </PublicLayout>
    );
  }
  if (me.isError && !blocked) {
    return (
      <PublicLayout title={title} width={640}>
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </PublicLayout>
    );
  }

  const data = me.data;
  const isEnabled = data?.user.twoFactorEnabled ?? false;
  const isRequired = blocked || (data?.twoFactorRequired ?? false);
  const isExempt = data?.twoFactorExempt ?? false;
  const mustEnable = isRequired && !isExempt && !isEnabled;

  const refresh = async (message: string) => {
    notifySuccess(message);
    await queryClient.invalidateQueries();
  };
  const logOut = async () => {
    await signOut().catch(() => undefined);
    queryClient.clear();
    await navigate({ to: PATHS.login });
  };

  return (
    <PublicLayout title={title} intro={t('twoFactor.intro')} width={640}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('twoFactor.status')}
        </Text>
        <Badge
          color={isEnabled ? 'teal' : 'gray'}
          variant="light"
          leftSection={isEnabled ? <IconShieldCheck size={14} aria-hidden /> : null}
        >
          {isEnabled ? t('twoFactor.on') : t('twoFactor.off')}
        </Badge>
      </Group>
      <Stack gap={4}>
        <Title order={2} size="h5">
          {t('twoFactor.whyTitle')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>{t('twoFactor.why1')}</List.Item>
          <List.Item>{t('twoFactor.why2')}</List.Item>
          <List.Item>{t('twoFactor.why3')}</List.Item>
        </List>
      </Stack>
      {data?.demoMode && isExempt ? (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('twoFactor.demoExempt')}
        </Alert>
      ) : null}
      {mustEnable ? (
        <Alert color="orange" variant="light" title={t('twoFactor.requiredTitle')}>
          {t('twoFactor.required')}
        </Alert>
      ) : null}
      {isEnabled ? (
        <TwoFactorDisable
          isRequired={isRequired && !isExempt}
          onDisabled={() => void refresh(t('twoFactor.disabled'))}
        />
      ) : (
        <TwoFactorEnable onEnabled={() => void refresh(t('twoFactor.enabled'))} />
      )}
      <Group justify="space-between">
        {mustEnable ? (
          <span />
        ) : (
          <RouterButton to="/" variant="default">
            {t('twoFactor.backToApp')}
          </RouterButton>
        )}
        <Button variant="subtle" color="gray" onClick={() => void logOut()}>
          {t('userMenu.logOut')}
        </Button>
      </Group>
    </PublicLayout>
  );
};
