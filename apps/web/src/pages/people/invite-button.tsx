import { type TPerson, ZCreateInvitation } from '@inzetbaar/contracts';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSend } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../api/errors';
import { useCreateInvitation } from '../../api/invitations';
import { useForm } from '../../lib/use-form';

/** Invites a person without an account; the mail links to /uitnodiging?token=… */
export const InviteButton = ({ person, isReinvite }: { person: TPerson; isReinvite: boolean }) => {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const invite = useCreateInvitation();
  const form = useForm({ email: person.email ?? '' });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const email = form.values.email.trim();
    const body = form.validate(ZCreateInvitation, { personId: person.id, email: email || undefined });
    if (!body) return;
    if (!body.email && !person.email) {
      form.setFieldError('email', t('validation.required'));
      return;
    }
    invite.mutate(body, {
      onError: (err) => form.applyProblem(err),
      onSuccess: (inv) => {
        notifySuccess(t('invitations.sent', { email: inv.email }));
        modal.close();
      },
    });
  };

  return (
    <>
      <Button leftSection={<IconSend size={16} aria-hidden />} variant="light" onClick={modal.open}>
        {isReinvite ? t('invitations.reinvite') : t('invitations.invite')}
      </Button>
      <Modal
        opened={opened}
        onClose={modal.close}
        title={t('invitations.inviteTitle', { name: person.displayName })}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('invitations.inviteIntro')}</Text>
            <TextInput
              label={t('fields.email')}
              type="email"
              required
              data-autofocus
              {...form.text('email')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={modal.close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {t('invitations.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
};
