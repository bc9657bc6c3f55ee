import type { TAccident } from '@inzetbaar/contracts';
import { HOSPITAL_CARE } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
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
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccidents, useCreateAccident, useUpdateAccident } from '../../api/arbo';
import { formErrorText, notifySuccess } from '../../api/errors';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { UnitSelect } from '../../components/unit-select';
import { formatDate } from '../../lib/format';
import { AccidentFigures, last12Months, type Period, PeriodFilter } from './accident-figures';

const AccidentModal = ({ accident, onClose }: { accident?: TAccident; onClose: () => void }) => {
  const { t } = useTranslation();
  const create = useCreateAccident();
  const update = useUpdateAccident();
  const [occurredOn, setOccurredOn] = useState(accident?.occurredOn ?? '');
  const [unitId, setUnitId] = useState<string | null>(accident?.unitId ?? null);
  const [nature, setNature] = useState(accident?.nature ?? '');
  const [consequences, setConsequences] = useState(accident?.consequences ?? '');
  const [absence, setAbsence] = useState<number | string>(accident?.absenceWorkingDays ?? 0);
  const [hospital, setHospital] = useState<TAccident['hospitalCare']>(accident?.hospitalCare ?? 'none');
  const [death, setDeath] = useState(accident?.death ?? false);
  const [permanent, setPermanent] = useState(accident?.permanentInjury ?? false);
  const [commuting, setCommuting] = useState(accident?.commuting ?? false);
  const [reportedOn, setReportedOn] = useState(accident?.reportedToInspectorateOn ?? '');
  const [error, setError] = useState<string | null>(null);
  // The checklist: the same rule as the server (Arbowet art. 9), shown while filling in.
  const mustNotify =
    !commuting && (death || permanent || hospital === 'day_admission' || hospital === 'admission');
  const submit = () => {
    const body = {
      occurredOn,
      unitId,
      nature,
      consequences,
      absenceWorkingDays: Number(absence) || 0,
      hospitalCare: hospital,
      death,
      permanentInjury: permanent,
      commuting,
      reportedToInspectorateOn: reportedOn || null,
    };
    const handlers = {
      onSuccess: () => {
        notifySuccess(accident ? t('common.saved') : t('arbo.accidents.created'));
        onClose();
      },
      onError: (e: unknown) => setError(formErrorText(e)),
    };
    if (accident) update.mutate({ id: accident.id, version: accident.version, ...body }, handlers);
    else create.mutate(body, handlers);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={accident ? t('arbo.accidents.edit') : t('arbo.accidents.new')}
      size="lg"
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('arbo.accidents.date')}
            value={occurredOn}
            onChange={(e) => setOccurredOn(e.currentTarget.value)}
            required
          />
          <UnitSelect label={t('arbo.accidents.unit')} value={unitId} onChange={setUnitId} clearable />
        </SimpleGrid>
        <Textarea
          label={t('arbo.accidents.nature')}
          value={nature}
          onChange={(e) => setNature(e.currentTarget.value)}
          required
          autosize
        />
        <Textarea
          label={t('arbo.accidents.consequences')}
          value={consequences}
          onChange={(e) => setConsequences(e.currentTarget.value)}
          required
          autosize
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('arbo.accidents.absence')} value={absence} onChange={setAbsence} min={0} />
          <Select
            label={t('arbo.accidents.hospital')}
            data={HOSPITAL_CARE.map((h) => ({ value: h, label: t(`arbo.accidents.hospitalCare.${h}`) }))}
            value={hospital}
            onChange={(v) => setHospital((v as TAccident['hospitalCare']) ?? 'none')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group>
          <Checkbox
            label={t('arbo.accidents.death')}
            checked={death}
            onChange={(e) => setDeath(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('arbo.accidents.permanent')}
            checked={permanent}
            onChange={(e) => setPermanent(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('arbo.accidents.commuting')}
            checked={commuting}
            onChange={(e) => setCommuting(e.currentTarget.checked)}
          />
        </Group>
        {mustNotify ? (
          <Alert color="red" variant="light" title={t('arbo.accidents.notifyTitle')}>
            {t('arbo.accidents.notifyText')}
          </Alert>
        ) : null}
        <TextInput
          type="date"
          label={t('arbo.accidents.reportedOn')}
          value={reportedOn}
          onChange={(e) => setReportedOn(e.currentTarget.value)}
        />
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={create.isPending || update.isPending}
            disabled={!occurredOn || !nature.trim() || !consequences.trim()}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/**
 * Ongevallenregister (Arbowet art. 9) over a period (default the last 12 months) with the notification
 * check, and frequency figures per 100 people and per 1,000,000 hours worked, per unit and in total.
 */
export const AccidentsPage = () => {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>(last12Months);
  // The figures follow the last complete, valid period while the user is still typing a date.
  const [applied, setApplied] = useState<Period>(period);
  const invalid = !!period.from && !!period.to && period.from > period.to;
  const changePeriod = (p: Period) => {
    setPeriod(p);
    if (p.from && p.to && p.from <= p.to) setApplied(p);
  };
  const accidents = useAccidents(applied);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TAccident | null>(null);
  return (
    <>
      <PageHeader
        title={t('arbo.accidents.title')}
        description={t('arbo.accidents.description')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('arbo.accidents.new')}
          </Button>
        }
      />
      <Stack>
        <PeriodFilter value={period} onChange={changePeriod} invalid={invalid} />
        {accidents.isPending ? (
          <LoadingState />
        ) : accidents.isError ? (
          <ErrorState error={accidents.error} onRetry={() => void accidents.refetch()} />
        ) : (
          <>
            <AccidentFigures data={accidents.data} />
            <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
              <Text fw={600} mb="xs" component="h2">
                {t('arbo.accidents.list')}
              </Text>
              {accidents.data.items.length === 0 ? (
                <EmptyState title={t('arbo.accidents.emptyPeriod')} />
              ) : (
                <AccidentTable items={accidents.data.items} onEdit={setEditing} />
              )}
            </Paper>
          </>
        )}
      </Stack>
      {adding ? <AccidentModal onClose={() => setAdding(false)} /> : null}
      {editing ? (
        <AccidentModal key={editing.id} accident={editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
};

const AccidentTable = ({ items, onEdit }: { items: TAccident[]; onEdit: (a: TAccident) => void }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('arbo.accidents.date')}</Table.Th>
            <Table.Th>{t('arbo.accidents.nature')}</Table.Th>
            <Table.Th>{t('arbo.accidents.consequences')}</Table.Th>
            <Table.Th>{t('arbo.accidents.absence')}</Table.Th>
            <Table.Th>{t('arbo.accidents.duty')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{formatDate(a.occurredOn)}</Table.Td>
              <Table.Td>{a.nature}</Table.Td>
              <Table.Td>{a.consequences}</Table.Td>
              <Table.Td>{a.absenceWorkingDays}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {a.mustNotifyInspectorateImmediately ? (
                    <Badge
                      color={a.reportedToInspectorateOn ? 'teal' : 'red'}
                      variant={a.reportedToInspectorateOn ? 'light' : 'filled'}
                    >
                      {a.reportedToInspectorateOn
                        ? t('arbo.accidents.notified', { date: formatDate(a.reportedToInspectorateOn) })
                        : t('arbo.accidents.mustNotify')}
                    </Badge>
                  ) : null}
                  {a.commuting ? <Badge variant="outline">{t('arbo.accidents.commutingBadge')}</Badge> : null}
                  {a.mustRegister ? <Badge variant="light">{t('arbo.accidents.register')}</Badge> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => onEdit(a)}>
                  {t('arbo.plan.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
