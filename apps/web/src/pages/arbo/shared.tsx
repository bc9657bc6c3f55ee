import {
  evaluateFineKinney,
  FK_CLASSES,
  FK_EFFECT_SCALE,
  FK_EXPOSURE_SCALE,
  FK_PROBABILITY_SCALE,
  type TFineKinneyResult,
  type TFkClass,
  ZFineKinneyInput,
} from '@inzetbaar/domain/rie/fine-kinney';
import { Badge, MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ArboPerson, useArboPeople } from '../../api/arbo';

/** Catalogue texts come in nl and en; pick the one of the interface language. */
export const useLang = (): 'nl' | 'en' => {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
};

/** The Fine & Kinney scales (packages/domain/src/rie/fine-kinney.ts), highest first as the form lists them. */
export const FK_W = FK_PROBABILITY_SCALE.map((step) => step.value);
export const FK_B = FK_EXPOSURE_SCALE.map((step) => step.value);
export const FK_E = FK_EFFECT_SCALE.map((step) => step.value);
/** i18n keys cannot contain the decimal point: 0.5 → "0_5". */
export const scaleKey = (v: number) => String(v).replace('.', '_');

/**
 * The live preview of a Fine & Kinney estimate: the domain's own arithmetic (score, class, priority),
 * the same the server stores. Null until all three are picked, or for a value off the scale.
 */
export const fkPreview = (w: string | null, b: string | null, e: string | null): TFineKinneyResult | null => {
  if (!w || !b || !e) return null;
  const input = ZFineKinneyInput.safeParse({
    probability: Number(w),
    exposure: Number(b),
    effect: Number(e),
  });
  return input.success ? evaluateFineKinney(input.data) : null;
};

const CLASS_COLOR: Record<TFkClass, string> = {
  aanvaardbaar: 'teal',
  aandacht: 'yellow',
  maatregelen_vereist: 'orange',
  direct_handelen: 'red',
  werk_stoppen: 'red',
};
const PRIORITY_COLOR = { high: 'red', medium: 'orange', low: 'teal' } as const;

export const ClassBadge = ({ riskClass }: { riskClass: string }) => {
  const { t } = useTranslation();
  const c = (FK_CLASSES as readonly string[]).includes(riskClass) ? (riskClass as TFkClass) : 'aandacht';
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
