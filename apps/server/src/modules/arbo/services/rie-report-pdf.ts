import { rie } from '@inzetbaar/domain';
import type { Lang } from '../../../platform/http/messages';
import { renderPdf } from '../../../platform/pdf/render-pdf';
import type { TRieReport } from './rie.service';

const L = {
  nl: {
    title: 'Risico-inventarisatie en -evaluatie',
    org: 'Organisatie',
    unit: 'Afdeling',
    year: 'Jaar',
    catalogue: 'Instrument',
    status: 'Status',
    generated: 'Gemaakt op',
    participants: 'Deelnemers',
    none: '—',
    answer: {
      yes: 'In orde',
      no: 'Risico aanwezig',
      not_applicable: 'Niet van toepassing',
      postponed: 'Uitgesteld',
    },
    notAnswered: 'Niet beantwoord',
    priority: { high: 'hoog', medium: 'midden', low: 'laag' },
    prio: 'Prioriteit',
    law: 'Wet',
    existing: 'Bestaande maatregelen',
    plan: 'Plan van aanpak',
    measure: 'Maatregel',
    level: 'Niveau',
    owner: 'Eigenaar',
    due: 'Uiterlijk',
    budget: 'Budget',
    mstatus: 'Status',
    overdue: 'te laat',
    mstatuses: { planned: 'gepland', in_progress: 'in uitvoering', done: 'gereed', cancelled: 'vervallen' },
    other: 'Overige maatregelen',
    consents: 'Instemming ondernemingsraad / PVT',
    consented: 'ingestemd',
    refused: 'niet ingestemd',
    toetsing: 'Toetsing',
    statuses: { draft: 'concept', complete: 'afgerond', locked: 'vastgesteld' },
    branche: 'Erkend branche-instrument',
    brancheYes: 'ja',
    brancheNo: 'nee (eigen instrument)',
    scopes: { systeemtoets: 'systeemtoets', scopetoets: 'scopetoets', both: 'systeem- en scopetoets' },
    experts: {
      veiligheidskundige: 'hogere veiligheidskundige',
      arbeidshygienist: 'arbeidshygiënist',
      ao_deskundige: 'A&O-deskundige',
      bedrijfsarts: 'bedrijfsarts',
      arbodienst: 'arbodienst',
    },
    verdicts: {
      approved: 'akkoord',
      approved_with_remarks: 'akkoord met opmerkingen',
      not_approved: 'niet akkoord',
    },
    coverage: 'Stand van de toetsing',
    missing: 'ontbreekt',
    complete: 'compleet',
    incomplete: 'niet compleet',
  },
  en: {
    title: 'Risk inventory and evaluation',
    org: 'Organisation',
    unit: 'Unit',
    year: 'Year',
    catalogue: 'Instrument',
    status: 'Status',
    generated: 'Generated on',
    participants: 'Participants',
    none: '—',
    answer: { yes: 'In order', no: 'Risk present', not_applicable: 'Not applicable', postponed: 'Postponed' },
    notAnswered: 'Not answered',
    priority: { high: 'high', medium: 'medium', low: 'low' },
    prio: 'Priority',
    law: 'Law',
    existing: 'Existing measures',
    plan: 'Action plan',
    measure: 'Measure',
    level: 'Level',
    owner: 'Owner',
    due: 'Due',
    budget: 'Budget',
    mstatus: 'Status',
    overdue: 'overdue',
    mstatuses: { planned: 'planned', in_progress: 'in progress', done: 'done', cancelled: 'cancelled' },
    other: 'Other measures',
    consents: 'Works council consent',
    consented: 'consented',
    refused: 'refused',
    toetsing: 'Toetsing (expert review)',
    statuses: { draft: 'draft', complete: 'complete', locked: 'locked' },
    branche: 'Recognised branche instrument',
    brancheYes: 'yes',
    brancheNo: 'no (own instrument)',
    scopes: { systeemtoets: 'system review', scopetoets: 'scope review', both: 'system and scope review' },
    experts: {
      veiligheidskundige: 'safety expert',
      arbeidshygienist: 'occupational hygienist',
      ao_deskundige: 'work and organisation expert',
      bedrijfsarts: 'occupational physician',
      arbodienst: 'occupational health service',
    },
    verdicts: {
      approved: 'approved',
      approved_with_remarks: 'approved with remarks',
      not_approved: 'not approved',
    },
    coverage: 'Toetsing status',
    missing: 'missing',
    complete: 'complete',
    incomplete: 'incomplete',
  },
} as const;

type Measure = TRieReport['otherMeasures'][number];

