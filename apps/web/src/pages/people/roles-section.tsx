import { ROLES, type TPerson, type TRoleAssignment, ZCreateRoleAssignment } from '@inzetbaar/contracts';
import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { useCreateRoleAssignment, useDeleteRoleAssignment } from '../../api/roles';
import { useUnits } from '../../api/units';
import { ConfirmModal } from '../../components/confirm';
import { RoleBadge } from '../../components/status-badges';
import { UnitSelect } from '../../components/unit-select';
import { useForm } from '../../lib/use-form';

export const RolesSection = ({ person, canEdit }: { person: TPerson; canEdit: boolean }) => {
  const { t } = useTranslation();
  const units = useUnits();
  const create = useCreateRoleAssignment(person.id);
  const remove = useDeleteRoleAssignment(person.id);
  const [removing, setRemoving] = useState<TRoleAssignment | null>(null);
  const form = useForm({ role: null as string | null, unitId: null as string | null });
  const unitName = (id: string | null) => (id ? (units.data?.find((u) => u.id === id)?.name ?? null) : null);
  const label = (r: TRoleAssignment) =>
    r.unitId
      ? t('roles.withUnit', { role: t(`roles.${r.role}`), unit: unitName(r.unitId) ?? '' })
      : t(`roles.${r.role}`);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { role, unitId } = form.values;
    const body = form.validate(ZCreateRoleAssignment, {
      personId: person.id,
      role: role ?? undefined,
      unitId: role === 'manager' ? unitId : null,
    });
    if (!body) return;
    create.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: () => {
        notifySuccess(t('roles.added'));
        form.reset({ role: null, unitId: null });
      },
    });
  };

  return (
    <Stack gap="sm">
      {person.roles.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('roles.empty')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {person.roles.map((r) => (
            <Group key={r.id} gap="xs" component="li">
              <RoleBadge role={r.role} unitName={unitName(r.unitId)} />
              {canEdit ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  onClick={() => setRemoving(r)}
                  aria-label={t('roles.removeLabel', { role: label(r) })}
                >
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      {canEdit ? (
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="sm">
            <Select
              label={t('roles.role')}
              placeholder={t('roles.choose')}
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              style={{ flex: '1 1 12rem' }}
              {...form.select('role')}
            />
            {form.values.role === 'manager' ? (
              <UnitSelect
                label={t('fields.unit')}
                required
                style={{ flex: '1 1 12rem' }}
                {...form.select('unitId')}
              />
            ) : null}
            <Button
              type="submit"
              mt={{ base: 0, sm: 25 }}
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              loading={create.isPending}
            >
              {t('roles.add')}
            </Button>
          </Group>
        </form>
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={t('roles.removeTitle')}
        message={
          removing ? t('roles.removeConfirm', { role: label(removing), name: person.displayName }) : ''
        }
        confirmLabel={t('common.remove')}
        isLoading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              notifySuccess(t('roles.removed'));
              setRemoving(null);
            },
          });
        }}
      />
    </Stack>
  );
};
