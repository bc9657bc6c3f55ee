import type { TPeopleImport } from '@inzetbaar/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../lib/i18n-dynamic';

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
};

export const MappingTable = ({ mapping }: { mapping: TPeopleImport['mapping'] }) => {
  const { t } = useTranslation();
  const entries = Object.entries(mapping);
  if (entries.length === 0) return <Text size="sm">{t('import.noMapping')}</Text>;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table verticalSpacing={4} withTableBorder>
        <Table.Caption className="sr-only">{t('import.mappingCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.sourceColumn')}</Table.Th>
            <Table.Th scope="col">{t('import.targetField')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map(([source, field]) => (
            <Table.Tr key={source}>
              <Table.Td>
                <code>{source}</code>
              </Table.Td>
              <Table.Td>{labelFor('fields', field)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

export const ErrorsTable = ({ errors }: { errors: TPeopleImport['errors'] }) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing={4} withTableBorder striped>
        <Table.Caption className="sr-only">
          {t('import.errorsCaption', { count: errors.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.row')}</Table.Th>
            <Table.Th scope="col">{t('import.field')}</Table.Th>
            <Table.Th scope="col">{t('import.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several errors on one field
            <Table.Tr key={`${e.row}-${e.field}-${i}`}>
              <Table.Td>{e.row}</Table.Td>
              <Table.Td>{labelFor('fields', e.field)}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

export const PreviewTable = ({ rows }: { rows: TPeopleImport['preview'] }) => {
  const { t } = useTranslation();
  // The row number first, the planned action last; the rest as the server sends them.
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter(
    (k) => k !== 'rowNumber' && k !== 'action',
  );
  const columns = ['rowNumber', ...keys, 'action'].filter((c) => rows.some((r) => c in r));
  const show = (c: string, v: unknown) =>
    c === 'action' && typeof v === 'string' ? labelFor('import.actions', v) : cell(v);
  if (rows.length === 0) return <Text size="sm">{t('import.noPreview')}</Text>;
  return (
    <Table.ScrollContainer minWidth={Math.max(520, columns.length * 130)}>
      <Table verticalSpacing={4} withTableBorder striped>
        <Table.Caption className="sr-only">
          {t('import.previewCaption', { count: rows.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th scope="col" key={c}>
                {c === 'rowNumber'
                  ? t('import.row')
                  : c === 'action'
                    ? t('import.plannedAction')
                    : labelFor('fields', c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no id
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c}>{show(c, r[c])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
