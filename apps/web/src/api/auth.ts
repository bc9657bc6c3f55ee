import { api } from './client';

const AUTH = '/api/auth';

export type SignInResult = { twoFactorRedirect?: boolean };

export const signIn = (body: { email: string; password: string }) =>
  api<SignInResult>(`${AUTH}/sign-in/email`, { method: 'POST', body });

export const verifyTotp = (code: string) =>
  api<unknown>(`${AUTH}/two-factor/verify-totp`, { method: 'POST', body: { code } });

export const verifyBackupCode = (code: string) =>
  api<unknown>(`${AUTH}/two-factor/verify-backup-code`, { method: 'POST', body: { code } });

export const signOut = () => api<unknown>(`${AUTH}/sign-out`, { method: 'POST', body: {} });

export const requestPasswordReset = (email: string) =>
  api<unknown>(`${AUTH}/request-password-reset`, {
    method: 'POST',
    body: { email, redirectTo: '/wachtwoord-herstellen' },
  });

export const resetPassword = (body: { newPassword: string; token: string }) =>
  api<unknown>(`${AUTH}/reset-password`, { method: 'POST', body });

export type TwoFactorSetup = { totpURI: string; backupCodes: string[] };

export const enableTwoFactor = (password: string) =>
  api<TwoFactorSetup>(`${AUTH}/two-factor/enable`, { method: 'POST', body: { password } });

export const disableTwoFactor = (password: string) =>
  api<unknown>(`${AUTH}/two-factor/disable`, { method: 'POST', body: { password } });
