import { createHmac } from 'node:crypto';

/**
 * The per-campaign pseudonymous token of a person's response: an HMAC of campaign and person
 * under the server secret. The same person gets the same token within a campaign (answer once,
 * save and resume) and unrelated tokens across campaigns; without the secret a token cannot be
 * traced back, so the answer tables hold no person id (issue 12, item 3).
 */
export const responseToken = (secret: string, campaignId: string, personId: string) =>
  createHmac('sha256', secret)
    .update(`inzetbaar:survey-response:${campaignId}:${personId}`)
    .digest('base64url');
