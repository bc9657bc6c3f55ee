import type { Lang } from '../../../platform/http/messages';
import { renderPdf } from '../../../platform/pdf/render-pdf';
import type { SkillsPassport } from './build-skills-passport';

const L = {
  nl: {
    title: 'Skillspaspoort',
    name: 'Naam',
    employer: 'Werkgever',
    occupation: 'Beroep (ESCO)',
    generated: 'Gemaakt op',
    skills: 'Vaardigheden',
    skill: 'Vaardigheid',
    level: 'Niveau',
    source: 'Bron',
    date: 'Datum',
    levels: { 1: 'basis', 2: 'gevorderd', 3: 'ervaren', 4: 'expert' } as Record<number, string>,
    sources: {
      occupation: 'uit beroep',
      self_assessed: 'zelf ingeschat',
      manager_confirmed: 'bevestigd door leidinggevende',
      learning: 'uit opleiding',
    } as Record<string, string>,
    english: '(Engels: ESCO heeft geen Nederlandse naam)',
    own: 'Eigen vaardigheden van de organisatie',
    learning: 'Gevolgde opleidingen en leeractiviteiten',
    certificates: 'Certificaten',
    obtained: 'behaald',
    expires: 'geldig tot',
    none: 'Geen.',
    hours: 'uur',
    json: 'De JSON-versie van dit paspoort gebruikt de ESCO-URI van elke vaardigheid als sleutel.',
  },
  en: {
    title: 'Skills passport',
    name: 'Name',
    employer: 'Employer',
    occupation: 'Occupation (ESCO)',
    generated: 'Generated on',
    skills: 'Skills',
    skill: 'Skill',
    level: 'Level',
    source: 'Source',
    date: 'Date',
    levels: { 1: 'basic', 2: 'intermediate', 3: 'advanced', 4: 'expert' } as Record<number, string>,
    sources: {
      occupation: 'from occupation',
      self_assessed: 'self-assessed',
      manager_confirmed: 'confirmed by manager',
      learning: 'from learning',
    } as Record<string, string>,
    english: '',
    own: "The organisation's own skills",
    learning: 'Completed learning',
    certificates: 'Certificates',
    obtained: 'obtained',
    expires: 'valid until',
    none: 'None.',
    hours: 'hours',
    json: 'The JSON version of this passport keys every skill on its ESCO URI.',
  },
};

/** The skills passport as an A4 PDF (pdfmake with its bundled Roboto, as the RI&E report). */
export async function renderPassportPdf(p: SkillsPassport, lang: Lang): Promise<Buffer> {
  const t = L[lang];
  const skillRows = Object.entries(p.skills)
    .map(([uri, s]) => ({ uri, s, label: lang === 'nl' ? (s.label.nl ?? s.label.en) : s.label.en }))
    .sort((a, b) => b.s.level - a.s.level || a.label.localeCompare(b.label));
  const content: unknown[] = [
    { text: t.title, style: 'h1' },
    {
      table: {
        widths: [110, '*'],
        body: [
          [t.name, p.person.name],
          [t.employer, p.employer ?? '—'],
          [t.occupation, p.occupation ? `${p.occupation.title[lang]} — ${p.occupation.uri}` : '—'],
          [t.generated, p.generatedOn],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    },
    { text: t.skills, style: 'h2' },
    skillRows.length
      ? {
          table: {
            headerRows: 1,
            widths: ['*', 60, 110, 60],
            body: [
              [t.skill, t.level, t.source, t.date].map((h) => ({ text: h, bold: true })),
              ...skillRows.map(({ uri, s, label }) => [
                {
                  stack: [
                    { text: `${label}${s.ownName ? ` (${s.ownName})` : ''}` },
                    ...(lang === 'nl' && !s.label.nl
                      ? [{ text: t.english, fontSize: 7, italics: true, color: '#555555' }]
                      : []),
                    { text: uri, fontSize: 6, color: '#555555' },
                  ],
                },
                `${s.level} ${t.levels[s.level] ?? ''}`,
                `${t.sources[s.source] ?? s.source}${s.confirmedBy ? ` (${s.confirmedBy})` : ''}`,
                s.confirmedOn ?? s.assessedOn,
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 9,
        }
      : { text: t.none },
  ];
  if (p.ownSkills.length)
    content.push(
      { text: t.own, style: 'h2' },
      { ul: p.ownSkills.map((s) => `${s.name} — ${s.level} ${t.levels[s.level] ?? ''}`) },
    );
  content.push({ text: t.learning, style: 'h2' });
  content.push(
    p.learning.length
      ? {
          ul: p.learning.map(
            (l) =>
              `${l.completedOn}: ${l.title}${l.provider ? ` — ${l.provider}` : ''} (${l.hours} ${t.hours})`,
          ),
        }
      : { text: t.none },
  );
  content.push({ text: t.certificates, style: 'h2' });
  content.push(
    p.certificates.length
      ? {
          ul: p.certificates.map(
            (c) =>
              `${c.name}${c.number ? ` (${c.number})` : ''} — ${t.obtained} ${c.obtainedOn}${c.expiresOn ? `, ${t.expires} ${c.expiresOn}` : ''}`,
          ),
        }
      : { text: t.none },
  );
  content.push({
    text: `${t.json} ${p.esco.attribution} (ESCO ${p.esco.version})`,
    fontSize: 7,
    color: '#555555',
    margin: [0, 16, 0, 0],
  });
  const doc = {
    info: { title: `${t.title} — ${p.person.name}` },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
    }),
    content,
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
  };
  return renderPdf(doc);
}
