import type { TMe } from '@inzetbaar/contracts';
import {
  IconAddressBook,
  IconAlertTriangle,
  IconAmbulance,
  IconBuildingCommunity,
  IconChecklist,
  IconFileImport,
  IconFileText,
  IconFirstAidKit,
  IconHierarchy2,
  IconListCheck,
  IconListSearch,
  IconMailForward,
  IconMessageReport,
  IconSchool,
  IconSend,
  IconShieldCheck,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { hasRole } from '../api/me';
import { moduleText } from '../i18n';
import { PATHS } from '../lib/navigation';
import { WEB_MODULES } from '../modules';

export type NavKey =
  | 'people'
  | 'units'
  | 'invitations'
  | 'import'
  | 'audit'
  | 'organization'
  | 'myFile'
  | 'outbox'
  | 'absence'
  | 'arboReport'
  | 'arboMine'
  | 'arboPublished'
  | 'arboRie'
  | 'arboPlan'
  | 'arboTriage'
  | 'arboAccidents'
  | 'arboInstructions';

export type NavItem = {
  key: NavKey;
  to: (typeof PATHS)[NavKey];
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  isVisible: (me: TMe) => boolean;
};

const can = (me: TMe, module: TMe['modules'][number]) => me.modules.includes(module);
const isHr = (me: TMe) => hasRole(me, 'hr');
const isArboStaff = (me: TMe) => isHr(me) || hasRole(me, 'prevention_officer');
const readsRie = (me: TMe) => isArboStaff(me) || hasRole(me, 'works_council');
// hr and the prevention officer triage the prevention route, the vertrouwenspersoon the confidential one.
const triages = (me: TMe) => isArboStaff(me) || hasRole(me, 'confidential_adviser');

/**
 * Only pages that exist, each shown when the role may use it (`me.modules`, plus the hr role for
 * administration). The server checks again on every call.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'people', to: PATHS.people, icon: IconUsers, isVisible: (me) => can(me, 'people') },
  { key: 'absence', to: PATHS.absence, icon: IconFirstAidKit, isVisible: (me) => can(me, 'absence') },
  // Arbo: everyone reports and sees their own instructions; the rest by role (the server checks again).
  { key: 'arboReport', to: PATHS.arboReport, icon: IconAlertTriangle, isVisible: (me) => can(me, 'arbo') },
  {
    key: 'arboMine',
    to: PATHS.arboMine,
    icon: IconChecklist,
    isVisible: (me) => can(me, 'arbo') && me.personId !== null,
  },
  // Everyone else reads the locked RI&E and plan van aanpak (the readers have the full RI&E page).
  {
    key: 'arboPublished',
    to: PATHS.arboPublished,
    icon: IconFileText,
    isVisible: (me) => can(me, 'arbo') && !readsRie(me),
  },
  {
    key: 'arboRie',
    to: PATHS.arboRie,
    icon: IconShieldCheck,
    isVisible: (me) => can(me, 'arbo') && readsRie(me),
  },
  {
    key: 'arboPlan',
    to: PATHS.arboPlan,
    icon: IconListCheck,
    isVisible: (me) => can(me, 'arbo') && readsRie(me),
  },
  {
    key: 'arboTriage',
    to: PATHS.arboTriage,
    icon: IconMessageReport,
    isVisible: (me) => can(me, 'arbo') && triages(me),
  },
  {
    key: 'arboAccidents',
    to: PATHS.arboAccidents,
    icon: IconAmbulance,
    isVisible: (me) => can(me, 'arbo') && isArboStaff(me),
  },
  {
    key: 'arboInstructions',
    to: PATHS.arboInstructions,
    icon: IconSchool,
    isVisible: (me) => can(me, 'arbo') && isArboStaff(me),
  },
  { key: 'units', to: PATHS.units, icon: IconHierarchy2, isVisible: (me) => can(me, 'people') },
  {
    key: 'invitations',
    to: PATHS.invitations,
    icon: IconSend,
    isVisible: (me) => can(me, 'people') && isHr(me),
  },
  { key: 'import', to: PATHS.import, icon: IconFileImport, isVisible: (me) => can(me, 'people') && isHr(me) },
  { key: 'audit', to: PATHS.audit, icon: IconListSearch, isVisible: (me) => can(me, 'audit') },
  { key: 'organization', to: PATHS.organization, icon: IconBuildingCommunity, isVisible: isHr },
  { key: 'myFile', to: PATHS.myFile, icon: IconAddressBook, isVisible: (me) => me.personId !== null },
  { key: 'outbox', to: PATHS.outbox, icon: IconMailForward, isVisible: (me) => me.demoMode && isHr(me) },
];

/** A navigation entry as the layout shows it: the core items and every module's (WEB_MODULES). */
export type ShownNavItem = Pick<NavItem, 'icon'> & { key: string; to: string; label: string };

const ADMIN_KEYS: ReadonlySet<NavKey> = new Set([
  'units',
  'invitations',
  'import',
  'audit',
  'organization',
  'myFile',
  'outbox',
]);

/** Work items first (core, then each module's in list order), administration last. */
export const visibleNavItems = (me: TMe, coreLabel: (key: NavKey) => string): ShownNavItem[] => {
  const core = NAV_ITEMS.filter((item) => item.isVisible(me)).map((item) => ({
    ...item,
    label: coreLabel(item.key),
  }));
  const modules = WEB_MODULES.flatMap((m) =>
    (m.nav ?? [])
      .filter((item) => item.isVisible(me))
      .map((item) => ({
        key: `${m.name}.${item.key}`,
        to: item.to,
        icon: item.icon,
        label: moduleText(m.name, `nav.${item.key}`),
      })),
  );
  return [
    ...core.filter((item) => !ADMIN_KEYS.has(item.key)),
    ...modules,
    ...core.filter((item) => ADMIN_KEYS.has(item.key)),
  ];
};

/** Where `/` leads: the first page this user may see; the 2FA page when there is none. */
export const firstAllowedPath = (me: TMe): string =>
  visibleNavItems(me, (key) => key)[0]?.to ?? PATHS.twoFactor;
