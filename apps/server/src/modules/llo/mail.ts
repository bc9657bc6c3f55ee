import type { Lang } from '../../platform/http/messages';
import type { Mail } from '../../platform/mail/mailer';
import { formatMailDate } from '../../platform/mail/templates';

const TEXT = {
  nl: {
    subjectExpired: (name: string) => `Certificaat verlopen: ${name}`,
    subjectSoon: (name: string, days: number) =>
      `Certificaat verloopt over ${days} ${days === 1 ? 'dag' : 'dagen'}: ${name}`,
    greeting: (name: string) => `Beste ${name},`,
    own: 'Je certificaat',
    team: (person: string) => `Het certificaat van ${person}`,
    expires: (day: string) => `verloopt op ${day}.`,
    expired: (day: string) => `is verlopen op ${day}.`,
    advice: 'Plan op tijd een herhaling of hercertificering; vraag die aan onder Ontwikkeling.',
    open: 'Bekijken:',
  },
  en: {
    subjectExpired: (name: string) => `Certificate expired: ${name}`,
    subjectSoon: (name: string, days: number) =>
      `Certificate expires in ${days} ${days === 1 ? 'day' : 'days'}: ${name}`,
    greeting: (name: string) => `Dear ${name},`,
    own: 'Your certificate',
    team: (person: string) => `The certificate of ${person}`,
    expires: (day: string) => `expires on ${day}.`,
    expired: (day: string) => `expired on ${day}.`,
    advice: 'Plan a refresher or recertification in time; request it under Development.',
    open: 'View:',
  },
};

/** Expiry warning of a certificate, to the holder or to their manager, in the recipient's language. */
export function certificateWarningMail(p: {
  to: string;
  lang: Lang;
  recipientName: string;
  holderName: string | null;
  certificate: string;
  expiresOn: string;
  daysLeft: number;
  url: string;
}): Mail {
  const t = TEXT[p.lang];
  const day = formatMailDate(p.expiresOn, p.lang);
  const subject = p.daysLeft < 0 ? t.subjectExpired(p.certificate) : t.subjectSoon(p.certificate, p.daysLeft);
  return {
    to: p.to,
    subject: p.holderName ? `${subject} (${p.holderName})` : subject,
    text: [
      t.greeting(p.recipientName),
      '',
      `${p.holderName ? t.team(p.holderName) : t.own} "${p.certificate}" ${p.daysLeft < 0 ? t.expired(day) : t.expires(day)}`,
      '',
      t.advice,
      '',
      t.open,
      p.url,
    ].join('\n'),
  };
}
