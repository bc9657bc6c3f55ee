import type { TPeopleImport } from '@inzetbaar/contracts';
import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmImport, useUploadImport } from '../../api/imports';
import { PageHeader } from '../../components/page-header';
import { RouterButton } from '../../components/router-links';
import { PATHS } from '../../lib/navigation';
import { ImportSummary } from './import-summary';
import { ErrorsTable, MappingTable, PreviewTable } from './import-tables';

const Block = ({ title, children }: { title: string; children: ReactNode }) => (
  <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section">
    <Title order={2} size="h4" mb="sm">
      {title}
    </Title>
    {children}
  </Paper>
);

export const ImportPage = () => {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [result, setResult] = useState<TPeopleImport | null>(null);
  const upload = useUploadImport();
  const confirm = useConfirmImport();
  const resultRef = useRef<HTMLDivElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setFileError(t('validation.required'));
    setResult(null);
    upload.mutate(file, { onSuccess: setResult });
  };
  const restart = () => {
    setFile(null);
    setResult(null);
    upload.reset();
    confirm.reset();
  };

  const canConfirm =
    result?.status === 'preview' && result.summary.invalid === 0 && result.errors.length === 0;

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <Stack gap="md">
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <form onSubmit={submit} noValidate>
            <Group align="flex-end" gap="sm">
              <FileInput
                label={t('import.file')}
                description={t('import.fileHint')}
                placeholder={t('import.choose')}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setFileError(undefined);
                }}
                error={fileError}
                clearable
                style={{ flex: '1 1 18rem' }}
              />
              <Button
                type="submit"
                leftSection={<IconUpload size={16} aria-hidden />}
                loading={upload.isPending}
              >
                {t('import.check')}
              </Button>
            </Group>
          </form>
        </Paper>

        {result ? (
          <>
            {result.status === 'committed' ? (
              <Alert
                color="teal"
                variant="light"
                icon={<IconCheck aria-hidden />}
                title={t('import.doneTitle')}
                role="status"
              >
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">
                    {t('import.done', {
                      create: result.summary.create,
                      update: result.summary.update,
                      unchanged: result.summary.unchanged,
                    })}
                  </Text>
                  <Group gap="xs">
                    <RouterButton to={PATHS.people} size="xs">
                      {t('import.toPeople')}
                    </RouterButton>
                    <Button size="xs" variant="default" onClick={restart}>
                      {t('import.another')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : null}
            <Block title={t('import.summaryTitle', { file: result.fileName })}>
              <ImportSummary summary={result.summary} />
            </Block>
            <Block title={t('import.mappingTitle')}>
              <MappingTable mapping={result.mapping} />
            </Block>
            {result.errors.length > 0 ? (
              <Block title={t('import.errorsTitle')}>
                <Alert color="red" variant="light" mb="sm">
                  {t('import.errorsIntro')}
                </Alert>
                <ErrorsTable errors={result.errors} />
              </Block>
            ) : null}
            <Block title={t('import.previewTitle')}>
              <PreviewTable rows={result.preview} />
            </Block>
            {result.status === 'preview' ? (
              <Paper withBorder p="md">
                <Group justify="space-between" gap="sm">
                  <Text size="sm" style={{ flex: '1 1 16rem' }} id="confirm-help">
                    {canConfirm ? t('import.confirmHint') : t('import.blockedHint')}
                  </Text>
                  <Group gap="xs">
                    <Button variant="default" onClick={restart}>
                      {t('common.cancel')}
                    </Button>
                    <Button
                      disabled={!canConfirm}
                      aria-describedby="confirm-help"
                      loading={confirm.isPending}
                      onClick={() =>
                        confirm.mutate(result.id, {
                          onSuccess: (done) => {
                            setResult(done);
                            // The result appears at the top; take the user (and screen reader focus) there.
                            requestAnimationFrame(() => resultRef.current?.focus());
                          },
                        })
                      }
                    >
                      {t('import.confirm', { count: result.summary.create + result.summary.update })}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            ) : null}
          </>
        ) : null}
      </Stack>
    </>
  );
};
