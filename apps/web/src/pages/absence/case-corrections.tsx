import type { TAbsenceCase, TAbsenceReport } from '@inzetbaar/contracts';
import { ZCorrectReport } from '@inzetbaar/contracts';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorrectReport, useUpdateAbsenceCase } from '../../api/absence';
import { notifySuccess } from '../../api/errors';
import { emptyToNull } from '../../lib/format';
import { toNumber, useForm } from '../../lib/use-form';

/** Correct a sick report; the old and new values and the reason go to the audit log. */
export const CorrectReportModal = ({
  caseId,
  report,
  onClose,
}: {
  caseId: string;
  report: TAbsenceReport;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const correct = useCorrectReport(caseId, report.id);
  const form = useForm({
    startDate: report.startDate,
    endDate: report.endDate ?? '',
    contactPhone: report.contactPhone ?? '',
    contactAddress: report.contactAddress ?? '',
    expectedDurationDays: (report.expectedDurationDays ?? '') as number | string,
    currentWork: report.currentWork ?? '',
    safetyNet: report.safetyNet,
    workAccident: report.workAccident,
    liableThirdParty: report.liableThirdParty,
    reason: '',
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(ZCorrectReport, {
      version: report.version,
      startDate: v.startDate,
      endDate: emptyToNull(v.endDate),
      contactPhone: emptyToNull(v.contactPhone),
      contactAddress: emptyToNull(v.contactAddress),
      expectedDurationDays: toNumber(v.expectedDurationDays) ?? null,
      currentWork: emptyToNull(v.currentWork),
      safetyNet: v.safetyNet,
      workAccident: v.workAccident,
      liableThirdParty: v.liableThirdParty,
      reason: v.reason,
    });
    if (!body) return;
    correct.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => {
        notifySuccess(t('absence.correction.done'));
        onClose();
      },
    });
  };
  const check = (key: 'safetyNet' | 'workAccident' | 'liableThirdParty', description?: string) => (
    <Checkbox
      label={t(`absence.fields.${key}`)}
      description={description}
      checked={form.values[key]}
      onChange={(e) => form.setValue(key, e.currentTarget.checked)}
    />
  );
  return (
    <Modal opened onClose={onClose} title={t('absence.correction.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('absence.fields.startDate')}
              type="date"
              required
              {...form.text('startDate')}
            />
            <TextInput
              label={t('absence.correction.endDate')}
              description={t('absence.correction.endDateHint')}
              type="date"
              {...form.text('endDate')}
            />
            <TextInput label={t('absence.fields.contactPhone')} {...form.text('contactPhone')} />
            <TextInput label={t('absence.fields.contactAddress')} {...form.text('contactAddress')} />
            <NumberInput
              label={t('absence.fields.expectedDurationDays')}
              min={1}
              max={730}
              allowDecimal={false}
              {...form.number('expectedDurationDays')}
            />
          </SimpleGrid>
          <Textarea
            label={t('absence.fields.currentWork')}
            description={t('absence.fields.currentWorkHint')}
            autosize
            minRows={2}
            {...form.text('currentWork')}
          />
          {check('safetyNet', t('absence.fields.safetyNetHint'))}
          {check('workAccident')}
          {check('liableThirdParty')}
          <Textarea
            label={t('absence.correction.reason')}
            description={t('absence.correction.reasonHint')}
            required
            autosize
            minRows={2}
            {...form.text('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={correct.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

/** A loonsanctie imposed by UWV after the RIV-toets extends the waiting time (1–52 weeks). */
export const CaseLoonsanctie = ({ c }: { c: TAbsenceCase }) => {
  const { t } = useTranslation();
  const update = useUpdateAbsenceCase(c.id);
  const [weeks, setWeeks] = useState<number | string>(c.loonsanctieWeeks ?? '');
  const save = (value: number | null) =>
    update.mutate(
      { version: c.version, loonsanctieWeeks: value },
      { onSuccess: () => notifySuccess(t('absence.loonsanctie.saved')) },
    );
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={4}>
        {t('absence.loonsanctie.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('absence.loonsanctie.intro')}
      </Text>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('absence.loonsanctie.weeks')}
          min={1}
          max={52}
          allowDecimal={false}
          value={weeks}
          onChange={setWeeks}
          w={200}
        />
        <Button
          variant="light"
          loading={update.isPending}
          disabled={typeof weeks !== 'number'}
          onClick={() => typeof weeks === 'number' && save(weeks)}
        >
          {t('common.save')}
        </Button>
        {c.loonsanctieWeeks ? (
          <Button
            variant="subtle"
            color="red"
            onClick={() => {
              setWeeks('');
              save(null);
            }}
          >
            {t('absence.loonsanctie.clear')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
};
