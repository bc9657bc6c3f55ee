import { ActionIcon, Badge, Group, Menu, Text, Tooltip, UnstyledButton } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronRight,
  IconDots,
  IconPencil,
  IconPlus,
  IconSitemap,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { totalHeadcount, type UnitNode } from '../../lib/unit-tree';
import { UnitNameInput } from './unit-name-input';

/** After an inline edit closes, put focus back on that unit's actions button (keyboard users). */
export const focusUnitActions = (unitId: string | null) =>
  setTimeout(() => {
    // A data attribute, not an id: Menu.Target assigns its own id to the button.
    const target = unitId
      ? document.querySelector<HTMLElement>(`[data-unit-actions="${CSS.escape(unitId)}"]`)
      : document.getElementById('unit-new-button');
    target?.focus();
  }, 80);

export type UnitEditing = { mode: 'rename' | 'add'; unitId: string | null } | null;

export type UnitTreeActions = {
  canEdit: boolean;
  expanded: ReadonlySet<string>;
  editing: UnitEditing;
  editError?: string;
  isSaving: boolean;
  toggle: (id: string) => void;
  startEdit: (editing: UnitEditing) => void;
  save: (name: string) => void;
  move: (unit: UnitNode) => void;
  remove: (unit: UnitNode) => void;
};

type Props = { node: UnitNode; actions: UnitTreeActions };

export const UnitTreeNode = ({ node, actions }: Props) => {
  const { t } = useTranslation();
  const { canEdit, expanded, editing } = actions;
  const hasChildren = node.children.length > 0;
  const isOpen = expanded.has(node.id);
  const isRenaming = editing?.mode === 'rename' && editing.unitId === node.id;
  const isAdding = editing?.mode === 'add' && editing.unitId === node.id;
  const total = totalHeadcount(node);
  const subtreeId = `unit-children-${node.id}`;

  return (
    <li>
      <Group gap={6} wrap="nowrap" py={4} className="unit-row">
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => actions.toggle(node.id)}
            aria-expanded={isOpen}
            aria-controls={subtreeId}
            aria-label={
              isOpen ? t('units.collapse', { name: node.name }) : t('units.expand', { name: node.name })
            }
          >
            {isOpen ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        ) : (
          <span style={{ width: 22, flex: 'none' }} />
        )}
        {isRenaming ? (
          <UnitNameInput
            initial={node.name}
            label={t('units.renameLabel', { name: node.name })}
            error={actions.editError}
            isSaving={actions.isSaving}
            onSave={actions.save}
            onCancel={() => actions.startEdit(null)}
          />
        ) : (
          <>
            {canEdit ? (
              <UnstyledButton
                onClick={() => actions.startEdit({ mode: 'rename', unitId: node.id })}
                aria-label={t('units.renameLabel', { name: node.name })}
              >
                <Text fw={500} size="sm" span>
                  {node.name}
                </Text>
              </UnstyledButton>
            ) : (
              <Text fw={500} size="sm">
                {node.name}
              </Text>
            )}
            <Tooltip label={t('units.headcountHint', { own: node.headcount, total })} withArrow>
              <Badge variant="light" color="gray" size="sm">
                <span aria-hidden>{total}</span>
                <span className="sr-only">{t('units.headcountHint', { own: node.headcount, total })}</span>
              </Badge>
            </Tooltip>
            {canEdit ? (
              <Menu position="bottom-start" withinPortal>
                <Menu.Target>
                  <ActionIcon
                    data-unit-actions={node.id}
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={t('units.actionsFor', { name: node.name })}
                  >
                    <IconDots size={16} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => actions.startEdit({ mode: 'add', unitId: node.id })}
                  >
                    {t('units.addChild')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => actions.startEdit({ mode: 'rename', unitId: node.id })}
                  >
                    {t('units.rename')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconSitemap size={14} aria-hidden />}
                    onClick={() => actions.move(node)}
                  >
                    {t('units.move')}
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => actions.remove(node)}
                  >
                    {t('common.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </>
        )}
      </Group>
      {(hasChildren && isOpen) || isAdding ? (
        <ul className="unit-tree" id={subtreeId}>
          {isAdding ? (
            <li>
              <Group gap={6} wrap="nowrap" py={4}>
                <span style={{ width: 22, flex: 'none' }} />
                <UnitNameInput
                  initial=""
                  label={t('units.newChildLabel', { name: node.name })}
                  error={actions.editError}
                  isSaving={actions.isSaving}
                  onSave={actions.save}
                  onCancel={() => actions.startEdit(null)}
                />
              </Group>
            </li>
          ) : null}
          {isOpen ? node.children.map((c) => <UnitTreeNode key={c.id} node={c} actions={actions} />) : null}
        </ul>
      ) : null}
    </li>
  );
};
