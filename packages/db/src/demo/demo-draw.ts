import { emailLocalPart, NAME_POOLS, ORIGIN_WEIGHTS, splitSurname } from './demo-names';
import type { Rng } from './prng';

/** Everyone but the demo accounts gets an address under the reserved `.example` TLD (RFC 2606). */
const STAFF_EMAIL_DOMAIN = 'delinde.example';

/** Age mix of the staff without an age-bound job: about 30 % is 55 or older, as in Dutch VVT care. */
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 24], 7],
  [[25, 34], 18],
  [[35, 44], 19],
  [[45, 54], 25],
  [[55, 59], 16],
  [[60, 64], 12],
  [[65, 66], 3],
];

export function displayName(p: { givenName: string; surnamePrefix: string | null; surname: string }): string {
  return [p.givenName, p.surnamePrefix, p.surname].filter(Boolean).join(' ');
}

/** `count` ages drawn by quota from AGE_BANDS (not by chance), in random order; pop() takes one. */
export function stratifiedAges(rng: Rng, count: number): number[] {
  const total = AGE_BANDS.reduce((sum, [, weight]) => sum + weight, 0);
  const ages = AGE_BANDS.flatMap(([[min, max], weight]) =>
    Array.from({ length: Math.round((count * weight) / total) }, () => rng.int(min, max)),
  );
  return rng.shuffle(ages);
}

/** Years of service: care has many recent joiners and a large group with 20+ years. */
export function tenureDaysFor(rng: Rng, isStudent: boolean): number {
  if (isStudent) return rng.int(30, 3 * 365);
  const [min, max] = rng.weighted<readonly [number, number]>([
    [[0, 1], 9],
    [[1, 2], 8],
    [[2, 5], 20],
    [[5, 10], 20],
    [[10, 20], 25],
    [[20, 40], 18],
  ]);
  return rng.int(min * 365, max * 365 - 1);
}

/** Draws unique names and e-mail addresses. */
export class NameFactory {
  private readonly fullNames = new Set<string>();
  private readonly emails = new Set<string>();
  constructor(private readonly rng: Rng) {}

  fixed(givenName: string, surname: string) {
    const name = { givenName, ...splitSurname(surname) };
    this.fullNames.add(displayName(name));
    return name;
  }

  draw(age: number): { givenName: string; surnamePrefix: string | null; surname: string } {
    for (;;) {
      const origin = this.rng.weighted(ORIGIN_WEIGHTS);
      const pool = NAME_POOLS[origin === 'dutch' ? (age >= 45 ? 'dutchOlder' : 'dutchYounger') : origin];
      const isFemale = this.rng.chance(0.82);
      const givenName = this.rng.pick(isFemale ? pool.female : pool.male);
      const surname = this.rng.pick<string | readonly [string, string]>(pool.surnames);
      const name = {
        givenName,
        ...splitSurname(typeof surname === 'string' ? surname : surname[isFemale ? 0 : 1]),
      };
      if (this.fullNames.has(displayName(name))) continue;
      this.fullNames.add(displayName(name));
      return name;
    }
  }

  email(givenName: string, surnamePrefix: string | null, surname: string): string {
    const local = emailLocalPart(givenName, surnamePrefix, surname);
    let email = `${local}@${STAFF_EMAIL_DOMAIN}`;
    for (let n = 2; this.emails.has(email); n++) email = `${local}${n}@${STAFF_EMAIL_DOMAIN}`;
    this.emails.add(email);
    return email;
  }
}
