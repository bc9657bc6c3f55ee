import type { TRole } from '@inzetbaar/contracts';
import { Paper, SimpleGrid, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The demo data set's log-ins (server seed); all share one password. */
export const DEMO_PASSWORD = 'inzetbaar-demo';
const DEMO_ACCOUNTS: readonly { email: string; role: TRole }[] = [
  { email: 'hr@demo.inzetbaar.nl', role: 'hr' },
  { email: 'manager@demo.inzetbaar.nl', role: 'manager' },
  { email: 'medewerker@demo.inzetbaar.nl', role: 'employee' },
  { email: 'preventie@demo.inzetbaar.nl', role: 'prevention_officer' },
  { email: 'bedrijfsarts@demo.inzetbaar.nl', role: 'occupational_physician' },
  { email: 'or@demo.inzetbaar.nl', role: 'works_council' },
  { email: 'coach@demo.inzetbaar.nl', role: 'coach' },
  { email: 'vertrouwenspersoon@demo.inzetbaar.nl', role: 'confidential_adviser' },
];

export const DemoAccounts = ({ onPick }: { onPick: (email: string, password: string) => void }) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="demo-accounts-title">
      <Title order={2} size="h4" id="demo-accounts-title">
        {t('login.demo.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('login.demo.intro', { password: DEMO_PASSWORD })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} verticalSpacing={4}>
        {DEMO_ACCOUNTS.map((a) => (
          <UnstyledButton
            key={a.email}
            onClick={() => onPick(a.email, DEMO_PASSWORD)}
            aria-label={t('login.demo.fill', { role: t(`roles.${a.role}`), email: a.email })}
            p={6}
            style={{ borderRadius: 6 }}
            className="demo-account"
          >
            <Text size="sm" fw={600} component="span" display="block">
              {t(`roles.${a.role}`)}
            </Text>
            <Text size="xs" c="dimmed" component="span" display="block">
              {a.email}
            </Text>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Paper>
  );
};
