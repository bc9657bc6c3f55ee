import type { TCandidate } from '@inzetbaar/contracts';
import { Badge, Group, List, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useCandidates } from '../api';
import { BAND_COLOR, SkillLabel } from '../components/transition-card';

/** One candidate: rank, band, coverage, the engine's explanation and what is missing. */
const CandidateCard = ({ c, i }: { c: TCandidate; i: number }) => {
  const { t } = useTranslation('mobility');
  return (
    <Paper withBorder p="md" data-testid="candidate">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h5">
            {i + 1}. {c.name}
          </Title>
          <Text size="sm" c="dimmed">
            {[c.jobTitle, c.unitName].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap={4}>
          <Badge color={BAND_COLOR[c.band]} variant="light">
            {t(`band.${c.band}`)}
          </Badge>
          <Badge variant="light">{t('card.score', { score: Math.round(c.score * 100) })}</Badge>
        </Group>
      </Group>
      <Text size="sm" mt="xs" fw={500}>
        {t('card.coverage', { have: c.essentialHave, total: c.essentialTotal })} ·{' '}
        {t(`effort.${c.effort.band}`)}
      </Text>
      <Text size="sm" mt={4}>
        {c.explanation}
      </Text>
      {c.missingSkills.length ? (
        <>
          <Text size="sm" fw={500} mt="xs">
            {t('candidates.missing')}
          </Text>
          <List size="sm">
            {c.missingSkills.slice(0, 5).map((s) => (
              <List.Item key={s.uri}>
                <SkillLabel label={s.label} labelLang={s.labelLang} />
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Paper>
  );
};

/** A vacancy's candidates: opted-in people ranked by fit, each with the reason. */
export const CandidatesPage = () => {
  const { t } = useTranslation('mobility');
  const { openingId } = useParams({ from: '/app/mobiliteit/vacatures/$openingId' });
  const candidates = useCandidates(openingId);
  if (candidates.isPending) return <LoadingState />;
  if (candidates.isError)
    return <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />;
  const d = candidates.data;
  // distant matches are listed too (honest ranking), but folded away
  const close = d.items.filter((c) => c.band !== 'distant');
  const distant = d.items.filter((c) => c.band === 'distant');
  return (
    <>
      <PageHeader
        title={t('candidates.title', { title: d.opening.title })}
        description={
          <>
            {t('candidates.description', { count: d.openPeople })}{' '}
            {d.insufficientProfiles ? t('candidates.insufficient', { count: d.insufficientProfiles }) : null}
          </>
        }
      />
      <Spoiler
        maxHeight={48}
        showLabel={t('candidates.showAll')}
        hideLabel={t('candidates.showLess')}
        mb="md"
      >
        <Text size="sm" c="dimmed">
          {t('candidates.required')}: {d.opening.essentialSkills.map((s) => s.label).join(' · ')}
        </Text>
      </Spoiler>
      {d.items.length === 0 ? (
        <EmptyState title={t('candidates.empty')} />
      ) : (
        <Stack gap="sm">
          {close.map((c, i) => (
            <CandidateCard key={c.personId} c={c} i={i} />
          ))}
          {distant.length ? (
            <Spoiler
              maxHeight={0}
              showLabel={t('candidates.showDistant', { count: distant.length })}
              hideLabel={t('candidates.hideDistant')}
            >
              <Stack gap="sm">
                {distant.map((c, i) => (
                  <CandidateCard key={c.personId} c={c} i={close.length + i} />
                ))}
              </Stack>
            </Spoiler>
          ) : null}
        </Stack>
      )}
    </>
  );
};
