import type { TAbsenceCase } from '@inzetbaar/contracts';
import { ZCreateCapabilities } from '@inzetbaar/contracts';
import {
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShareCapabilities } from '../../api/absence';
import { notifySuccess } from '../../api/errors';
import { emptyToNull, formatDate } from '../../lib/format';
import { useForm } from '../../lib/use-form';

const empty = () => ({
  validFrom: new Date().toLocaleDateString('en-CA'),
  limitations: '',
  possibilities: '',
  workAdvice: '',
  prognosis: '',
});

/**
 * Functional capabilities and work advice: what the physician chose to share with the employer.
 * Never a diagnosis — the form says so, and the medical notes live elsewhere.
 */
export const CaseCapabilities = ({ c }: { c: TAbsenceCase }) => {
  const { t } = useTranslation();
  const share = useShareCapabilities(c.id);
  const form = useForm(empty());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(ZCreateCapabilities, { ...v, prognosis: emptyToNull(v.prognosis) });
    if (!body) return;
    share.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => {
        notifySuccess(t('absence.capabilities.shared'));
        form.reset(empty());
      },
    });
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb={4}>
        {t('absence.capabilities.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('absence.capabilities.intro')}
      </Text>
      {c.capabilities.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('absence.capabilities.none')}
        </Text>
      ) : (
        <Stack gap="sm" mb="md">
          {c.capabilities.map((k) => (
            <Card key={k.id} withBorder padding="sm">
              <Text size="xs" c="dimmed" mb={4}>
                {t('absence.capabilities.validFromBy', {
                  date: formatDate(k.validFrom),
                  name: k.authorName ?? '',
                })}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Stack gap={0}>
                  <Text size="xs" fw={600}>
                    {t('absence.capabilities.limitations')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {k.limitations}
                  </Text>
                </Stack>
                <Stack gap={0}>
                  <Text size="xs" fw={600}>
                    {t('absence.capabilities.possibilities')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {k.possibilities}
                  </Text>
                </Stack>
                <Stack gap={0}>
                  <Text size="xs" fw={600}>
                    {t('absence.capabilities.workAdvice')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {k.workAdvice}
                  </Text>
                </Stack>
              </SimpleGrid>
              {k.prognosis ? (
                <Text size="sm" mt="xs">
                  {t('absence.capabilities.prognosis')}: {k.prognosis}
                </Text>
              ) : null}
            </Card>
          ))}
        </Stack>
      )}
      {c.permissions.writeCapabilities ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {t('absence.capabilities.new')}
            </Text>
            <TextInput
              label={t('absence.capabilities.validFrom')}
              type="date"
              required
              w={200}
              {...form.text('validFrom')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Textarea
                label={t('absence.capabilities.limitations')}
                required
                autosize
                minRows={2}
                {...form.text('limitations')}
              />
              <Textarea
                label={t('absence.capabilities.possibilities')}
                required
                autosize
                minRows={2}
                {...form.text('possibilities')}
              />
              <Textarea
                label={t('absence.capabilities.workAdvice')}
                required
                autosize
                minRows={2}
                {...form.text('workAdvice')}
              />
            </SimpleGrid>
            <TextInput label={t('absence.capabilities.prognosis')} {...form.text('prognosis')} />
            <Text size="xs" fw={600}>
              {t('absence.capabilities.noDiagnosis')}
            </Text>
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={share.isPending}>
                {t('absence.capabilities.share')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
};
