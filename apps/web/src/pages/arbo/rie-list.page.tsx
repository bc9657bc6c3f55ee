import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Duties,
  useAssessments,
  useCatalogues,
  useCreateAssessment,
  useDuties,
  usePagoOffers,
} from '../../api/arbo';
import { notifySuccess } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { PageHeader } from '../../components/page-header';
import { RouterAnchor, RouterButton } from '../../components/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { UnitSelect } from '../../components/unit-select';
import { formatDate } from '../../lib/format';
import { OfficerModal, PagoModal } from './duty-forms';
import { useLang } from './shared';
import { ToetsingHistory, ToetsingModal, useCoverageText } from './toetsing';

/** The instrument the toetsing duty reads: stored on the RI&E, changed in its wizard. */
const JudgedAssessment = ({ d }: { d: Duties }) => {
  const { t } = useTranslation();
  if (!d.assessment) return <Text size="sm">{t('arbo.duties.noAssessment')}</Text>;
  const instrument = d.usesRecognisedBrancheInstrument
    ? d.assessment.brancheInstrumentName
      ? t('arbo.duties.instrumentNamed', { name: d.assessment.brancheInstrumentName })
      : t('arbo.duties.instrumentYes')
    : t('arbo.duties.instrumentNo');
  return (
    <Text size="sm">
      {t('arbo.duties.judged', { year: d.assessment.year })} {instrument}{' '}
      <RouterAnchor to="/arbo/rie/$assessmentId" params={{ assessmentId: d.assessment.id }}>
        {t('arbo.duties.changeInRie')}
      </RouterAnchor>
    </Text>
  );
};

