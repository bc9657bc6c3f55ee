import type { TInvitation, TRole } from '@inzetbaar/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const ActiveBadge = ({ isActive }: { isActive: boolean }) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={isActive ? 'teal' : 'gray'}
      variant="light"
      // The label's overflow:hidden lets a table squeeze it to "IN …"; keep it whole.
      styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {isActive ? t('people.statusActive') : t('people.statusFormer')}
    </Badge>
  );
};

const INVITATION_COLORS: Record<TInvitation['status'], string> = {
  pending: 'blue',
  accepted: 'teal',
  expired: 'gray',
  revoked: 'red',
};

export const InvitationBadge = ({ status }: { status: TInvitation['status'] }) => {
  const { t } = useTranslation();
  return (
    <Badge color={INVITATION_COLORS[status]} variant="light">
      {t(`invitations.status.${status}`)}
    </Badge>
  );
};

export const RoleBadge = ({ role, unitName }: { role: TRole; unitName?: string | null }) => {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="indigo" tt="none">
      {unitName ? t('roles.withUnit', { role: t(`roles.${role}`), unit: unitName }) : t(`roles.${role}`)}
    </Badge>
  );
};
