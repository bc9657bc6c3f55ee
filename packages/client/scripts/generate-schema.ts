import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

/** Where the generated types live (committed; a test fails when they are stale). */
export const SCHEMA_FILE = new URL('../src/schema.d.ts', import.meta.url);

/**
 * TypeScript types of the API from its OpenAPI document (openapi-typescript). The same function
 * writes the committed file (`npm run generate -w @inzetbaar/client`) and checks it in
 * apps/server/src/__tests__/api-client.test.ts.
 */
export async function generateSchema(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: true,
    // a property with a default may be left out of a request (zod fills it in on the server)
    defaultNonNullable: false,
  });
  return `${COMMENT_HEADER}${astToString(ast)}`;
}
