import { ZFullRecovery, ZPartialRecovery } from '@inzetbaar/contracts';
import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFullRecovery, usePartialRecovery } from '../../api/absence';
import { notifySuccess } from '../../api/errors';
import { toNumber, useForm } from '../../lib/use-form';

const todayIso = () => new Date().toLocaleDateString('en-CA');

/** Partial return to work: a share of the contract hours from a date. */
export const PartialRecoveryModal = ({ caseId, onClose }: { caseId: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const save = usePartialRecovery(caseId);
  const form = useForm({ from: todayIso(), workPercentage: 50 as number | string });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(ZPartialRecovery, {
      from: form.values.from,
      workPercentage: toNumber(form.values.workPercentage),
    });
    if (!body) return;
    save.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => {
        notifySuccess(t('absence.recovery.partialDone'));
        onClose();
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('absence.recovery.partial')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('absence.recovery.from')}
            type="date"
            required
            data-autofocus
            {...form.text('from')}
          />
          <NumberInput
            label={t('absence.recovery.workPercentage')}
            description={t('absence.recovery.workPercentageHint')}
            min={1}
            max={99}
            suffix="%"
            allowDecimal={false}
            {...form.number('workPercentage')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

/** Betermelding: the first day fully back at work. */
export const FullRecoveryModal = ({ caseId, onClose }: { caseId: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const save = useFullRecovery(caseId);
  const form = useForm({ recoveredOn: todayIso() });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(ZFullRecovery, form.values);
    if (!body) return;
    save.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => {
        notifySuccess(t('absence.recovery.fullDone'));
        onClose();
      },
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('absence.recovery.full')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('absence.recovery.recoveredOn')}
            description={t('absence.recovery.recoveredOnHint')}
            type="date"
            required
            data-autofocus
            {...form.text('recoveredOn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('absence.recovery.fullSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
