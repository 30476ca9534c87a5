/** /rss.xml and /en/rss.xml: the articles of each locale, newest first by git date. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteData } from '../../data/entries';
import { localePaths } from '../../lib/locale-paths';
import { localizePath, routes } from '../../lib/urls';
import { lastCommitDate } from '../../lib/git-fs';
import { t } from '../../lib/ui-strings';
import type { Locale } from '../../lib/i18n';

export function getStaticPaths() {
  return localePaths();
}

export async function GET(context: APIContext) {
  const locale = (context.props as { locale: Locale }).locale;
  const data = await siteData();
  const items = data.articles
    .filter((a) => a.id.startsWith(`${locale}/`))
    .map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: localizePath(a.data.model ? routes.model(a.data.model) : routes.branch(a.data.branch!), locale),
      pubDate: lastCommitDate(`content/articles/${a.id}.mdx`),
    }))
    .sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) || a.link.localeCompare(b.link));
  return rss({
    title: t(locale, 'siteName'),
    description: t(locale, 'siteTagline'),
    site: context.site ?? 'https://alphatree.example.org',
    items,
    customData: `<language>${locale === 'zh' ? 'zh-cn' : 'en'}</language>`,
  });
}
