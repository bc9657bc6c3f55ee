import type { Lang } from '../../platform/http/messages';

export const integrationsMessages: Record<string, Record<Lang, string>> = {
  api_token_invalid: {
    nl: 'Deze API-token is onbekend, verlopen of ingetrokken.',
    en: 'This API token is unknown, expired or revoked.',
  },
  api_token_scope: {
    nl: 'Deze API-token heeft geen toegang tot deze gegevens.',
    en: 'This API token has no access to this data.',
  },
  duplicate_scope: { nl: 'Elke scope mag maar één keer voorkomen.', en: 'Each scope may appear only once.' },
};
