import { describe, expect, it } from 'vitest';
import {
  accidentNotification,
  preventiemedewerkerRule,
  type TAccidentFacts,
  type TToetsingInput,
  toetsingRequirement,
} from './duties';

describe('toetsingRequirement', () => {
  const base: TToetsingInput = {
    employeeCount: 30,
    paidHoursPerWeekTotal: 1000,
    usesRecognisedBrancheInstrument: false,
    volunteersOnly: false,
  };
  it.each<[string, Partial<TToetsingInput>, boolean, string]>([
    [
      '25 employees with a recognised branche-RI&E',
      { employeeCount: 25, usesRecognisedBrancheInstrument: true },
      false,
      'small_employer_recognised_instrument',
    ],
    [
      '26 employees with a recognised branche-RI&E',
      { employeeCount: 26, usesRecognisedBrancheInstrument: true },
      true,
      'required',
    ],
    ['25 employees without a recognised instrument', { employeeCount: 25 }, true, 'required'],
    [
      '1 employee without a recognised instrument, 41 hours',
      { employeeCount: 1, paidHoursPerWeekTotal: 41 },
      true,
      'required',
    ],
    [
      '40 paid hours per week in total',
      { employeeCount: 3, paidHoursPerWeekTotal: 40 },
      false,
      'max_40_paid_hours_per_week',
    ],
    [
      '40.5 paid hours per week in total',
      { employeeCount: 3, paidHoursPerWeekTotal: 40.5 },
      true,
      'required',
    ],
    ['41 paid hours per week in total', { employeeCount: 3, paidHoursPerWeekTotal: 41 }, true, 'required'],
    [
      '40 hours even with many people',
      { employeeCount: 40, paidHoursPerWeekTotal: 40 },
      false,
      'max_40_paid_hours_per_week',
    ],
    [
      'volunteers only',
      { employeeCount: 0, paidHoursPerWeekTotal: 0, volunteersOnly: true },
      false,
      'volunteers_only',
    ],
    ['a large employer', {}, true, 'required'],
    // issue 16: a director-major shareholder's (dga) hours do not count towards the 40 hours
    [
      'a dga (40 h) and one employee (32 h): 32 hours count',
      { employeeCount: 2, paidHoursPerWeekTotal: 72, majorityShareholderDirectorHoursPerWeek: 40 },
      false,
      'max_40_paid_hours_per_week',
    ],
    [
      'a dga (40 h) and employees for 41 h: required',
      { employeeCount: 3, paidHoursPerWeekTotal: 81, majorityShareholderDirectorHoursPerWeek: 40 },
      true,
      'required',
    ],
    [
      'only a dga on the payroll: 0 hours count',
      { employeeCount: 1, paidHoursPerWeekTotal: 50, majorityShareholderDirectorHoursPerWeek: 50 },
      false,
      'max_40_paid_hours_per_week',
    ],
  ])('%s', (_name, change, required, reason) => {
    expect(toetsingRequirement({ ...base, ...change })).toEqual({ required, reason });
  });

  it.each([
    { employeeCount: -1 },
    { employeeCount: 2.5 },
    { paidHoursPerWeekTotal: -8 },
    { paidHoursPerWeekTotal: Number.NaN },
    { majorityShareholderDirectorHoursPerWeek: -1 },
    { paidHoursPerWeekTotal: 30, majorityShareholderDirectorHoursPerWeek: 31 },
  ])('rejects %o', (change) => {
    expect(() => toetsingRequirement({ ...base, ...change })).toThrow(RangeError);
  });
});

describe('preventiemedewerkerRule', () => {
  it.each([
    [1, true, true],
    [25, true, true],
    [26, true, false],
    [250, true, false],
    [0, false, true],
  ])('%i employees: required %s, employer may act %s', (employeeCount, required, mayAct) => {
    expect(preventiemedewerkerRule({ employeeCount })).toEqual({
      required,
      employerMayActAsPreventiemedewerker: mayAct,
    });
  });

  it('rejects a negative headcount', () => {
    expect(() => preventiemedewerkerRule({ employeeCount: -3 })).toThrow(RangeError);
  });
});

describe('accidentNotification', () => {
  const none: TAccidentFacts = {
    death: false,
    permanentInjury: false,
    hospitalAdmission: 'none',
    commuting: false,
    absenceWorkingDays: 0,
    reportedToInspectorate: false,
  };
  it.each<[string, Partial<TAccidentFacts>, boolean, boolean, string[]]>([
    ['a minor accident', {}, false, false, []],
    ['death', { death: true }, true, true, ['death']],
    ['permanent injury', { permanentInjury: true }, true, true, ['permanent_injury']],
    ['hospital admission', { hospitalAdmission: 'admission' }, true, true, ['hospital_admission']],
    [
      'a day admission counts as admission',
      { hospitalAdmission: 'day_admission' },
      true,
      true,
      ['hospital_admission'],
    ],
    ['outpatient treatment only', { hospitalAdmission: 'outpatient_only' }, false, false, []],
    [
      'outpatient treatment and 2 days off',
      { hospitalAdmission: 'outpatient_only', absenceWorkingDays: 2 },
      false,
      false,
      [],
    ],
    ['3 working days of absence', { absenceWorkingDays: 3 }, false, false, []],
    [
      '4 working days of absence',
      { absenceWorkingDays: 4 },
      false,
      true,
      ['absence_more_than_3_working_days'],
    ],
    [
      'already reported to the inspectorate',
      { reportedToInspectorate: true },
      false,
      true,
      ['reported_to_inspectorate'],
    ],
    [
      'permanent injury, reported, 10 days off',
      { permanentInjury: true, reportedToInspectorate: true, absenceWorkingDays: 10 },
      true,
      true,
      ['permanent_injury', 'reported_to_inspectorate', 'absence_more_than_3_working_days'],
    ],
    ['commuting with a death', { commuting: true, death: true }, false, false, ['commuting_excluded']],
    [
      'commuting with 20 days off',
      { commuting: true, absenceWorkingDays: 20 },
      false,
      false,
      ['commuting_excluded'],
    ],
  ])('%s', (_name, change, notify, register, reasons) => {
    expect(accidentNotification({ ...none, ...change })).toEqual({
      mustNotifyInspectorateImmediately: notify,
      mustRegister: register,
      reasons,
    });
  });

  it('rejects a fractional number of absence days', () => {
    expect(() => accidentNotification({ ...none, absenceWorkingDays: 1.5 })).toThrow(RangeError);
  });
});
