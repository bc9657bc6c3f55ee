import { addDays, llo } from '@inzetbaar/domain';
import type { Deps } from '../../platform/http/context';
import { today } from '../../platform/today';
import { displayName, employmentsOfPerson, findPerson } from '../people/repo/people.repo';
import { descendantUnitIds, listUnits } from '../people/repo/units.repo';
import { certificateWarningMail } from './mail';
import { findCertificate, listExpiringCertificates } from './repo/certificates.repo';
import { mailTarget, managerAssignments } from './repo/warnings.repo';
import { currentEmployment } from './services/access';

export const CERTIFICATE_WARNING_KIND = 'llo.certificate-warning';
const SCAN_KIND = `${CERTIFICATE_WARNING_KIND}.scan`;

/**
 * Enqueue the expiry warnings due on `day`: 90 and 30 days before expiry and on the day itself
 * (llo.dueWarning). The key holds the certificate, the threshold and the expiry date, so each warning
 * goes out once — and again for a renewed certificate with a new date.
 */
export async function enqueueCertificateWarnings(deps: Deps, day: string) {
  const rows = await listExpiringCertificates(deps.db, null, addDays(day, llo.WARNING_DAYS[0]));
  let n = 0;
  for (const c of rows) {
    const threshold = llo.dueWarning(c.expiresOn, day);
    if (threshold === null) continue;
    const added = await deps.scheduler.enqueue(deps.db, {
      key: `${CERTIFICATE_WARNING_KIND}:${c.id}:${threshold}:${c.expiresOn}`,
      kind: CERTIFICATE_WARNING_KIND,
      runAt: deps.clock.now(),
      organizationId: c.organizationId,
      payload: { certificateId: c.id, expiresOn: c.expiresOn, day },
    });
    if (added) n++;
  }
  return n;
}

/** The holder and the managers of the holder's current unit (or a unit above it). */
async function recipients(deps: Deps, organizationId: string, personId: string, day: string) {
  const job = currentEmployment(await employmentsOfPerson(deps.db, organizationId, personId), day);
  const managers = new Set<string>();
  if (job?.unitId) {
    const units = await listUnits(deps.db, organizationId);
    for (const m of await managerAssignments(deps.db, organizationId))
      if (m.unitId && m.personId !== personId && descendantUnitIds(units, [m.unitId]).has(job.unitId))
        managers.add(m.personId);
  }
  return { managers: [...managers] };
}

export function registerLloJobs(deps: Deps) {
  deps.scheduler.register(SCAN_KIND, async (job) => {
    await enqueueCertificateWarnings(deps, String(job.payload.day ?? today(deps.clock)));
  });
  deps.scheduler.register(CERTIFICATE_WARNING_KIND, async (job) => {
    const organizationId = job.organizationId as string;
    const c = await findCertificate(deps.db, organizationId, String(job.payload.certificateId));
    // deleted, or renewed since: this warning is about a date that no longer holds
    if (!c?.expiresOn || c.expiresOn !== job.payload.expiresOn) return;
    const day = String(job.payload.day);
    const daysLeft = llo.certificateStatus(c.expiresOn, day).daysLeft ?? 0;
    const holder = await mailTarget(deps.db, organizationId, c.personId);
    const { managers } = await recipients(deps, organizationId, c.personId, day);
    const base = `${deps.env.baseUrl}/ontwikkeling`;
    if (holder)
      await deps.mailer.send({
        ...certificateWarningMail({
          to: holder.to,
          lang: holder.lang,
          recipientName: displayName(holder.person),
          holderName: null,
          certificate: c.name,
          expiresOn: c.expiresOn,
          daysLeft,
          url: `${base}/mijn?tab=certificaten`,
        }),
        organizationId,
      });
    const person = holder?.person ?? (await findPerson(deps.db, organizationId, c.personId));
    const holderName = person ? displayName(person) : '';
    for (const managerId of managers) {
      const m = await mailTarget(deps.db, organizationId, managerId);
      if (!m) continue;
      await deps.mailer.send({
        ...certificateWarningMail({
          to: m.to,
          lang: m.lang,
          recipientName: displayName(m.person),
          holderName,
          certificate: c.name,
          expiresOn: c.expiresOn,
          daysLeft,
          url: `${base}/certificaten`,
        }),
        organizationId,
      });
    }
  });
}

/** Daily scan at 06:00 UTC for `at`'s day (idempotent per day). */
export async function scheduleLloJobs(deps: Deps, at: Date) {
  const day = at.toISOString().slice(0, 10);
  await deps.scheduler.enqueue(deps.db, {
    key: `${SCAN_KIND}:${day}`,
    kind: SCAN_KIND,
    runAt: new Date(`${day}T06:00:00Z`),
    payload: { day },
  });
}
