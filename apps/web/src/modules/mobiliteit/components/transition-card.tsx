import type { TTransitionCard } from '@inzetbaar/contracts';
import { Badge, Group, List, Paper, Spoiler, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBulb, IconTrendingUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

export const BAND_COLOR = { strong: 'teal', viable: 'blue', distant: 'gray' } as const;
const FUTURE_COLOR = { yes: 'teal', partly: 'yellow', no: 'red' } as const;
const SHORTAGE_COLOR = {
  zeer_krap: 'red',
  krap: 'orange',
  gemiddeld: 'gray',
  ruim: 'blue',
  zeer_ruim: 'blue',
} as const;

/** A skill label; ESCO terms without a Dutch label are marked so nobody mistakes them for a typo. */
export const SkillLabel = ({ label, labelLang }: { label: string; labelLang: 'nl' | 'en' }) => {
  const { t, i18n } = useTranslation('mobility');
  return labelLang === 'en' && i18n.language !== 'en' ? (
    <Tooltip label={t('card.englishLabel')}>
      <span lang="en">{label}</span>
    </Tooltip>
  ) : (
    <span>{label}</span>
  );
};

/** One transition: the gap, the first learning step, the signals and the plain-language reason. */
export const TransitionCard = ({ card, action }: { card: TTransitionCard; action?: ReactNode }) => {
  const { t } = useTranslation('mobility');
  const facts = [
    card.opening?.unitName,
    card.opening?.hoursPerWeek ? t('card.hours', { hours: card.opening.hoursPerWeek }) : null,
    card.opening?.closesOn ? t('card.closesOn', { date: formatDate(card.opening.closesOn) }) : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" radius="md" data-testid="transition-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h5">
              {card.title}
            </Title>
            {facts.length ? (
              <Text size="sm" c="dimmed">
                {facts.join(' · ')}
              </Text>
            ) : null}
          </div>
          <Group gap={4} justify="flex-end">
            {card.opening ? <Badge variant="outline">{t(`kind.${card.opening.kind}`)}</Badge> : null}
            <Badge color={BAND_COLOR[card.band]} variant="light">
              {t(`band.${card.band}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          <strong>{t('card.coverage', { have: card.essentialHave, total: card.essentialTotal })}</strong>
          {' · '}
          {t('card.score', { score: Math.round(card.score * 100) })} · {t(`effort.${card.effort.band}`)}
        </Text>
        <Group gap={4}>
          {card.shortage ? (
            <Badge
              color={SHORTAGE_COLOR[card.shortage.level]}
              variant="light"
              leftSection={<IconTrendingUp size={12} aria-hidden />}
            >
              {t('shortage.label', {
                level: t(`shortage.${card.shortage.level}`),
                source: card.shortage.source,
                date: card.shortage.date,
              })}
            </Badge>
          ) : null}
          {card.futureProof ? (
            <Tooltip label={t('futureProof.source')}>
              <Badge color={FUTURE_COLOR[card.futureProof]} variant="light">
                {t(`futureProof.${card.futureProof}`)}
              </Badge>
            </Tooltip>
          ) : null}
        </Group>
        {card.firstStep ? (
          <Paper bg="var(--mantine-color-blue-light)" p="xs" radius="sm">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconBulb size={18} aria-hidden />
              <Text size="sm">
                <strong>{t('card.firstStep')}: </strong>
                {card.firstStep.learning
                  ? t('card.firstStepLearning', {
                      title: card.firstStep.learning.title,
                      skill: card.firstStep.skill.label,
                    })
                  : t('card.firstStepNoLearning', { skill: card.firstStep.skill.label })}
              </Text>
            </Group>
          </Paper>
        ) : (
          <Text size="sm">{t('card.noMissing')}</Text>
        )}
        {card.missingSkills.length ? (
          <div>
            <Text size="sm" fw={500}>
              {t('card.missing')}
            </Text>
            <List size="sm" spacing={2}>
              {card.missingSkills.slice(0, 5).map((s) => (
                <List.Item key={s.uri}>
                  <SkillLabel label={s.label} labelLang={s.labelLang} />
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        <Spoiler maxHeight={0} showLabel={t('card.why')} hideLabel={t('card.why')}>
          <Text size="sm" c="dimmed">
            {card.explanation}
          </Text>
        </Spoiler>
        {action}
      </Stack>
    </Paper>
  );
};
