import type {
  ZAuditPage,
  ZHealth,
  ZInvitationPreview,
  ZOutboxMail,
  ZOutboxPage,
  ZPeoplePage,
  ZSetupStatus,
} from '@inzetbaar/contracts';

/** The output type of a schema, without importing zod into the web app. */
type Out<S extends { parse: (v: unknown) => unknown }> = ReturnType<S['parse']>;

export type TAuditPage = Out<typeof ZAuditPage>;
export type TOutboxMail = Out<typeof ZOutboxMail>;
export type TOutboxPage = Out<typeof ZOutboxPage>;
export type TPeoplePage = Out<typeof ZPeoplePage>;
export type TSetupStatus = Out<typeof ZSetupStatus>;
export type THealth = Out<typeof ZHealth>;
export type TInvitationPreview = Out<typeof ZInvitationPreview>;
export type { TPeopleStatus } from '@inzetbaar/contracts';
