import type { Auth } from './auth';

/**
 * Create a login account with a password on the server side (setup, invitations, demo seed).
 * Self sign-up is disabled, so this goes through better-auth's internal adapter, which hashes
 * the password with its scrypt hasher exactly as a sign-up would.
 */
export async function createUserWithPassword(
  auth: Auth,
  p: { email: string; name: string; password: string },
) {
  const ctx = await auth.$context;
  const user = await ctx.internalAdapter.createUser(
    { email: p.email.toLowerCase(), name: p.name, emailVerified: true },
    { method: 'email' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: await ctx.password.hash(p.password),
  });
  return user;
}

export async function findUserByEmail(auth: Auth, email: string) {
  const ctx = await auth.$context;
  return (await ctx.internalAdapter.findUserByEmail(email.toLowerCase()))?.user ?? null;
}
