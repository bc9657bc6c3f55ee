import type { TMeasure } from '@inzetbaar/contracts';
import { EFFECTIVENESS_RESULTS, MEASURE_LEVELS, MEASURE_STATUSES } from '@inzetbaar/contracts';
import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAssessments,
  useCreateMeasure,
  useDeleteMeasure,
  useMeasures,
  useUpdateMeasure,
} from '../../api/arbo';
import { download } from '../../api/client';
import { formErrorText, notifyError, notifySuccess } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { ConfirmModal } from '../../components/confirm';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDate, formatNumber } from '../../lib/format';
import { ArboPersonSelect } from './shared';

// The chart library is large: load it only on this page, when the chart is shown.
const ProgressChart = lazy(() => import('./plan-chart'));

/** Table rows of measures (also used by the report page). */
export const MeasureRows = ({
  measures,
  onEdit,
  highlightId,
}: {
  measures: TMeasure[];
  onEdit?: (m: TMeasure) => void;
  /** The measure a deep link points at: outlined (the page scrolls it into view). */
  highlightId?: string | undefined;
}) => {
  const { t } = useTranslation();
  return (
    <>
      {measures.map((m) => (
        <Table.Tr
          key={m.id}
          bg={m.overdue ? 'var(--mantine-color-red-light)' : undefined}
          aria-current={m.id === highlightId ? 'true' : undefined}
          style={m.id === highlightId ? { outline: '2px solid var(--mantine-color-blue-filled)' } : undefined}
        >
          <Table.Td>{m.description}</Table.Td>
          <Table.Td>{t(`arbo.level.${m.level}`)}</Table.Td>
          <Table.Td>{m.ownerName ?? '—'}</Table.Td>
          <Table.Td>
            {m.dueDate ? formatDate(m.dueDate) : '—'}
            {m.overdue ? (
              <Badge ml={6} color="red" size="sm">
                {t('arbo.plan.overdue')}
              </Badge>
            ) : null}
          </Table.Td>
          <Table.Td>{m.budget !== null ? `€ ${formatNumber(m.budget)}` : '—'}</Table.Td>
          <Table.Td>
            {t(`arbo.plan.statuses.${m.status}`)}
            {m.effectivenessResult ? (
              <Text size="xs">{t(`arbo.plan.results.${m.effectivenessResult}`)}</Text>
            ) : null}
          </Table.Td>
          {onEdit ? (
            <Table.Td>
              <Button size="xs" variant="light" onClick={() => onEdit(m)}>
                {t('arbo.plan.edit')}
              </Button>
            </Table.Td>
          ) : null}
        </Table.Tr>
      ))}
    </>
  );
};

