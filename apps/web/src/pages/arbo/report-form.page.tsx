import { INCIDENT_TYPES } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CreatedReport, useCreateReport, useMyReports, useReportRouting } from '../../api/arbo';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { UnitSelect } from '../../components/unit-select';
import { formatDate } from '../../lib/format';
import { PATHS } from '../../lib/navigation';

type IncidentType = (typeof INCIDENT_TYPES)[number];

const feedbackUrl = (token: string) => `${window.location.origin}${PATHS.feedback}/${token}`;

/** "Aan de bel trekken": every employee can report, anonymously if they want. */
export const ReportFormPage = () => {
  const { t } = useTranslation();
  const create = useCreateReport();
  const mine = useMyReports();
  const [type, setType] = useState<IncidentType>('unsafe_situation');
  const [byColleague, setByColleague] = useState(false);
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [occurredOn, setOccurredOn] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [done, setDone] = useState<CreatedReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const routing = useReportRouting();
  const advisers = routing.data?.confidentialAdvisers ?? [];
  const hasAdviser = advisers.length > 0;
  // The same rule as the server's routeOf (incident-reports.service.ts).
  const confidential =
    type === 'bullying' ||
    type === 'sexual_harassment' ||
    type === 'discrimination' ||
    type === 'undesirable_behaviour' ||
    (type === 'aggression' && byColleague);

  const submit = () => {
    setError(null);
    create.mutate(
      {
        type,
        byColleague,
        description,
        location: location || null,
        unitId,
        occurredOn: occurredOn || null,
        anonymous,
      },
      {
        onSuccess: (r) => {
          setDone(r);
          setDescription('');
          setLocation('');
        },
        onError: (e) =>
          setError(
            isApiError(e) ? e.fieldErrors.map((f) => f.message).join(' ') || e.title : t('errors.unexpected'),
          ),
      },
    );
  };

  return (
    <>
      <PageHeader title={t('arbo.reportForm.title')} description={t('arbo.reportForm.description')} />
      {done ? (
        <Alert color="teal" variant="light" mb="lg" title={t('arbo.reportForm.thanks')} role="status">
          <Stack gap="xs">
            <Text size="sm">
              {done.routedTo === 'confidential'
                ? t(
                    hasAdviser
                      ? 'arbo.reportForm.routedConfidential'
                      : 'arbo.reportForm.routedConfidentialNone',
                  )
                : t('arbo.reportForm.routedPrevention')}
            </Text>
            <Text size="sm" fw={600}>
              {t('arbo.reportForm.privateLink')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code style={{ overflowWrap: 'anywhere' }}>{feedbackUrl(done.feedbackToken)}</Code>
              <CopyButton value={feedbackUrl(done.feedbackToken)}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs">{t('arbo.reportForm.linkOnce')}</Text>
            <Button size="xs" variant="default" w="fit-content" onClick={() => setDone(null)}>
              {t('arbo.reportForm.another')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Paper withBorder p="md" mb="lg" maw={720}>
          <Stack>
            <Select
              label={t('arbo.reportForm.type')}
              data={INCIDENT_TYPES.map((x) => ({ value: x, label: t(`arbo.incidentType.${x}`) }))}
              value={type}
              onChange={(v) => setType((v as IncidentType) ?? 'unsafe_situation')}
              allowDeselect={false}
            />
            {type === 'aggression' ? (
              <Switch
                label={t('arbo.reportForm.byColleague')}
                checked={byColleague}
                onChange={(e) => setByColleague(e.currentTarget.checked)}
              />
            ) : null}
            {!confidential ? null : routing.isSuccess && !hasAdviser ? (
              <Alert variant="light" color="orange" title={t('arbo.reportForm.noAdviserTitle')} role="status">
                {t('arbo.reportForm.noAdviser')}
              </Alert>
            ) : (
              <Alert variant="light" color="blue">
                <Text size="sm">{t('arbo.reportForm.confidentialHint')}</Text>
                {hasAdviser ? (
                  <Text size="sm" mt={4}>
                    {t('arbo.reportForm.confidentialAdvisers', {
                      names: advisers.map((a) => (a.email ? `${a.name} (${a.email})` : a.name)).join(', '),
                    })}
                  </Text>
                ) : null}
              </Alert>
            )}
            <Textarea
              label={t('arbo.reportForm.what')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              required
              autosize
              minRows={3}
            />
            <Group grow>
              <TextInput
                label={t('arbo.reportForm.where')}
                value={location}
                onChange={(e) => setLocation(e.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t('arbo.reportForm.when')}
                value={occurredOn}
                onChange={(e) => setOccurredOn(e.currentTarget.value)}
              />
            </Group>
            <UnitSelect label={t('arbo.reportForm.unit')} value={unitId} onChange={setUnitId} clearable />
            <Checkbox
              label={t('arbo.reportForm.anonymous')}
              description={t('arbo.reportForm.anonymousHint')}
              checked={anonymous}
              onChange={(e) => setAnonymous(e.currentTarget.checked)}
            />
            {error ? (
              <Text c="red" size="sm" role="alert">
                {error}
              </Text>
            ) : null}
            <Group justify="flex-end">
              <Button onClick={submit} loading={create.isPending} disabled={!description.trim()}>
                {t('arbo.reportForm.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Text fw={600} mb="sm">
          {t('arbo.reportForm.mine')}
        </Text>
        {mine.isPending ? (
          <LoadingState rows={2} />
        ) : mine.isError ? (
          <ErrorState error={mine.error} />
        ) : mine.data.items.length === 0 ? (
          <EmptyState title={t('arbo.reportForm.mineEmpty')} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Tbody>
                {mine.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{formatDate(r.reportedOn)}</Table.Td>
                    <Table.Td>{t(`arbo.incidentType.${r.type}`)}</Table.Td>
                    <Table.Td>{r.description}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`arbo.reportStatus.${r.status as 'new'}`)}</Badge>
                      {r.feedback ? <Text size="sm">{r.feedback}</Text> : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </>
  );
};
