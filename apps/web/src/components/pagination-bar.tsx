import { Box, Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';

type Props = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

export const PaginationBar = ({ page, pageSize, total, onChange }: Props) => {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
      {pages > 1 ? (
        <Box component="nav" aria-label={t('common.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            siblings={1}
            boundaries={1}
            getControlProps={(control) => ({
              'aria-label':
                control === 'previous'
                  ? t('common.previousPage')
                  : control === 'next'
                    ? t('common.nextPage')
                    : control === 'first'
                      ? t('common.firstPage')
                      : t('common.lastPage'),
            })}
            getItemProps={(p) => ({ 'aria-label': t('common.pageN', { page: p }) })}
          />
        </Box>
      ) : null}
    </Group>
  );
};
