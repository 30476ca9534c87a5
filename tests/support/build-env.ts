/**
 * The environment for an `astro build` started from a test. Vitest puts Vite's own
 * variables (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child build must not
 * inherit them, or they override what astro.config.mjs decides (e.g. the base path).
 */
const VITE_VARS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'];

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of VITE_VARS) delete env[name];
  return env;
}
