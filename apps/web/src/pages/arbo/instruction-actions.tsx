import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Instruction,
  type Ppe,
  useAddAttendance,
  useDeleteInstruction,
  useDeletePpe,
} from '../../api/arbo';
import { formErrorText, notifySuccess } from '../../api/errors';
import { ConfirmModal } from '../../components/confirm';
import { formatDate } from '../../lib/format';
import { ArboPeopleMultiSelect } from './shared';

/** "Deelnemers toevoegen" to an instruction already recorded; people on the list keep their acknowledgement. */
export const AddAttendeesModal = ({
  instruction,
  onClose,
}: {
  instruction: Instruction;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const add = useAddAttendance();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const present = useMemo(() => new Set(instruction.attendees.map((a) => a.personId)), [instruction]);
  const submit = () =>
    add.mutate(
      { id: instruction.id, personIds },
      {
        onSuccess: () => {
          notifySuccess(t('arbo.instructions.attendeesAdded'));
          onClose();
        },
        onError: (e) => setError(formErrorText(e)),
      },
    );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('arbo.instructions.addAttendeesTitle', { topic: instruction.topic })}
    >
      <Stack>
        <ArboPeopleMultiSelect
          label={t('arbo.instructions.newAttendees')}
          description={t('arbo.instructions.addAttendeesHint')}
          value={personIds}
          onChange={setPersonIds}
          excludeIds={present}
          data-autofocus
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
          <Button onClick={submit} loading={add.isPending} disabled={personIds.length === 0}>
            {t('arbo.instructions.addAttendees')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** Asks before deleting an instruction with its attendance list. */
export const DeleteInstructionConfirm = ({
  instruction,
  onClose,
}: {
  instruction: Instruction;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const remove = useDeleteInstruction();
  return (
    <ConfirmModal
      opened
      title={t('arbo.instructions.deleteTitle')}
      message={t('arbo.instructions.deleteMessage', {
        topic: instruction.topic,
        date: formatDate(instruction.givenOn),
        count: instruction.attendees.length,
        acknowledged: instruction.attendees.filter((a) => a.acknowledgedAt).length,
      })}
      confirmLabel={t('arbo.instructions.delete')}
      isLoading={remove.isPending}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(
          { id: instruction.id, version: instruction.version },
          {
            onSuccess: () => notifySuccess(t('arbo.instructions.deleted')),
            onSettled: onClose,
          },
        )
      }
    />
  );
};

/** Asks before deleting a PPE issue. */
export const DeletePpeConfirm = ({ ppe, onClose }: { ppe: Ppe; onClose: () => void }) => {
  const { t } = useTranslation();
  const remove = useDeletePpe();
  return (
    <ConfirmModal
      opened
      title={t('arbo.ppe.deleteTitle')}
      message={t('arbo.ppe.deleteMessage', {
        item: ppe.item,
        person: ppe.personName,
        date: formatDate(ppe.issuedOn),
      })}
      confirmLabel={t('common.delete')}
      isLoading={remove.isPending}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(
          { id: ppe.id, version: ppe.version },
          {
            onSuccess: () => notifySuccess(t('arbo.ppe.deleted')),
            onSettled: onClose,
          },
        )
      }
    />
  );
};
