import type { TMe } from '@inzetbaar/contracts';
import { Select } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { setStoredOrganizationId } from '../lib/storage';

/** Shown only when the user belongs to more than one organisation. */
export const OrganizationSwitcher = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const router = useRouter();
  const navigate = useNavigate();
  if (me.organizations.length < 2) return null;

  const switchTo = async (id: string | null) => {
    if (!id || id === me.organization?.id) return;
    setStoredOrganizationId(id);
    // Everything cached belongs to the previous organisation.
    queryClient.clear();
    await router.invalidate();
    await navigate({ to: '/' });
  };

  return (
    <Select
      label={t('shell.organization')}
      data={me.organizations.map((o) => ({ value: o.id, label: o.name }))}
      value={me.organization?.id ?? null}
      onChange={(id) => void switchTo(id)}
      allowDeselect={false}
      checkIconPosition="right"
      size="sm"
    />
  );
};
