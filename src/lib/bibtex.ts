/** BibTeX generated from a model's `paper` field, so a citation is never typed twice. */
import type { Paper } from '../schemas/paper';

/** "He" + 2015 + "Deep" -> "he2015deep": the usual Google Scholar style key. */
export function bibtexKey(paper: Paper): string {
  const family = (paper.authors[0] ?? 'anon').split(/\s+/).pop() ?? 'anon';
  const firstWord = paper.title.split(/\s+/).find((w) => w.length > 3) ?? paper.title.split(/\s+/)[0] ?? '';
  return `${ascii(family)}${paper.year}${ascii(firstWord)}`.toLowerCase();
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z0-9]/g, '');
}

/** Braces keep capitals (CNN, ImageNet) as written; `&`, `%` and `_` are escaped. */
function field(value: string): string {
  return `{${value.replace(/([&%_#$])/g, '\\$1')}}`;
}

export function toBibtex(paper: Paper): string {
  const isJournal = /journal|proceedings of the ieee|transactions|jmlr/i.test(paper.venue);
  const isPreprint = /arxiv/i.test(paper.venue);
  const isReport = Boolean(paper.institution) && !paper.arxiv && !paper.doi;
  const type = isReport ? 'techreport' : isPreprint ? 'misc' : isJournal ? 'article' : 'inproceedings';
  const lines: [string, string][] = [
    ['title', `{${paper.title}}`],
    ['author', field(paper.authors.join(' and '))],
  ];
  if (isReport) lines.push(['institution', field(paper.institution!)]);
  else if (isPreprint) lines.push(['howpublished', field(paper.venue)]);
  else lines.push([isJournal ? 'journal' : 'booktitle', field(paper.venue)]);
  lines.push(['year', field(String(paper.year))]);
  if (paper.pages) lines.push(['pages', field(paper.pages.replace('–', '--'))]);
  if (paper.doi) lines.push(['doi', field(paper.doi)]);
  if (paper.arxiv) lines.push(['eprint', field(paper.arxiv)], ['archivePrefix', '{arXiv}']);
  lines.push(['url', field(paper.url)]);
  const body = lines.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
  return `@${type}{${bibtexKey(paper)},\n${body}\n}`;
}
