import { ZReportSick } from '@inzetbaar/contracts';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportSick } from '../../api/absence';
import { notifySuccess } from '../../api/errors';
import { PersonSelect } from '../../components/person-select';
import { emptyToNull } from '../../lib/format';
import { toNumber, useForm } from '../../lib/use-form';

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const empty = () => ({
  personId: null as string | null,
  startDate: todayIso(),
  contactPhone: '',
  contactAddress: '',
  expectedDurationDays: '' as number | string,
  currentWork: '',
  safetyNet: false,
  workAccident: false,
  liableThirdParty: false,
});

/**
 * Ziekmelding. Only the fields the AP allows an employer to ask (domain-rules §2.1): there is no
 * field for a diagnosis or a reason, and the server refuses one. `selfPersonId` is set when an
 * employee reports themself.
 */
export const ReportSickModal = ({
  opened,
  onClose,
  selfPersonId,
}: {
  opened: boolean;
  onClose: () => void;
  selfPersonId?: string | null;
}) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const report = useReportSick();
  const form = useForm(empty());

  const close = () => {
    form.reset(empty());
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(ZReportSick, {
      personId: selfPersonId ?? v.personId ?? '',
      startDate: v.startDate,
      contactPhone: emptyToNull(v.contactPhone),
      contactAddress: emptyToNull(v.contactAddress),
      expectedDurationDays: toNumber(v.expectedDurationDays) ?? null,
      currentWork: emptyToNull(v.currentWork),
      safetyNet: v.safetyNet,
      workAccident: v.workAccident,
      liableThirdParty: v.liableThirdParty,
    });
    if (!body) return;
    report.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: (c) => {
        notifySuccess(t('absence.report.done', { name: c.personName }));
        close();
        void navigate({ to: '/verzuim/$caseId', params: { caseId: c.id } });
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
    <Modal
      opened={opened}
      onClose={close}
      title={t(selfPersonId ? 'absence.report.titleSelf' : 'absence.report.title')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert variant="light" color="blue" icon={<IconShieldLock aria-hidden />}>
            {t('absence.report.privacy')}
          </Alert>
          {selfPersonId ? null : (
            <PersonSelect
              label={t('absence.fields.person')}
              required
              data-autofocus
              value={form.values.personId}
              onChange={(id) => form.setValue('personId', id)}
              error={form.errors.personId}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('absence.fields.startDate')}
              type="date"
              required
              {...form.text('startDate')}
            />
            <NumberInput
              label={t('absence.fields.expectedDurationDays')}
              min={1}
              max={730}
              allowDecimal={false}
              {...form.number('expectedDurationDays')}
            />
            <TextInput label={t('absence.fields.contactPhone')} type="tel" {...form.text('contactPhone')} />
            <TextInput
              label={t('absence.fields.contactAddress')}
              description={t('absence.fields.contactAddressHint')}
              {...form.text('contactAddress')}
            />
          </SimpleGrid>
          <Textarea
            label={t('absence.fields.currentWork')}
            description={t('absence.fields.currentWorkHint')}
            autosize
            minRows={2}
            {...form.text('currentWork')}
          />
          <Stack gap="xs">
            {check('safetyNet', t('absence.fields.safetyNetHint'))}
            {check('workAccident')}
            {check('liableThirdParty')}
          </Stack>
          {form.hasErrors ? (
            <Text size="sm" c="red" role="alert">
              {t('common.checkFields')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={report.isPending}>
              {t('absence.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
