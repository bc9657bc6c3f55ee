import type { TTalk } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifyError, notifySuccess } from '../../../api/errors';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate, formatDateTime } from '../../../lib/format';
import {
  useChangeTalk,
  useConfirmTalk,
  usePlanTalk,
  useSavePreparation,
  useSharePreparation,
  useTalks,
} from '../api';

const TOPICS = ['work', 'health', 'skills', 'learning', 'ambition'] as const;
type Topics = Record<(typeof TOPICS)[number], string>;
const STATE_COLOR = { planned: 'blue', held: 'orange', confirmed: 'teal' } as const;
/** "Werk en werkdruk:" but "Waar wil ik over vijf jaar zijn?" (no colon after a question). */
const colon = (label: string) => (label.endsWith('?') ? label : `${label}:`);
const today = () => new Date().toISOString().slice(0, 10);

/** The employee's own preparation: private until they share it. */
const Preparation = ({ talk }: { talk: TTalk }) => {
  const { t } = useTranslation('development');
  const [answers, setAnswers] = useState<Topics>(
    talk.preparation?.answers ?? { work: '', health: '', skills: '', learning: '', ambition: '' },
  );
  const save = useSavePreparation();
  const share = useSharePreparation();
  const prep = talk.preparation;
  const dirty = TOPICS.some((k) => answers[k] !== (prep?.answers[k] ?? ''));
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Title order={4} size="h6">
          {t('talks.preparation')}
        </Title>
        {prep?.sharedAt ? (
          <Badge color="teal" variant="light">
            {t('talks.sharedOn', { at: formatDateTime(prep.sharedAt) })}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" leftSection={<IconLock size={12} aria-hidden />}>
            {t('talks.private')}
          </Badge>
        )}
      </Group>
      {!prep?.sharedAt ? (
        <Text size="sm" c="dimmed">
          {t('talks.privateHelp')}
        </Text>
      ) : null}
      {TOPICS.map((k) => (
        <Textarea
          key={k}
          label={t(`talks.topics.${k}`)}
          description={t(`talks.hints.${k}`)}
          autosize
          minRows={2}
          maxLength={4000}
          value={answers[k]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setAnswers((p) => ({ ...p, [k]: value }));
          }}
        />
      ))}
      <Group>
        <Button
          variant="light"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { id: talk.id, answers, version: prep?.version ?? null },
              { onSuccess: () => notifySuccess(t('talks.saved')), onError: notifyError },
            )
          }
        >
          {t('talks.savePrivate')}
        </Button>
        <Button
          disabled={!prep || dirty || !!prep.sharedAt}
          loading={share.isPending}
          onClick={() =>
            prep &&
            share.mutate(
              { id: talk.id, version: prep.version },
              { onSuccess: () => notifySuccess(t('talks.shared')), onError: notifyError },
            )
          }
        >
          {t('talks.share')}
        </Button>
      </Group>
    </Stack>
  );
};

const SharedPreparation = ({ talk }: { talk: TTalk }) => {
  const { t } = useTranslation('development');
  if (talk.preparation?.sharedAt)
    return (
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('talks.preparationOf', { name: talk.personName })}
        </Title>
        {TOPICS.filter((k) => talk.preparation?.answers[k]).map((k) => (
          <Text size="sm" key={k}>
            <b>{colon(t(`talks.topics.${k}`))}</b> {talk.preparation?.answers[k]}
          </Text>
        ))}
      </Stack>
    );
  return talk.hasPrivatePreparation ? (
    <Text size="sm" c="dimmed">
      {t('talks.preparingPrivately')}
    </Text>
  ) : null;
};

type Agreement = { id?: string; text: string; owner: 'employee' | 'manager' | 'both'; dueOn: string | null };

