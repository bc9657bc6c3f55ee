import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../http/context';
import type { Lang } from '../../../http/messages';
import { recordAudit } from '../../../services/record-audit';
import { today } from '../../../services/today';
import { orgOf, requirePerson } from './access';
import { buildSkillsPassport } from './build-skills-passport';
import { renderPassportPdf } from './render-passport-pdf';

/** The person's skills passport as JSON (keyed on ESCO URIs) or PDF; HR may export it for them. */
export async function exportSkillsPassport(
  deps: Deps,
  actor: Actor,
  personId: string,
  format: 'json' | 'pdf',
  lang: Lang,
) {
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
  const fileName = `skillspaspoort-${person.surname.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${day}`;
  if (format === 'json') return { fileName: `${fileName}.json`, passport };
  return { fileName: `${fileName}.pdf`, pdf: await renderPassportPdf(passport, lang) };
}
