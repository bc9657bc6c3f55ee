import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { llo } from '@inzetbaar/domain';
import { z } from 'zod';

/** data/ of the repository, resolved from this file (not the working directory). */
const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..', 'data');
export const DEMO_CATALOGUE_FILE = join(DATA_DIR, 'learning', 'demo-catalogue.csv');

const ZCertificateTypes = z.object({
  version: z.string(),
  types: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.object({ nl: z.string().min(1), en: z.string().min(1) }),
        group: z.string(),
        usualValidityMonths: z.number().int().positive().nullable(),
        verify: z.boolean(),
      }),
    )
    .min(1),
});
export type CertificateType = z.infer<typeof ZCertificateTypes>['types'][number];

const ZSchemesFile = z.object({
  version: z.string(),
  checkedOn: z.string(),
  schemes: z.array(llo.ZFundingScheme),
});

let certificateTypeCache: CertificateType[] | undefined;
let schemeCache: llo.FundingScheme[] | undefined;

/** data/learning/certificate-types.json, validated once (a broken file stops the start). */
export function certificateTypes(): CertificateType[] {
  certificateTypeCache ??= ZCertificateTypes.parse(
    JSON.parse(readFileSync(join(DATA_DIR, 'learning', 'certificate-types.json'), 'utf8')),
  ).types;
  return certificateTypeCache;
}
export const findCertificateType = (id: string) => certificateTypes().find((t) => t.id === id);

/** data/funding-schemes/schemes.json: the national and EU schemes, validated once. */
export function bundledFundingSchemes(): llo.FundingScheme[] {
  schemeCache ??= ZSchemesFile.parse(
    JSON.parse(readFileSync(join(DATA_DIR, 'funding-schemes', 'schemes.json'), 'utf8')),
  ).schemes;
  return schemeCache;
}
