import { type TEmployment, ZCreateEmployment, ZUpdateEmployment } from '@inzetbaar/contracts';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateEmployment, useUpdateEmployment } from '../../api/employments';
import { notifySuccess } from '../../api/errors';
import { useForm } from '../../lib/use-form';
import {
  EmploymentFields,
  type EmploymentFormValues,
  employmentPayload,
  emptyEmployment,
} from './employment-fields';

const valuesOf = (e: TEmployment): EmploymentFormValues => ({
  startDate: e.startDate,
  endDate: e.endDate ?? '',
  hoursPerWeek: e.hoursPerWeek,
  jobTitle: e.jobTitle,
  unitId: e.unitId,
  managerPersonId: e.managerPersonId,
  isMajorityShareholderDirector: e.isMajorityShareholderDirector,
});

type Props = {
  personId: string;
  /** null: a new employment. */
  employment: TEmployment | null;
  opened: boolean;
  defaultHours: number;
  onClose: () => void;
};

export const EmploymentModal = ({ personId, employment, opened, defaultHours, onClose }: Props) => {
  const { t } = useTranslation();
  const create = useCreateEmployment(personId);
  const update = useUpdateEmployment(personId);
  const form = useForm<EmploymentFormValues>(emptyEmployment(defaultHours));
  const { reset } = form;

  useEffect(() => {
    if (opened) reset(employment ? valuesOf(employment) : emptyEmployment(defaultHours));
  }, [opened, employment, defaultHours, reset]);

  const done = () => {
    notifySuccess(t('common.saved'));
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const payload = employmentPayload(form.values);
    if (employment) {
      const body = form.validate(ZUpdateEmployment, { ...payload, version: employment.version });
      if (body)
        update.mutate(
          { ...body, id: employment.id },
          { onError: (err) => form.applyProblem(err), onSuccess: done },
        );
    } else {
      const body = form.validate(ZCreateEmployment, payload);
      if (body) create.mutate(body, { onError: (err) => form.applyProblem(err), onSuccess: done });
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={employment ? t('employment.edit') : t('employment.add')}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <EmploymentFields form={form} personId={personId} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
