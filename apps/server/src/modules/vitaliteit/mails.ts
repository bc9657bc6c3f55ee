import type { Lang } from '../../platform/http/messages';
import type { Mail } from '../../platform/mail/mailer';
import { formatMailDate } from '../../platform/mail/templates';

const TEXT = {
  nl: {
    invite: (title: string) => `Uitnodiging: ${title}`,
    remind: (title: string) => `Herinnering: ${title}`,
    hello: (name: string) => `Beste ${name},`,
    body: (title: string, closes: string) =>
      `Je bent uitgenodigd voor de vragenlijst "${title}". Invullen kan tot en met ${closes}; je kunt tussendoor stoppen en later verder gaan.`,
    reminder: (title: string, closes: string) =>
      `Je hebt de vragenlijst "${title}" nog niet verstuurd. Invullen kan nog tot en met ${closes}.`,
    anonymous:
      'Je antwoorden zijn anoniem: je werkgever ziet alleen groepscijfers van minstens het minimum aantal collega’s, nooit jouw antwoorden. Direct na het invullen zie je je eigen uitkomst, met tips en waar je terecht kunt.',
    link: 'Naar de vragenlijst:',
  },
  en: {
    invite: (title: string) => `Invitation: ${title}`,
    remind: (title: string) => `Reminder: ${title}`,
    hello: (name: string) => `Dear ${name},`,
    body: (title: string, closes: string) =>
      `You are invited to the questionnaire "${title}". You can answer until ${closes} inclusive; you may stop and continue later.`,
    reminder: (title: string, closes: string) =>
      `You have not sent the questionnaire "${title}" yet. You can still answer until ${closes} inclusive.`,
    anonymous:
      'Your answers are anonymous: your employer sees only group figures of at least the minimum number of colleagues, never your answers. Right after answering you see your own result, with tips and where to turn.',
    link: 'To the questionnaire:',
  },
} as const;

/** Invitation or reminder for a survey campaign, in the recipient's language (Dutch by default). */
export function surveyMail(p: {
  kind: 'invite' | 'remind';
  to: string;
  name: string;
  lang: Lang;
  title: string;
  closesOn: string;
  url: string;
}): Mail {
  const t = TEXT[p.lang];
  const closes = formatMailDate(p.closesOn, p.lang);
  return {
    to: p.to,
    subject: p.kind === 'invite' ? t.invite(p.title) : t.remind(p.title),
    text: [
      t.hello(p.name),
      '',
      p.kind === 'invite' ? t.body(p.title, closes) : t.reminder(p.title, closes),
      '',
      t.anonymous,
      '',
      t.link,
      p.url,
    ].join('\n'),
  };
}
