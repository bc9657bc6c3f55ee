import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import { TWO_FACTOR_REQUIRED } from './api/errors';
import { meQuery, mustSetUpTwoFactor } from './api/me';
import { isApiError } from './api/problem';
import { AppLayout } from './components/app-layout';
import { NotFound } from './components/not-found';
import { FullPageLoader, RouteError } from './components/states';
import { PATHS } from './lib/navigation';

/**
 * The root and the signed-in layout route. Modules hang their routes under `appRoute`
 * (`getParentRoute: () => appRoute`); `router.tsx` assembles the tree.
 */
export type RouterContext = { queryClient: QueryClient };

// Pages load on demand: the zod schemas they validate with stay out of the first download.
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
  pendingComponent: FullPageLoader,
  errorComponent: RouteError,
});

/** Loads `me`; sends the visitor to log-in (401) or 2FA set-up (403) when needed. */
const loadMe = async (context: RouterContext, href: string) => {
  try {
    return await context.queryClient.ensureQueryData(meQuery);
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      throw redirect({ to: PATHS.login, search: { redirect: href === '/' ? undefined : href } });
    }
    if (isApiError(error) && error.status === 403 && error.code === TWO_FACTOR_REQUIRED) {
      throw redirect({ to: PATHS.twoFactor });
    }
    throw error;
  }
};

export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await loadMe(context, location.href);
    if (mustSetUpTwoFactor(me)) throw redirect({ to: PATHS.twoFactor });
    return { me };
  },
  component: AppLayout,
});
