import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { invalidField } from '../platform/http/problem';

/*
 * What a new password must be (issue #9, defect 8; NIST SP 800-63B §3.1.1.2 and OWASP ASVS
 * V2.1.7): at least 12 characters (better-auth and the contracts check the length), not one of
 * the commonly breached passwords, not the e-mail address or its local part, and hard to guess
 * by zxcvbn's estimate (score ≥ 3, "safely unguessable: moderate protection from offline
 * slow-hash scenario") with its common, English and Dutch dictionaries — bundled in the
 * packages, nothing is fetched at run time. No composition rules (NIST: they do not help).
 */

export type PasswordProblem = 'breached_password' | 'password_contains_email' | 'weak_password';

export const MIN_PASSWORD_SCORE = 3;

/** The most common passwords of the leaked-password corpora compiled by zxcvbn-ts (49,233). */
const BREACHED = new Set(common.dictionary['passwords-common'].map((p) => p.toLowerCase()));

let factory: ZxcvbnFactory | null = null;
/** Built on first use: the dictionaries take some 300 ms to index. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

/** The first rule `password` breaks for the account `email` (with extra words, e.g. the name), or null. */
export function passwordProblem(
  password: string,
  email: string | null,
  userInputs: string[] = [],
): PasswordProblem | null {
  const lower = password.toLowerCase();
  if (BREACHED.has(lower)) return 'breached_password';
  if (email) {
    const address = email.toLowerCase();
    const local = address.split('@')[0] ?? '';
    if (lower.includes(address) || (local.length >= 3 && lower.includes(local)))
      return 'password_contains_email';
  }
  const inputs = [...(email ? [email, ...email.split(/[@.+_-]/)] : []), ...userInputs].filter(
    (w) => w.length >= 3,
  );
  const { score } = estimator().check(password.slice(0, 128), inputs);
  return score < MIN_PASSWORD_SCORE ? 'weak_password' : null;
}

/** 422 on `field` when `password` breaks a rule. */
export function requireStrongPassword(
  password: string,
  email: string | null,
  field: string,
  userInputs: string[] = [],
): void {
  const problem = passwordProblem(password, email, userInputs);
  if (problem) throw invalidField(field, problem);
}
