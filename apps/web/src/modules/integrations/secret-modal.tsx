import type { TCreatedApiToken } from '@inzetbaar/contracts';
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The secret of a new token, shown once, with a copy button. */
export const SecretModal = ({
  created,
  onClose,
}: {
  created: TCreatedApiToken | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation('integrations');
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={t('secret.title')}
      size="lg"
      closeOnClickOutside={false}
    >
      {created ? (
        <Stack gap="md">
          <Alert color="orange" variant="light">
            {t('secret.intro', { name: created.token.name })}
          </Alert>
          <div>
            <Text size="sm" fw={500} mb={4} id="secret-label">
              {t('secret.label')}
            </Text>
            <Code
              block
              aria-labelledby="secret-label"
              data-testid="api-token-secret"
              style={{ wordBreak: 'break-all' }}
            >
              {created.secret}
            </Code>
          </div>
          <Text size="sm" c="dimmed">
            {t('secret.usage')}
          </Text>
          <Group justify="flex-end">
            <CopyButton value={created.secret}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('secret.copied') : t('secret.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('secret.done')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
};
