import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';

const SOURCES = ['esco', 'nesta', 'cbs', 'funding', 'catalogue'] as const;
const LINKS: Record<(typeof SOURCES)[number], string | null> = {
  esco: 'https://esco.ec.europa.eu/',
  nesta: 'https://doi.org/10.5281/zenodo.4451887',
  cbs: 'https://opendata.cbs.nl/statline/',
  funding: null,
  catalogue: null,
};

/** "Over de gegevens": where the taxonomy, figures and schemes come from, with their attribution. */
export const AboutDataPage = (): ReactElement => {
  const { t } = useTranslation('development');
  return (
    <>
      <PageHeader title={t('about.title')} description={t('about.description')} />
      <Stack>
        <Paper withBorder p="md">
          <Text fw={700}>{t('about.escoAttribution')}</Text>
        </Paper>
        {SOURCES.map((s) => {
          const link = LINKS[s];
          return (
            <Paper key={s} withBorder p="md">
              <Stack gap={6}>
                <Title order={2} size="h4">
                  {t(`about.sources.${s}.title`)}
                </Title>
                <Text size="sm">{t(`about.sources.${s}.what`)}</Text>
                <List size="sm">
                  <List.Item>{t(`about.sources.${s}.origin`)}</List.Item>
                  <List.Item>{t(`about.sources.${s}.licence`)}</List.Item>
                </List>
                {link ? (
                  <Anchor href={link} target="_blank" rel="noreferrer" size="sm">
                    {link}
                  </Anchor>
                ) : null}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </>
  );
};
