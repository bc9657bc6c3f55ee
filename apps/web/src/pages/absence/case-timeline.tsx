import type { TAbsenceCase, TAbsenceMilestone } from '@inzetbaar/contracts';
import { ZMilestoneDone } from '@inzetbaar/contracts';
import { Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkMilestone } from '../../api/absence';
import { notifySuccess } from '../../api/errors';
import { currentLanguage } from '../../i18n';
import { emptyToNull, formatDate } from '../../lib/format';
import { useForm } from '../../lib/use-form';
import { MilestoneBadge } from './absence-badges';

const todayIso = () => new Date().toLocaleDateString('en-CA');

const MarkDoneModal = ({
  caseId,
  milestone,
  onClose,
}: {
  caseId: string;
  milestone: TAbsenceMilestone;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const mark = useMarkMilestone(caseId, milestone.key);
  const form = useForm({ doneOn: todayIso(), documentId: '', note: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(ZMilestoneDone, {
      doneOn: form.values.doneOn,
      documentId: emptyToNull(form.values.documentId),
      note: emptyToNull(form.values.note),
    });
    if (!body) return;
    mark.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => {
        notifySuccess(t('absence.timeline.marked', { label: milestone.label[lang] }));
        onClose();
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('absence.timeline.markTitle', { label: milestone.label[lang] })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('absence.timeline.doneOn')}
            type="date"
            required
            data-autofocus
            {...form.text('doneOn')}
          />
          <TextInput
            label={t('absence.timeline.documentId')}
            description={t('absence.timeline.documentIdHint')}
            {...form.text('documentId')}
          />
          <TextInput
            label={t('absence.timeline.note')}
            description={t('absence.noMedicalHint')}
            {...form.text('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mark.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

const dueText = (m: TAbsenceMilestone) =>
  m.from ? `${formatDate(m.from)} – ${formatDate(m.due)}` : formatDate(m.due);

/** The Poortwachter timeline: every milestone with due date, who acts, status, and "done" for case workers. */
export const CaseTimeline = ({ c }: { c: TAbsenceCase }) => {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [marking, setMarking] = useState<TAbsenceMilestone | null>(null);
  const [showAll, setShowAll] = useState(false);
  // Open milestones shown by default: those due in the next 13 weeks (at least 3).
  const horizon = new Date(`${c.asOf}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + 91);
  const soon = horizon.toISOString().slice(0, 10);
  const open = c.milestones.filter((m) => m.status === 'open');
  const keep = new Set([...open.filter((m) => m.due <= soon), ...open.slice(0, 3)].map((m) => m.key));
  // By default: what was done or is overdue, and what is open soon; not the milestones that never applied.
  const shown = showAll
    ? c.milestones
    : c.milestones.filter((m) => m.status === 'done' || m.status === 'overdue' || keep.has(m.key));
  const hidden = c.milestones.length - shown.length;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={4}>
        {t('absence.timeline.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('absence.timeline.intro', { asOf: formatDate(c.asOf), ruleSet: c.ruleSet })}
      </Text>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('absence.timeline.noneApplicable')}
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={720} hidden={shown.length === 0}>
        <Table verticalSpacing="xs">
          <Table.Caption className="sr-only">{t('absence.timeline.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('absence.timeline.milestone')}</Table.Th>
              <Table.Th scope="col">{t('absence.timeline.due')}</Table.Th>
              <Table.Th scope="col">{t('absence.timeline.responsible')}</Table.Th>
              <Table.Th scope="col">{t('fields.status')}</Table.Th>
              <Table.Th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((m) => (
              <Table.Tr
                key={m.key}
                style={m.status === 'overdue' ? { background: 'var(--mantine-color-red-light)' } : undefined}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {m.label[lang]}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('absence.timeline.week', { week: Math.ceil(m.sickDay / 7) })} · {m.legalSource}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{dueText(m)}</Table.Td>
                <Table.Td>{t(`absence.responsible.${m.responsible}`)}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <MilestoneBadge status={m.status} />
                    {m.status === 'done' && m.doneOn ? (
                      <Text size="xs" c="dimmed">
                        {formatDate(m.doneOn)}
                        {m.documentId ? ` · ${m.documentId}` : ''}
                      </Text>
                    ) : null}
                    {m.note ? (
                      <Text size="xs" c="dimmed">
                        {m.note}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {c.permissions.manage &&
                  m.kind === 'task' &&
                  (m.status === 'open' || m.status === 'overdue') ? (
                    <Button size="xs" variant="light" onClick={() => setMarking(m)}>
                      {t('absence.timeline.markDone')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hidden > 0 || showAll ? (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setShowAll((v) => !v)}>
          {showAll ? t('absence.timeline.showLess') : t('absence.timeline.showAll', { count: hidden })}
        </Button>
      ) : null}
      {marking ? <MarkDoneModal caseId={c.id} milestone={marking} onClose={() => setMarking(null)} /> : null}
    </Paper>
  );
};

const ROLE_ORDER: TAbsenceMilestone['responsible'][] = [
  'employer',
  'occupational_physician',
  'employee',
  'uwv',
];

/** Open tasks per role (what each party has to do next), the nearest first. */
export const CaseTasks = ({ c }: { c: TAbsenceCase }) => {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const pending = c.milestones.filter(
    (m) => m.kind === 'task' && (m.status === 'open' || m.status === 'overdue'),
  );
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('absence.tasks.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {ROLE_ORDER.map((role) => {
          const mine = pending.filter((m) => m.responsible === role).slice(0, 3);
          return (
            <Stack key={role} gap={4}>
              <Text size="sm" fw={600}>
                {t(`absence.responsible.${role}`)}
              </Text>
              {mine.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('absence.tasks.none')}
                </Text>
              ) : (
                mine.map((m) => (
                  <Text
                    key={m.key}
                    size="sm"
                    c={m.status === 'overdue' ? 'red.8' : undefined}
                    fw={m.status === 'overdue' ? 600 : undefined}
                  >
                    {m.label[lang]} —{' '}
                    {m.status === 'overdue'
                      ? t('absence.tasks.overdue', { date: formatDate(m.due) })
                      : formatDate(m.due)}
                  </Text>
                ))
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
};
