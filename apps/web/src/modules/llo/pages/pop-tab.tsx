import type { TGoal, TSkillLabel } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifyError, notifySuccess } from '../../../api/errors';
import { useMe } from '../../../api/me';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { type TOccupationHit, useChangeGoal, useCreateGoal, useGoals, useOccupationSearch } from '../api';
import { isManager, levelOptions, SkillName } from '../shared';
import { SkillPicker } from './skill-picker';

const STATUS_COLOR = { open: 'blue', achieved: 'teal', dropped: 'gray' } as const;
const today = () => new Date().toISOString().slice(0, 10);

const OccupationPicker = ({
  value,
  onChange,
}: {
  value: TOccupationHit | null;
  onChange: (o: TOccupationHit | null) => void;
}) => {
  const { t } = useTranslation('development');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 200);
  const found = useOccupationSearch(q);
  const items = [...(found.data?.items ?? [])];
  if (value && !items.some((o) => o.uri === value.uri)) items.unshift(value);
  return (
    <Select
      label={t('pop.targetOccupation')}
      searchable
      clearable
      data={items.map((o) => ({ value: o.uri, label: o.title }))}
      value={value?.uri ?? null}
      onChange={(uri) => onChange(items.find((o) => o.uri === uri) ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q ? t('skills.nothingFound') : t('skills.typeToSearch')}
      placeholder={t('pop.occupationPlaceholder')}
    />
  );
};

