import { type AppDb, schema } from '@inzetbaar/db';
import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string; organizationId?: string | null };
export type Mailer = { send: (mail: Mail) => Promise<void> };

/**
 * With SMTP_URL set, mail goes out over SMTP. In demo/dev mode (or without SMTP) every mail is
 * also kept in `outbox_mails`, where the outbox page shows it; in production with SMTP it is not
 * kept, because reset and invitation links are secrets.
 */
export function createMailer(
  db: AppDb,
  opts: { smtpUrl?: string | undefined; from: string; keepOutbox: boolean },
): Mailer {
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  return {
    async send(mail) {
      if (opts.keepOutbox || !transport)
        await db.insert(schema.outboxMails).values({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          organizationId: mail.organizationId ?? null,
          sentAt: transport ? new Date() : null,
        });
      if (transport)
        await transport.sendMail({ from: opts.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
