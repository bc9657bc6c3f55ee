import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Instruction,
  type Ppe,
  useCreateInstruction,
  useGaps,
  useInstructions,
  useIssuePpe,
  usePpe,
} from '../../api/arbo';
import { formErrorText, notifySuccess } from '../../api/errors';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { UnitSelect } from '../../components/unit-select';
import { formatDate } from '../../lib/format';
import { AddAttendeesModal, DeleteInstructionConfirm, DeletePpeConfirm } from './instruction-actions';
import { ArboPeopleMultiSelect, ArboPersonSelect, todayIso } from './shared';

const InstructionModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const create = useCreateInstruction();
  const [kind, setKind] = useState<'instruction' | 'toolbox'>('toolbox');
  const [topic, setTopic] = useState('');
  const [givenOn, setGivenOn] = useState(todayIso());
  const [givenBy, setGivenBy] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [validMonths, setValidMonths] = useState<number | string>(12);
  const [attendees, setAttendees] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    create.mutate(
      {
        kind,
        topic,
        givenOn,
        givenBy,
        unitId,
        validMonths: validMonths === '' ? null : Number(validMonths),
        attendeePersonIds: attendees,
      },
      {
        onSuccess: () => {
          notifySuccess(t('arbo.instructions.created'));
          onClose();
        },
        onError: (e) => setError(formErrorText(e)),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('arbo.instructions.new')} size="lg">
      <Stack>
        <Select
          label={t('arbo.instructions.kind')}
          data={(['toolbox', 'instruction'] as const).map((k) => ({
            value: k,
            label: t(`arbo.instructions.kinds.${k}`),
          }))}
          value={kind}
          onChange={(v) => setKind((v as 'toolbox') ?? 'toolbox')}
          allowDeselect={false}
        />
        <TextInput
          label={t('arbo.instructions.topic')}
          value={topic}
          onChange={(e) => setTopic(e.currentTarget.value)}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('arbo.instructions.givenOn')}
            value={givenOn}
            onChange={(e) => setGivenOn(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('arbo.instructions.givenBy')}
            value={givenBy}
            onChange={(e) => setGivenBy(e.currentTarget.value)}
            required
          />
          <UnitSelect
            label={t('arbo.instructions.unit')}
            placeholder={t('arbo.rie.wholeOrganisation')}
            value={unitId}
            onChange={setUnitId}
            clearable
          />
          <NumberInput
            label={t('arbo.instructions.validMonths')}
            value={validMonths}
            onChange={setValidMonths}
            min={1}
            max={120}
          />
        </SimpleGrid>
        <ArboPeopleMultiSelect
          label={t('arbo.instructions.attendees')}
          value={attendees}
          onChange={setAttendees}
        />
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
            onClick={submit}
            loading={create.isPending}
            disabled={!topic.trim() || !givenBy.trim() || !givenOn}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

const PpeModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const issue = useIssuePpe();
  const [personId, setPersonId] = useState<string | null>(null);
  const [item, setItem] = useState('');
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const [inspectionDue, setInspectionDue] = useState('');
  const [replacementDue, setReplacementDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    personId &&
    issue.mutate(
      {
        personId,
        item,
        issuedOn,
        inspectionDue: inspectionDue || null,
        replacementDue: replacementDue || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('arbo.ppe.created'));
          onClose();
        },
        onError: (e) => setError(formErrorText(e)),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('arbo.ppe.new')}>
      <Stack>
        <ArboPersonSelect label={t('arbo.ppe.person')} value={personId} onChange={setPersonId} required />
        <TextInput
          label={t('arbo.ppe.item')}
          value={item}
          onChange={(e) => setItem(e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('arbo.ppe.issuedOn')}
          value={issuedOn}
          onChange={(e) => setIssuedOn(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('arbo.ppe.inspectionDue')}
          value={inspectionDue}
          onChange={(e) => setInspectionDue(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('arbo.ppe.replacementDue')}
          value={replacementDue}
          onChange={(e) => setReplacementDue(e.currentTarget.value)}
        />
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={issue.isPending} disabled={!personId || !item.trim()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** Voorlichting & onderricht: instructions and toolbox meetings, who is missing what, PPE issued. */
export const InstructionsPage = () => {
  const { t } = useTranslation();
  const instructions = useInstructions();
  const gaps = useGaps();
  const ppe = usePpe();
  const [modal, setModal] = useState<'instruction' | 'ppe' | null>(null);
  const [adding, setAdding] = useState<Instruction | null>(null);
  const [deleting, setDeleting] = useState<Instruction | null>(null);
  const [deletingPpe, setDeletingPpe] = useState<Ppe | null>(null);
  return (
    <>
      <PageHeader
        title={t('arbo.instructions.title')}
        description={t('arbo.instructions.description')}
        actions={
          <>
            <Button variant="default" onClick={() => setModal('ppe')}>
              {t('arbo.ppe.new')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setModal('instruction')}>
              {t('arbo.instructions.new')}
            </Button>
          </>
        }
      />
      <Tabs defaultValue="instructions" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="instructions">{t('arbo.instructions.tab')}</Tabs.Tab>
          <Tabs.Tab value="gaps">{t('arbo.instructions.gapsTab')}</Tabs.Tab>
          <Tabs.Tab value="ppe">{t('arbo.ppe.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="instructions">
          {instructions.isPending ? (
            <LoadingState />
          ) : instructions.isError ? (
            <ErrorState error={instructions.error} />
          ) : instructions.data.items.length === 0 ? (
            <EmptyState title={t('arbo.instructions.empty')} />
          ) : (
            <Stack>
              {instructions.data.items.map((i) => (
                <Paper key={i.id} withBorder p="md">
                  <Group justify="space-between">
                    <Text fw={600}>{i.topic}</Text>
                    <Badge variant="light">{t(`arbo.instructions.kinds.${i.kind}`)}</Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t('arbo.instructions.given', { date: formatDate(i.givenOn), by: i.givenBy })}
                    {i.validUntil
                      ? ` · ${t('arbo.instructions.validUntil', { date: formatDate(i.validUntil) })}`
                      : ''}
                  </Text>
                  <Text size="sm" mt="xs">
                    {t('arbo.instructions.attendance', {
                      count: i.attendees.length,
                      acknowledged: i.attendees.filter((a) => a.acknowledgedAt).length,
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {i.attendees.map((a) => `${a.name}${a.acknowledgedAt ? ' ✓' : ''}`).join(', ')}
                  </Text>
                  <Group justify="flex-end" gap="xs" mt="xs">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconUserPlus size={14} aria-hidden />}
                      aria-label={t('arbo.instructions.addAttendeesLabel', { topic: i.topic })}
                      onClick={() => setAdding(i)}
                    >
                      {t('arbo.instructions.addAttendees')}
                    </Button>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('arbo.instructions.deleteLabel', {
                        topic: i.topic,
                        date: formatDate(i.givenOn),
                      })}
                      onClick={() => setDeleting(i)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="gaps">
          {gaps.isPending ? (
            <LoadingState />
          ) : gaps.isError ? (
            <ErrorState error={gaps.error} />
          ) : gaps.data.items.length === 0 ? (
            <EmptyState title={t('arbo.instructions.noGaps')} />
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('arbo.ppe.person')}</Table.Th>
                    <Table.Th>{t('arbo.instructions.unit')}</Table.Th>
                    <Table.Th>{t('arbo.instructions.missing')}</Table.Th>
                    <Table.Th>{t('arbo.instructions.expired')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {gaps.data.items.map((g) => (
                    <Table.Tr key={g.personId}>
                      <Table.Td>{g.name}</Table.Td>
                      <Table.Td>{g.unitName ?? '—'}</Table.Td>
                      <Table.Td>{g.missing.map((m) => m.topic).join(', ') || '—'}</Table.Td>
                      <Table.Td>{g.expired.map((m) => m.topic).join(', ') || '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="ppe">
          {ppe.isPending ? (
            <LoadingState />
          ) : ppe.isError ? (
            <ErrorState error={ppe.error} />
          ) : ppe.data.items.length === 0 ? (
            <EmptyState title={t('arbo.ppe.empty')} />
          ) : (
            <PpeTable items={ppe.data.items} withPerson onDelete={setDeletingPpe} />
          )}
        </Tabs.Panel>
      </Tabs>
      {modal === 'instruction' ? <InstructionModal onClose={() => setModal(null)} /> : null}
      {modal === 'ppe' ? <PpeModal onClose={() => setModal(null)} /> : null}
      {adding ? <AddAttendeesModal instruction={adding} onClose={() => setAdding(null)} /> : null}
      {deleting ? (
        <DeleteInstructionConfirm instruction={deleting} onClose={() => setDeleting(null)} />
      ) : null}
      {deletingPpe ? <DeletePpeConfirm ppe={deletingPpe} onClose={() => setDeletingPpe(null)} /> : null}
    </>
  );
};

export const PpeTable = ({
  items,
  withPerson,
  onDelete,
}: {
  items: Ppe[];
  withPerson?: boolean;
  /** Staff only: a delete button per row (asks first). */
  onDelete?: (p: Ppe) => void;
}) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {withPerson ? <Table.Th>{t('arbo.ppe.person')}</Table.Th> : null}
            <Table.Th>{t('arbo.ppe.item')}</Table.Th>
            <Table.Th>{t('arbo.ppe.issuedOn')}</Table.Th>
            <Table.Th>{t('arbo.ppe.inspectionDue')}</Table.Th>
            <Table.Th>{t('arbo.ppe.replacementDue')}</Table.Th>
            {onDelete ? <Table.Th>{t('common.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              {withPerson ? <Table.Td>{p.personName}</Table.Td> : null}
              <Table.Td>
                {p.item}
                {p.due ? (
                  <Badge ml={6} color="orange" size="sm">
                    {t('arbo.ppe.due')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{formatDate(p.issuedOn)}</Table.Td>
              <Table.Td>{formatDate(p.inspectionDue) || '—'}</Table.Td>
              <Table.Td>{formatDate(p.replacementDue) || '—'}</Table.Td>
              {onDelete ? (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('arbo.ppe.deleteLabel', { item: p.item, person: p.personName })}
                    onClick={() => onDelete(p)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
