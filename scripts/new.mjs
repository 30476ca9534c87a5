#!/usr/bin/env node
/**
 * `npm run new`: scaffolds a contribution from the templates in scripts/templates/,
 * every field explained in comments. Refuses an existing id, an unknown branch or model
 * and a malformed id, and writes nothing then.
 *
 *   npm run new -- model <id> --branch <branch> [--name <name>] [--year <yyyy>] [--author <id>]
 *       content/models/<id>.yaml + content/articles/{zh,en}/<branch>/<id>.mdx
 *   npm run new -- article --model <id> [<slug>] [--author <id>]
 *   npm run new -- article --branch <id> [<slug>] [--author <id>]
 *       content/articles/{zh,en}/<branch>/<slug>.mdx (slug: the model id, or "index" for a branch overview)
 *   npm run new -- author <id> --zh <plant name> --en <plant name>
 *       content/authors/<id>.yaml + content/authors/<id>.svg (a generated plant logo)
 *
 * `--root <dir>` writes into another tree (the tests use a temporary copy).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { plantLogo } from './plant-logo.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Same pattern as `idSchema` in src/schemas/common.ts. */
const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

class Refusal extends Error {}

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string' },
    branch: { type: 'string' },
    model: { type: 'string' },
    name: { type: 'string' },
    year: { type: 'string' },
    author: { type: 'string' },
    zh: { type: 'string' },
    en: { type: 'string' },
  },
});
const ROOT = resolve(opts.root ?? join(HERE, '..'));
const content = (...parts) => join(ROOT, 'content', ...parts);
const rel = (abs) => abs.slice(ROOT.length + 1);

/** Ids of the YAML entries in content/<dir>/. */
function ids(dir) {
  if (!existsSync(content(dir))) return [];
  return readdirSync(content(dir)).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
}

function requireId(kind, id) {
  if (!id) throw new Refusal(`Give the new ${kind}'s id, e.g. npm run new -- ${kind} my-${kind}`);
  if (!ID.test(id)) throw new Refusal(`"${id}" is not a valid id: use lower-case letters, digits and hyphens, e.g. "resnet-50".`);
}

function requireKnown(kind, dir, id) {
  const known = ids(dir);
  if (!id) throw new Refusal(`Give --${kind} <id>; known ${dir}: ${known.join(', ') || 'none'}.`);
  if (!known.includes(id)) throw new Refusal(`Unknown ${kind} "${id}": no file content/${dir}/${id}.yaml. Known ${dir}: ${known.join(', ') || 'none'}.`);
}

function refuseExisting(files) {
  const taken = files.filter((f) => existsSync(f));
  if (taken.length) throw new Refusal(`Refusing to overwrite: ${taken.map(rel).join(', ')} already exist${taken.length === 1 ? 's' : ''}. Pick another id or edit the existing file.`);
}

/** The author to sign a new article with: --author, else "ginkgo" or the first author. */
function authorFor() {
  const known = ids('authors');
  if (opts.author) {
    requireKnown('author', 'authors', opts.author);
    return opts.author;
  }
  const fallback = known.includes('ginkgo') ? 'ginkgo' : known[0];
  if (!fallback) throw new Refusal('No author yet: create yourself first with npm run new -- author <id> --zh <植物> --en <plant>.');
  return fallback;
}

/** An article already written for this model or branch, in either language. */
function existingArticleFor(field, id) {
  for (const locale of ['zh', 'en']) {
    const dir = content('articles', locale);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.mdx'))) {
      const text = readFileSync(join(dir, String(file)), 'utf8');
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      try {
        if (fm && parse(fm[1])?.[field] === id) return `content/articles/${locale}/${file}`;
      } catch {
        /* a broken frontmatter is the check's business */
      }
    }
  }
  return undefined;
}

function fill(template, vars) {
  const text = readFileSync(join(HERE, 'templates', template), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (_, key) => {
    if (!(key in vars)) throw new Error(`template ${template}: no value for {{${key}}}`);
    return vars[key];
  });
}

