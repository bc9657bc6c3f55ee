import type { TSkillLabel, TSkillsProfile } from '@inzetbaar/contracts';
import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../api/errors';
import { EmptyState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import {
  useAcceptSuggestions,
  useAddSkill,
  useChangeSkill,
  useConfirmSkill,
  useRejectSuggestions,
  useRemoveSkill,
} from '../api';
import { levelOptions, SkillName } from '../shared';
import { SkillPicker } from './skill-picker';

const SOURCE_COLOR = {
  occupation: 'blue',
  self_assessed: 'gray',
  manager_confirmed: 'teal',
  learning: 'grape',
} as const;

const SHOWN = 12;

/** Suggestions from the person's ESCO occupation: the person takes them over or turns them down. */
const Suggestions = ({ profile }: { profile: TSkillsProfile }) => {
  const { t } = useTranslation('development');
  const [levels, setLevels] = useState<Record<string, number>>({});
  // The essential skills of the occupation are preselected; the optional ones are there to pick from.
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(profile.suggestions.filter((s) => s.essential).map((s) => s.ref)),
  );
  const [showAll, setShowAll] = useState(false);
  // Every preselected (essential) suggestion stays in view: nothing is taken over unseen.
  const firstN = Math.max(SHOWN, profile.suggestions.filter((s) => s.essential).length);
  const shown = showAll ? profile.suggestions : profile.suggestions.slice(0, firstN);
  const accept = useAcceptSuggestions(profile.personId);
  const reject = useRejectSuggestions(profile.personId);
  const selected = profile.suggestions.filter((s) => chosen.has(s.ref));
  const toggle = (ref: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(ref)) next.delete(ref);
      else next.add(ref);
      return next;
    });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('skills.suggestionsTitle', { count: profile.suggestions.length })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('skills.suggestionsHelp', { occupation: profile.occupation?.title ?? '' })}
          </Text>
        </div>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label={t('skills.selectAll')}
                  checked={selected.length === profile.suggestions.length}
                  indeterminate={selected.length > 0 && selected.length < profile.suggestions.length}
                  onChange={(e) =>
                    setChosen(new Set(e.currentTarget.checked ? profile.suggestions.map((s) => s.ref) : []))
                  }
                />
              </Table.Th>
              <Table.Th>{t('skills.skill')}</Table.Th>
              <Table.Th>{t('skills.level')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((s) => (
              <Table.Tr key={s.ref}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('skills.selectOne', { skill: s.label })}
                    checked={chosen.has(s.ref)}
                    onChange={() => toggle(s.ref)}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <SkillName skill={s} />
                    {s.essential ? (
                      <Badge size="xs" variant="light">
                        {t('skills.essential')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    w={170}
                    aria-label={t('skills.levelOf', { skill: s.label })}
                    data={levelOptions(t)}
                    value={String(levels[s.ref] ?? 2)}
                    onChange={(v) => setLevels((p) => ({ ...p, [s.ref]: Number(v ?? 2) }))}
                    allowDeselect={false}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {profile.suggestions.length > firstN ? (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setShowAll((v) => !v)}>
              {showAll ? t('skills.showFewer') : t('skills.showAll', { count: profile.suggestions.length })}
            </Button>
          </Group>
        ) : null}
        <Group>
          <Button
            disabled={selected.length === 0}
            loading={accept.isPending}
            onClick={() =>
              accept.mutate(
                { items: selected.map((s) => ({ ref: s.ref, level: levels[s.ref] ?? 2 })) },
                {
                  onSuccess: (r) => notifySuccess(t('skills.accepted', { count: r.added })),
                  onError: notifyError,
                },
              )
            }
          >
            {t('skills.acceptSelected', { count: selected.length })}
          </Button>
          <Button
            variant="default"
            disabled={selected.length === 0}
            loading={reject.isPending}
            onClick={() =>
              reject.mutate(
                selected.map((s) => s.ref),
                {
                  onSuccess: (r) => notifySuccess(t('skills.rejected', { count: r.rejected })),
                  onError: notifyError,
                },
              )
            }
          >
            {t('skills.rejectSelected', { count: selected.length })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
};

const AddSkill = ({ personId }: { personId: string }) => {
  const { t } = useTranslation('development');
  const [skill, setSkill] = useState<TSkillLabel | null>(null);
  const [level, setLevel] = useState('2');
  const add = useAddSkill(personId);
  return (
    <Group align="flex-end">
      <SkillPicker label={t('skills.add')} value={skill} onChange={setSkill} w={380} />
      <Select
        label={t('skills.level')}
        data={levelOptions(t)}
        value={level}
        onChange={(v) => setLevel(v ?? '2')}
        allowDeselect={false}
        w={170}
      />
      <Button
        disabled={!skill}
        loading={add.isPending}
        onClick={() =>
          skill &&
          add.mutate(
            { ref: skill.ref, level: Number(level) },
            {
              onSuccess: () => {
                setSkill(null);
                notifySuccess(t('skills.added'));
              },
              onError: notifyError,
            },
          )
        }
      >
        {t('skills.addButton')}
      </Button>
    </Group>
  );
};

/** The skills profile: levels 1–4 with their source; the person edits, the manager confirms. */
export const SkillsTab = ({ profile }: { profile: TSkillsProfile }) => {
  const { t } = useTranslation('development');
  const change = useChangeSkill(profile.personId);
  const remove = useRemoveSkill(profile.personId);
  const confirm = useConfirmSkill(profile.personId);
  return (
    <Stack>
      {profile.isOwner && profile.suggestions.length > 0 ? <Suggestions profile={profile} /> : null}
      {profile.isOwner ? <AddSkill personId={profile.personId} /> : null}
      <Title order={3} size="h5">
        {t('skills.profileTitle', { count: profile.skills.length })}
      </Title>
      {profile.skills.length === 0 ? (
        <EmptyState title={t('skills.empty')} description={t('skills.emptyHelp')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('skills.skill')}</Table.Th>
                <Table.Th>{t('skills.level')}</Table.Th>
                <Table.Th>{t('skills.source')}</Table.Th>
                <Table.Th>{t('skills.since')}</Table.Th>
                <Table.Th>
                  <span className="sr-only">{t('actions.title')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.skills.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <SkillName skill={s} />
                  </Table.Td>
                  <Table.Td>
                    {profile.isOwner ? (
                      <Select
                        size="xs"
                        w={170}
                        aria-label={t('skills.levelOf', { skill: s.label })}
                        data={levelOptions(t)}
                        value={String(s.level)}
                        allowDeselect={false}
                        onChange={(v) =>
                          change.mutate(
                            { id: s.id, level: Number(v), version: s.version },
                            { onError: notifyError },
                          )
                        }
                      />
                    ) : (
                      `${s.level} – ${t(`levels.${s.level as 1 | 2 | 3 | 4}`)}`
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={SOURCE_COLOR[s.source]} tt="none" maw="none">
                      {t(`skills.sources.${s.source}`)}
                    </Badge>
                    {s.confirmedByName ? (
                      <Text size="xs" c="dimmed">
                        {t('skills.confirmedBy', {
                          name: s.confirmedByName,
                          date: formatDate(s.confirmedOn),
                        })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatDate(s.assessedOn)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {profile.canConfirm && s.source !== 'manager_confirmed' ? (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() =>
                            confirm.mutate(
                              { id: s.id, version: s.version },
                              { onSuccess: () => notifySuccess(t('skills.confirmed')), onError: notifyError },
                            )
                          }
                        >
                          {t('skills.confirm')}
                        </Button>
                      ) : null}
                      {profile.isOwner ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('skills.removeOne', { skill: s.label })}
                          onClick={() =>
                            remove.mutate({ id: s.id, version: s.version }, { onError: notifyError })
                          }
                        >
                          {t('actions.remove')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
};
