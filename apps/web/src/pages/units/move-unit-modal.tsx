import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { useUpdateUnit } from '../../api/units';
import { UnitSelect } from '../../components/unit-select';
import { subtreeIds, type UnitNode } from '../../lib/unit-tree';

/** Move a unit under another parent (or to the top level). Its own sub-units are not offered. */
export const MoveUnitModal = ({ unit, onClose }: { unit: UnitNode | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const update = useUpdateUnit();
  const [parentId, setParentId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const exclude = useMemo(() => (unit ? subtreeIds(unit) : new Set<string>()), [unit]);

  useEffect(() => {
    setParentId(unit?.parentId ?? null);
    setError(undefined);
  }, [unit]);

  const save = () => {
    if (!unit) return;
    update.mutate(
      { id: unit.id, parentId, version: unit.version },
      {
        // Field errors go here; anything else the global handler shows as a notification.
        onError: (err) => setError(isApiError(err) ? err.fieldErrors[0]?.message : undefined),
        onSuccess: () => {
          notifySuccess(t('units.moved', { name: unit.name }));
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={unit !== null} onClose={onClose} title={t('units.moveTitle', { name: unit?.name ?? '' })}>
      <Stack gap="sm">
        <Text size="sm">{t('units.moveIntro')}</Text>
        <UnitSelect
          label={t('units.newParent')}
          placeholder={t('units.topLevel')}
          description={t('units.newParentHint')}
          exclude={exclude}
          value={parentId}
          onChange={setParentId}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={update.isPending} disabled={parentId === (unit?.parentId ?? null)}>
            {t('units.move')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
