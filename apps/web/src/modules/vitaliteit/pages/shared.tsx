import type { TCampaign } from '@inzetbaar/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const BAND_COLOR = { good: 'teal', neutral: 'gray', attention: 'orange', risk: 'red' } as const;

export const CampaignStatusBadge = ({ status }: { status: TCampaign['status'] }) => {
  const { t } = useTranslation('vitality');
  const color = status === 'open' ? 'teal' : status === 'scheduled' ? 'blue' : 'gray';
  return (
    <Badge variant="light" color={color} style={{ flexShrink: 0, overflow: 'visible' }}>
      {t(`campaigns.status.${status}`)}
    </Badge>
  );
};

/** A score with one decimal at most, in the user's language. */
export const formatScore = (n: number, lang: 'nl' | 'en') =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(n);
