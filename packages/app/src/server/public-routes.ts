/**
 * Every route the app serves to the outside, defined once. This module has no imports so that
 * infra can expose exactly these routes through its HTTPS front: a route added here and not
 * served fails the app's tests, and one served but not listed here fails them too.
 */

/** An HTTP method the public routes use. */
export type PublicRouteMethod = 'GET' | 'POST';

/** One public route: path and method. */
export interface PublicRoute {
  readonly path: string;
  readonly method: PublicRouteMethod;
}

/** The public routes, in the order the app registers them. */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  { path: '/health', method: 'GET' },
  { path: '/webhook', method: 'POST' },
  { path: '/chat', method: 'POST' },
  { path: '/chat-streaming', method: 'POST' },
  { path: '/chat/actions', method: 'POST' },
];
