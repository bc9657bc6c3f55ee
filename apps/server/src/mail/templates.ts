import type { Mail } from './mailer';

// Mails are in Dutch first with an English paragraph: the recipient's language is not known
// before they sign in.
export function passwordResetMail(p: { to: string; name: string; url: string }): Mail {
  return {
    to: p.to,
    subject: 'Wachtwoord herstellen bij Inzetbaar / Reset your password',
    text: [
      `Beste ${p.name},`,
      '',
      'Je hebt gevraagd je wachtwoord te herstellen. Kies een nieuw wachtwoord via deze link (één uur geldig):',
      p.url,
      '',
      'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren.',
      '',
      '—',
      `You asked to reset your password. Choose a new one within one hour: ${p.url}`,
    ].join('\n'),
  };
}

export function invitationMail(p: { to: string; name: string; organizationName: string; url: string }): Mail {
  return {
    to: p.to,
    subject: `Uitnodiging voor Inzetbaar van ${p.organizationName}`,
    text: [
      `Beste ${p.name},`,
      '',
      `${p.organizationName} nodigt je uit voor Inzetbaar. Kies je wachtwoord via deze link (14 dagen geldig):`,
      p.url,
      '',
      '—',
      `${p.organizationName} invites you to Inzetbaar. Choose your password within 14 days: ${p.url}`,
    ].join('\n'),
  };
}

export function deadlineReminderMail(p: { to: string; subject: string; lines: string[] }): Mail {
  return { to: p.to, subject: p.subject, text: p.lines.join('\n') };
}