function write(files) {
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${rel(path)}`);
  }
}

/** Values that go into YAML as double-quoted strings (JSON strings are valid YAML). */
const q = (s) => JSON.stringify(s);

/** The two twins; `titles` gives each language its own title. */
function articleFiles(kind, branch, slug, vars, titles) {
  return ['zh', 'en'].map((locale) => [
    content('articles', locale, branch, `${slug}.mdx`),
    fill(`article-${kind}.${locale}.mdx`, { ...vars, title: q(titles[locale]) }),
  ]);
}

function newModel(id) {
  requireId('model', id);
  requireKnown('branch', 'branches', opts.branch);
  const year = opts.year ?? String(new Date().getFullYear());
  if (!/^\d{4}$/.test(year)) throw new Refusal(`--year ${year}: expected a year such as 2015.`);
  const name = opts.name ?? id;
  const author = authorFor();
  const files = [
    [content('models', `${id}.yaml`), fill('model.yaml', { id, branch: opts.branch, year, name: q(name) })],
    ...articleFiles('model', opts.branch, id, { model: id, author }, { zh: name, en: name }),
  ];
  refuseExisting(files.map(([f]) => f));
  write(files);
}

function newArticle(slugArg) {
  if (Boolean(opts.model) === Boolean(opts.branch)) throw new Refusal('Give exactly one of --model <id> or --branch <id>.');
  const author = authorFor();
  if (opts.model) {
    requireKnown('model', 'models', opts.model);
    const model = parse(readFileSync(content('models', `${opts.model}.yaml`), 'utf8'));
    if (typeof model?.branch !== 'string') throw new Refusal(`content/models/${opts.model}.yaml has no branch: fix it first (npm run check says how).`);
    const slug = slugArg ?? opts.model;
    requireId('article', slug);
    const taken = existingArticleFor('model', opts.model);
    if (taken) throw new Refusal(`${opts.model} already has an article: ${taken}. Edit it instead.`);
    const names = { zh: model?.names?.zh ?? opts.model, en: model?.names?.en ?? opts.model };
    const files = articleFiles('model', model.branch, slug, { model: opts.model, author }, names);
    refuseExisting(files.map(([f]) => f));
    return write(files);
  }
  requireKnown('branch', 'branches', opts.branch);
  const slug = slugArg ?? 'index';
  requireId('article', slug);
  const taken = existingArticleFor('branch', opts.branch);
  if (taken) throw new Refusal(`Branch ${opts.branch} already has an overview: ${taken}. Edit it instead.`);
  const branch = parse(readFileSync(content('branches', `${opts.branch}.yaml`), 'utf8'));
  const names = { zh: branch?.names?.zh ?? opts.branch, en: branch?.names?.en ?? opts.branch };
  const files = articleFiles('branch', opts.branch, slug, { branch: opts.branch, author }, names);
  refuseExisting(files.map(([f]) => f));
  write(files);
}

function newAuthor(id) {
  requireId('author', id);
  const zh = opts.zh ?? id;
  const en = opts.en ?? id;
  const files = [
    [content('authors', `${id}.yaml`), fill('author.yaml', { id, plant_zh: q(zh), plant_en: q(en) })],
    [content('authors', `${id}.svg`), plantLogo(id, en)],
  ];
  refuseExisting(files.map(([f]) => f));
  write(files);
}

const USAGE = `Usage:
  npm run new -- model <id> --branch <branch> [--name <name>] [--year <yyyy>] [--author <id>]
  npm run new -- article --model <id> [<slug>] [--author <id>]
  npm run new -- article --branch <id> [<slug>] [--author <id>]
  npm run new -- author <id> --zh <植物名> --en <plant name>`;

try {
  const [kind, arg] = positionals;
  if (kind === 'model') newModel(arg);
  else if (kind === 'article') newArticle(arg);
  else if (kind === 'author') newAuthor(arg);
  else throw new Refusal(USAGE);
  console.log('Next: fill in every line marked ✎, then run npm run check.');
} catch (e) {
  if (!(e instanceof Refusal)) throw e;
  console.error(e.message);
  process.exit(1);
}
