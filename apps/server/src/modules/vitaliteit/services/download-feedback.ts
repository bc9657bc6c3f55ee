import type { TFeedback } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { renderPdf } from '../../../platform/pdf/render-pdf';
import { getFeedback } from './get-feedback';

const L = {
  nl: {
    title: 'Jouw uitkomst',
    private: 'Alleen voor jou. Je werkgever ziet dit niet; die ziet alleen groepscijfers.',
    notValidated: 'Eigen vragenlijst, niet gevalideerd: een gespreksstarter, geen diagnose.',
    score: 'Score',
    noScore: 'Te weinig vragen beantwoord voor een score.',
    steps: 'Waar kun je terecht?',
    step: {
      occupational_physician:
        'Het open spreekuur van de bedrijfsarts: ook als je niet ziek bent, vertrouwelijk — je werkgever hoort niet wat je bespreekt.',
      confidential_adviser:
        'De vertrouwenspersoon: voor ongewenst gedrag op het werk. Luistert, denkt mee en doet niets zonder jouw toestemming.',
      interventions: 'Ondersteuning van je werkgever die bij je uitkomst past (zie hieronder).',
    },
    interventions: 'Ondersteuning die bij je past',
    ownTexts: 'Wat je zelf schreef',
  },
  en: {
    title: 'Your result',
    private: 'For you only. Your employer does not see this; they see group figures only.',
    notValidated: 'Own questionnaire, not validated: a conversation starter, not a diagnosis.',
    score: 'Score',
    noScore: 'Too few questions answered for a score.',
    steps: 'Where can you turn?',
    step: {
      occupational_physician:
        'The occupational physician’s open consultation hour: also when you are not sick, confidential — your employer does not hear what you discuss.',
      confidential_adviser:
        'The confidential adviser: for undesirable behaviour at work. Listens, thinks along and does nothing without your consent.',
      interventions: 'Support from your employer that fits your result (see below).',
    },
    interventions: 'Support that fits you',
    ownTexts: 'What you wrote',
  },
} as const;

/** The personal feedback as a PDF the person downloads and keeps. */
export async function feedbackPdf(f: TFeedback, lang: Lang): Promise<Buffer> {
  const t = L[lang];
  const content: unknown[] = [
    { text: `${t.title}: ${f.title}`, style: 'h1' },
    { text: t.private, italics: true, margin: [0, 0, 0, 12] },
  ];
  for (const i of f.instruments) {
    content.push({ text: i.name[lang], style: 'h2' });
    if (!i.validated) content.push({ text: t.notValidated, italics: true });
    if (i.translation) content.push({ text: i.translation[lang], fontSize: 8, color: '#555' });
    for (const s of i.scales) {
      content.push({
        margin: [0, 6, 0, 0],
        stack: [
          {
            text: `${s.label[lang]} — ${s.score === null ? '–' : `${t.score} ${s.score} (${s.min}–${s.max})`}${s.band ? `: ${s.band.label[lang]}` : ''}`,
            bold: true,
          },
          { text: s.band ? s.band.advice[lang] : t.noScore },
        ],
      });
    }
    if (i.ownTexts.length) {
      content.push({ text: t.ownTexts, bold: true, margin: [0, 8, 0, 0] });
      for (const o of i.ownTexts) content.push({ text: `${o.item[lang]}: ${o.text}` });
    }
  }
  if (f.steps.length) {
    content.push({ text: t.steps, style: 'h2' });
    content.push({ ul: f.steps.map((s) => t.step[s]) });
  }
  if (f.interventions.length) {
    content.push({ text: t.interventions, style: 'h2' });
    content.push({ ul: f.interventions.map((i) => `${i.title[lang]}: ${i.description[lang]}`) });
  }
  return renderPdf({
    content,
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
    },
    defaultStyle: { fontSize: 10 },
    info: { title: `${t.title}: ${f.title}` },
  });
}

export async function downloadFeedback(deps: Deps, actor: Actor, campaignId: string, lang: Lang) {
  return feedbackPdf(await getFeedback(deps, actor, campaignId), lang);
}
