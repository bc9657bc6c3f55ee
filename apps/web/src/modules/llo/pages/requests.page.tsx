import type { TFundingCheck, TLearningRequest } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorText, notifySuccess } from '../../../api/errors';
import { PageHeader } from '../../../components/page-header';
import { RouterAnchor } from '../../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import {
  useCompleteRequest,
  useDecideRequest,
  useFundingCheck,
  useFundingSchemes,
  useRequests,
} from '../api';
import { hours, money } from '../shared';
import { RequestCard } from './request-list';

const STATUSES = ['submitted', 'approved', 'completed', 'declined', 'cancelled'] as const;
const today = () => new Date().toISOString().slice(0, 10);

const DecideModal = ({
  request,
  decision,
  onClose,
}: {
  request: TLearningRequest;
  decision: 'approve' | 'decline';
  onClose: () => void;
}) => {
  const { t } = useTranslation('development');
  const [reason, setReason] = useState('');
  const [source, setSource] = useState<string>(request.fundingSource);
  const [error, setError] = useState<string | null>(null);
  const decide = useDecideRequest();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(decision === 'approve' ? 'requests.approveTitle' : 'requests.declineTitle', {
        title: request.title,
        name: request.personName,
      })}
    >
      <Stack gap="sm">
        {decision === 'approve' ? (
          <Select
            label={t('requests.fundingSource')}
            description={t('requests.fundingSourceHelp')}
            data={(['personal_budget', 'employer_required'] as const).map((s) => ({
              value: s,
              label: t(`requests.fundingSources.${s}`),
            }))}
            value={source}
            onChange={(v) => setSource(v ?? 'personal_budget')}
            allowDeselect={false}
          />
        ) : null}
        <Textarea
          label={t(decision === 'approve' ? 'requests.reasonOptional' : 'requests.reason')}
          required={decision === 'decline'}
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
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
            color={decision === 'approve' ? 'teal' : 'red'}
            loading={decide.isPending}
            onClick={() =>
              decide.mutate(
                {
                  id: request.id,
                  decision,
                  reason: reason.trim() || null,
                  ...(decision === 'approve'
                    ? { fundingSource: source as TLearningRequest['fundingSource'] }
                    : {}),
                  version: request.version,
                },
                {
                  onSuccess: () => {
                    notifySuccess(t(decision === 'approve' ? 'requests.approved' : 'requests.declined'));
                    onClose();
                  },
                  onError: (e) => setError(formErrorText(e)),
                },
              )
            }
          >
            {t(decision === 'approve' ? 'requests.approve' : 'requests.decline')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

const CompleteModal = ({ request, onClose }: { request: TLearningRequest; onClose: () => void }) => {
  const { t } = useTranslation('development');
  const [completedOn, setCompletedOn] = useState(today());
  const [actualHours, setActualHours] = useState<number | string>(request.hours);
  const [actualCost, setActualCost] = useState<number | string>(request.costCents / 100);
  const [expiresOn, setExpiresOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const complete = useCompleteRequest();
  return (
    <Modal opened onClose={onClose} title={t('requests.completeTitle', { title: request.title })}>
      <Stack gap="sm">
        <Text size="sm">{t('requests.completeHelp')}</Text>
        <TextInput
          type="date"
          label={t('requests.completedOnLabel')}
          value={completedOn}
          onChange={(e) => setCompletedOn(e.currentTarget.value)}
        />
        <NumberInput
          label={t('requests.actualHours')}
          min={0}
          decimalScale={1}
          value={actualHours}
          onChange={setActualHours}
        />
        <NumberInput
          label={t('requests.actualCost')}
          min={0}
          decimalScale={2}
          prefix="€ "
          decimalSeparator=","
          thousandSeparator="."
          value={actualCost}
          onChange={setActualCost}
        />
        {request.certificateType ? (
          <TextInput
            type="date"
            label={t('requests.certificateExpires')}
            description={t('certificates.expiresHelp')}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
          />
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
            loading={complete.isPending}
            onClick={() =>
              complete.mutate(
                {
                  id: request.id,
                  completedOn,
                  actualHours: Number(actualHours) || 0,
                  actualCostCents: Math.round((Number(actualCost) || 0) * 100),
                  ...(request.certificateType
                    ? { certificate: { obtainedOn: completedOn, ...(expiresOn ? { expiresOn } : {}) } }
                    : {}),
                  version: request.version,
                },
                {
                  onSuccess: () => {
                    notifySuccess(t('requests.completed'));
                    onClose();
                  },
                  onError: (e) => setError(formErrorText(e)),
                },
              )
            }
          >
            {t('requests.complete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

const OUTCOME_COLOR = {
  may_apply: 'teal',
  check_conditions: 'yellow',
  not_eligible: 'gray',
  not_available: 'red',
} as const;

/** Which funding schemes may pay for the chosen requests; ended schemes are never shown as available. */
const FundingResult = ({ check }: { check: TFundingCheck }) => {
  const { t } = useTranslation('development');
  const lang = currentLanguage();
  return (
    <Paper withBorder p="md" data-testid="funding-check">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('funding.resultTitle', { date: formatDate(check.on) })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('funding.basis', { fte: hours(check.staffFte), count: check.requests.length })}
        </Text>
        {check.verdicts.map((v) => (
          <Paper key={v.scheme.id} withBorder p="sm">
            <Stack gap={4}>
              <Group justify="space-between">
                <Text fw={600}>{v.scheme.name[lang]}</Text>
                <Badge color={OUTCOME_COLOR[v.outcome]} variant="light">
                  {t(`funding.outcomes.${v.outcome}`)}
                </Badge>
              </Group>
              <Text size="sm">{v.scheme.summary[lang]}</Text>
              {v.reasons.length ? (
                <Text size="sm" c="dimmed">
                  {v.reasons.map((r) => t(`funding.reasons.${r}`)).join(' ')}
                </Text>
              ) : null}
              {v.outcome === 'may_apply' || v.outcome === 'check_conditions' ? (
                <Text size="sm">
                  {t('funding.amounts', {
                    cost: money(v.eligibleCostCents),
                    subsidy: v.estimatedSubsidyCents === null ? '–' : money(v.estimatedSubsidyCents),
                  })}
                </Text>
              ) : null}
              {(v.outcome === 'may_apply' || v.outcome === 'check_conditions') &&
              v.scheme.requirements.length ? (
                <>
                  <Text size="sm" fw={600}>
                    {t('funding.requirements')}
                  </Text>
                  <List size="sm">
                    {v.scheme.requirements.map((r) => (
                      <List.Item key={r.nl}>{r[lang]}</List.Item>
                    ))}
                  </List>
                </>
              ) : null}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
};

const AVAILABILITY_COLOR = { open: 'teal', ended: 'red', not_yet_open: 'gray' } as const;

const Schemes = () => {
  const { t } = useTranslation('development');
  const schemes = useFundingSchemes(true);
  const lang = currentLanguage();
  if (schemes.isPending) return <LoadingState rows={2} />;
  if (schemes.isError) return <ErrorState error={schemes.error} />;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('funding.schemesTitle')}
      </Title>
      {schemes.data.items.map((s) => (
        <Group key={s.id} justify="space-between" wrap="nowrap">
          <div>
            <Text size="sm" fw={600}>
              {s.name[lang]}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                s.administrator,
                s.validUntil ? t('funding.until', { date: formatDate(s.validUntil) }) : null,
                s.ratePercent !== null ? `${s.ratePercent}%` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <Badge color={AVAILABILITY_COLOR[s.availability]} variant="light">
            {t(`funding.availability.${s.availability}`)}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
};

/** Learning requests for the manager (their units) and HR: decide, record completion, check funding. */
export const RequestsPage = (): ReactElement => {
  const { t } = useTranslation('development');
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('submitted');
  const requests = useRequests({ status });
  const [deciding, setDeciding] = useState<{ r: TLearningRequest; d: 'approve' | 'decline' } | null>(null);
  const [completing, setCompleting] = useState<TLearningRequest | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const funding = useFundingCheck();
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      <PageHeader title={t('requests.title')} description={t('requests.description')} />
      <Stack>
        <SegmentedControl
          value={status}
          onChange={(v) => {
            setStatus(v as (typeof STATUSES)[number]);
            setChosen(new Set());
          }}
          data={STATUSES.map((s) => ({ value: s, label: t(`requests.statusesPlural.${s}`) }))}
        />
        {requests.isPending ? <LoadingState /> : null}
        {requests.isError ? <ErrorState error={requests.error} /> : null}
        {requests.data?.items.length === 0 ? <EmptyState title={t('requests.empty')} /> : null}
        {requests.data?.items.map((r) => (
          <RequestCard
            key={r.id}
            request={r}
            showPerson
            actions={
              <>
                <Checkbox
                  label={t('funding.include')}
                  checked={chosen.has(r.id)}
                  onChange={() => toggle(r.id)}
                />
                {r.canDecide ? (
                  <>
                    <Button size="xs" color="teal" onClick={() => setDeciding({ r, d: 'approve' })}>
                      {t('requests.approve')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => setDeciding({ r, d: 'decline' })}
                    >
                      {t('requests.decline')}
                    </Button>
                  </>
                ) : null}
                {r.canComplete ? (
                  <Button size="xs" variant="light" onClick={() => setCompleting(r)}>
                    {t('requests.complete')}
                  </Button>
                ) : null}
                <RouterAnchor
                  to="/ontwikkeling/medewerkers/$personId"
                  params={{ personId: r.personId }}
                  size="sm"
                >
                  {t('requests.openPerson')}
                </RouterAnchor>
              </>
            }
          />
        ))}
        <Group>
          <Button
            variant="light"
            disabled={chosen.size === 0}
            loading={funding.isPending}
            onClick={() => funding.mutate([...chosen])}
          >
            {t('funding.check', { count: chosen.size })}
          </Button>
        </Group>
        {funding.isError ? (
          <Alert color="red" role="alert">
            {formErrorText(funding.error)}
          </Alert>
        ) : null}
        {funding.data ? <FundingResult check={funding.data} /> : null}
        <Schemes />
      </Stack>
      {deciding ? (
        <DecideModal request={deciding.r} decision={deciding.d} onClose={() => setDeciding(null)} />
      ) : null}
      {completing ? <CompleteModal request={completing} onClose={() => setCompleting(null)} /> : null}
    </>
  );
};