/** The shared record: when it was held, notes per agenda topic, agreements. */
const RecordForm = ({ talk, onDone }: { talk: TTalk; onDone: () => void }) => {
  const { t } = useTranslation('development');
  const [heldOn, setHeldOn] = useState(talk.heldOn ?? today());
  const [notes, setNotes] = useState<Topics>(talk.notes);
  const [agreements, setAgreements] = useState<Agreement[]>(talk.agreements);
  const [error, setError] = useState<string | null>(null);
  const change = useChangeTalk();
  const setAgreement = (i: number, patch: Partial<Agreement>) =>
    setAgreements((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <Stack gap="sm">
      <TextInput
        type="date"
        label={t('talks.heldOn')}
        value={heldOn}
        onChange={(e) => setHeldOn(e.currentTarget.value)}
        w={200}
      />
      {TOPICS.map((k) => (
        <Textarea
          key={k}
          label={t(`talks.topics.${k}`)}
          autosize
          minRows={1}
          maxLength={4000}
          value={notes[k]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setNotes((p) => ({ ...p, [k]: value }));
          }}
        />
      ))}
      <Title order={5} size="h6">
        {t('talks.agreements')}
      </Title>
      {agreements.map((a, i) => (
        <Group key={a.id ?? `new-${i}`} align="flex-end">
          <TextInput
            label={t('talks.agreement')}
            value={a.text}
            onChange={(e) => setAgreement(i, { text: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <Select
            label={t('talks.owner')}
            data={(['employee', 'manager', 'both'] as const).map((o) => ({
              value: o,
              label: t(`talks.owners.${o}`),
            }))}
            value={a.owner}
            onChange={(v) => setAgreement(i, { owner: (v ?? 'both') as Agreement['owner'] })}
            allowDeselect={false}
            w={160}
          />
          <TextInput
            type="date"
            label={t('talks.dueOn')}
            value={a.dueOn ?? ''}
            onChange={(e) => setAgreement(i, { dueOn: e.currentTarget.value || null })}
            w={170}
          />
          <Button
            variant="subtle"
            color="red"
            onClick={() => setAgreements((l) => l.filter((_, j) => j !== i))}
          >
            {t('actions.remove')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() => setAgreements((l) => [...l, { text: '', owner: 'both', dueOn: null }])}
        >
          {t('talks.addAgreement')}
        </Button>
      </Group>
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group>
        <Button
          loading={change.isPending}
          onClick={() =>
            change.mutate(
              {
                id: talk.id,
                heldOn: heldOn || null,
                notes,
                agreements: agreements.filter((a) => a.text.trim()),
                version: talk.version,
              },
              {
                onSuccess: () => {
                  notifySuccess(t('talks.recordSaved'));
                  onDone();
                },
                onError: (e) => setError(formErrorText(e)),
              },
            )
          }
        >
          {t('talks.saveRecord')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
      </Group>
    </Stack>
  );
};

const RecordView = ({ talk }: { talk: TTalk }) => {
  const { t } = useTranslation('development');
  const filled = TOPICS.filter((k) => talk.notes[k]);
  if (!talk.heldOn && filled.length === 0 && talk.agreements.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {t('talks.record')}
      </Title>
      {filled.map((k) => (
        <Text size="sm" key={k}>
          <b>{colon(t(`talks.topics.${k}`))}</b> {talk.notes[k]}
        </Text>
      ))}
      {talk.agreements.length ? (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('talks.agreements')}
          </Text>
          {talk.agreements.map((a) => (
            <Text size="sm" key={a.id}>
              • {a.text} ({t(`talks.owners.${a.owner}`)}
              {a.dueOn ? `, ${t('talks.before', { date: formatDate(a.dueOn) })}` : ''})
            </Text>
          ))}
        </Stack>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('talks.confirmations', {
          employee: talk.employeeConfirmedAt ? formatDate(talk.employeeConfirmedAt) : t('talks.notYet'),
          manager: talk.managerConfirmedAt ? formatDate(talk.managerConfirmedAt) : t('talks.notYet'),
        })}
      </Text>
    </Stack>
  );
};

const TalkCard = ({ talk }: { talk: TTalk }) => {
  const { t } = useTranslation('development');
  const [editing, setEditing] = useState(false);
  const confirm = useConfirmTalk();
  const confirmedByMe =
    talk.confirmAs === 'employee' ? !!talk.employeeConfirmedAt : !!talk.managerConfirmedAt;
  return (
    <Paper withBorder p="md" data-testid="talk">
      <Stack gap="md">
        <Group justify="space-between">
          <div>
            <Text fw={600}>
              {talk.heldOn
                ? t('talks.heldTitle', { date: formatDate(talk.heldOn) })
                : t('talks.plannedTitle', { date: formatDate(talk.plannedOn) })}
            </Text>
            {talk.managerName ? (
              <Text size="sm" c="dimmed">
                {t('talks.with', { name: talk.isEmployee ? talk.managerName : talk.personName })}
              </Text>
            ) : null}
          </div>
          <Badge color={STATE_COLOR[talk.state]} variant="light">
            {t(`talks.states.${talk.state}`)}
          </Badge>
        </Group>
        {talk.isEmployee && talk.state === 'planned' ? <Preparation talk={talk} /> : null}
        {!talk.isEmployee ? <SharedPreparation talk={talk} /> : null}
        {talk.isEmployee && talk.state !== 'planned' && talk.preparation?.answers.ambition ? (
          <Text size="sm">
            <b>{colon(t('talks.topics.ambition'))}</b> {talk.preparation.answers.ambition}
          </Text>
        ) : null}
        {editing ? <RecordForm talk={talk} onDone={() => setEditing(false)} /> : <RecordView talk={talk} />}
        <Group>
          {talk.canEdit && !editing ? (
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {talk.heldOn ? t('talks.editRecord') : t('talks.recordTalk')}
            </Button>
          ) : null}
          {talk.confirmAs && talk.heldOn && !confirmedByMe ? (
            <Button
              size="xs"
              loading={confirm.isPending}
              onClick={() =>
                confirm.mutate(
                  { id: talk.id, version: talk.version },
                  { onSuccess: () => notifySuccess(t('talks.confirmedMsg')), onError: notifyError },
                )
              }
            >
              {t('talks.confirm')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
};

/** Development talks: plan, prepare (privately), record and confirm. */
export const TalksTab = ({ personId }: { personId: string }) => {
  const { t } = useTranslation('development');
  const talks = useTalks(personId);
  const plan = usePlanTalk(personId);
  const [plannedOn, setPlannedOn] = useState('');
  if (talks.isPending) return <LoadingState />;
  if (talks.isError) return <ErrorState error={talks.error} onRetry={() => void talks.refetch()} />;
  const items = [...talks.data.items].sort((a, b) => b.plannedOn.localeCompare(a.plannedOn));
  return (
    <Stack>
      <Text size="sm">
        {talks.data.nextDueOn
          ? t('talks.nextDue', { date: formatDate(talks.data.nextDueOn) })
          : t('talks.noneDue')}
      </Text>
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('talks.planOn')}
          value={plannedOn}
          onChange={(e) => setPlannedOn(e.currentTarget.value)}
          w={200}
        />
        <Button
          variant="light"
          disabled={!plannedOn}
          loading={plan.isPending}
          onClick={() =>
            plan.mutate(
              { plannedOn },
              {
                onSuccess: () => {
                  setPlannedOn('');
                  notifySuccess(t('talks.planned'));
                },
                onError: notifyError,
              },
            )
          }
        >
          {t('talks.plan')}
        </Button>
      </Group>
      {items.length === 0 ? <EmptyState title={t('talks.empty')} /> : null}
      {items.map((talk) => (
        <TalkCard key={`${talk.id}-${talk.version}-${talk.preparation?.version ?? 0}`} talk={talk} />
      ))}
    </Stack>
  );
};
