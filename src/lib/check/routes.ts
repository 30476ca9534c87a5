/**
 * The site's routes, as far as a link in an article can name them. Mirrors the route
 * list in src/lib/urls.ts; each route exists at the root (zh) and under /en/.
 */
import type { Locale } from '../i18n';

/** A page an internal link points to. `owner` is the model or branch whose article fills the page. */
export interface RouteTarget {
  locale: Locale;
  path: string;
  owner?: { model: string } | { branch: string };
}

export interface KnownIds {
  models: Set<string>;
  branches: Set<string>;
  datasets: Set<string>;
}

const STATIC = new Set(['', 'models/', 'tree/', 'search/', 'authors/', 'datasets/', 'about/']);

/**
 * Resolves a site path ("/en/models/resnet/") to its route, or returns a message saying
 * what was expected. Paths are written without the base path, with a trailing slash.
 */
export function resolveRoute(pathname: string, ids: KnownIds): RouteTarget | { expected: string } {
  if (pathname === '/en') return { expected: 'a site path ending in "/", e.g. "/en/"' };
  let rest = pathname.replace(/^\//, '');
  let locale: Locale = 'zh';
  if (rest === 'en' || rest.startsWith('en/')) {
    locale = 'en';
    rest = rest.slice(rest === 'en' ? 2 : 3);
  }
  const path = `/${rest}`;
  if (rest !== '' && !rest.endsWith('/'))
    return { expected: `a site path ending in "/" (the site uses trailing slashes), e.g. "${path}/"` };
  if (STATIC.has(rest)) return { locale, path };

  const match = /^(models|branches|datasets)\/([^/]+)\/$/.exec(rest);
  if (!match) {
    return {
      expected:
        'one of the site routes /, /models/, /models/<id>/, /branches/<id>/, /tree/, /search/, /authors/, /datasets/, /datasets/<id>/, /about/ (each also under /en/)',
    };
  }
  const [, kind, id] = match as unknown as [string, 'models' | 'branches' | 'datasets', string];
  if (!ids[kind].has(id)) return { expected: `an existing ${kind.slice(0, -1)} id after /${kind}/ (no file content/${kind}/${id}.yaml)` };
  if (kind === 'models') return { locale, path, owner: { model: id } };
  if (kind === 'branches') return { locale, path, owner: { branch: id } };
  return { locale, path };
}
