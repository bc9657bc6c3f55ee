import { ZCreateMedicalNote } from '@inzetbaar/contracts';
import { Alert, Button, Card, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddMedicalNote, useMedicalNotes } from '../../api/absence';
import { notifySuccess } from '../../api/errors';
import { ErrorState, LoadingState } from '../../components/states';
import { emptyToNull, formatDateTime } from '../../lib/format';
import { useForm } from '../../lib/use-form';

/**
 * The occupational physician's medical notes. Rendered only for the physician; the notes are read
 * on an explicit click, because every read is recorded and shown to the employee.
 */
export const CaseMedical = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const notes = useMedicalNotes(caseId, open);
  const add = useAddMedicalNote(caseId);
  const form = useForm({ note: '', diagnosisCode: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(ZCreateMedicalNote, {
      note: form.values.note,
      diagnosisCode: emptyToNull(form.values.diagnosisCode),
    });
    if (!body) return;
    add.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => {
        notifySuccess(t('absence.medical.added'));
        form.reset({ note: '', diagnosisCode: '' });
        setOpen(true);
      },
    });
  };
  return (
    <Paper withBorder p="md" style={{ borderColor: 'var(--mantine-color-grape-5)' }}>
      <Title order={2} size="h4" mb="xs">
        {t('absence.medical.title')}
      </Title>
      <Alert variant="light" color="grape" icon={<IconLock aria-hidden />} mb="sm">
        {t('absence.medical.privacy')}
      </Alert>
      {!open ? (
        <Button variant="light" color="grape" onClick={() => setOpen(true)} mb="md">
          {t('absence.medical.show')}
        </Button>
      ) : notes.isPending ? (
        <LoadingState rows={2} />
      ) : notes.isError ? (
        <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" mb="md">
          {t('absence.medical.none')}
        </Text>
      ) : (
        <Stack gap="xs" mb="md">
          {notes.data.items.map((n) => (
            <Card key={n.id} withBorder padding="sm">
              <Text size="xs" c="dimmed">
                {formatDateTime(n.createdAt)}
                {n.authorName ? ` · ${n.authorName}` : ''}
                {n.diagnosisCode ? ` · ${t('absence.medical.diagnosisCodeShown')}: ${n.diagnosisCode}` : ''}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {n.note}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea label={t('absence.medical.note')} required autosize minRows={3} {...form.text('note')} />
          <TextInput label={t('absence.medical.diagnosisCode')} w={280} {...form.text('diagnosisCode')} />
          <Group justify="flex-end">
            <Button type="submit" color="grape" variant="light" loading={add.isPending}>
              {t('absence.medical.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
