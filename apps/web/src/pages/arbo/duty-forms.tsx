import { CONSENT_DECISIONS } from '@inzetbaar/contracts';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordConsent, useRecordOfficer, useRecordPago } from '../../api/arbo';
import { formErrorText, notifySuccess } from '../../api/errors';
import { ArboPersonSelect, todayIso } from './shared';

export const useFormError = () => {
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(formErrorText(e));
  const shown = error ? (
    <Text c="red" size="sm" role="alert">
      {error}
    </Text>
  ) : null;
  return { fail, shown, reset: () => setError(null) };
};

export const Actions = ({
  onCancel,
  onSave,
  loading,
  disabled,
}: {
  onCancel: () => void;
  onSave: () => void;
  loading: boolean;
  disabled?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button onClick={onSave} loading={loading} disabled={disabled}>
        {t('common.save')}
      </Button>
    </Group>
  );
};

/** The preventiemedewerker, or the employer personally (≤ 25 employees). */
export const OfficerModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const record = useRecordOfficer();
  const err = useFormError();
  const [personId, setPersonId] = useState<string | null>(null);
  const [self, setSelf] = useState(false);
  const [appointedOn, setOn] = useState(todayIso());
  const [consentOn, setConsentOn] = useState('');
  const save = () =>
    record.mutate(
      {
        personId: self ? null : personId,
        employerActsPersonally: self,
        appointedOn,
        worksCouncilConsentOn: consentOn || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          onClose();
        },
        onError: err.fail,
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('arbo.dutyForms.officer')}>
      <Stack>
        <Checkbox
          label={t('arbo.dutyForms.employerSelf')}
          checked={self}
          onChange={(e) => setSelf(e.currentTarget.checked)}
        />
        {self ? null : (
          <ArboPersonSelect
            label={t('arbo.dutyForms.person')}
            value={personId}
            onChange={setPersonId}
            required
          />
        )}
        <TextInput
          type="date"
          label={t('arbo.dutyForms.appointedOn')}
          value={appointedOn}
          onChange={(e) => setOn(e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('arbo.dutyForms.consentOn')}
          value={consentOn}
          onChange={(e) => setConsentOn(e.currentTarget.value)}
        />
        {err.shown}
        <Actions onCancel={onClose} onSave={save} loading={record.isPending} disabled={!self && !personId} />
      </Stack>
    </Modal>
  );
};

/** PMO/PAGO offered: when, and how many took part (never individual results). */
export const PagoModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const record = useRecordPago();
  const err = useFormError();
  const [kind, setKind] = useState<'pmo' | 'pago'>('pago');
  const [offeredOn, setOn] = useState(todayIso());
  const [description, setDescription] = useState('');
  const [invited, setInvited] = useState<number | string>('');
  const [participants, setParticipants] = useState<number | string>(0);
  const save = () =>
    record.mutate(
      {
        kind,
        offeredOn,
        description: description || null,
        invitedCount: invited === '' ? null : Number(invited),
        participantCount: Number(participants) || 0,
      },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          onClose();
        },
        onError: err.fail,
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('arbo.dutyForms.pago')}>
      <Stack>
        <Select
          label={t('arbo.dutyForms.kind')}
          data={[
            { value: 'pago', label: 'PAGO' },
            { value: 'pmo', label: 'PMO' },
          ]}
          value={kind}
          onChange={(v) => setKind((v as 'pago') ?? 'pago')}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('arbo.dutyForms.offeredOn')}
          value={offeredOn}
          onChange={(e) => setOn(e.currentTarget.value)}
          required
        />
        <Textarea
          label={t('arbo.dutyForms.pagoDescription')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
        />
        <Group grow>
          <NumberInput label={t('arbo.dutyForms.invited')} value={invited} onChange={setInvited} min={0} />
          <NumberInput
            label={t('arbo.dutyForms.participants')}
            value={participants}
            onChange={setParticipants}
            min={0}
            required
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('arbo.dutyForms.pagoPrivacy')}
        </Text>
        {err.shown}
        <Actions onCancel={onClose} onSave={save} loading={record.isPending} />
      </Stack>
    </Modal>
  );
};

/** The works council's dated decision on a completed RI&E and its plan van aanpak. */
export const ConsentModal = ({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const record = useRecordConsent();
  const err = useFormError();
  const [decision, setDecision] = useState<'consented' | 'refused'>('consented');
  const [decidedOn, setOn] = useState(todayIso());
  const [notes, setNotes] = useState('');
  const save = () =>
    record.mutate(
      { assessmentId, decision, decidedOn, notes: notes || null },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          onClose();
        },
        onError: err.fail,
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('arbo.dutyForms.consent')}>
      <Stack>
        <Select
          label={t('arbo.dutyForms.decision')}
          data={CONSENT_DECISIONS.map((d) => ({
            value: d,
            label: t(`arbo.report.decision.${d}`),
          }))}
          value={decision}
          onChange={(v) => setDecision((v as 'consented') ?? 'consented')}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('arbo.dutyForms.date')}
          value={decidedOn}
          onChange={(e) => setOn(e.currentTarget.value)}
          required
        />
        <Textarea
          label={t('arbo.dutyForms.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
        />
        {err.shown}
        <Actions onCancel={onClose} onSave={save} loading={record.isPending} />
      </Stack>
    </Modal>
  );
};
