import type { TOpening } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifySuccess } from '../../../api/errors';
import { hasRole, useMe } from '../../../api/me';
import { PageHeader } from '../../../components/page-header';
import { RouterAnchor, RouterButton } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { UnitSelect } from '../../../components/unit-select';
import { formatDate } from '../../../lib/format';
import { useCloseOpening, useCreateOpening, useOccupationSearch, useOpenings } from '../api';

const KINDS = ['vacancy', 'project', 'gig', 'job_shadowing'] as const;

/** ESCO occupation by title: searched on the server as you type. */
const OccupationSelect = ({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (uri: string | null) => void;
}) => {
  const { t } = useTranslation('mobility');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const found = useOccupationSearch(debounced);
  const data = (found.data?.items ?? []).map((o) => ({ value: o.uri, label: `${o.title} (${o.iscoGroup})` }));
  if (picked && !data.some((d) => d.value === picked.value)) data.unshift(picked);
  return (
    <Select
      label={t('openings.form.occupation')}
      description={t('openings.form.occupationHelp')}
      data={data}
      value={value}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(v, option) => {
        setPicked(v ? option : null);
        onChange(v);
      }}
      required
    />
  );
};

const OpeningModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation('mobility');
  const create = useCreateOpening();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('vacancy');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [hours, setHours] = useState<number | string>('');
  const [occupation, setOccupation] = useState<string | null>(null);
  const [closesOn, setClosesOn] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    create.mutate(
      {
        kind,
        title,
        description,
        unitId,
        hoursPerWeek: hours === '' ? null : Number(hours),
        escoOccupationUri: occupation,
        closesOn: closesOn || null,
        startsOn: startsOn || null,
        endsOn: endsOn || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('openings.form.created'));
          onClose();
        },
        onError: (e) => setError(formErrorText(e)),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('openings.new')} size="lg">
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Select
          label={t('openings.form.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v as (typeof KINDS)[number])}
          allowDeselect={false}
        />
        <TextInput
          label={t('openings.form.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
        />
        <Textarea
          label={t('openings.form.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <OccupationSelect value={occupation} onChange={setOccupation} />
        <Group grow>
          <UnitSelect label={t('openings.form.unit')} value={unitId} onChange={setUnitId} clearable />
          <NumberInput label={t('openings.form.hours')} value={hours} onChange={setHours} min={1} max={60} />
        </Group>
        <Group grow>
          <TextInput
            type="date"
            label={t('openings.form.closesOn')}
            value={closesOn}
            onChange={(e) => setClosesOn(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('openings.form.startsOn')}
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('openings.form.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
          />
        </Group>
        <Group justify="flex-end">
          <Button onClick={submit} loading={create.isPending}>
            {t('openings.form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

const Row = ({ o, isHr }: { o: TOpening; isHr: boolean }) => {
  const { t } = useTranslation('mobility');
  const close = useCloseOpening();
  return (
    <Table.Tr>
      <Table.Td>
        {isHr ? (
          <RouterAnchor to="/mobiliteit/vacatures/$openingId" params={{ openingId: o.id }}>
            {o.title}
          </RouterAnchor>
        ) : (
          o.title
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="outline">{t(`kind.${o.kind}`)}</Badge>
      </Table.Td>
      <Table.Td>{o.unit?.name ?? '—'}</Table.Td>
      <Table.Td>{o.closesOn ? formatDate(o.closesOn) : '—'}</Table.Td>
      <Table.Td>{t('openings.skills', { count: o.essentialSkills.length })}</Table.Td>
      {isHr ? (
        <Table.Td>
          <Group gap="xs" justify="flex-end">
            <RouterButton
              size="xs"
              variant="light"
              to="/mobiliteit/vacatures/$openingId"
              params={{ openingId: o.id }}
            >
              {t('openings.candidates')}
            </RouterButton>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              loading={close.isPending}
              onClick={() => close.mutate(o, { onSuccess: () => notifySuccess(t('openings.closed')) })}
            >
              {t('openings.close')}
            </Button>
          </Group>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
};

/** Internal vacancies and short assignments; HR publishes them and opens their candidates. */
export const OpeningsPage = () => {
  const { t } = useTranslation('mobility');
  const me = useMe();
  const isHr = hasRole(me.data, 'hr');
  const openings = useOpenings('open');
  const [creating, setCreating] = useState(false);
  if (openings.isPending) return <LoadingState />;
  if (openings.isError) return <ErrorState error={openings.error} onRetry={() => void openings.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('openings.title')}
        description={t('openings.description')}
        actions={
          isHr ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('openings.new')}
            </Button>
          ) : null
        }
      />
      {openings.data.items.length === 0 ? (
        <EmptyState title={t('openings.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('openings.columns.title')}</Table.Th>
                <Table.Th>{t('openings.columns.kind')}</Table.Th>
                <Table.Th>{t('openings.columns.unit')}</Table.Th>
                <Table.Th>{t('openings.columns.closesOn')}</Table.Th>
                <Table.Th>{t('openings.columns.skills')}</Table.Th>
                {isHr ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {openings.data.items.map((o) => (
                <Row key={o.id} o={o} isHr={isHr} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating ? <OpeningModal onClose={() => setCreating(false)} /> : null}
    </>
  );
};
