import type { TInterventionItem } from '@inzetbaar/contracts';
import {
  Badge,
  Button,
  Card,
  Group,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../api/errors';
import { hasRole, useMe } from '../../../api/me';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { useInterventions, useSignUp, useUptake } from '../api';

const euro = (n: number, lang: 'nl' | 'en') =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(n);

/** The interventions catalogue with sign-up; HR and the works council also see uptake (counts only, none below k). */
export const InterventionsPage = (): ReactElement => {
  const { t } = useTranslation('vitality');
  const me = useMe();
  const seesUptake = ['hr', 'prevention_officer', 'works_council'].some((r) => hasRole(me.data, r as 'hr'));
  const items = useInterventions();
  return (
    <>
      <PageHeader title={t('interventions.title')} description={t('interventions.description')} />
      <Stack gap="lg">
        {items.isPending ? (
          <LoadingState />
        ) : items.isError ? (
          <ErrorState error={items.error} onRetry={() => void items.refetch()} />
        ) : items.data.items.length === 0 ? (
          <EmptyState title={t('interventions.empty')} />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {[...items.data.items]
              .sort((a, b) => Number(b.recommended) - Number(a.recommended))
              .map((i) => (
                <InterventionCard key={i.id} item={i} canSignUp={me.data?.personId != null} />
              ))}
          </SimpleGrid>
        )}
        {seesUptake ? <UptakeTable /> : null}
      </Stack>
    </>
  );
};

const InterventionCard = ({ item: i, canSignUp }: { item: TInterventionItem; canSignUp: boolean }) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const signUp = useSignUp();
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs" h="100%">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light">{t(`pillar.${i.pillar}`)}</Badge>
          {i.recommended ? (
            <Badge variant="light" color="orange">
              {t('interventions.recommended')}
            </Badge>
          ) : null}
          {i.signedUp ? (
            <Badge variant="light" color="teal">
              {t('interventions.signedUp')}
            </Badge>
          ) : null}
        </Group>
        <Title order={2} size="h4">
          {i.title[lang]}
        </Title>
        <Text size="sm">{i.description[lang]}</Text>
        <Text size="xs" c="dimmed">
          {t('interventions.for', { group: i.targetGroup[lang] })} · {i.duration[lang]} ·{' '}
          {i.cost.eurPerParticipant === null
            ? i.cost.note[lang]
            : t('interventions.cost', { cost: euro(i.cost.eurPerParticipant, lang) })}
        </Text>
        {i.signUp && canSignUp ? (
          <Button
            mt="auto"
            variant={i.signedUp ? 'default' : 'filled'}
            loading={signUp.isPending}
            onClick={() => signUp.mutate({ id: i.id, on: !i.signedUp }, { onError: notifyError })}
            aria-label={t(i.signedUp ? 'interventions.withdrawFrom' : 'interventions.signUpFor', {
              title: i.title[lang],
            })}
          >
            {i.signedUp ? t('interventions.withdraw') : t('interventions.signUp')}
          </Button>
        ) : i.signUp ? null : (
          <Text size="xs" c="dimmed" mt="auto">
            {t('interventions.noSignUp')}
          </Text>
        )}
      </Stack>
    </Card>
  );
};

const UptakeTable = () => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const uptake = useUptake(true);
  if (uptake.isPending) return <LoadingState rows={3} />;
  if (uptake.isError) return <ErrorState error={uptake.error} onRetry={() => void uptake.refetch()} />;
  const d = uptake.data;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="xs">
        {t('uptake.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('uptake.hint', { k: d.minGroupSize })}
      </Text>
      <ScrollArea>
        <Table miw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('uptake.intervention')}</Table.Th>
              <Table.Th ta="right">{t('uptake.signUps')}</Table.Th>
              <Table.Th>{t('uptake.groups')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.items.map((i) => (
              <Table.Tr key={i.interventionId}>
                <Table.Td>{i.title[lang]}</Table.Td>
                <Table.Td ta="right">
                  {i.signUps ?? (
                    <Text span size="xs" c="dimmed">
                      {t('uptake.belowK', { k: d.minGroupSize })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{i.groups.map((g) => `${g.name} (${g.n})`).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
};
