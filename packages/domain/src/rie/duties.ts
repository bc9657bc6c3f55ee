/**
 * Arbowet duties around the RI&E: toetsing, the preventiemedewerker, and accident notification and
 * registration. Facts and sources: domain-rules §4 of the shared project docs; summary in docs/rie.md.
 */

/** Threshold shared by the toetsing exemption and the preventiemedewerker rule: "≤ 25 werknemers". */
export const SMALL_EMPLOYER_MAX_EMPLOYEES = 25;
/** Toetsing exemption for employers with at most 40 paid working hours a week in total. */
export const TOETSING_EXEMPT_MAX_PAID_HOURS_PER_WEEK = 40;
/** Arbowet art. 9 lid 2: register accidents with more than three working days of absence. */
export const REGISTER_ABSENCE_MORE_THAN_WORKING_DAYS = 3;

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0: ${value}`);
}

function assertHours(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number ≥ 0: ${value}`);
}

export type TToetsingInput = {
  /** Headcount (arbeidsovereenkomsten incl. interns and temps), not FTE. */
  employeeCount: number;
  /** Paid working hours per week of all employees together. */
  paidHoursPerWeekTotal: number;
  /**
   * Of those, the hours of directors-major shareholders (dga) on the payroll. They do not count
   * towards the 40-hour exemption: the exemption is about the paid work of employees, and a dga
   * works in their own company (issue 16; counting them was conservative but wrong) [verify the
   * article]. Default 0.
   */
  majorityShareholderDirectorHoursPerWeek?: number;
  /** The RI&E is made with a recognised branche-RI&E instrument (rie.nl) of the employer's own branche. */
  usesRecognisedBrancheInstrument: boolean;
  /** The organisation works with volunteers only (no paid staff). */
  volunteersOnly: boolean;
};

export type TToetsingReason =
  | 'volunteers_only'
  | 'max_40_paid_hours_per_week'
  | 'small_employer_recognised_instrument'
  | 'required';

export type TToetsingRequirement = { required: boolean; reason: TToetsingReason };

/** The paid hours the 40-hour exemption counts: all paid hours except those of a dga. */
export const toetsingHoursPerWeek = (
  input: Pick<TToetsingInput, 'paidHoursPerWeekTotal' | 'majorityShareholderDirectorHoursPerWeek'>,
): number => input.paidHoursPerWeekTotal - (input.majorityShareholderDirectorHoursPerWeek ?? 0);

/**
 * Must the RI&E be toetsed by a certified kerndeskundige or arbodienst (Arbowet art. 14 lid 1 onder a)?
 *
 * Exempt, checked in this order: a volunteers-only organisation; at most 40 paid hours per week in
 * total, not counting a dga's hours; at most 25 employees (headcount) using a recognised branche-RI&E. Otherwise required. The
 * exemptions only lift the toetsing: the written RI&E with plan van aanpak stays mandatory (art. 5).
 */
export function toetsingRequirement(input: TToetsingInput): TToetsingRequirement {
  assertCount('employeeCount', input.employeeCount);
  assertHours('paidHoursPerWeekTotal', input.paidHoursPerWeekTotal);
  const dgaHours = input.majorityShareholderDirectorHoursPerWeek ?? 0;
  assertHours('majorityShareholderDirectorHoursPerWeek', dgaHours);
  if (dgaHours > input.paidHoursPerWeekTotal)
    throw new RangeError('majorityShareholderDirectorHoursPerWeek cannot exceed paidHoursPerWeekTotal');
  if (input.volunteersOnly) return { required: false, reason: 'volunteers_only' };
  if (toetsingHoursPerWeek(input) <= TOETSING_EXEMPT_MAX_PAID_HOURS_PER_WEEK) {
    return { required: false, reason: 'max_40_paid_hours_per_week' };
  }
  if (input.employeeCount <= SMALL_EMPLOYER_MAX_EMPLOYEES && input.usesRecognisedBrancheInstrument) {
    return { required: false, reason: 'small_employer_recognised_instrument' };
  }
  return { required: true, reason: 'required' };
}