const NewGoal = ({ personId, onDone }: { personId: string; onDone: () => void }) => {
  const { t } = useTranslation('development');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [deadline, setDeadline] = useState('');
  const [kind, setKind] = useState<'skills' | 'occupation'>('skills');
  const [occupation, setOccupation] = useState<TOccupationHit | null>(null);
  const [skills, setSkills] = useState<(TSkillLabel & { level: number })[]>([]);
  const [picked, setPicked] = useState<TSkillLabel | null>(null);
  const [level, setLevel] = useState('3');
  const [actions, setActions] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = useCreateGoal(personId);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('pop.newGoal')}
        </Title>
        <TextInput
          label={t('pop.goalTitle')}
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          label={t('pop.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as 'skills' | 'occupation')}
          data={[
            { value: 'skills', label: t('pop.targets.skills') },
            { value: 'occupation', label: t('pop.targets.occupation') },
          ]}
        />
        {kind === 'occupation' ? <OccupationPicker value={occupation} onChange={setOccupation} /> : null}
        <Group align="flex-end">
          <SkillPicker label={t('pop.targetSkill')} value={picked} onChange={setPicked} w={340} />
          <Select
            label={t('pop.requiredLevel')}
            data={levelOptions(t)}
            value={level}
            onChange={(v) => setLevel(v ?? '3')}
            allowDeselect={false}
            w={170}
          />
          <Button
            variant="default"
            disabled={!picked}
            onClick={() => {
              if (picked && !skills.some((s) => s.ref === picked.ref))
                setSkills((l) => [...l, { ...picked, level: Number(level) }]);
              setPicked(null);
            }}
          >
            {t('pop.addSkill')}
          </Button>
        </Group>
        {skills.length ? (
          <Group gap="xs">
            {skills.map((s) => (
              <Badge
                key={s.ref}
                variant="light"
                rightSection={
                  <button
                    type="button"
                    aria-label={t('skills.removeOne', { skill: s.label })}
                    onClick={() => setSkills((l) => l.filter((x) => x.ref !== s.ref))}
                    style={{ border: 0, background: 'none', cursor: 'pointer', padding: 0 }}
                  >
                    ×
                  </button>
                }
              >
                {s.label} · {s.level}
              </Badge>
            ))}
          </Group>
        ) : null}
        <TextInput
          type="date"
          label={t('pop.deadline')}
          value={deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
          w={200}
        />
        <Textarea
          label={t('pop.actions')}
          description={t('pop.actionsHelp')}
          autosize
          minRows={2}
          value={actions}
          onChange={(e) => setActions(e.currentTarget.value)}
        />
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group>
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                {
                  title,
                  description: description || null,
                  targetKind: kind,
                  targetOccupationUri: kind === 'occupation' ? (occupation?.uri ?? null) : null,
                  targetSkills: skills.map((s) => ({ ref: s.ref, level: s.level })),
                  deadline: deadline || null,
                  actions: actions
                    .split('\n')
                    .map((a) => a.trim())
                    .filter(Boolean)
                    .map((text) => ({ text, dueOn: null, doneOn: null, learningItemId: null })),
                },
                {
                  onSuccess: () => {
                    notifySuccess(t('pop.created'));
                    onDone();
                  },
                  onError: (e) => setError(formErrorText(e)),
                },
              )
            }
          >
            {t('pop.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
};

/** Gaps shown before "show all": the unmet ones come first. */
const GAPS_SHOWN = 10;

const GoalCard = ({ goal, canWrite }: { goal: TGoal; canWrite: boolean }) => {
  const { t } = useTranslation('development');
  const change = useChangeGoal();
  const [allGaps, setAllGaps] = useState(false);
  const gaps = allGaps ? goal.gaps.items : goal.gaps.items.slice(0, GAPS_SHOWN);
  const setActionDone = (id: string, done: boolean) =>
    change.mutate(
      {
        id: goal.id,
        version: goal.version,
        actions: goal.actions.map((a) => ({
          ...a,
          doneOn: a.id === id ? (done ? today() : null) : a.doneOn,
        })),
      },
      { onError: notifyError },
    );
  const target =
    goal.targetKind === 'occupation'
      ? goal.targetOccupation?.title
      : goal.targetKind === 'role'
        ? goal.targetRole?.name
        : null;
  return (
    <Paper withBorder p="md" data-testid="goal">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{goal.title}</Text>
            {target ? (
              <Text size="sm" c="dimmed">
                {t(`pop.targetIs.${goal.targetKind}`, { target })}
              </Text>
            ) : null}
            {goal.description ? <Text size="sm">{goal.description}</Text> : null}
          </div>
          <Group gap="xs">
            {goal.deadline ? (
              <Badge color={goal.isOverdue ? 'red' : 'gray'} variant="light">
                {t('pop.deadlineOn', { date: formatDate(goal.deadline) })}
              </Badge>
            ) : null}
            <Badge color={STATUS_COLOR[goal.status]} variant="light">
              {t(`pop.statuses.${goal.status}`)}
            </Badge>
          </Group>
        </Group>
        <Progress
          value={goal.progressPercent}
          aria-label={t('pop.progress', { pct: goal.progressPercent })}
        />
        <Text size="xs" c="dimmed">
          {t('pop.progress', { pct: goal.progressPercent })}
        </Text>
        {goal.actions.length ? (
          <Stack gap={4}>
            {goal.actions.map((a) => (
              <Checkbox
                key={a.id}
                label={`${a.text}${a.dueOn ? ` (${t('talks.before', { date: formatDate(a.dueOn) })})` : ''}`}
                checked={!!a.doneOn}
                disabled={!canWrite || goal.status !== 'open'}
                onChange={(e) => setActionDone(a.id, e.currentTarget.checked)}
              />
            ))}
          </Stack>
        ) : null}
        {goal.gaps.items.length ? (
          <>
            <Text size="sm" fw={600}>
              {t('pop.gapsTitle', { pct: goal.gaps.coveragePercent })}
            </Text>
            <Table.ScrollContainer minWidth={520}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('skills.skill')}</Table.Th>
                    <Table.Th>{t('pop.current')}</Table.Th>
                    <Table.Th>{t('pop.required')}</Table.Th>
                    <Table.Th>{t('pop.gap')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {gaps.map((g) => (
                    <Table.Tr key={g.ref}>
                      <Table.Td>
                        <Group gap="xs">
                          <SkillName skill={g} />
                          {g.essential ? (
                            <Badge size="xs" variant="light">
                              {t('skills.essential')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>{g.currentLevel || '–'}</Table.Td>
                      <Table.Td>{g.requiredLevel}</Table.Td>
                      <Table.Td>
                        {g.gap > 0 ? (
                          <Badge color="orange" variant="light">
                            {t('pop.levelsShort', { count: g.gap })}
                          </Badge>
                        ) : (
                          <Badge color="teal" variant="light">
                            {t('pop.met')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {goal.gaps.items.length > GAPS_SHOWN ? (
              <Group>
                <Button variant="subtle" size="xs" onClick={() => setAllGaps((v) => !v)}>
                  {allGaps ? t('skills.showFewer') : t('pop.showAllGaps', { count: goal.gaps.items.length })}
                </Button>
              </Group>
            ) : null}
          </>
        ) : null}
        {goal.suggestedItems.length ? (
          <Text size="sm">
            <b>{t('pop.suggested')}:</b> {goal.suggestedItems.map((i) => i.title).join(' · ')}
          </Text>
        ) : null}
        {canWrite && goal.status === 'open' ? (
          <Group>
            <Button
              size="xs"
              variant="light"
              color="teal"
              onClick={() =>
                change.mutate(
                  { id: goal.id, version: goal.version, status: 'achieved' },
                  { onError: notifyError },
                )
              }
            >
              {t('pop.markAchieved')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() =>
                change.mutate(
                  { id: goal.id, version: goal.version, status: 'dropped' },
                  { onError: notifyError },
                )
              }
            >
              {t('pop.drop')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
};

/** The personal development plan: goals, actions, progress and the gaps to the target skills. */
export const PopTab = ({ personId }: { personId: string }) => {
  const { t } = useTranslation('development');
  const me = useMe();
  const goals = useGoals(personId);
  const [adding, setAdding] = useState(false);
  if (goals.isPending) return <LoadingState />;
  if (goals.isError) return <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />;
  const canWrite = !!me.data && (me.data.personId === personId || isManager(me.data));
  return (
    <Stack>
      {canWrite && !adding ? (
        <Group>
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('pop.newGoal')}
          </Button>
        </Group>
      ) : null}
      {adding ? <NewGoal personId={personId} onDone={() => setAdding(false)} /> : null}
      {goals.data.items.length === 0 ? (
        <EmptyState title={t('pop.empty')} description={t('pop.emptyHelp')} />
      ) : null}
      {goals.data.items.map((g) => (
        <GoalCard key={`${g.id}-${g.version}`} goal={g} canWrite={canWrite} />
      ))}
    </Stack>
  );
};
