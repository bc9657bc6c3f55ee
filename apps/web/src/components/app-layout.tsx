import { Anchor, AppShell, Badge, Burger, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadNotices } from '../api/absence';
import { useMe } from '../api/me';
import { DemoBanner } from './demo-banner';
import { LanguageSwitch } from './language-switch';
import { visibleNavItems } from './nav-items';
import { OrganizationSwitcher } from './organization-switcher';
import { RouterNavLink } from './router-links';
import { ErrorState, FullPageLoader } from './states';
import { UserMenu } from './user-menu';

export const AppLayout = () => {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const me = useMe();
  const unread =
    useUnreadNotices(!!me.data?.modules.includes('absence') && !!me.data.personId).data?.unread ?? 0;

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const data = me.data;
  const items = visibleNavItems(data, (key) => t(`nav.${key}`));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <Anchor href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Text fw={700} c="blue.9" visibleFrom="xs">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" truncate title={data.organization?.name}>
              {data.organization?.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu me={data} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('shell.navigation')} component="nav">
        <AppShell.Section>
          <OrganizationSwitcher me={data} />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} mt="xs">
          <Stack gap={2}>
            {items.map((item) => (
              <RouterNavLink
                key={item.key}
                to={item.to}
                label={item.label}
                leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
                rightSection={
                  item.key === 'absence' && unread > 0 ? (
                    <Badge size="sm" color="red" variant="filled" circle={unread < 10}>
                      {unread > 99 ? '99+' : unread}
                    </Badge>
                  ) : undefined
                }
                aria-label={
                  item.key === 'absence' && unread > 0
                    ? `${item.label}, ${t('absence.notices.badge', { count: unread })}`
                    : undefined
                }
                active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
                aria-current={pathname === item.to ? 'page' : undefined}
                onClick={close}
              />
            ))}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {data.demoMode ? <DemoBanner /> : null}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
};
