import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { today } from '../../../platform/today';
import { orgOf, requirePerson } from './access';
import { buildSkillsPassport } from './build-skills-passport';
import { renderPassportPdf } from './render-passport-pdf';

async function passportOf(deps: Deps, actor: Actor, personId: string, format: 'json' | 'pdf') {
  const organizationId = orgOf(actor);
  const { person, employments } = await requirePerson(deps.db, actor, 'llo.passport.export', personId);
  const day = today(deps.clock);
  const passport = await buildSkillsPassport(deps.db, organizationId, person, employments, day);
  await recordAudit(deps.db, actor, organizationId, {
    action: 'llo.passport.exported',
    resourceType: 'person',
    resourceId: personId,
    subjectPersonId: personId,
    details: { format },
  });
  const slug = person.surname.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { passport, fileName: `skillspaspoort-${slug}-${day}.${format}` };
}

/** The person's skills passport as JSON keyed on ESCO URIs; HR may export it for them. */
export const exportSkillsPassportJson = (deps: Deps, actor: Actor, personId: string) =>
  passportOf(deps, actor, personId, 'json');

/** The same passport as a PDF in the reader's language. */
export async function exportSkillsPassportPdf(deps: Deps, actor: Actor, personId: string, lang: Lang) {
  const { passport, fileName } = await passportOf(deps, actor, personId, 'pdf');
  return { fileName, pdf: await renderPassportPdf(passport, lang) };
}
