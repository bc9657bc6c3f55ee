import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/units';
import { buildUnitTree, flattenUnitTree } from '../lib/unit-tree';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (id: string | null) => void;
  /** Ids that may not be picked (e.g. a unit and its own sub-units when moving it). */
  exclude?: ReadonlySet<string>;
};

/** Units by their path ("Productie › Assemblage"), in tree order, searchable. */
export const UnitSelect = ({ value, onChange, exclude, ...rest }: Props) => {
  const { t } = useTranslation();
  const units = useUnits();
  const data = useMemo(
    () =>
      flattenUnitTree(buildUnitTree(units.data ?? []))
        .filter((u) => !exclude?.has(u.id))
        .map((u) => ({ value: u.id, label: u.path.join(' › ') })),
    [units.data, exclude],
  );
  return (
    <Select
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      disabled={units.isPending || rest.disabled}
      {...rest}
    />
  );
};
