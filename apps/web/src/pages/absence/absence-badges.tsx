import type { TAbsenceMilestone } from '@inzetbaar/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const MILESTONE_COLORS: Record<TAbsenceMilestone['status'], string> = {
  open: 'blue',
  done: 'teal',
  overdue: 'red',
  not_applicable: 'gray',
};

export const MilestoneBadge = ({ status }: { status: TAbsenceMilestone['status'] }) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={MILESTONE_COLORS[status]}
      variant="light"
      styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {t(`absence.milestoneStatus.${status}`)}
    </Badge>
  );
};

export const CaseStatusBadge = ({ status }: { status: 'open' | 'closed' }) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === 'open' ? 'orange' : 'gray'}
      variant="light"
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`absence.caseStatus.${status}`)}
    </Badge>
  );
};
