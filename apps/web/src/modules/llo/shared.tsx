import type { TMe, TSkillLabel } from '@inzetbaar/contracts';
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../api/me';
import { locale } from '../../i18n';

/* Small pieces the LLO pages share. */

export const LLO_PATHS = {
  mine: '/mijn-ontwikkeling',
  team: '/ontwikkeling/medewerkers',
  requests: '/ontwikkeling/aanvragen',
  catalogue: '/ontwikkeling/catalogus',
  dashboard: '/ontwikkeling/dashboard',
  about: '/ontwikkeling/over-de-gegevens',
} as const;

export const isHr = (me: TMe) => hasRole(me, 'hr');
export const isManager = (me: TMe) => hasRole(me, 'manager');
export const decidesRequests = (me: TMe) => isHr(me) || isManager(me);

/** Euro cents → "€ 1.234,50". */
export const money = (cents: number): string =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
/** Hours with at most one decimal. */
export const hours = (h: number): string =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(h);
export const percent = (p: number | null): string =>
  p === null ? '–' : `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(p)}%`;

/** A skill's name; a skill ESCO has no Dutch label for is shown in English and marked. */
export const SkillName = ({ skill, size = 'sm' }: { skill: TSkillLabel; size?: 'xs' | 'sm' }) => {
  const { t } = useTranslation('development');
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <Text size={size} component="span" lang={skill.labelLang}>
        {skill.label}
      </Text>
      {skill.labelLang === 'en' ? (
        <Tooltip label={t('skills.englishOnlyHint')}>
          <Badge
            size="xs"
            variant="outline"
            color="gray"
            style={{ flexShrink: 0 }}
            aria-label={t('skills.englishOnlyHint')}
          >
            EN
          </Badge>
        </Tooltip>
      ) : null}
      {skill.isCustom ? (
        <Badge size="xs" variant="light" color="grape">
          {t('skills.custom')}
        </Badge>
      ) : null}
    </Group>
  );
};

export const LEVELS = [1, 2, 3, 4] as const;
export const levelOptions = (t: (k: `levels.${1 | 2 | 3 | 4}`) => string) =>
  LEVELS.map((l) => ({ value: String(l), label: `${l} – ${t(`levels.${l}`)}` }));
