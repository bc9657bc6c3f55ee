import {
  ABSENCE_DOCUMENT_KIND_VALUES,
  ABSENCE_DOCUMENT_MAX_BYTES,
  type TAbsenceCase,
  type TAbsenceDocument,
  type TAbsenceDocumentKind,
} from '@inzetbaar/contracts';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileText, IconLock, IconTrash, IconUpload } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  downloadAbsenceDocument,
  useAbsenceDocuments,
  useDeleteAbsenceDocument,
  useReleaseAbsenceDocument,
  useUploadAbsenceDocument,
} from '../../api/absence-documents';
import { notifyError, notifySuccess, redirectIfNeeded } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ConfirmModal } from '../../components/confirm';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDateTime, formatNumber } from '../../lib/format';

const ACCEPT =
  '.pdf,.docx,.odt,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,image/png,image/jpeg';

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.ceil(bytes / 1024))} kB`
    : `${formatNumber(Math.round(bytes / 104857.6) / 10)} MB`;

/** The physician's upload: kind, title and the file (type and size are checked again on the server). */
const UploadForm = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const upload = useUploadAbsenceDocument(caseId);
  const [kind, setKind] = useState<TAbsenceDocumentKind>('probleemanalyse');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ title?: string; file?: string; kind?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!title.trim()) next.title = t('validation.required');
    if (!file) next.file = t('validation.required');
    else if (file.size > ABSENCE_DOCUMENT_MAX_BYTES) next.file = t('absence.documents.tooLarge');
    setErrors(next);
    if (next.title || next.file || !file) return;
    upload.mutate(
      { kind, title: title.trim(), file },
      {
        onError: (err) => {
          if (!isApiError(err)) return;
          const placed: typeof errors = {};
          for (const fe of err.fieldErrors)
            if (fe.field === 'file' || fe.field === 'title' || fe.field === 'kind')
              placed[fe.field] = fe.message;
          setErrors(placed);
          if (err.fieldErrors.length === 0) notifyError(err);
        },
        onSuccess: () => {
          notifySuccess(t('absence.documents.uploaded'));
          setTitle('');
          setFile(null);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {t('absence.documents.new')}
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('absence.documents.kind')}
            data={ABSENCE_DOCUMENT_KIND_VALUES.map((k) => ({
              value: k,
              label: t(`absence.documents.kinds.${k}`),
            }))}
            value={kind}
            onChange={(v) => v && setKind(v as TAbsenceDocumentKind)}
            allowDeselect={false}
            error={errors.kind}
            w={200}
          />
          <TextInput
            label={t('absence.documents.docTitle')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            style={{ flex: '1 1 14rem' }}
          />
          <FileInput
            label={t('absence.documents.file')}
            description={t('absence.documents.fileHint')}
            placeholder={t('absence.documents.choose')}
            accept={ACCEPT}
            required
            leftSection={<IconFileText size={16} aria-hidden />}
            value={file}
            onChange={(f) => {
              setFile(f);
              setErrors((prev) => ({ ...prev, file: undefined }));
            }}
            error={errors.file}
            clearable
            style={{ flex: '1 1 16rem' }}
          />
        </Group>
        <Group justify="flex-end">
          <Button
            type="submit"
            color="grape"
            variant="light"
            leftSection={<IconUpload size={16} aria-hidden />}
            loading={upload.isPending}
          >
            {t('absence.documents.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/** Releasing is deliberate: the physician ticks that the document holds no diagnosis. */
const ReleaseModal = ({
  doc,
  caseId,
  onClose,
}: {
  doc: TAbsenceDocument;
  caseId: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const release = useReleaseAbsenceDocument(caseId);
  const [confirmed, setConfirmed] = useState(false);
  return (
    <Modal opened onClose={onClose} title={t('absence.documents.releaseTitle')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('absence.documents.releaseText', { title: doc.title })}</Text>
        <Checkbox
          checked={confirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
          label={t('absence.documents.confirmNoDiagnosis')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="teal"
            disabled={!confirmed}
            loading={release.isPending}
            onClick={() =>
              release.mutate(
                { documentId: doc.id, release: true },
                {
                  onSuccess: () => {
                    notifySuccess(t('absence.documents.released'));
                    onClose();
                  },
                },
              )
            }
          >
            {t('absence.documents.release')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/**
 * Documents on the case. The physician uploads them and decides, per document, whether the
 * employer may see it; everyone else sees the released ones only (and the API serves no more).
 * Every download is recorded and shown to the employee in "Mijn dossier".
 */
export const CaseDocuments = ({ c }: { c: TAbsenceCase }) => {
  const { t } = useTranslation();
  const isPhysician = c.permissions.medical;
  const docs = useAbsenceDocuments(c.id);
  const release = useReleaseAbsenceDocument(c.id);
  const remove = useDeleteAbsenceDocument(c.id);
  const [releasing, setReleasing] = useState<TAbsenceDocument | null>(null);
  const [deleting, setDeleting] = useState<TAbsenceDocument | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const get = async (doc: TAbsenceDocument) => {
    setBusy(doc.id);
    try {
      await downloadAbsenceDocument(c.id, doc);
    } catch (error) {
      if (!redirectIfNeeded(error)) notifyError(error);
    } finally {
      setBusy(null);
    }
  };
  const items = docs.data?.items ?? [];
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="case-documents-title"
      style={isPhysician ? { borderColor: 'var(--mantine-color-grape-5)' } : undefined}
    >
      <Title order={2} size="h4" mb={4} id="case-documents-title">
        {t('absence.documents.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(isPhysician ? 'absence.documents.introPhysician' : 'absence.documents.intro')}
      </Text>
      {isPhysician ? (
        <Alert variant="light" color="grape" icon={<IconLock aria-hidden />} mb="sm">
          {t('absence.documents.privacy')}
        </Alert>
      ) : null}
      {docs.isPending ? (
        <LoadingState rows={2} />
      ) : docs.isError ? (
        <ErrorState error={docs.error} onRetry={() => void docs.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" mb="md">
          {t(isPhysician ? 'absence.documents.nonePhysician' : 'absence.documents.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600} mb="md">
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('absence.documents.docTitle')}</Table.Th>
                <Table.Th scope="col">{t('absence.documents.uploadedAt')}</Table.Th>
                <Table.Th scope="col">{t('absence.documents.status')}</Table.Th>
                <Table.Th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {d.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`absence.documents.kinds.${d.kind}`)} · {d.fileName} · {size(d.sizeBytes)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(d.createdAt)}</Text>
                    {d.uploadedByName ? (
                      <Text size="xs" c="dimmed">
                        {d.uploadedByName}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {isPhysician ? (
                      <Switch
                        color="teal"
                        checked={d.releasedAt !== null}
                        disabled={release.isPending}
                        onChange={(e) => {
                          if (e.currentTarget.checked) setReleasing(d);
                          else
                            release.mutate(
                              { documentId: d.id, release: false },
                              { onSuccess: () => notifySuccess(t('absence.documents.withdrawn')) },
                            );
                        }}
                        aria-label={t('absence.documents.releasedToggle', { title: d.title })}
                      />
                    ) : null}
                    {d.releasedAt ? (
                      <Text size="xs" c="teal.9" mt={isPhysician ? 4 : 0}>
                        {t('absence.documents.releasedOn', {
                          date: formatDateTime(d.releasedAt),
                          name: d.releasedByName ?? '',
                        })}
                      </Text>
                    ) : (
                      <Badge
                        variant="light"
                        color="grape"
                        mt={4}
                        leftSection={<IconLock size={12} aria-hidden />}
                      >
                        {t('absence.documents.medical')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconDownload size={14} aria-hidden />}
                        loading={busy === d.id}
                        onClick={() => void get(d)}
                        aria-label={t('absence.documents.downloadNamed', { title: d.title })}
                      >
                        {t('absence.documents.download')}
                      </Button>
                      {isPhysician ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(d)}
                          aria-label={t('absence.documents.deleteNamed', { title: d.title })}
                        >
                          <IconTrash size={14} aria-hidden />
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {isPhysician ? <UploadForm caseId={c.id} /> : null}
      {releasing ? <ReleaseModal doc={releasing} caseId={c.id} onClose={() => setReleasing(null)} /> : null}
      <ConfirmModal
        opened={!!deleting}
        title={t('absence.documents.deleteTitle')}
        message={t('absence.documents.deleteText', { title: deleting?.title ?? '' })}
        confirmLabel={t('absence.documents.delete')}
        isLoading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('absence.documents.deleted'));
              setDeleting(null);
            },
          })
        }
      />
    </Paper>
  );
};
