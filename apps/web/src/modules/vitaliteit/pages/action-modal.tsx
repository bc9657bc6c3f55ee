import { ZCreateAction } from '@inzetbaar/contracts';
import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/errors';
import { PersonSelect } from '../../../components/person-select';
import { currentLanguage } from '../../../i18n';
import { emptyToNull } from '../../../lib/format';
import { useForm } from '../../../lib/use-form';
import { useCreateAction, useInterventions } from '../api';

export type ActionTarget = { groupKey: string; groupName: string; scaleKey: string; scaleLabel: string };

const empty = () => ({
  kind: 'measure' as string,
  description: '',
  dueDate: '',
  ownerPersonId: null as string | null,
  interventionId: null as string | null,
});

/**
 * "Turn into action": a hotspot becomes a measure in the plan van aanpak, or an intervention that
 * the people of the group see recommended.
 */
export const ActionModal = ({
  campaignId,
  target,
  onClose,
}: {
  campaignId: string;
  target: ActionTarget | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const create = useCreateAction(campaignId);
  const interventions = useInterventions();
  const form = useForm(empty());

  const close = () => {
    form.reset(empty());
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    const v = form.values;
    const isMeasure = v.kind === 'measure';
    const body = form.validate(ZCreateAction, {
      groupKey: target.groupKey,
      scaleKey: target.scaleKey,
      kind: v.kind,
      description: isMeasure ? (emptyToNull(v.description) ?? undefined) : undefined,
      dueDate: isMeasure ? emptyToNull(v.dueDate) : null,
      ownerPersonId: isMeasure ? v.ownerPersonId : null,
      interventionId: isMeasure ? undefined : (v.interventionId ?? undefined),
    });
    if (!body) return;
    create.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: (r) => {
        notifySuccess(t(r.kind === 'measure' ? 'action.doneMeasure' : 'action.doneIntervention'));
        close();
      },
    });
  };

  return (
    <Modal opened={target !== null} onClose={close} title={t('action.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('action.context', { scale: target?.scaleLabel ?? '', group: target?.groupName ?? '' })}
          </Text>
          <SegmentedControl
            value={form.values.kind}
            onChange={(v) => form.setValue('kind', v)}
            data={[
              { value: 'measure', label: t('action.kinds.measure') },
              { value: 'intervention', label: t('action.kinds.intervention') },
            ]}
            aria-label={t('action.kind')}
          />
          {form.values.kind === 'measure' ? (
            <>
              <Textarea
                label={t('action.description')}
                description={t('action.descriptionHint')}
                required
                autosize
                minRows={3}
                data-autofocus
                {...form.text('description')}
              />
              <PersonSelect
                label={t('action.owner')}
                value={form.values.ownerPersonId}
                onChange={(id) => form.setValue('ownerPersonId', id)}
                error={form.errors.ownerPersonId}
              />
              <TextInput label={t('action.dueDate')} type="date" {...form.text('dueDate')} />
            </>
          ) : (
            <Select
              label={t('action.intervention')}
              description={t('action.interventionHint')}
              required
              searchable
              data={(interventions.data?.items ?? []).map((i) => ({ value: i.id, label: i.title[lang] }))}
              {...form.select('interventionId')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('action.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
