import { ActionIcon, Group, TextInput } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  initial: string;
  label: string;
  error?: string;
  isSaving: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
};

/** Inline name editor: Enter saves, Escape cancels. */
export const UnitNameInput = ({ initial, label, error, isSaving, onSave, onCancel }: Props) => {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const inputRef = useRef<HTMLInputElement>(null);
  // Opened from a menu, which hands focus back to its button when it closes: take it after that.
  useEffect(() => {
    const id = setTimeout(() => inputRef.current?.focus(), 60);
    return () => clearTimeout(id);
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(name.trim());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <form onSubmit={submit} noValidate style={{ flex: 1 }}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <TextInput
          aria-label={label}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={error}
          size="xs"
          maxLength={120}
          ref={inputRef}
          style={{ flex: 1, maxWidth: 360 }}
        />
        <ActionIcon type="submit" variant="filled" size="md" loading={isSaving} aria-label={t('common.save')}>
          <IconCheck size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="default" size="md" onClick={onCancel} aria-label={t('common.cancel')}>
          <IconX size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </form>
  );
};
