import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { usePageTitle } from './page-title';

type Props = { title: string; intro?: ReactNode; children: ReactNode; width?: number; aside?: ReactNode };

/** Log-in, password, invitation and set-up pages: one card, no navigation. */
export const PublicLayout = ({ title, intro, children, width = 440, aside }: Props) => {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" px="md" py="sm" component="header">
        <Text fw={700} c="blue.9">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Center px="sm" pb="xl" component="main">
        <Stack w="100%" maw={width} gap="md">
          <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  {title}
                </Title>
                {intro ? (
                  <Text c="dimmed" size="sm" mt={4}>
                    {intro}
                  </Text>
                ) : null}
              </div>
              {children}
            </Stack>
          </Paper>
          {aside}
        </Stack>
      </Center>
    </Box>
  );
};
