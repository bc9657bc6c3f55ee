import type { TPeopleImport } from '@inzetbaar/contracts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';

const KEYS = ['rows', 'valid', 'invalid', 'create', 'update', 'unchanged'] as const;

export const ImportSummary = ({ summary }: { summary: TPeopleImport['summary'] }) => {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" component="dl" m={0}>
      {KEYS.map((k) => (
        <Paper key={k} withBorder p="sm" bg={k === 'invalid' && summary.invalid > 0 ? 'red.0' : undefined}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t(`import.summary.${k}`)}
          </Text>
          <Text
            component="dd"
            m={0}
            fw={700}
            size="xl"
            c={k === 'invalid' && summary.invalid > 0 ? 'red.9' : undefined}
          >
            {formatNumber(summary[k])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
};
