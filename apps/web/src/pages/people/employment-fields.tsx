import { Checkbox, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../../components/person-select';
import { UnitSelect } from '../../components/unit-select';
import { emptyToNull } from '../../lib/format';
import { toNumber } from '../../lib/use-form';

export type EmploymentFormValues = {
  startDate: string;
  endDate: string;
  hoursPerWeek: number | string;
  jobTitle: string;
  unitId: string | null;
  managerPersonId: string | null;
  isMajorityShareholderDirector: boolean;
};

type Err = { error?: string };
type EmploymentForm = {
  text: (key: 'startDate' | 'endDate' | 'jobTitle') => Err & {
    value: string;
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  };
  number: (key: 'hoursPerWeek') => Err & { value: number | string; onChange: (v: number | string) => void };
  select: (
    key: 'unitId' | 'managerPersonId',
  ) => Err & { value: string | null; onChange: (v: string | null) => void };
  values: { isMajorityShareholderDirector: boolean };
  setValue: (key: 'isMajorityShareholderDirector', value: boolean) => void;
};

export const emptyEmployment = (hours: number): EmploymentFormValues => ({
  startDate: '',
  endDate: '',
  hoursPerWeek: hours,
  jobTitle: '',
  unitId: null,
  managerPersonId: null,
  isMajorityShareholderDirector: false,
});

/** Form values → API fields (ZCreateEmployment / ZUpdateEmployment validate them). */
export const employmentPayload = (v: EmploymentFormValues) => ({
  startDate: v.startDate,
  endDate: emptyToNull(v.endDate),
  hoursPerWeek: toNumber(v.hoursPerWeek),
  jobTitle: v.jobTitle.trim(),
  unitId: v.unitId,
  managerPersonId: v.managerPersonId,
  isMajorityShareholderDirector: v.isMajorityShareholderDirector,
});

type Props = { form: EmploymentForm; personId?: string };

export const EmploymentFields = ({ form, personId }: Props) => {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t('fields.jobTitle')} required {...form.text('jobTitle')} />
      <NumberInput
        label={t('fields.hoursPerWeek')}
        required
        min={0}
        max={60}
        step={1}
        decimalScale={2}
        decimalSeparator=","
        {...form.number('hoursPerWeek')}
      />
      <TextInput label={t('fields.startDate')} type="date" required {...form.text('startDate')} />
      <TextInput
        label={t('fields.endDate')}
        description={t('employment.endDateHint')}
        type="date"
        {...form.text('endDate')}
      />
      <UnitSelect label={t('fields.unit')} {...form.select('unitId')} />
      <PersonSelect label={t('fields.manager')} excludeId={personId} {...form.select('managerPersonId')} />
      <Checkbox
        label={t('employment.dga')}
        description={t('employment.dgaHint')}
        checked={form.values.isMajorityShareholderDirector}
        onChange={(e) => form.setValue('isMajorityShareholderDirector', e.currentTarget.checked)}
      />
    </SimpleGrid>
  );
};
