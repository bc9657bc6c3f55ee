import { Button, Group, Paper, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { hasRole, useMe } from '../../api/me';
import { isApiError } from '../../api/problem';
import { useCreateUnit, useDeleteUnit, useUnits, useUpdateUnit } from '../../api/units';
import { ConfirmModal } from '../../components/confirm';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { buildUnitTree, flattenUnitTree, type UnitNode } from '../../lib/unit-tree';
import { MoveUnitModal } from './move-unit-modal';
import { UnitNameInput } from './unit-name-input';
import { focusUnitActions, type UnitEditing, type UnitTreeActions, UnitTreeNode } from './unit-tree-node';

export const UnitsPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = hasRole(me.data, 'hr');
  const units = useUnits();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const remove = useDeleteUnit();
  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const all = useMemo(() => flattenUnitTree(tree), [tree]);
  // Everything starts expanded; the set holds the collapsed ones.
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const expanded = useMemo(
    () => new Set(all.map((u) => u.id).filter((id) => !collapsed.has(id))),
    [all, collapsed],
  );
  const [editing, setEditing] = useState<UnitEditing>(null);
  const [editError, setEditError] = useState<string | undefined>();
  const [moving, setMoving] = useState<UnitNode | null>(null);
  const [deleting, setDeleting] = useState<UnitNode | null>(null);

  const startEdit = (next: UnitEditing) => {
    if (!next && editing) focusUnitActions(editing.unitId);
    setEditing(next);
    setEditError(undefined);
    if (next?.mode === 'add' && next.unitId) {
      const id = next.unitId;
      setCollapsed((prev) => new Set([...prev].filter((x) => x !== id)));
    }
  };
  const fieldError = (err: unknown) =>
    setEditError(isApiError(err) ? err.fieldErrors[0]?.message : undefined);

  const save = (name: string) => {
    if (!editing) return;
    if (!name) return setEditError(t('validation.required'));
    const done = (message: string) => {
      notifySuccess(message);
      startEdit(null);
    };
    if (editing.mode === 'add') {
      create.mutate(
        { name, parentId: editing.unitId },
        { onError: fieldError, onSuccess: () => done(t('units.created', { name })) },
      );
      return;
    }
    const unit = all.find((u) => u.id === editing.unitId);
    if (!unit) return;
    if (unit.name === name) return startEdit(null);
    update.mutate(
      { id: unit.id, name, version: unit.version },
      { onError: fieldError, onSuccess: () => done(t('units.renamed', { name })) },
    );
  };

  const actions: UnitTreeActions = {
    canEdit,
    expanded,
    editing,
    editError,
    isSaving: create.isPending || update.isPending,
    toggle: (id) =>
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    startEdit,
    save,
    move: setMoving,
    remove: setDeleting,
  };

  const isAddingRoot = editing?.mode === 'add' && editing.unitId === null;

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={t('units.description')}
        actions={
          canEdit ? (
            <Button
              id="unit-new-button"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => startEdit({ mode: 'add', unitId: null })}
            >
              {t('units.new')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        {units.isPending ? (
          <LoadingState />
        ) : units.isError ? (
          <ErrorState error={units.error} onRetry={() => void units.refetch()} />
        ) : tree.length === 0 && !isAddingRoot ? (
          <EmptyState
            title={t('units.empty')}
            description={canEdit ? t('units.emptyHint') : undefined}
            action={
              canEdit ? (
                <Button onClick={() => startEdit({ mode: 'add', unitId: null })}>{t('units.new')}</Button>
              ) : null
            }
          />
        ) : (
          <>
            {canEdit ? (
              <Text size="xs" c="dimmed" mb="xs">
                {t('units.keyboardHint')}
              </Text>
            ) : null}
            <ul className="unit-tree-root" aria-label={t('units.treeLabel')}>
              {isAddingRoot ? (
                <li>
                  <Group py={4}>
                    <UnitNameInput
                      initial=""
                      label={t('units.newLabel')}
                      error={editError}
                      isSaving={create.isPending}
                      onSave={save}
                      onCancel={() => startEdit(null)}
                    />
                  </Group>
                </li>
              ) : null}
              {tree.map((n) => (
                <UnitTreeNode key={n.id} node={n} actions={actions} />
              ))}
            </ul>
          </>
        )}
      </Paper>
      <MoveUnitModal unit={moving} onClose={() => setMoving(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('units.deleteTitle')}
        message={deleting ? t('units.deleteConfirm', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        isLoading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          const { name } = deleting;
          remove.mutate(deleting.id, {
            onSettled: () => setDeleting(null),
            onSuccess: () => notifySuccess(t('units.deleted', { name })),
          });
        }}
      />
    </>
  );
};
