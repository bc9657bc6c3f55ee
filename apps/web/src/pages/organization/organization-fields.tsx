import { SBI_SECTIONS } from '@inzetbaar/contracts';
import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Err = { error?: string };
type TextProps = Err & {
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
};
type SelectProps = Err & { value: string | null; onChange: (v: string | null) => void };
type NumberProps = Err & { value: number | string; onChange: (v: number | string) => void };

/** The part of a form (see use-form) these fields bind to. */
export type OrganizationFieldsForm = {
  text: (key: 'name' | 'kvkNumber' | 'sbiDivision') => TextProps;
  select: (key: 'sbiSection' | 'timeZone') => SelectProps;
  number: (key: 'fullTimeHours') => NumberProps;
};

export type OrganizationFormValues = {
  name: string;
  kvkNumber: string;
  sbiSection: string | null;
  sbiDivision: string;
  timeZone: string | null;
  fullTimeHours: number | string;
};

const timeZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Amsterdam'];
  }
};

export const OrganizationFields = ({
  form,
  disabled,
}: {
  form: OrganizationFieldsForm;
  disabled?: boolean;
}) => {
  const { t } = useTranslation();
  const sections = SBI_SECTIONS.map((s) => ({ value: s, label: `${s} — ${t(`sbi.${s}`)}` }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t('organization.name')} required disabled={disabled} {...form.text('name')} />
      <TextInput
        label={t('organization.kvkNumber')}
        description={t('organization.kvkHint')}
        inputMode="numeric"
        maxLength={8}
        disabled={disabled}
        {...form.text('kvkNumber')}
      />
      <Select
        label={t('organization.sbiSection')}
        description={t('organization.sbiSectionHint')}
        data={sections}
        searchable
        required
        allowDeselect={false}
        disabled={disabled}
        {...form.select('sbiSection')}
      />
      <TextInput
        label={t('organization.sbiDivision')}
        description={t('organization.sbiDivisionHint')}
        inputMode="numeric"
        maxLength={2}
        disabled={disabled}
        {...form.text('sbiDivision')}
      />
      <NumberInput
        label={t('organization.fullTimeHours')}
        description={t('organization.fullTimeHoursHint')}
        min={1}
        max={60}
        step={0.5}
        decimalScale={2}
        decimalSeparator=","
        required
        disabled={disabled}
        {...form.number('fullTimeHours')}
      />
      <Select
        label={t('organization.timeZone')}
        data={timeZones()}
        searchable
        required
        allowDeselect={false}
        disabled={disabled}
        limit={50}
        {...form.select('timeZone')}
      />
    </SimpleGrid>
  );
};
