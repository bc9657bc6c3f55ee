import type { TAuditEvent } from '@inzetbaar/contracts';
import { Button, Code, Modal, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { labelFor } from '../../lib/i18n-dynamic';
import { AuditList } from './audit-list';

type Props = {
  events: TAuditEvent[];
  /** The own-file view leaves out what only HR needs (IP, details). */
  variant: 'full' | 'own';
};

export const AuditTable = ({ events, variant }: Props) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState<TAuditEvent | null>(null);
  const isFull = variant === 'full';
  const isPhone = useMediaQuery('(max-width: 48em)');
  if (isPhone) return <AuditList events={events} label={isFull ? t('audit.caption') : t('myFile.caption')} />;
  return (
    <>
      <Table.ScrollContainer minWidth={isFull ? 900 : 560}>
        <Table verticalSpacing="xs" striped>
          <Table.Caption className="sr-only">
            {isFull ? t('audit.caption') : t('myFile.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.at')}</Table.Th>
              <Table.Th scope="col">{t('audit.actor')}</Table.Th>
              <Table.Th scope="col">{t('audit.action')}</Table.Th>
              <Table.Th scope="col">{t('audit.resourceType')}</Table.Th>
              {isFull ? (
                <>
                  <Table.Th scope="col">{t('audit.subject')}</Table.Th>
                  <Table.Th scope="col">{t('audit.ip')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="sr-only">{t('audit.details')}</span>
                  </Table.Th>
                </>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                <Table.Td>{labelFor('audit.actions', e.action.replaceAll('.', '_'))}</Table.Td>
                <Table.Td>{labelFor('audit.resourceTypes', e.resourceType)}</Table.Td>
                {isFull ? (
                  <>
                    <Table.Td>{e.subjectName ?? ''}</Table.Td>
                    <Table.Td>{e.ip ?? ''}</Table.Td>
                    <Table.Td>
                      {e.details ? (
                        <Button size="compact-xs" variant="subtle" onClick={() => setShown(e)}>
                          {t('audit.details')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={t('audit.detailsTitle')} size="lg">
        {shown ? (
          <Code block style={{ whiteSpace: 'pre-wrap' }}>
            {JSON.stringify(shown.details, null, 2)}
          </Code>
        ) : null}
      </Modal>
    </>
  );
};