export const MeasureModal = ({
  measure,
  initial,
  isLocked = false,
  onClose,
}: {
  measure: TMeasure | null;
  initial?: {
    assessmentId?: string | null;
    riskId?: string | null;
    description?: string;
    level?: TMeasure['level'];
  };
  /** The measure belongs to a locked RI&E: it can be edited and cancelled, not deleted. */
  isLocked?: boolean;
  onClose: (created?: TMeasure) => void;
}) => {
  const { t } = useTranslation();
  const create = useCreateMeasure();
  const update = useUpdateMeasure();
  const remove = useDeleteMeasure();
  const [confirming, setConfirming] = useState(false);
  const [description, setDescription] = useState(measure?.description ?? initial?.description ?? '');
  const [level, setLevel] = useState<string>(measure?.level ?? initial?.level ?? 'bron');
  const [owner, setOwner] = useState<string | null>(measure?.ownerPersonId ?? null);
  const [due, setDue] = useState(measure?.dueDate ?? '');
  const [budget, setBudget] = useState<number | string>(measure?.budget ?? '');
  const [status, setStatus] = useState<string>(measure?.status ?? 'planned');
  const [checkOn, setCheckOn] = useState(measure?.effectivenessCheckOn ?? '');
  const [result, setResult] = useState<string | null>(measure?.effectivenessResult ?? null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(formErrorText(e));
  const common = {
    description,
    level: level as TMeasure['level'],
    ownerPersonId: owner,
    dueDate: due || null,
    budget: budget === '' ? null : Number(budget),
  };
  const submit = () => {
    setError(null);
    if (measure)
      update.mutate(
        {
          id: measure.id,
          version: measure.version,
          ...common,
          status: status as TMeasure['status'],
          effectivenessCheckOn: checkOn || null,
          effectivenessResult: result as TMeasure['effectivenessResult'],
        },
        {
          onSuccess: () => {
            notifySuccess(t('common.saved'));
            onClose();
          },
          onError: fail,
        },
      );
    else
      create.mutate(
        { ...common, assessmentId: initial?.assessmentId ?? null, riskId: initial?.riskId ?? null },
        {
          onSuccess: (m) => {
            notifySuccess(t('arbo.plan.created'));
            onClose(m);
          },
          onError: fail,
        },
      );
  };
  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={measure ? t('arbo.plan.edit') : t('arbo.plan.new')}
      size="lg"
    >
      <Stack>
        <Textarea
          label={t('arbo.plan.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('arbo.plan.level')}
            data={MEASURE_LEVELS.map((l) => ({ value: l, label: t(`arbo.level.${l}`) }))}
            value={level}
            onChange={(v) => setLevel(v ?? 'bron')}
          />
          <ArboPersonSelect label={t('arbo.plan.owner')} value={owner} onChange={setOwner} />
          <TextInput
            type="date"
            label={t('arbo.plan.due')}
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
          />
          <NumberInput
            label={t('arbo.plan.budget')}
            value={budget}
            onChange={setBudget}
            min={0}
            prefix="€ "
            thousandSeparator="."
            decimalSeparator=","
          />
          {measure ? (
            <>
              <Select
                label={t('arbo.plan.status')}
                data={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`arbo.plan.statuses.${s}`) }))}
                value={status}
                onChange={(v) => setStatus(v ?? 'planned')}
              />
              <TextInput
                type="date"
                label={t('arbo.plan.checkOn')}
                value={checkOn}
                onChange={(e) => setCheckOn(e.currentTarget.value)}
              />
              <Select
                label={t('arbo.plan.result')}
                clearable
                data={EFFECTIVENESS_RESULTS.map((r) => ({
                  value: r,
                  label: t(`arbo.plan.results.${r}`),
                }))}
                value={result}
                onChange={setResult}
              />
            </>
          ) : null}
        </SimpleGrid>
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        {measure && isLocked ? (
          <Text size="sm" c="dimmed">
            {t('arbo.plan.deleteLocked')}
          </Text>
        ) : null}
        <Group justify="space-between">
          {measure && !isLocked ? (
            <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
              {t('arbo.plan.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={() => onClose()}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={submit}
              loading={create.isPending || update.isPending}
              disabled={!description.trim()}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      {measure ? (
        <ConfirmModal
          opened={confirming}
          title={t('arbo.plan.deleteTitle')}
          message={t('arbo.plan.deleteMessage', { description: measure.description })}
          confirmLabel={t('arbo.plan.delete')}
          isLoading={remove.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(
              { id: measure.id, version: measure.version },
              {
                onSuccess: () => {
                  notifySuccess(t('arbo.plan.deleted'));
                  onClose();
                },
                onSettled: () => setConfirming(false),
              },
            )
          }
        />
      ) : null}
    </Modal>
  );
};

export const PlanPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const canWrite = hasRole(me.data, 'hr') || hasRole(me.data, 'prevention_officer');
  const { measure: linked } = useSearch({ from: '/app/arbo/plan-van-aanpak' });
  const measures = useMeasures();
  const assessments = useAssessments();
  const lockedIds = useMemo(
    () => new Set((assessments.data?.items ?? []).filter((a) => a.status === 'locked').map((a) => a.id)),
    [assessments.data],
  );
  const [editing, setEditing] = useState<TMeasure | null | 'new'>(null);
  const [busy, setBusy] = useState(false);
  const items = measures.data?.items ?? [];
  // A reminder's deep link: writers get the measure opened, readers see it highlighted.
  const [openedLink, setOpenedLink] = useState<string | null>(null);
  useEffect(() => {
    if (!canWrite || !linked || openedLink === linked) return;
    const m = measures.data?.items.find((x) => x.id === linked);
    if (m) {
      setOpenedLink(linked);
      setEditing(m);
    }
  }, [canWrite, linked, openedLink, measures.data]);
  const isLoaded = measures.isSuccess;
  useEffect(() => {
    if (isLoaded && linked)
      document.querySelector('tr[aria-current="true"]')?.scrollIntoView({ block: 'center' });
  }, [isLoaded, linked]);
  const overdue = items.filter((m) => m.overdue).length;
  const xlsx = async () => {
    setBusy(true);
    try {
      await download('/api/v1/measures/export.xlsx', {}, 'plan-van-aanpak.xlsx');
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader
        title={t('arbo.plan.title')}
        description={t('arbo.plan.description2')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={busy}
              onClick={() => void xlsx()}
            >
              {t('arbo.plan.export')}
            </Button>
            {canWrite ? (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
                {t('arbo.plan.new')}
              </Button>
            ) : null}
          </>
        }
      />
      {measures.isPending ? (
        <LoadingState />
      ) : measures.isError ? (
        <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('arbo.plan.empty')} />
      ) : (
        <Stack>
          <Paper withBorder p="md">
            <Group justify="space-between" mb="xs">
              <Text fw={600}>{t('arbo.plan.progress')}</Text>
              {overdue ? <Badge color="red">{t('arbo.plan.overdueCount', { count: overdue })}</Badge> : null}
            </Group>
            <Suspense fallback={<LoadingState rows={2} />}>
              <ProgressChart measures={items} />
            </Suspense>
          </Paper>
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('arbo.plan.description')}</Table.Th>
                    <Table.Th>{t('arbo.plan.level')}</Table.Th>
                    <Table.Th>{t('arbo.plan.owner')}</Table.Th>
                    <Table.Th>{t('arbo.plan.due')}</Table.Th>
                    <Table.Th>{t('arbo.plan.budget')}</Table.Th>
                    <Table.Th>{t('arbo.plan.status')}</Table.Th>
                    {canWrite ? <Table.Th>{t('common.actions')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <MeasureRows
                    measures={items}
                    highlightId={linked}
                    {...(canWrite ? { onEdit: setEditing } : {})}
                  />
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      )}
      {editing ? (
        <MeasureModal
          measure={editing === 'new' ? null : editing}
          isLocked={editing !== 'new' && !!editing.assessmentId && lockedIds.has(editing.assessmentId)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
};
