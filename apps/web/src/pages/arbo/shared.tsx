import { Badge, MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ArboPerson, useArboPeople } from '../../api/arbo';

/** Catalogue texts come in nl and en; pick the one of the interface language. */
export const useLang = (): 'nl' | 'en' => {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
};

export const FK_W = [10, 6, 3, 1, 0.5, 0.2, 0.1] as const;
export const FK_B = [10, 6, 3, 2, 1, 0.5] as const;
export const FK_E = [100, 40, 15, 7, 3, 1] as const;
/** i18n keys cannot contain the decimal point: 0.5 → "0_5". */
export const scaleKey = (v: number) => String(v).replace('.', '_');

export const FK_CLASSES = [
  'aanvaardbaar',
  'aandacht',
  'maatregelen_vereist',
  'direct_handelen',
  'werk_stoppen',
] as const;
export type FkClass = (typeof FK_CLASSES)[number];

/** Same arithmetic as the server (packages/domain/src/rie/fine-kinney.ts), for the live preview. */
export const fkScore = (w: number, b: number, e: number) =>
  (Math.round(w * 10) * Math.round(b * 10) * e) / 100;
export const fkClass = (score: number): FkClass =>
  score <= 20
    ? 'aanvaardbaar'
    : score <= 70
      ? 'aandacht'
      : score <= 200
        ? 'maatregelen_vereist'
        : score <= 400
          ? 'direct_handelen'
          : 'werk_stoppen';

const CLASS_COLOR: Record<FkClass, string> = {
  aanvaardbaar: 'teal',
  aandacht: 'yellow',
  maatregelen_vereist: 'orange',
  direct_handelen: 'red',
  werk_stoppen: 'red',
};
const PRIORITY_COLOR = { high: 'red', medium: 'orange', low: 'teal' } as const;

export const ClassBadge = ({ riskClass }: { riskClass: string }) => {
  const { t } = useTranslation();
  const c = (FK_CLASSES as readonly string[]).includes(riskClass) ? (riskClass as FkClass) : 'aandacht';
  return (
    <Badge color={CLASS_COLOR[c]} variant="light">
      {t(`arbo.fk.class.${c}`)}
    </Badge>
  );
};

export const PriorityBadge = ({ priority }: { priority: 'high' | 'medium' | 'low' }) => {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLOR[priority]} variant="light">
      {t(`arbo.priority.${priority}`)}
    </Badge>
  );
};

/** Today as YYYY-MM-DD in the browser's zone (inputs prefill). */
export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const personOptions = (items: ArboPerson[]) =>
  items.map((p) => ({ value: p.id, label: p.unitName ? `${p.displayName} (${p.unitName})` : p.displayName }));

/** One person from the current staff, searchable. */
export const ArboPersonSelect = (
  props: Omit<SelectProps, 'data'> & { value: string | null; onChange: (id: string | null) => void },
) => {
  const people = useArboPeople();
  return <Select data={personOptions(people.data?.items ?? [])} searchable clearable limit={50} {...props} />;
};

/** Several people from the current staff (attendance); `excludeIds` are left out (already on the list). */
export const ArboPeopleMultiSelect = ({
  excludeIds,
  ...props
}: Omit<MultiSelectProps, 'data'> & {
  value: string[];
  onChange: (ids: string[]) => void;
  excludeIds?: ReadonlySet<string>;
}) => {
  const people = useArboPeople();
  const items = (people.data?.items ?? []).filter((p) => !excludeIds?.has(p.id));
  return <MultiSelect data={personOptions(items)} searchable limit={50} {...props} />;
};
