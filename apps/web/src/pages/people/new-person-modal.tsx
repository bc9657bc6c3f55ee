import { ZCreatePerson } from '@inzetbaar/contracts';
import { Button, Checkbox, Divider, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { useMe } from '../../api/me';
import { useCreatePerson } from '../../api/people';
import { emptyToNull } from '../../lib/format';
import { useForm } from '../../lib/use-form';
import { EmploymentFields, employmentPayload, emptyEmployment } from './employment-fields';

const emptyPerson = {
  employeeNumber: '',
  givenName: '',
  surnamePrefix: '',
  surname: '',
  birthDate: '',
  email: '',
};

export const NewPersonModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const hours = me.data?.organization?.fullTimeHours ?? 40;
  const create = useCreatePerson();
  const [withEmployment, setWithEmployment] = useState(true);
  const form = useForm({ ...emptyPerson, ...emptyEmployment(hours) });

  const close = () => {
    form.reset({ ...emptyPerson, ...emptyEmployment(hours) });
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(ZCreatePerson, {
      employeeNumber: v.employeeNumber.trim(),
      givenName: v.givenName.trim(),
      surnamePrefix: emptyToNull(v.surnamePrefix),
      surname: v.surname.trim(),
      birthDate: emptyToNull(v.birthDate),
      email: emptyToNull(v.email),
      employment: withEmployment ? employmentPayload(v) : undefined,
    });
    if (!body) return;
    create.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: (person) => {
        notifySuccess(t('people.created', { name: person.displayName }));
        close();
        void navigate({ to: '/medewerkers/$personId', params: { personId: person.id } });
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('people.new')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('fields.employeeNumber')}
              required
              data-autofocus
              {...form.text('employeeNumber')}
            />
            <TextInput label={t('fields.email')} type="email" {...form.text('email')} />
            <TextInput label={t('fields.givenName')} required {...form.text('givenName')} />
            <TextInput
              label={t('fields.surnamePrefix')}
              description={t('fields.surnamePrefixHint')}
              {...form.text('surnamePrefix')}
            />
            <TextInput label={t('fields.surname')} required {...form.text('surname')} />
            <TextInput label={t('fields.birthDate')} type="date" {...form.text('birthDate')} />
          </SimpleGrid>
          <Divider />
          <Checkbox
            label={t('people.withEmployment')}
            checked={withEmployment}
            onChange={(e) => setWithEmployment(e.currentTarget.checked)}
          />
          {withEmployment ? <EmploymentFields form={form} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
