import type { TAbsenceCase } from '@inzetbaar/contracts';
import { ZCreateEvaluation } from '@inzetbaar/contracts';
import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddEvaluation } from '../../api/absence';
import { notifySuccess } from '../../api/errors';
import { formatDate } from '../../lib/format';
import { useForm } from '../../lib/use-form';

const empty = () => ({ date: new Date().toLocaleDateString('en-CA'), summary: '', adjustments: '' });

/** Evaluation log of the plan van aanpak (at least every 6 weeks). */
export const CaseEvaluations = ({ c }: { c: TAbsenceCase }) => {
  const { t } = useTranslation();
  const add = useAddEvaluation(c.id);
  const form = useForm(empty());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(ZCreateEvaluation, form.values);
    if (!body) return;
    add.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => {
        notifySuccess(t('absence.evaluations.added'));
        form.reset(empty());
      },
    });
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('absence.evaluations.title')}
      </Title>
      {c.evaluations.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('absence.evaluations.none')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} mb="md">
          {c.evaluations.map((e) => (
            <Timeline.Item key={e.id} title={formatDate(e.date)}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.summary}
              </Text>
              {e.adjustments ? (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {t('absence.evaluations.adjustments')}: {e.adjustments}
                </Text>
              ) : null}
              {e.authorName ? (
                <Text size="xs" c="dimmed">
                  {e.authorName}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {c.permissions.casework ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('absence.evaluations.date')}
              type="date"
              required
              w={200}
              {...form.text('date')}
            />
            <Textarea
              label={t('absence.evaluations.summary')}
              required
              autosize
              minRows={2}
              {...form.text('summary')}
            />
            <Textarea
              label={t('absence.evaluations.adjustments')}
              autosize
              minRows={1}
              {...form.text('adjustments')}
            />
            <Text size="xs" c="dimmed">
              {t('absence.noMedicalHint')}
            </Text>
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={add.isPending}>
                {t('absence.evaluations.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
};
