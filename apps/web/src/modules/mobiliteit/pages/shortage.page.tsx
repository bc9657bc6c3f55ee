import { Alert, Badge, Button, FileInput, Group, List, Paper, Stack, Table, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../api/errors';
import { hasRole, useMe } from '../../../api/me';
import { isApiError } from '../../../api/problem';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDateTime } from '../../../lib/format';
import { useImportShortage, useShortage } from '../api';

/** The shortage table: shown with its date; HR imports a new one (all rows valid, or nothing). */
export const ShortagePage = () => {
  const { t } = useTranslation('mobility');
  const me = useMe();
  const table = useShortage();
  const importFile = useImportShortage();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  if (table.isPending) return <LoadingState />;
  if (table.isError) return <ErrorState error={table.error} onRetry={() => void table.refetch()} />;
  const d = table.data;
  return (
    <>
      <PageHeader title={t('shortageTable.title')} description={t('shortageTable.description')} />
      <Stack>
        {hasRole(me.data, 'hr') ? (
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Group align="flex-end">
                <FileInput
                  label={t('shortageTable.file')}
                  description={t('shortageTable.fileHelp')}
                  accept=".csv,.txt,.xlsx"
                  value={file}
                  onChange={setFile}
                  style={{ flex: 1 }}
                  clearable
                />
                <Button
                  leftSection={<IconUpload size={16} aria-hidden />}
                  disabled={!file}
                  loading={importFile.isPending}
                  onClick={() =>
                    file &&
                    importFile.mutate(file, {
                      onSuccess: (r) => {
                        setErrors([]);
                        setFile(null);
                        notifySuccess(t('shortageTable.imported', { count: r.rowCount }));
                      },
                      onError: (e) =>
                        setErrors(
                          isApiError(e) && e.fieldErrors.length
                            ? e.fieldErrors.map((f) => `${f.field}: ${f.message}`)
                            : [isApiError(e) ? e.title : String(e)],
                        ),
                    })
                  }
                >
                  {t('shortageTable.import')}
                </Button>
              </Group>
              {errors.length ? (
                <Alert color="red" title={t('shortageTable.errors')} role="alert">
                  <List size="sm">
                    {errors.map((e) => (
                      <List.Item key={e}>{e}</List.Item>
                    ))}
                  </List>
                </Alert>
              ) : null}
            </Stack>
          </Paper>
        ) : null}
        {d.import ? (
          <Text size="sm" fw={500}>
            {t('shortage.stamp', { file: d.import.fileName, date: formatDateTime(d.import.importedAt) })}
          </Text>
        ) : null}
        {d.items.length === 0 ? (
          <EmptyState title={t('shortageTable.empty')} description={t('shortage.none')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('shortageTable.occupation')}</Table.Th>
                  <Table.Th>{t('shortageTable.code')}</Table.Th>
                  <Table.Th>{t('shortageTable.level')}</Table.Th>
                  <Table.Th>{t('shortageTable.source')}</Table.Th>
                  <Table.Th>{t('shortageTable.date')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((i) => (
                  <Table.Tr key={i.escoOccupationUri ?? i.isco4}>
                    <Table.Td>{i.title ?? '—'}</Table.Td>
                    <Table.Td>{i.isco4 ?? 'ESCO'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`shortage.${i.level}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{i.source}</Table.Td>
                    <Table.Td>{i.date}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
};
