import { type TPerson, ZUpdatePerson } from '@inzetbaar/contracts';
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { useUpdatePerson } from '../../api/people';
import { emptyToNull } from '../../lib/format';
import { useForm } from '../../lib/use-form';

const valuesOf = (p: TPerson) => ({
  employeeNumber: p.employeeNumber,
  givenName: p.givenName,
  surnamePrefix: p.surnamePrefix ?? '',
  surname: p.surname,
  birthDate: p.birthDate ?? '',
  email: p.email ?? '',
});

export const PersonDetailsForm = ({ person, canEdit }: { person: TPerson; canEdit: boolean }) => {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  const form = useForm(valuesOf(person));
  const { reset } = form;

  // A newer version arrived (our save, or a reload after a conflict): show it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the record's version changes
  useEffect(() => reset(valuesOf(person)), [person.id, person.version, reset]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(ZUpdatePerson, {
      employeeNumber: v.employeeNumber.trim(),
      givenName: v.givenName.trim(),
      surnamePrefix: emptyToNull(v.surnamePrefix),
      surname: v.surname.trim(),
      birthDate: emptyToNull(v.birthDate),
      email: emptyToNull(v.email),
      version: person.version,
    });
    if (!body) return;
    update.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => notifySuccess(t('common.saved')),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <TextInput
            label={t('fields.employeeNumber')}
            required
            readOnly={!canEdit}
            {...form.text('employeeNumber')}
          />
          <TextInput label={t('fields.givenName')} required readOnly={!canEdit} {...form.text('givenName')} />
          <TextInput label={t('fields.surnamePrefix')} readOnly={!canEdit} {...form.text('surnamePrefix')} />
          <TextInput label={t('fields.surname')} required readOnly={!canEdit} {...form.text('surname')} />
          <TextInput
            label={t('fields.birthDate')}
            type="date"
            readOnly={!canEdit}
            {...form.text('birthDate')}
          />
          <TextInput label={t('fields.email')} type="email" readOnly={!canEdit} {...form.text('email')} />
        </SimpleGrid>
        {canEdit ? (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('common.version', { version: person.version })}
            </Text>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
};
