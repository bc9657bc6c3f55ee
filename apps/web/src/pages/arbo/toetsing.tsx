import {
  TOETSING_EXPERTS,
  TOETSING_SCOPES,
  TOETSING_VERDICTS,
  type TToetsing,
  type TToetsingInput,
} from '@inzetbaar/contracts';
import {
  Badge,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ToetsingCoverage, useAssessments, useRecordToetsing, useToetsingen } from '../../api/arbo';
import { notifySuccess } from '../../api/errors';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDate } from '../../lib/format';
import { Actions, useFormError } from './duty-forms';
import { todayIso } from './shared';

type Scope = TToetsingInput['scope'];
type Expert = TToetsingInput['expertCertification'];
type Verdict = TToetsingInput['verdict'];

const VERDICT_COLOR: Record<Verdict, string> = {
  approved: 'teal',
  approved_with_remarks: 'yellow',
  not_approved: 'red',
};

export const VerdictBadge = ({ verdict }: { verdict: TToetsing['verdict'] }) => {
  const { t } = useTranslation();
  return verdict ? (
    <Badge variant="light" color={VERDICT_COLOR[verdict]} miw="max-content">
      {t(`arbo.toetsing.verdicts.${verdict}`)}
    </Badge>
  ) : null;
};

/** "systeemtoets 5 nov 2025 (akkoord), scopetoets ontbreekt" for one assessment. */
export const useCoverageText = () => {
  const { t } = useTranslation();
  return (c: ToetsingCoverage) => {
    const part = (p: ToetsingCoverage['systeemtoets']) =>
      p
        ? `${formatDate(p.toetsedOn)}${p.verdict ? ` (${t(`arbo.toetsing.verdicts.${p.verdict}`)})` : ''}`
        : t('arbo.toetsing.missing');
    return t('arbo.toetsing.coverage', { systeem: part(c.systeemtoets), scope: part(c.scopetoets) });
  };
};

/**
 * Toetsing of an RI&E by a certified expert or arbodienst: which RI&E, which part of the toets (since
 * 1 Jul 2022 split into systeemtoets and scopetoets), who (with their kerndeskundigheid), verdict, remarks.
 */
export const ToetsingModal = ({
  assessmentId,
  onClose,
}: {
  assessmentId: string | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const record = useRecordToetsing();
  const assessments = useAssessments();
  const err = useFormError();
  const [rieId, setRieId] = useState<string | null>(assessmentId);
  const [toetsedOn, setOn] = useState(todayIso());
  const [scope, setScope] = useState<Scope>('both');
  const [expertName, setName] = useState('');
  const [certification, setCertification] = useState<Expert | null>(null);
  const [registration, setRegistration] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [outcome, setOutcome] = useState('');
  const save = () => {
    if (!certification || !verdict) return;
    record.mutate(
      {
        assessmentId: rieId,
        toetsedOn,
        scope,
        expertName,
        expertCertification: certification,
        expertRegistration: registration || null,
        verdict,
        outcome,
      },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          onClose();
        },
        onError: err.fail,
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('arbo.dutyForms.toetsing')} size="lg">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('arbo.toetsing.assessment')}
            data={(assessments.data?.items ?? []).map((a) => ({
              value: a.id,
              label: t('arbo.rie.rieOf', { year: a.year }),
            }))}
            value={rieId}
            onChange={setRieId}
            required
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('arbo.dutyForms.date')}
            value={toetsedOn}
            onChange={(e) => setOn(e.currentTarget.value)}
            required
          />
        </SimpleGrid>
        <Select
          label={t('arbo.toetsing.scope')}
          description={t('arbo.toetsing.scopeHint')}
          data={TOETSING_SCOPES.map((s) => ({ value: s, label: t(`arbo.toetsing.scopes.${s}`) }))}
          value={scope}
          onChange={(v) => setScope((v as Scope) ?? 'both')}
          allowDeselect={false}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('arbo.dutyForms.expert')}
            value={expertName}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <Select
            label={t('arbo.toetsing.certification')}
            data={TOETSING_EXPERTS.map((x) => ({ value: x, label: t(`arbo.toetsing.experts.${x}`) }))}
            value={certification}
            onChange={(v) => setCertification(v as Expert | null)}
            required
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('arbo.dutyForms.registration')}
            value={registration}
            onChange={(e) => setRegistration(e.currentTarget.value)}
          />
          <Select
            label={t('arbo.toetsing.verdict')}
            data={TOETSING_VERDICTS.map((v) => ({ value: v, label: t(`arbo.toetsing.verdicts.${v}`) }))}
            value={verdict}
            onChange={(v) => setVerdict(v as Verdict | null)}
            required
          />
        </SimpleGrid>
        <Textarea
          label={t('arbo.toetsing.outcome')}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        {err.shown}
        <Actions
          onCancel={onClose}
          onSave={save}
          loading={record.isPending}
          disabled={!rieId || !expertName.trim() || !certification || !verdict || !outcome.trim()}
        />
      </Stack>
    </Modal>
  );
};

/** Every toetsing recorded, newest first: the history, not only the latest. */
export const ToetsingHistory = () => {
  const { t } = useTranslation();
  const list = useToetsingen();
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} mt="md">
      <Text fw={600} mb="xs" component="h2">
        {t('arbo.toetsing.historyTitle')}
      </Text>
      {list.isPending ? (
        <LoadingState rows={2} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('arbo.toetsing.historyEmpty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('arbo.dutyForms.date')}</Table.Th>
                <Table.Th>{t('arbo.toetsing.assessment')}</Table.Th>
                <Table.Th>{t('arbo.toetsing.scope')}</Table.Th>
                <Table.Th>{t('arbo.toetsing.expertColumn')}</Table.Th>
                <Table.Th>{t('arbo.toetsing.verdict')}</Table.Th>
                <Table.Th>{t('arbo.toetsing.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(x.toetsedOn)}</Table.Td>
                  <Table.Td>
                    {x.assessmentYear ? t('arbo.rie.rieOf', { year: x.assessmentYear }) : '—'}
                  </Table.Td>
                  <Table.Td>{t(`arbo.toetsing.scopes.${x.scope}`)}</Table.Td>
                  <Table.Td>
                    {x.expertName}
                    <Text size="xs" c="dimmed">
                      {[
                        x.expertCertification ? t(`arbo.toetsing.experts.${x.expertCertification}`) : null,
                        x.expertRegistration,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <VerdictBadge verdict={x.verdict} />
                  </Table.Td>
                  <Table.Td>{x.outcome}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
};
