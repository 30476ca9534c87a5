/**
 * The Starlight peer: a fresh Starlight site (installed from npm into a temp folder,
 * with the project's Astro version) holding the same generated articles in the
 * `plain` dialect (the site's components written out as Markdown), zh at the root and
 * en under /en/, Markdown through the same unified pipeline (remark-gfm, remark-math,
 * rehype-katex) and Starlight's defaults otherwise (Expressive Code, Pagefind).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './workdir.ts';
import { articleBody, articleFrontmatter, generateModels } from './generated-content.ts';

function versionOf(repo: string, pkg: string): string {
  return JSON.parse(readFileSync(join(repo, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  site: 'https://peer.example.org',
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm, remarkMath], rehypePlugins: [[rehypeKatex, { strict: false }]] }),
  },
  integrations: [
    starlight({
      title: 'Peer',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
      customCss: ['katex/dist/katex.min.css'],
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

export interface PeerSite {
  dir: string;
  starlightVersion: string;
  astroVersion: string;
  installSeconds: number;
}

/** Creates and installs the peer (npm install, bounded by `timeoutMs`). */
export function makeStarlightPeer(repo: string, articles: number, timeoutMs: number): PeerSite {
  const dir = tempDir('starlight');
  const astroVersion = versionOf(repo, 'astro');
  const pkg = {
    name: 'starlight-peer',
    private: true,
    type: 'module',
    dependencies: {
      '@astrojs/starlight': process.env.BENCH_STARLIGHT_VERSION ?? 'latest',
      astro: astroVersion,
      '@astrojs/markdown-remark': versionOf(repo, '@astrojs/markdown-remark'),
      'remark-gfm': versionOf(repo, 'remark-gfm'),
      'remark-math': versionOf(repo, 'remark-math'),
      'rehype-katex': versionOf(repo, 'rehype-katex'),
      katex: versionOf(repo, 'katex'),
      sharp: 'latest',
    },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(dir, 'src/content/docs/en'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  const started = Date.now();
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const installSeconds = (Date.now() - started) / 1000;

  const { models } = generateModels(Math.ceil(articles / 2), ['resnet', 'vgg', 'alexnet', 'mobilenet-v2', 'densenet']);
  const byId = new Map(models.map((m) => [m.id, m]));
  let written = 0;
  const home = (locale: 'zh' | 'en') => `---\ntitle: ${locale === 'zh' ? '首页' : 'Home'}\n---\n\n${locale === 'zh' ? '生成的文章。' : 'Generated articles.'}\n`;
  writeFileSync(join(dir, 'src/content/docs/index.mdx'), home('zh'));
  writeFileSync(join(dir, 'src/content/docs/en/index.mdx'), home('en'));
  for (const m of models) {
    for (const locale of ['zh', 'en'] as const) {
      if (written++ >= articles) break;
      const folder = join(dir, 'src/content/docs', locale === 'en' ? 'en' : '', 'models');
      mkdirSync(folder, { recursive: true });
      // Links in the plain dialect point at /models/<id>/, where Starlight puts these pages too.
      writeFileSync(join(folder, `${m.id}.mdx`), articleFrontmatter(m, locale) + articleBody(m, locale, 'plain', byId));
    }
  }
  return { dir, astroVersion, starlightVersion: versionOf(dir, '@astrojs/starlight'), installSeconds };
}