export type TPreventiemedewerkerRule = {
  /** Every employer with staff needs preventie support (Arbowet art. 13 lid 1). */
  required: boolean;
  /** With ≤ 25 employees the employer may do the preventie tasks personally (Arbowet art. 13 lid 10). */
  employerMayActAsPreventiemedewerker: boolean;
};

/**
 * Preventiemedewerker duty (Arbowet art. 13). Required for every employer with at least one employee;
 * with at most 25 employees the employer may take the role personally.
 */
export function preventiemedewerkerRule(input: { employeeCount: number }): TPreventiemedewerkerRule {
  assertCount('employeeCount', input.employeeCount);
  return {
    required: input.employeeCount >= 1,
    employerMayActAsPreventiemedewerker: input.employeeCount <= SMALL_EMPLOYER_MAX_EMPLOYEES,
  };
}

/**
 * Hospital care after an accident. An admission counts however short or for whatever purpose — a
 * day admission (dagopname) and an admission for observation (opname ter observatie) too; treatment
 * at the emergency department or outpatient clinic without admission does not (Arbowet art. 9 lid 1;
 * nlarbeidsinspectie.nl, domain-rules §4).
 */
export const HOSPITAL_CARE = ['none', 'outpatient_only', 'day_admission', 'admission'] as const;
export type THospitalCare = (typeof HOSPITAL_CARE)[number];

export type TAccidentFacts = {
  death: boolean;
  permanentInjury: boolean;
  hospitalAdmission: THospitalCare;
  /** An accident on the way to or from work (woon-werkverkeer); outside art. 9. */
  commuting: boolean;
  /** Working days of absence caused by the accident (so far). */
  absenceWorkingDays: number;
  /** The accident has been reported to the Nederlandse Arbeidsinspectie. */
  reportedToInspectorate: boolean;
};

export type TAccidentReason =
  | 'commuting_excluded'
  | 'death'
  | 'permanent_injury'
  | 'hospital_admission'
  | 'reported_to_inspectorate'
  | 'absence_more_than_3_working_days';

export type TAccidentNotification = {
  /** Report at once to the Nederlandse Arbeidsinspectie (Arbowet art. 9 lid 1). */
  mustNotifyInspectorateImmediately: boolean;
  /** Record in the employer's ongevallenregister (Arbowet art. 9 lid 2). */
  mustRegister: boolean;
  reasons: TAccidentReason[];
};

/**
 * Notification and registration duties for a work accident (Arbowet art. 9).
 *
 * - Notify at once on death, permanent injury or hospital admission (a day admission counts, outpatient
 *   treatment does not). When the consequence only becomes clear later, call again with the new facts:
 *   the duty arises then.
 * - Register accidents that were (or must be) reported, and those with more than 3 working days of absence.
 * - Commuting accidents are not work accidents under art. 9: no duty.
 */
export function accidentNotification(facts: TAccidentFacts): TAccidentNotification {
  assertCount('absenceWorkingDays', facts.absenceWorkingDays);
  if (facts.commuting) {
    return { mustNotifyInspectorateImmediately: false, mustRegister: false, reasons: ['commuting_excluded'] };
  }
  const reasons: TAccidentReason[] = [];
  if (facts.death) reasons.push('death');
  if (facts.permanentInjury) reasons.push('permanent_injury');
  if (facts.hospitalAdmission === 'day_admission' || facts.hospitalAdmission === 'admission') {
    reasons.push('hospital_admission');
  }
  const mustNotify = reasons.length > 0;
  if (facts.reportedToInspectorate) reasons.push('reported_to_inspectorate');
  const isLongAbsence = facts.absenceWorkingDays > REGISTER_ABSENCE_MORE_THAN_WORKING_DAYS;
  if (isLongAbsence) reasons.push('absence_more_than_3_working_days');
  // A notifiable accident has to be reported, and a reported accident has to be registered (lid 2).
  const mustRegister = mustNotify || facts.reportedToInspectorate || isLongAbsence;
  return { mustNotifyInspectorateImmediately: mustNotify, mustRegister, reasons };
}
