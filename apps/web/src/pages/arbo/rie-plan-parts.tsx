import type { TMeasure, TPlanGap, TRieAssessment } from '@inzetbaar/contracts';
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue, CatalogueModule, CatalogueRisk } from '../../api/arbo';
import { formatDate } from '../../lib/format';
import { MeasureModal } from './plan.page';
import { useLang } from './shared';

/* The plan van aanpak inside the RI&E (Arbowet art. 5 lid 3): every present risk needs a measure with a term. */

const findRisk = (modules: readonly CatalogueModule[], id: string): CatalogueRisk | undefined => {
  for (const m of modules) {
    const hit = m.risks?.find((r) => r.id === id) ?? findRisk(m.modules ?? [], id);
    if (hit) return hit;
  }
  return undefined;
};

/**
 * "Plan incomplete": which present risks still lack a measure with a term, and that this blocks
 * completing and locking. A click on a risk opens its module in the wizard.
 */
export const PlanGapsAlert = ({
  a,
  catalogue,
  onOpenModule,
}: {
  a: TRieAssessment;
  catalogue: Catalogue;
  onOpenModule: (moduleId: string) => void;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (a.planGaps.length === 0) return null;
  return (
    <Alert color="orange" variant="light" mb="md" title={t('arbo.planGaps.title')} role="status">
      <Stack gap="xs">
        <Text size="sm">
          {a.status === 'locked' ? t('arbo.planGaps.lockedText') : t('arbo.planGaps.text')}
        </Text>
        <List size="sm" spacing={2}>
          {a.planGaps.map((g: TPlanGap) => (
            <List.Item key={g.riskId}>
              <Anchor component="button" type="button" size="sm" onClick={() => onOpenModule(g.moduleId)}>
                {findRisk(catalogue.modules, g.riskId)?.statement[lang] ?? g.riskId}
              </Anchor>{' '}
              — {t(`arbo.planGaps.reason.${g.reason}`)}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
};

/**
 * The measures of one present risk in the wizard, with "add measure" for the writers (also after
 * completion and locking: the plan van aanpak stays open). A new measure starts from the
 * catalogue's first suggestion.
 */
export const RiskMeasures = ({
  assessmentId,
  risk,
  measures,
  canWrite,
  isLocked,
}: {
  assessmentId: string;
  risk: CatalogueRisk;
  measures: readonly TMeasure[];
  canWrite: boolean;
  isLocked: boolean;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState<TMeasure | 'new' | null>(null);
  const own = measures.filter((m) => m.riskId === risk.id);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('arbo.planGaps.measures')}
      </Text>
      {own.length === 0 ? (
        <Text size="sm" c="orange.9">
          {t('arbo.planGaps.reason.no_measure')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {own.map((m) => (
            <List.Item key={m.id}>
              {canWrite ? (
                <Anchor component="button" type="button" size="sm" onClick={() => setEditing(m)}>
                  {m.description}
                </Anchor>
              ) : (
                m.description
              )}{' '}
              —{' '}
              {m.status === 'cancelled'
                ? t('arbo.plan.statuses.cancelled')
                : m.dueDate
                  ? t('arbo.planGaps.dueOn', { date: formatDate(m.dueDate) })
                  : m.status === 'done'
                    ? t('arbo.plan.statuses.done')
                    : t('arbo.planGaps.noDueDate')}
            </List.Item>
          ))}
        </List>
      )}
      {canWrite ? (
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('arbo.planGaps.add')}
          </Button>
        </Group>
      ) : null}
      {editing ? (
        <MeasureModal
          measure={editing === 'new' ? null : editing}
          initial={{
            assessmentId,
            riskId: risk.id,
            description: risk.measures[0]?.text[lang] ?? '',
            ...(risk.measures[0] ? { level: risk.measures[0].level } : {}),
          }}
          isLocked={isLocked}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
};
