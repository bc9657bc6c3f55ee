import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  password: string;
  confirm: string;
  errors: { password?: string; confirm?: string };
  onChange: (field: 'password' | 'confirm', value: string) => void;
};

/** A new password twice (reset and invitation pages). */
export const NewPasswordFields = ({ password, confirm, errors, onChange }: Props) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PasswordInput
        label={t('fields.newPassword')}
        description={t('fields.passwordHint')}
        autoComplete="new-password"
        required
        value={password}
        error={errors.password}
        onChange={(e) => onChange('password', e.currentTarget.value)}
      />
      <PasswordInput
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        required
        value={confirm}
        error={errors.confirm}
        onChange={(e) => onChange('confirm', e.currentTarget.value)}
      />
    </Stack>
  );
};
