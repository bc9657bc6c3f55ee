import type { Lang } from '../http/messages';
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

/*
 * Reminders go to people who have signed in before, so they are written in the recipient's
 * language (services/user-language.ts: the language last used in the web app, else Dutch), and
 * each item carries a deep link to where it is handled.
 */

/** `2026-03-01` → "1 maart 2026" / "1 March 2026" (a calendar day: no time zone shift). */
const MAIL_DATE = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
export const formatMailDate = (day: string, lang: Lang) =>
  MAIL_DATE[lang === 'nl' ? 'nl' : 'en'].format(new Date(`${day}T00:00:00Z`));

const MEASURE_TEXT = {
  nl: {
    subjectOverdue: 'Maatregel plan van aanpak is over tijd',
    subjectSoon: 'Maatregel plan van aanpak: deadline nadert',
    greeting: (name: string) => `Beste ${name},`,
    intro: 'Je bent eigenaar van deze maatregel uit het plan van aanpak van de RI&E:',
    due: 'Uiterlijk',
    overdue: 'Deze maatregel is over tijd.',
    soon: 'De deadline valt binnen 14 dagen.',
    open: 'Open de maatregel:',
    noAccess: 'Geef de voortgang door aan de preventiemedewerker of HR; zij werken het plan van aanpak bij.',
  },
  en: {
    subjectOverdue: 'Action plan measure is overdue',
    subjectSoon: 'Action plan measure: deadline approaching',
    greeting: (name: string) => `Dear ${name},`,
    intro: 'You own this measure in the action plan (plan van aanpak) of the risk assessment (RI&E):',
    due: 'Due',
    overdue: 'This measure is overdue.',
    soon: 'It is due within 14 days.',
    open: 'Open the measure:',
    noAccess: 'Tell the prevention officer or HR how it is going; they keep the action plan up to date.',
  },
} as const;

/** To the owner of a measure of the plan van aanpak; `url` null when they cannot open the plan. */
export function measureReminderMail(p: {
  to: string;
  lang: Lang;
  name: string;
  description: string;
  dueDate: string;
  overdue: boolean;
  url: string | null;
}): Mail {
  const t = MEASURE_TEXT[p.lang];
  return {
    to: p.to,
    subject: p.overdue ? t.subjectOverdue : t.subjectSoon,
    text: [
      t.greeting(p.name),
      '',
      t.intro,
      '',
      `  ${p.description}`,
      `  ${t.due}: ${formatMailDate(p.dueDate, p.lang)}`,
      '',
      p.overdue ? t.overdue : t.soon,
      '',
      ...(p.url ? [t.open, p.url] : [t.noAccess]),
    ].join('\n'),
  };
}

const ABSENCE_TEXT = {
  nl: {
    subject: (n: number) =>
      `Inzetbaar: ${n === 1 ? '1 verzuimtermijn vraagt' : `${n} verzuimtermijnen vragen`} aandacht`,
    intro: 'Deze termijnen van de Wet verbetering poortwachter vragen aandacht:',
    own: 'je eigen verzuimdossier',
    overdue: 'te laat, was uiterlijk',
    due: 'uiterlijk',
  },
  en: {
    subject: (n: number) =>
      `Inzetbaar: ${n === 1 ? '1 absence deadline needs' : `${n} absence deadlines need`} attention`,
    intro: 'These deadlines under the Wet verbetering poortwachter (Dutch Gatekeeper Act) need attention:',
    own: 'your own absence case',
    overdue: 'overdue, was due',
    due: 'due',
  },
} as const;

/** The day's new absence deadlines of one recipient; names and milestones only, never anything medical. */
export function absenceDeadlinesMail(p: {
  to: string;
  lang: Lang;
  items: { label: string; personName: string | null; due: string; overdue: boolean; url: string }[];
}): Mail {
  const t = ABSENCE_TEXT[p.lang];
  return {
    to: p.to,
    subject: t.subject(p.items.length),
    text: [
      t.intro,
      '',
      ...p.items.flatMap((i) => [
        `- ${i.label} (${i.personName ?? t.own}): ${i.overdue ? t.overdue : t.due} ${formatMailDate(i.due, p.lang)}`,
        `  ${i.url}`,
      ]),
    ].join('\n'),
  };
}
