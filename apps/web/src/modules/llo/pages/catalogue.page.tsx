import type { TLearningItem, TSkillLabel } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Code,
  FileInput,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifyError, notifySuccess } from '../../../api/errors';
import { isApiError } from '../../../api/problem';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import {
  type CatalogueImportResult,
  useCatalogue,
  useCertificateTypes,
  useChangeItem,
  useCreateItem,
  useImportCatalogue,
} from '../api';
import { levelOptions } from '../shared';
import { ItemCard, KINDS } from './learning-tab';
import { SkillPicker } from './skill-picker';

const MODES = ['classroom', 'online', 'blended', 'on_the_job'] as const;

const NewItem = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation('development');
  const lang = currentLanguage();
  const types = useCertificateTypes();
  const create = useCreateItem();
  const [f, setF] = useState({
    code: '',
    title: '',
    description: '',
    kind: 'course' as (typeof KINDS)[number],
    provider: '',
    delivery: 'external' as 'internal' | 'external',
    mode: 'classroom' as (typeof MODES)[number],
    durationHours: 0 as number | string,
    cost: 0 as number | string,
    certificateType: null as string | null,
  });
  const [skills, setSkills] = useState<(TSkillLabel & { level: number })[]>([]);
  const [picked, setPicked] = useState<TSkillLabel | null>(null);
  const [level, setLevel] = useState('2');
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((p) => ({ ...p, [k]: v }));
  return (
    <Modal opened onClose={onClose} title={t('catalogue.newItem')} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput
            label={t('catalogue.code')}
            value={f.code}
            onChange={(e) => set('code', e.currentTarget.value)}
          />
          <TextInput
            label={t('catalogue.itemTitle')}
            required
            value={f.title}
            onChange={(e) => set('title', e.currentTarget.value)}
          />
          <Select
            label={t('learning.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={f.kind}
            onChange={(v) => set('kind', (v ?? 'course') as (typeof KINDS)[number])}
            allowDeselect={false}
          />
          <TextInput
            label={t('catalogue.provider')}
            value={f.provider}
            onChange={(e) => set('provider', e.currentTarget.value)}
          />
          <Select
            label={t('catalogue.delivery')}
            data={(['internal', 'external'] as const).map((d) => ({ value: d, label: t(`delivery.${d}`) }))}
            value={f.delivery}
            onChange={(v) => set('delivery', (v ?? 'external') as 'internal' | 'external')}
            allowDeselect={false}
          />
          <Select
            label={t('catalogue.mode')}
            data={MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
            value={f.mode}
            onChange={(v) => set('mode', (v ?? 'classroom') as (typeof MODES)[number])}
            allowDeselect={false}
          />
          <NumberInput
            label={t('catalogue.hours')}
            min={0}
            decimalScale={1}
            value={f.durationHours}
            onChange={(v) => set('durationHours', v)}
          />
          <NumberInput
            label={t('catalogue.cost')}
            min={0}
            decimalScale={2}
            prefix="€ "
            decimalSeparator=","
            thousandSeparator="."
            value={f.cost}
            onChange={(v) => set('cost', v)}
          />
          <Select
            label={t('catalogue.certificate')}
            clearable
            data={(types.data?.items ?? []).map((ct) => ({ value: ct.id, label: ct.name[lang] }))}
            value={f.certificateType}
            onChange={(v) => set('certificateType', v)}
          />
        </SimpleGrid>
        <Textarea
          label={t('pop.description')}
          autosize
          minRows={2}
          value={f.description}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
        <Group align="flex-end">
          <SkillPicker label={t('catalogue.skillsTaught')} value={picked} onChange={setPicked} w={300} />
          <Select
            label={t('skills.level')}
            data={levelOptions(t)}
            value={level}
            onChange={(v) => setLevel(v ?? '2')}
            allowDeselect={false}
            w={160}
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
              <Badge key={s.ref} variant="light" tt="none">
                {s.label} · {s.level}
              </Badge>
            ))}
          </Group>
        ) : null}
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
                  code: f.code || null,
                  title: f.title,
                  description: f.description || null,
                  kind: f.kind,
                  provider: f.provider || null,
                  delivery: f.delivery,
                  mode: f.mode,
                  durationHours: Number(f.durationHours) || 0,
                  costCents: Math.round((Number(f.cost) || 0) * 100),
                  skills: skills.map((s) => ({ ref: s.ref, level: s.level })),
                  certificateType: f.certificateType,
                },
                {
                  onSuccess: () => {
                    notifySuccess(t('catalogue.created'));
                    onClose();
                  },
                  onError: (e) => setError(formErrorText(e)),
                },
              )
            }
          >
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

