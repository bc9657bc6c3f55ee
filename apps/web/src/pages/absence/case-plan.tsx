import type { TAbsenceCase } from '@inzetbaar/contracts';
import { ZSavePlan } from '@inzetbaar/contracts';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavePlan } from '../../api/absence';
import { notifySuccess } from '../../api/errors';
import { PersonSelect } from '../../components/person-select';
import { emptyToNull } from '../../lib/format';
import { toNumber, useForm } from '../../lib/use-form';

const fromPlan = (p: TAbsenceCase['plan']) => ({
  goals: p.goals,
  agreedActivities: p.agreedActivities,
  adaptedWork: p.adaptedWork,
  reducedHoursPerWeek: (p.reducedHoursPerWeek ?? '') as number | string,
  casemanagerPersonId: p.casemanagerPersonId,
  spoor1: p.spoor1,
  spoor2Status: p.spoor2Status as string,
  spoor2StartedOn: p.spoor2StartedOn ?? '',
  spoor2Notes: p.spoor2Notes,
  agreedOn: p.agreedOn ?? '',
});

const ReadOnly = ({ label, value }: { label: string; value: string | null }) =>
  value ? (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </Stack>
  ) : null;

/** Plan van aanpak with spoor 1 / spoor 2; edited with the version last read (a stale save gets 409). */
export const CasePlan = ({ c }: { c: TAbsenceCase }) => {
  const { t } = useTranslation();
  const save = useSavePlan(c.id);
  const form = useForm(fromPlan(c.plan));
  const { reset } = form;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload the form when a new version arrives
  useEffect(() => reset(fromPlan(c.plan)), [c.plan.version, reset]);
  const editable = c.permissions.casework;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(ZSavePlan, {
      goals: v.goals,
      agreedActivities: v.agreedActivities,
      adaptedWork: v.adaptedWork,
      reducedHoursPerWeek: toNumber(v.reducedHoursPerWeek) ?? null,
      casemanagerPersonId: v.casemanagerPersonId,
      spoor1: v.spoor1,
      spoor2Status: v.spoor2Status,
      spoor2StartedOn: v.spoor2Status === 'started' ? emptyToNull(v.spoor2StartedOn) : null,
      spoor2Notes: v.spoor2Notes,
      agreedOn: emptyToNull(v.agreedOn),
      version: c.plan.version,
    });
    if (!body) return;
    save.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => notifySuccess(t('absence.plan.saved')),
    });
  };

  if (!editable)
    return (
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('absence.plan.title')}
        </Title>
        {c.plan.version === 0 ? (
          <Text size="sm" c="dimmed">
            {t('absence.plan.none')}
          </Text>
        ) : (
          <Stack gap="xs">
            <ReadOnly label={t('absence.plan.goals')} value={c.plan.goals} />
            <ReadOnly label={t('absence.plan.agreedActivities')} value={c.plan.agreedActivities} />
            <ReadOnly label={t('absence.plan.adaptedWork')} value={c.plan.adaptedWork} />
            <ReadOnly
              label={t('absence.plan.reducedHoursPerWeek')}
              value={c.plan.reducedHoursPerWeek === null ? null : String(c.plan.reducedHoursPerWeek)}
            />
            <ReadOnly label={t('absence.plan.casemanager')} value={c.plan.casemanagerName} />
            <ReadOnly label={t('absence.plan.spoor1')} value={c.plan.spoor1} />
            <ReadOnly
              label={t('absence.plan.spoor2Status')}
              value={t(`absence.plan.spoor2.${c.plan.spoor2Status}`)}
            />
            <ReadOnly label={t('absence.plan.spoor2Notes')} value={c.plan.spoor2Notes} />
          </Stack>
        )}
      </Paper>
    );

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={4}>
        {t('absence.plan.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('absence.plan.intro')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea label={t('absence.plan.goals')} autosize minRows={2} {...form.text('goals')} />
          <Textarea
            label={t('absence.plan.agreedActivities')}
            autosize
            minRows={2}
            {...form.text('agreedActivities')}
          />
          <Textarea
            label={t('absence.plan.adaptedWork')}
            autosize
            minRows={2}
            {...form.text('adaptedWork')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label={t('absence.plan.reducedHoursPerWeek')}
              min={0}
              max={60}
              {...form.number('reducedHoursPerWeek')}
            />
            <PersonSelect
              label={t('absence.plan.casemanager')}
              value={form.values.casemanagerPersonId}
              onChange={(id) => form.setValue('casemanagerPersonId', id)}
              error={form.errors.casemanagerPersonId}
            />
            <TextInput label={t('absence.plan.agreedOn')} type="date" {...form.text('agreedOn')} />
          </SimpleGrid>
          <Textarea label={t('absence.plan.spoor1')} autosize minRows={2} {...form.text('spoor1')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('absence.plan.spoor2Status')}
              data={(['not_decided', 'not_needed', 'started'] as const).map((s) => ({
                value: s,
                label: t(`absence.plan.spoor2.${s}`),
              }))}
              allowDeselect={false}
              {...form.select('spoor2Status')}
            />
            {form.values.spoor2Status === 'started' ? (
              <TextInput
                label={t('absence.plan.spoor2StartedOn')}
                type="date"
                {...form.text('spoor2StartedOn')}
              />
            ) : null}
          </SimpleGrid>
          <Textarea
            label={t('absence.plan.spoor2Notes')}
            autosize
            minRows={2}
            {...form.text('spoor2Notes')}
          />
          <Text size="xs" c="dimmed">
            {t('absence.noMedicalHint')}
          </Text>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
