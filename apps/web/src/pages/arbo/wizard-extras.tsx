import type { TRieAssessment } from '@inzetbaar/contracts';
import { MEASURE_LEVELS, type TMeasureLevel } from '@inzetbaar/contracts';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogueModule, useAddOwnRisk, useArboPeople, useUpdateAssessment } from '../../api/arbo';
import { formErrorText, notifySuccess } from '../../api/errors';
import { ArboPersonSelect } from './shared';

/** Who took part in the RI&E, employees included (worker involvement). Editable while in draft. */
export const Participants = ({ a, editable }: { a: TRieAssessment; editable: boolean }) => {
  const { t } = useTranslation();
  const update = useUpdateAssessment(a.id);
  const people = useArboPeople();
  const [personId, setPersonId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const save = (participants: TRieAssessment['participants']) =>
    update.mutate(
      { version: a.version, participants },
      { onSuccess: () => notifySuccess(t('common.saved')) },
    );
  const add = () => {
    const picked = people.data?.items.find((p) => p.id === personId);
    save([
      ...a.participants,
      { personId, name: name.trim() || picked?.displayName || '', role: role.trim() },
    ]);
    setPersonId(null);
    setName('');
    setRole('');
  };
  return (
    <Paper withBorder p="sm" mb="md">
      <Text fw={600} size="sm" mb={4}>
        {t('arbo.participants.title')}
      </Text>
      {a.participants.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('arbo.participants.none')}
        </Text>
      ) : (
        <Stack gap={2}>
          {a.participants.map((p, i) => (
            <Group key={`${p.personId ?? ''}|${p.name}|${p.role}`} gap="xs">
              <Text size="sm">
                {p.name} ({p.role})
              </Text>
              {editable ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={t('arbo.participants.remove', { name: p.name })}
                  onClick={() => save(a.participants.filter((_, j) => j !== i))}
                >
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      {editable ? (
        <Group align="flex-end" mt="xs" gap="xs">
          <ArboPersonSelect
            label={t('arbo.participants.person')}
            value={personId}
            onChange={setPersonId}
            w={240}
            size="xs"
          />
          <TextInput
            label={t('arbo.participants.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            size="xs"
          />
          <TextInput
            label={t('arbo.participants.role')}
            placeholder={t('arbo.participants.rolePlaceholder')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
            size="xs"
          />
          <Button
            size="xs"
            onClick={add}
            loading={update.isPending}
            disabled={!role.trim() || (!name.trim() && !personId)}
          >
            {t('arbo.participants.add')}
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
};

/**
 * Whether the RI&E was made with a recognised branche instrument (rie.nl), and which. Stored on the
 * assessment, editable until it is locked; the toetsing duty reads it.
 */
export const BrancheInstrument = ({ a, editable }: { a: TRieAssessment; editable: boolean }) => {
  const { t } = useTranslation();
  const update = useUpdateAssessment(a.id);
  const [uses, setUses] = useState(a.usesRecognisedBrancheInstrument);
  const [name, setName] = useState(a.brancheInstrumentName ?? '');
  const changed =
    uses !== a.usesRecognisedBrancheInstrument || (uses && name.trim() !== (a.brancheInstrumentName ?? ''));
  const save = () =>
    update.mutate(
      {
        version: a.version,
        usesRecognisedBrancheInstrument: uses,
        brancheInstrumentName: uses ? name.trim() || null : null,
      },
      { onSuccess: () => notifySuccess(t('common.saved')) },
    );
  return (
    <Paper withBorder p="sm" mb="md">
      <Text fw={600} size="sm" mb={4}>
        {t('arbo.branche.title')}
      </Text>
      {editable ? (
        <Stack gap="xs">
          <Switch
            label={t('arbo.branche.uses')}
            checked={uses}
            onChange={(e) => setUses(e.currentTarget.checked)}
          />
          <Group align="flex-end" gap="xs">
            {uses ? (
              <TextInput
                label={t('arbo.branche.name')}
                placeholder={t('arbo.branche.namePlaceholder')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                maxLength={200}
                size="xs"
                w={320}
              />
            ) : null}
            <Button size="xs" onClick={save} loading={update.isPending} disabled={!changed}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm">
          {a.usesRecognisedBrancheInstrument
            ? a.brancheInstrumentName
              ? t('arbo.branche.named', { name: a.brancheInstrumentName })
              : t('arbo.branche.unnamed')
            : t('arbo.branche.none')}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('arbo.branche.hint')}
      </Text>
    </Paper>
  );
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30) || 'risico';

/** An own risk in this module (hr / prevention officer): validated by the server like catalogue risks. */
export const OwnRiskModal = ({
  catalogueId,
  module,
  onClose,
}: {
  catalogueId: string;
  module: CatalogueModule;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const add = useAddOwnRisk(catalogueId);
  const [statement, setStatement] = useState('');
  const [problem, setProblem] = useState('');
  const [law, setLaw] = useState('');
  const [measure, setMeasure] = useState('');
  const [level, setLevel] = useState<TMeasureLevel>('bron');
  const [method, setMethod] = useState<'fine_kinney' | 'direct'>('fine_kinney');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    // Written once, in the user's language; shown in both.
    const both = (x: string) => ({ nl: x, en: x });
    const id = `eigen-${slug(statement)}-${Math.random().toString(36).slice(2, 6)}`;
    add.mutate(
      {
        moduleId: module.id,
        risk: {
          id,
          statement: both(statement),
          problem: both(problem),
          legalReference: law,
          evaluationMethod: method,
          measures: [{ id: `${id}.m1`, level, text: both(measure) }],
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('arbo.ownRisk.added'));
          onClose();
        },
        onError: (e) => setError(formErrorText(e)),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('arbo.ownRisk.title')} size="lg">
      <Stack>
        <TextInput
          label={t('arbo.ownRisk.statement')}
          description={t('arbo.ownRisk.statementHint')}
          value={statement}
          onChange={(e) => setStatement(e.currentTarget.value)}
          required
        />
        <Textarea
          label={t('arbo.ownRisk.problem')}
          value={problem}
          onChange={(e) => setProblem(e.currentTarget.value)}
          required
          autosize
        />
        <TextInput
          label={t('arbo.ownRisk.law')}
          placeholder="Arbobesluit art. …"
          value={law}
          onChange={(e) => setLaw(e.currentTarget.value)}
          required
        />
        <Textarea
          label={t('arbo.ownRisk.measure')}
          value={measure}
          onChange={(e) => setMeasure(e.currentTarget.value)}
          required
          autosize
        />
        <Group grow>
          <Select
            label={t('arbo.plan.level')}
            data={MEASURE_LEVELS.map((l) => ({
              value: l,
              label: t(`arbo.level.${l}`),
            }))}
            value={level}
            onChange={(v) => setLevel((v as TMeasureLevel) ?? 'bron')}
            allowDeselect={false}
          />
          <Select
            label={t('arbo.ownRisk.method')}
            data={[
              { value: 'fine_kinney', label: 'Fine & Kinney' },
              { value: 'direct', label: t('arbo.ownRisk.direct') },
            ]}
            value={method}
            onChange={(v) => setMethod((v as 'fine_kinney') ?? 'fine_kinney')}
            allowDeselect={false}
          />
        </Group>
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={save}
            loading={add.isPending}
            disabled={!statement.trim() || !problem.trim() || !law.trim() || !measure.trim()}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
