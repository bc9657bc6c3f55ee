import type { TLearningItem, TSkillLabel } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifyError, notifySuccess } from '../../../api/errors';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useCancelRequest, useCatalogue, useCreateRequest, useGoals, useRequests } from '../api';
import { hours, money, SkillName } from '../shared';
import { RequestCard } from './request-list';
import { SkillPicker } from './skill-picker';

export const KINDS = [
  'course',
  'job_shadowing',
  'mentoring',
  'peer_learning',
  'stretch_assignment',
  'career_advice',
] as const;

const RequestModal = ({
  item,
  personId,
  onClose,
}: {
  item: TLearningItem;
  personId: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation('development');
  const [motivation, setMotivation] = useState('');
  const [startOn, setStartOn] = useState('');
  const [goalId, setGoalId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const goals = useGoals(personId);
  const create = useCreateRequest(personId);
  return (
    <Modal opened onClose={onClose} title={t('learning.requestTitle', { title: item.title })} size="lg">
      <Stack gap="sm">
        <Text size="sm">
          {t('learning.requestCost', {
            cost: money(item.costCents),
            hours: t('budget.hoursValue', { hours: hours(item.durationHours) }),
          })}
        </Text>
        <Textarea
          label={t('learning.motivation')}
          autosize
          minRows={3}
          maxLength={4000}
          value={motivation}
          onChange={(e) => setMotivation(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('learning.startOn')}
          value={startOn}
          onChange={(e) => setStartOn(e.currentTarget.value)}
          w={200}
        />
        <Select
          label={t('learning.goal')}
          clearable
          data={(goals.data?.items ?? [])
            .filter((g) => g.status === 'open')
            .map((g) => ({ value: g.id, label: g.title }))}
          value={goalId}
          onChange={setGoalId}
        />
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                {
                  learningItemId: item.id,
                  motivation: motivation || null,
                  startOn: startOn || null,
                  popGoalId: goalId,
                },
                {
                  onSuccess: () => {
                    notifySuccess(t('learning.requested'));
                    onClose();
                  },
                  onError: (e) => setError(formErrorText(e)),
                },
              )
            }
          >
            {t('learning.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

export const ItemCard = ({ item, action }: { item: TLearningItem; action?: React.ReactNode }) => {
  const { t } = useTranslation('development');
  return (
    <Paper withBorder p="md" data-testid="learning-item">
      <Stack gap={6} h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600}>{item.title}</Text>
          <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`kinds.${item.kind}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            item.provider,
            t(`delivery.${item.delivery}`),
            t(`modes.${item.mode}`),
            t('budget.hoursValue', { hours: hours(item.durationHours) }),
            money(item.costCents),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {item.description ? <Text size="sm">{item.description}</Text> : null}
        {item.skills.length ? (
          <Group gap={6}>
            {item.skills.map((s) => (
              <Badge key={s.ref} variant="outline" color="gray" tt="none">
                <SkillName skill={s} size="xs" />
              </Badge>
            ))}
          </Group>
        ) : null}
        {action ? <Group mt="auto">{action}</Group> : null}
      </Stack>
    </Paper>
  );
};

/** The learning catalogue (search by name or by skill) and the person's requests. */
export const LearningTab = ({ personId, mine }: { personId: string; mine: boolean }) => {
  const { t } = useTranslation('development');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [skill, setSkill] = useState<TSkillLabel | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [requesting, setRequesting] = useState<TLearningItem | null>(null);
  const catalogue = useCatalogue({
    q: debounced || undefined,
    skill: skill?.ref,
    kind: kind ?? undefined,
  });
  const requests = useRequests({ personId });
  const cancel = useCancelRequest();
  return (
    <Stack>
      <Title order={3} size="h5">
        {t('learning.myRequests')}
      </Title>
      {requests.isPending ? <LoadingState rows={2} /> : null}
      {requests.isError ? <ErrorState error={requests.error} /> : null}
      {requests.data?.items.length === 0 ? <Text size="sm">{t('learning.noRequests')}</Text> : null}
      {requests.data?.items.map((r) => (
        <RequestCard
          key={r.id}
          request={r}
          actions={
            r.canCancel && mine ? (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => cancel.mutate({ id: r.id, version: r.version }, { onError: notifyError })}
              >
                {t('learning.cancel')}
              </Button>
            ) : null
          }
        />
      ))}
      <Title order={3} size="h5" mt="md">
        {t('learning.catalogue')}
      </Title>
      <Group align="flex-end">
        <TextInput
          label={t('learning.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={260}
        />
        <SkillPicker label={t('learning.bySkill')} value={skill} onChange={setSkill} w={320} />
        <Select
          label={t('learning.kind')}
          clearable
          data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onChange={setKind}
          w={220}
        />
      </Group>
      {catalogue.isPending ? <LoadingState /> : null}
      {catalogue.isError ? <ErrorState error={catalogue.error} /> : null}
      {catalogue.data?.items.length === 0 ? <EmptyState title={t('learning.nothingFound')} /> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {catalogue.data?.items.map((item) => (
          <ItemCard
            key={item.id}
            item={item}
            action={
              mine ? (
                <Button size="xs" variant="light" onClick={() => setRequesting(item)}>
                  {t('learning.request')}
                </Button>
              ) : null
            }
          />
        ))}
      </SimpleGrid>
      {requesting ? (
        <RequestModal item={requesting} personId={personId} onClose={() => setRequesting(null)} />
      ) : null}
    </Stack>
  );
};