function measureTable(measures: Measure[], t: (typeof L)[Lang]) {
  return {
    table: {
      headerRows: 1,
      widths: ['*', 60, 80, 55, 45, 65],
      body: [
        [t.measure, t.level, t.owner, t.due, t.budget, t.mstatus].map((h) => ({ text: h, bold: true })),
        ...measures.map((m) => [
          m.description,
          m.level,
          m.ownerName ?? t.none,
          m.dueDate ?? t.none,
          m.budget === null ? t.none : `€ ${m.budget.toLocaleString('nl-NL')}`,
          m.overdue
            ? { text: `${t.mstatuses[m.status]} (${t.overdue})`, color: '#b00020' }
            : t.mstatuses[m.status],
        ]),
      ],
    },
    fontSize: 8,
    margin: [0, 4, 0, 8],
  };
}

/** The RI&E report with its plan van aanpak as a PDF (for the works council and the expert). */
export async function rieReportPdf(report: TRieReport, lang: Lang): Promise<Buffer> {
  const t = L[lang];
  const a = report.assessment;
  const content: unknown[] = [
    { text: `${t.title} ${a.year}`, style: 'h1' },
    {
      table: {
        widths: [110, '*'],
        body: [
          [t.org, report.organizationName],
          [t.unit, report.unitName ?? t.none],
          [t.catalogue, `${report.catalogueTitle[lang]} (${a.catalogueId} ${a.catalogueVersion})`],
          [
            t.branche,
            a.usesRecognisedBrancheInstrument
              ? `${t.brancheYes}${a.brancheInstrumentName ? ` — ${a.brancheInstrumentName}` : ''}`
              : t.brancheNo,
          ],
          [t.status, `${t.statuses[a.status]}${a.completedOn ? ` — ${a.completedOn}` : ''}`],
          [t.generated, report.generatedOn],
          [t.participants, a.participants.map((p) => `${p.name} (${p.role})`).join(', ') || t.none],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
  ];
  for (const m of report.modules) {
    content.push({ text: m.title[lang], style: 'h2' });
    for (const r of m.risks) {
      const ans = r.answer;
      const verdict = ans ? t.answer[ans.answer] : t.notAnswered;
      const evaluation = ans?.priority
        ? ` — ${t.prio}: ${t.priority[ans.priority]}${ans.score !== null && ans.riskClass ? ` (R = ${ans.probability} × ${ans.exposure} × ${ans.effect} = ${ans.score}; ${rie.FK_CLASS_LABELS[ans.riskClass as rie.TFkClass]?.[lang] ?? ans.riskClass})` : ''}`
        : '';
      content.push({
        stack: [
          { text: r.statement[lang], bold: true },
          { text: `${verdict}${evaluation}`, color: ans?.answer === 'no' ? '#b00020' : '#333333' },
          ...(ans?.answer === 'no' ? [{ text: r.problem[lang], italics: true }] : []),
          ...(ans?.existingMeasures ? [{ text: `${t.existing}: ${ans.existingMeasures}` }] : []),
          { text: `${t.law}: ${r.legalReference}`, fontSize: 7, color: '#666666' },
          ...(r.measures.length ? [measureTable(r.measures, t)] : []),
        ],
        fontSize: 9,
        margin: [0, 0, 0, 6],
      });
    }
  }
  if (report.otherMeasures.length)
    content.push({ text: t.other, style: 'h2' }, measureTable(report.otherMeasures, t));
  content.push({ text: t.consents, style: 'h2' });
  content.push(
    report.consents.length
      ? {
          ul: report.consents.map(
            (c) =>
              `${c.decidedOn}: ${c.decision === 'consented' ? t.consented : t.refused}${c.notes ? ` — ${c.notes}` : ''}`,
          ),
        }
      : { text: t.none },
  );
  if (report.toetsing.length) {
    const cov = report.toetsingCoverage;
    const part = (p: typeof cov.systeemtoets) =>
      p ? `${p.toetsedOn}${p.verdict ? ` (${t.verdicts[p.verdict]})` : ''}` : t.missing;
    content.push({ text: t.toetsing, style: 'h2' });
    content.push({
      text: `${t.coverage}: ${t.scopes.systeemtoets} ${part(cov.systeemtoets)}; ${t.scopes.scopetoets} ${part(cov.scopetoets)} — ${cov.complete ? t.complete : t.incomplete}`,
      margin: [0, 0, 0, 4],
    });
    content.push({
      ul: report.toetsing.map((x) => {
        const expert = [x.expertCertification ? t.experts[x.expertCertification] : null, x.expertRegistration]
          .filter(Boolean)
          .join(', ');
        const verdict = x.verdict ? `${t.verdicts[x.verdict]}; ` : '';
        return `${x.toetsedOn}, ${t.scopes[x.scope]}: ${x.expertName}${expert ? ` (${expert})` : ''} — ${verdict}${x.outcome}`;
      }),
    });
  }
  const doc = {
    info: { title: `${t.title} ${a.year} — ${report.organizationName}` },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#666666',
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