const DutiesCard = ({ canWrite }: { canWrite: boolean }) => {
  const { t } = useTranslation();
  const [modal, setModal] = useState<'toetsing' | 'officer' | 'pago' | null>(null);
  const duties = useDuties(null);
  const coverageText = useCoverageText();
  const pago = usePagoOffers();
  const latestPago = pago.data?.items[0];
  if (duties.isPending) return <LoadingState rows={2} />;
  if (duties.isError) return <ErrorState error={duties.error} />;
  const d = duties.data;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{t('arbo.duties.title')}</Text>
        <Text size="sm">
          {t('arbo.duties.workforce', { count: d.employeeCount, hours: d.paidHoursPerWeekTotal })}
          {d.majorityShareholderDirectorHoursPerWeek > 0
            ? ` ${t('arbo.duties.dgaHours', { hours: d.majorityShareholderDirectorHoursPerWeek })}`
            : ''}
        </Text>
        <JudgedAssessment d={d} />
        <Alert
          color={d.toetsing.required ? 'orange' : 'teal'}
          variant="light"
          title={d.toetsing.required ? t('arbo.duties.toetsingRequired') : t('arbo.duties.toetsingExempt')}
        >
          {t(`arbo.duties.reason.${d.toetsing.reason as 'required'}`)}
          {d.toetsingCoverage ? ` ${coverageText(d.toetsingCoverage)}` : ''}
        </Alert>
        <Text size="sm">
          {d.preventiemedewerker.current
            ? t('arbo.duties.officer', {
                name: d.preventiemedewerker.current.personName ?? t('arbo.duties.employerSelf'),
                date: formatDate(d.preventiemedewerker.current.appointedOn),
              })
            : t('arbo.duties.noOfficer')}{' '}
          {d.preventiemedewerker.employerMayActAsPreventiemedewerker ? t('arbo.duties.employerMay') : ''}
        </Text>
        <Text size="sm">
          {latestPago
            ? t('arbo.dutyForms.pagoLatest', {
                kind: latestPago.kind.toUpperCase(),
                date: formatDate(latestPago.offeredOn),
                count: latestPago.participantCount,
              })
            : t('arbo.dutyForms.pagoNone')}
        </Text>
        {canWrite ? (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setModal('toetsing')}>
              {t('arbo.dutyForms.recordToetsing')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setModal('officer')}>
              {t('arbo.dutyForms.recordOfficer')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setModal('pago')}>
              {t('arbo.dutyForms.recordPago')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {modal === 'toetsing' ? (
        <ToetsingModal assessmentId={d.assessment?.id ?? null} onClose={() => setModal(null)} />
      ) : null}
      {modal === 'officer' ? <OfficerModal onClose={() => setModal(null)} /> : null}
      {modal === 'pago' ? <PagoModal onClose={() => setModal(null)} /> : null}
    </Card>
  );
};

export const RieListPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const canWrite = hasRole(me.data, 'hr') || hasRole(me.data, 'prevention_officer');
  const assessments = useAssessments();
  const catalogues = useCatalogues();
  const create = useCreateAssessment();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [unitId, setUnitId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const def = catalogues.data?.items.find((c) => c.isDefault);

  return (
    <>
      <PageHeader
        title={t('arbo.rie.title')}
        description={t('arbo.rie.description')}
        actions={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating((v) => !v)}>
              {t('arbo.rie.new')}
            </Button>
          ) : null
        }
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="lg">
        <div style={{ gridColumn: 'span 2' }}>
          {creating ? (
            <Paper withBorder p="md" mb="md">
              <Stack>
                <Text size="sm">{def ? t('arbo.rie.catalogue', { title: def.title[lang] }) : null}</Text>
                <Group align="flex-end">
                  <NumberInput
                    label={t('arbo.rie.year')}
                    value={year}
                    onChange={(v) => setYear(Number(v))}
                    min={2000}
                    max={2100}
                    w={120}
                  />
                  <UnitSelect
                    label={t('arbo.rie.unit')}
                    placeholder={t('arbo.rie.wholeOrganisation')}
                    value={unitId}
                    onChange={setUnitId}
                    w={280}
                  />
                  <Button
                    loading={create.isPending}
                    onClick={() =>
                      create.mutate(
                        { year, unitId },
                        {
                          onSuccess: () => {
                            notifySuccess(t('arbo.rie.created'));
                            setCreating(false);
                          },
                        },
                      )
                    }
                  >
                    {t('arbo.rie.start')}
                  </Button>
                </Group>
                {create.error ? <ErrorState error={create.error} /> : null}
              </Stack>
            </Paper>
          ) : null}
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            {assessments.isPending ? (
              <LoadingState />
            ) : assessments.isError ? (
              <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />
            ) : assessments.data.items.length === 0 ? (
              <EmptyState
                title={t('arbo.rie.empty')}
                description={canWrite ? t('arbo.rie.emptyHint') : undefined}
              />
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('arbo.rie.year')}</Table.Th>
                      <Table.Th>{t('arbo.rie.status')}</Table.Th>
                      <Table.Th>{t('arbo.rie.progress')}</Table.Th>
                      <Table.Th>{t('common.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {assessments.data.items.map((a) => {
                      const total = a.progress.reduce((n, p) => n + p.total, 0);
                      const done = a.progress.reduce((n, p) => n + p.evaluated, 0);
                      const pct = total ? Math.round((done / total) * 100) : 0;
                      return (
                        <Table.Tr key={a.id}>
                          <Table.Td>
                            <RouterAnchor to="/arbo/rie/$assessmentId" params={{ assessmentId: a.id }}>
                              {t('arbo.rie.rieOf', { year: a.year })}
                            </RouterAnchor>
                          </Table.Td>
                          <Table.Td>
                            <Badge
                              variant="light"
                              color={
                                a.status === 'draft' ? 'gray' : a.status === 'complete' ? 'blue' : 'teal'
                              }
                            >
                              {t(`arbo.rie.statuses.${a.status}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Progress value={pct} aria-label={t('arbo.rie.progressLabel', { pct })} />
                            <Text size="xs" c="dimmed">
                              {t('arbo.rie.progressText', { done, count: total })}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <RouterButton
                              size="xs"
                              variant="light"
                              to="/arbo/rie/$assessmentId/rapport"
                              params={{ assessmentId: a.id }}
                            >
                              {t('arbo.rie.report')}
                            </RouterButton>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </div>
        <DutiesCard canWrite={canWrite} />
      </SimpleGrid>
      <ToetsingHistory />
    </>
  );
};
