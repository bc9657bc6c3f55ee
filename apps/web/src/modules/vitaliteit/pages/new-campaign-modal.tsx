import { ZCreateCampaign } from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/errors';
import { useUnits } from '../../../api/units';
import { currentLanguage } from '../../../i18n';
import { buildUnitTree, flattenUnitTree } from '../../../lib/unit-tree';
import { toNumber, useForm } from '../../../lib/use-form';
import { useCreateCampaign, useInstruments } from '../api';
import { VITALITY_PATHS } from '../paths';

const isoToday = (offsetDays = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const empty = () => ({
  title: '',
  opensOn: isoToday(),
  closesOn: isoToday(20),
  minGroupSize: 10 as number | string,
  reminderDaysBefore: 3 as number | string,
  wholeOrganization: true,
  instrumentIds: null as string | null,
  unitIds: null as string | null,
});

/**
 * A new campaign: questionnaire(s), the whole organisation or chosen units (each with its
 * sub-units), the period, and k (never below 5; the server checks again).
 */
export const NewCampaignModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation('vitality');
  const lang = currentLanguage();
  const navigate = useNavigate();
  const instruments = useInstruments();
  const units = useUnits();
  const create = useCreateCampaign();
  const form = useForm(empty());
  const [instrumentIds, setInstrumentIds] = useState<string[]>(['cbi']);
  const [unitIds, setUnitIds] = useState<string[]>([]);

  const unitOptions = useMemo(
    () =>
      flattenUnitTree(buildUnitTree(units.data ?? [])).map((u) => ({
        value: u.id,
        label: u.path.join(' › '),
      })),
    [units.data],
  );

  const close = () => {
    form.reset(empty());
    setInstrumentIds(['cbi']);
    setUnitIds([]);
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(ZCreateCampaign, {
      title: v.title,
      instrumentIds,
      unitIds: v.wholeOrganization ? [] : unitIds,
      opensOn: v.opensOn,
      closesOn: v.closesOn,
      minGroupSize: toNumber(v.minGroupSize),
      reminderDaysBefore: toNumber(v.reminderDaysBefore),
    });
    if (!body) return;
    if (!v.wholeOrganization && unitIds.length === 0) {
      form.setFieldError('unitIds', t('campaigns.form.unitsRequired'));
      return;
    }
    create.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: (c) => {
        notifySuccess(t('campaigns.form.created', { title: c.title }));
        close();
        void navigate({ to: VITALITY_PATHS.campaign, params: { campaignId: c.id } });
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('campaigns.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('campaigns.form.name')}
            placeholder={t('campaigns.form.namePlaceholder')}
            required
            data-autofocus
            {...form.text('title')}
          />
          <Checkbox.Group
            label={t('campaigns.form.instruments')}
            description={t('campaigns.form.instrumentsHint')}
            value={instrumentIds}
            onChange={setInstrumentIds}
            error={form.errors.instrumentIds}
            required
          >
            <Stack gap="xs" mt="xs">
              {(instruments.data?.items ?? []).map((i) => (
                <Checkbox
                  key={i.id}
                  value={i.id}
                  label={
                    <Group gap="xs" wrap="wrap">
                      <span>{i.name[lang]}</span>
                      {i.validated ? null : (
                        <Badge size="xs" variant="light" color="gray">
                          {t('instrument.notValidated')}
                        </Badge>
                      )}
                    </Group>
                  }
                  description={t('campaigns.form.itemCount', { count: i.itemCount })}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Switch
            label={t('campaigns.form.wholeOrganization')}
            checked={form.values.wholeOrganization}
            onChange={(e) => form.setValue('wholeOrganization', e.currentTarget.checked)}
          />
          {form.values.wholeOrganization ? null : (
            <MultiSelect
              label={t('campaigns.form.units')}
              description={t('campaigns.form.unitsHint')}
              data={unitOptions}
              value={unitIds}
              onChange={(ids) => {
                setUnitIds(ids);
                form.setFieldError('unitIds', '');
              }}
              searchable
              required
              error={form.errors.unitIds || undefined}
              nothingFoundMessage={t('campaigns.form.noUnit')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('campaigns.form.opensOn')} type="date" required {...form.text('opensOn')} />
            <TextInput label={t('campaigns.form.closesOn')} type="date" required {...form.text('closesOn')} />
            <NumberInput
              label={t('campaigns.form.minGroupSize')}
              description={t('campaigns.form.minGroupSizeHint')}
              min={5}
              max={100}
              allowDecimal={false}
              required
              {...form.number('minGroupSize')}
            />
            <NumberInput
              label={t('campaigns.form.reminderDaysBefore')}
              description={t('campaigns.form.reminderHint')}
              min={0}
              max={60}
              allowDecimal={false}
              {...form.number('reminderDaysBefore')}
            />
          </SimpleGrid>
          <Alert variant="light" color="blue" icon={<IconShieldLock aria-hidden />}>
            <Text size="sm">{t('campaigns.form.privacy')}</Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('campaigns.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
