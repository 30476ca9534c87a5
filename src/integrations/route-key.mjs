/**
 * How the main thread names a route to a render worker (threaded-prerenderer.ts →
 * render-worker.mjs): both hold the same manifest, built from the same bundle, but not
 * the same objects. Plain JavaScript so that the worker, which Node runs outside Vite,
 * can import it too.
 * @param {{ type: string, component: string, route: string }} route
 */
export function routeKey(route) {
  return `${route.type}:${route.component}:${route.route}`;
}
