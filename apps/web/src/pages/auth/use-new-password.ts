import { ZAcceptInvitation } from '@inzetbaar/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Issue, issueMessage } from '../../lib/zod-messages';

/** State and checks for "choose a password" (the same rule as the server: ZAcceptInvitation.password). */
export const useNewPassword = () => {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});

  const onChange = (field: 'password' | 'confirm', value: string) => {
    if (field === 'password') setPassword(value);
    else setConfirm(value);
    setErrors((prev) => ({ ...prev, [field]: undefined }));
  };

  /** The password when valid; otherwise null and the fields show why. */
  const check = (): string | null => {
    const result = ZAcceptInvitation.shape.password.safeParse(password);
    const issue: Issue | undefined = result.error?.issues[0];
    const next = {
      password: issue ? issueMessage(issue) : undefined,
      confirm: !issue && confirm !== password ? t('validation.passwords_differ') : undefined,
    };
    setErrors(next);
    return next.password || next.confirm ? null : password;
  };

  return { password, confirm, errors, onChange, check };
};