type RowError = { field: string; message: string };

/** CSV/XLSX import: a dry run first; every bad row and column is listed, nothing is written then. */
const Import = () => {
  const { t } = useTranslation('development');
  const [file, setFile] = useState<File | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [result, setResult] = useState<CatalogueImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useImportCatalogue();
  const go = (dryRun: boolean) => {
    if (!file) return;
    setRowErrors([]);
    setResult(null);
    setError(null);
    run.mutate(
      { file, dryRun },
      {
        onSuccess: (r) => {
          setResult(r);
          if (!r.dryRun) notifySuccess(t('catalogue.imported', { created: r.created, updated: r.updated }));
        },
        onError: (e) => {
          if (isApiError(e) && e.fieldErrors.some((f) => f.field.startsWith('rows[')))
            setRowErrors(e.fieldErrors);
          else setError(formErrorText(e));
        },
      },
    );
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('catalogue.importTitle')}
        </Title>
        <Text size="sm">{t('catalogue.importHelp')}</Text>
        <Code block>
          Code;Titel;Soort;Aanbieder;Intern/extern;Vorm;Uren;Kosten;Vaardigheden;Niveau;Certificaat;Beschrijving
        </Code>
        <Group align="flex-end">
          <FileInput
            label={t('catalogue.file')}
            accept=".csv,.xlsx,text/csv"
            value={file}
            onChange={setFile}
            clearable
            w={320}
          />
          <Button variant="light" disabled={!file} loading={run.isPending} onClick={() => go(true)}>
            {t('catalogue.dryRun')}
          </Button>
          <Button disabled={!file} loading={run.isPending} onClick={() => go(false)}>
            {t('catalogue.import')}
          </Button>
        </Group>
        {result ? (
          <Alert color="teal" role="status">
            {t(result.dryRun ? 'catalogue.dryRunResult' : 'catalogue.imported', {
              created: result.created,
              updated: result.updated,
            })}
          </Alert>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        {rowErrors.length ? (
          <Alert color="red" role="alert" title={t('catalogue.rowErrors', { count: rowErrors.length })}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('catalogue.row')}</Table.Th>
                  <Table.Th>{t('catalogue.column')}</Table.Th>
                  <Table.Th>{t('catalogue.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rowErrors.map((e) => {
                  const m = /^rows\[(\d+)\]\.(.+)$/.exec(e.field);
                  return (
                    <Table.Tr key={`${e.field}-${e.message}`}>
                      <Table.Td>{m?.[1] ?? ''}</Table.Td>
                      <Table.Td>{m?.[2] ?? e.field}</Table.Td>
                      <Table.Td>{e.message}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
};

const ActiveSwitch = ({ item }: { item: TLearningItem }) => {
  const { t } = useTranslation('development');
  const change = useChangeItem();
  return (
    <Switch
      label={t('catalogue.active')}
      checked={item.isActive}
      disabled={change.isPending}
      onChange={(e) =>
        change.mutate(
          { id: item.id, isActive: e.currentTarget.checked, version: item.version },
          { onError: notifyError },
        )
      }
    />
  );
};

/** HR: the learning catalogue — add items, switch them off, import a file. */
export const CataloguePage = (): ReactElement => {
  const { t } = useTranslation('development');
  const [adding, setAdding] = useState(false);
  const [q, setQ] = useState('');
  const items = useCatalogue({ q: q || undefined, includeInactive: 'true' });
  return (
    <>
      <PageHeader
        title={t('catalogue.title')}
        description={t('catalogue.description')}
        actions={<Button onClick={() => setAdding(true)}>{t('catalogue.newItem')}</Button>}
      />
      <Stack>
        <Import />
        <TextInput
          label={t('learning.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={300}
        />
        {items.isPending ? <LoadingState /> : null}
        {items.isError ? <ErrorState error={items.error} /> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {items.data?.items.map((item) => (
            <ItemCard key={`${item.id}-${item.version}`} item={item} action={<ActiveSwitch item={item} />} />
          ))}
        </SimpleGrid>
      </Stack>
      {adding ? <NewItem onClose={() => setAdding(false)} /> : null}
    </>
  );
};
