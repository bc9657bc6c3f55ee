import { emptyToNull } from '../../lib/format';
import { toNumber } from '../../lib/use-form';
import type { OrganizationFormValues } from './organization-fields';

/** Form values → the API's organisation fields (empty optional fields become null). */
export const organizationPayload = (v: OrganizationFormValues) => ({
  name: v.name.trim(),
  kvkNumber: emptyToNull(v.kvkNumber),
  sbiSection: v.sbiSection ?? undefined,
  sbiDivision: emptyToNull(v.sbiDivision),
  timeZone: v.timeZone ?? undefined,
  fullTimeHours: toNumber(v.fullTimeHours),
});
