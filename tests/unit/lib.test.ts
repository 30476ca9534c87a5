// The small pure helpers every page relies on: URLs, BibTeX, metric selection, counts.
import { describe, expect, it } from 'vitest';
import { localizePath } from '../../src/lib/urls';
import { bibtexKey, toBibtex } from '../../src/lib/bibtex';
import { codeNameBreaks, formatCompact, formatMetricValue, sourceLinkText } from '../../src/lib/format';
import { withWrittenDigits } from '../../src/lib/written-digits';
import { parseDocument } from 'yaml';
import { paramsOf, selectMetric, variantsOf } from '../../src/lib/models';
import { INLINE_SCRIPT } from '../../src/lib/inline-script';
import { CONTENT_SECURITY_POLICY, scriptHash } from '../../src/lib/csp';
import { loadModels } from '../support/content';
import { availableParallelism } from 'node:os';
import { renderThreads } from '../../src/integrations/threaded-prerenderer';
import { addKatexTokens } from '../../src/lib/katex-tokens';
import { katexFacesToPreload } from '../../src/lib/katex-faces';
import { groupDatasetsByBranch } from '../../src/lib/dataset-groups';
import { trimExcerptStart } from '../../src/lib/search-excerpt';
import { separateBoxes } from '../../src/lib/search-index-text';

const models = loadModels();
const model = (id: string) => models.find((m) => m.id === id)!;

describe('urls', () => {
  it('puts Chinese at the root and English under /en/, with the base path', () => {
    expect(localizePath('/models/resnet/', 'zh', '/')).toBe('/models/resnet/');
    expect(localizePath('/models/resnet/', 'en', '/')).toBe('/en/models/resnet/');
    expect(localizePath('/', 'en', '/alphatree/')).toBe('/alphatree/en/');
  });
});

describe('bibtex', () => {
  it('is generated from the paper record, with a Scholar-style key', () => {
    const paper = model('resnet').data.paper;
    const bib = toBibtex(paper);
    expect(bibtexKey(paper)).toBe('he2016deep');
    expect(bib).toMatch(/^@inproceedings\{he2016deep,/);
    expect(bib).toContain('title = {Deep Residual Learning for Image Recognition}');
    expect(bib).toContain(`eprint = {${paper.arxiv}}`);
    expect(toBibtex(model('lenet-5').data.paper)).toMatch(/^@article\{lecun1998gradientbased,[\s\S]*journal = \{Proceedings of the IEEE\}/);
  });
  it('makes a report with neither arXiv id nor DOI a @techreport of its institution', () => {
    const bib = toBibtex(model('gpt').data.paper);
    expect(bib).toMatch(/^@techreport\{radford2018improving,/);
    expect(bib).toContain('institution = {OpenAI}');
    expect(bib).not.toMatch(/eprint|doi =/);
  });
  it('gives a proceedings paper’s pages, with the BibTeX range dash', () => {
    expect(toBibtex(model('deep-textspotter').data.paper)).toContain('pages = {2204--2212}');
  });
});

describe('models', () => {
  it('picks exactly one metric, or says which entry and how many matched', () => {
    expect(selectMetric(model('lenet-5'), { id: 'distorted' }).value).toBe(0.8);
    expect(() => selectMetric(model('lenet-5'), { metric: 'error-rate' })).toThrow(/lenet-5\.yaml.*matches 2 metrics/);
    expect(() => selectMetric(model('lenet-5'), { metric: 'top1-error' })).toThrow(/matches 0 metrics/);
  });
  it('computes parameter counts from the layer spec when there is one', () => {
    expect(paramsOf(model('resnet'), 'resnet-50')).toEqual({ value: 25_557_032, computed: true, published: 25_557_032 });
    expect(paramsOf(model('lenet-5'))?.value).toBe(60_000);
    expect(variantsOf(model('xception')).map((v) => v.id)).toEqual(['xception']);
  });
  it('formats values with their units', () => {
    expect(formatMetricValue({ value: 3.57, metric: 'top5-error' })).toBe('3.57\u00a0%');
    expect(formatMetricValue({ value: 569, metric: 'mult-adds' })).toBe('569\u00a0M');
    expect(formatCompact(25_557_032)).toBe('25.6M');
    expect(formatCompact(175_000_000_000)).toBe('175B');
    expect(formatCompact(1_542_000_000)).toBe('1.54B');
  });
  it('keeps the digits a value was written with', () => {
    const text = 'metrics:\n  - value: 27.50\n  - value: 16.0\n  - value: 30.48\n  - value: 100\n';
    const read = [27.5, 16, 30.48, 100].map((value) => ({ value, metric: 'psnr' as const }));
    const kept = withWrittenDigits(read, text);
    expect(kept.map((m) => m.fractionDigits)).toEqual([2, 1, undefined, undefined]);
    // A document the caller has parsed already gives the same.
    expect(withWrittenDigits(read, parseDocument(text)).map((m) => m.fractionDigits)).toEqual([2, 1, undefined, undefined]);
    expect(kept.map(formatMetricValue)).toEqual(['27.50\u00a0dB', '16.0\u00a0dB', '30.48\u00a0dB', '100\u00a0dB']);
    // A file without metrics changes nothing.
    expect(withWrittenDigits(read, 'name: x\n')).toEqual(read);
  });
  it('names a source by its kind, or by where it is', () => {
    expect(sourceLinkText({ kind: 'paper', url: 'https://arxiv.org/abs/1512.03385' }, 'zh')).toBe('论文');
    expect(sourceLinkText({ kind: 'other', url: 'https://github.com/xinntao/ESRGAN/blob/master/README.md' }, 'en')).toBe('github.com/xinntao/ESRGAN');
    expect(sourceLinkText({ kind: 'other', url: 'https://www.example.org/' }, 'zh')).toBe('example.org');
  });
});

describe('content security policy', () => {
  it('allows the inline script by the hash of its exact bytes, and nothing inline else', () => {
    expect(Buffer.byteLength(INLINE_SCRIPT)).toBeLessThan(1024);
    expect(CONTENT_SECURITY_POLICY).toContain(scriptHash(INLINE_SCRIPT));
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self';/);
  });
});

describe('renderThreads', () => {
  it('is one per core unless ALPHATREE_RENDER_THREADS says otherwise, and refuses nonsense', () => {
    expect(renderThreads({})).toBe(availableParallelism());
    expect(renderThreads({ ALPHATREE_RENDER_THREADS: '1' })).toBe(1);
    expect(renderThreads({ ALPHATREE_RENDER_THREADS: '3' })).toBe(3);
    expect(() => renderThreads({ ALPHATREE_RENDER_THREADS: '0' })).toThrow(/ALPHATREE_RENDER_THREADS: expected a whole number ≥ 1, got "0"/);
    expect(() => renderThreads({ ALPHATREE_RENDER_THREADS: 'many' })).toThrow(/got "many"/);
  });
});

describe('addKatexTokens', () => {
  it('collects the class and tag names of a page that shows math, and nothing of one that does not', () => {
    const tokens = new Set<string>();
    expect(addKatexTokens('<p class="lead">no math</p>', tokens)).toBe(false);
    expect(tokens.size).toBe(0);
    expect(addKatexTokens('<p><span class="katex"><span class="mord  mathnormal">x</span><svg><path/></svg></span></p>', tokens)).toBe(true);
    expect([...tokens].sort()).toEqual(['katex', 'mathnormal', 'mord', 'p', 'path', 'span', 'svg']);
  });
});

describe('katexFacesToPreload', () => {
  it('preloads KaTeX_Main for any formula, and the math italic only where a variable is set in it', () => {
    expect(katexFacesToPreload('<span class="katex"><span class="mord">2</span></span>')).toEqual(['Main-Regular']);
    expect(katexFacesToPreload('_jsx("span", { className: "katex", children: _jsx("span", { className: "mord mathnormal", children: "x" }) })')).toEqual(['Main-Regular', 'Math-Italic']);
    expect(katexFacesToPreload('<span class="katex"><span class="mathnormalize">')).toEqual(['Main-Regular']);
    // HTML in a string of compiled MDX, as `set:html` carries it.
    expect(katexFacesToPreload(String.raw`_jsx(Fragment, { "set:html": "<span class=\"katex\"><span class=\"mop op-symbol small-op\">∑</span></span>" })`)).toEqual(['Main-Regular', 'Size1-Regular']);
  });

  it('preloads the face of a large operator or delimiter only when the classes that pick it are on one element', () => {
    const formula = (inner: string) => `<span class="katex">${inner}</span>`;
    expect(katexFacesToPreload(formula('<span class="mop op-symbol small-op">∑</span>'))).toEqual(['Main-Regular', 'Size1-Regular']);
    expect(katexFacesToPreload(formula('<span class="mop op-symbol large-op">∑</span>'))).toEqual(['Main-Regular', 'Size2-Regular']);
    expect(katexFacesToPreload(formula('<span class="mopen delimsizing size3">(</span>'))).toEqual(['Main-Regular', 'Size3-Regular']);
    // KaTeX's font-size classes alone pick no face.
    expect(katexFacesToPreload(formula('<span class="sizing reset-size6 size3"><span class="mord">2</span></span>'))).toEqual(['Main-Regular']);
    expect(katexFacesToPreload(formula('<span class="delimsizing"><span class="size4">x</span></span>'))).toEqual(['Main-Regular']);
  });

  it('preloads the alphabet faces by their classes, in a fixed order', () => {
    const html = '<span class="katex"><span class="mord mathcal">L</span><span class="mord mathbb">R</span><span class="mord mathnormal">x</span></span>';
    expect(katexFacesToPreload(html)).toEqual(['Main-Regular', 'Math-Italic', 'AMS-Regular', 'Caligraphic-Regular']);
  });
});

describe('data sets by branch', () => {
  const branches = ['classic-cnn', 'lightweight', 'detection', 'segmentation', 'face-recognition', 'ocr', 'pose', 'nlp'];
  const groups = groupDatasetsByBranch(['coco', 'imagenet', 'voc-2012-seg', 'unused'], models, branches);
  const use = (id: string) => groups.flatMap((g) => g.datasets).find((d) => d.id === id)!;

  it('puts each data set under the branch with most results on it and names the others', () => {
    expect(groups.find((g) => g.datasets.some((d) => d.id === 'imagenet'))!.branch).toBe('classic-cnn');
    expect(use('imagenet').branches).toEqual(expect.arrayContaining(['classic-cnn', 'lightweight', 'nlp']));
    expect(use('coco').branches[0]).toBe('detection');
    expect(use('coco').branches).toContain('segmentation');
  });
  it('counts every result and keeps the branch order, unused data sets last', () => {
    const onCoco = models.flatMap((m) => m.data.metrics).filter((m) => m.dataset === 'coco').length;
    expect(use('coco').results).toBe(onCoco);
    expect(groups.map((g) => g.branch)).toEqual(['classic-cnn', 'detection', 'segmentation', undefined]);
    expect(use('unused')).toEqual({ id: 'unused', results: 0, branches: [] });
  });
});

describe('trimExcerptStart', () => {
  it('drops the separators a search excerpt’s window began on, in either language', () => {
    expect(trimExcerptStart('：<mark>宽残差</mark>网络')).toBe('<mark>宽残差</mark>网络');
    expect(trimExcerptStart('. ResNet: deep residual')).toBe('ResNet: deep residual');
    expect(trimExcerptStart('，ESRGAN 的生成器')).toBe('ESRGAN 的生成器');
  });
  it('keeps what begins the text: brackets, quotes, escaped characters and the words themselves', () => {
    for (const kept of ['（WRN）宽残差', '“双重”单阶段', '(ResNet-50)', '&lt;mask&gt; token', '<mark>ResNet</mark>', '宽残差网络'])
      expect(trimExcerptStart(kept)).toBe(kept);
  });
});

describe('separateBoxes', () => {
  it('puts a space after each cell, term, item and heading, so an index does not run their words together', () => {
    expect(separateBoxes('<tr><th>Model</th><th>Year</th></tr>')).toBe('<tr><th>Model</th> <th>Year</th> </tr>');
    expect(separateBoxes('<dl><dt>Team</dt><dd>MSRA</dd></dl>')).toBe('<dl><dt>Team</dt> <dd>MSRA</dd> </dl>');
  });
  it('leaves inline elements inside a word alone', () => {
    for (const kept of ['<p>Res<strong>Net</strong>s', '<a href="/x/">ResNet</a>-50', '<span class="token">def</span>'])
      expect(separateBoxes(kept)).toBe(kept);
  });
});

describe('codeNameBreaks', () => {
  it('cuts a name from code after _ . / before a letter, and never a number or a word', () => {
    expect(codeNameBreaks('AlexNet_Weights.IMAGENET1K_V1')).toEqual(['AlexNet_', 'Weights.', 'IMAGENET1K_', 'V1']);
    expect(codeNameBreaks('configs/partial_conv/README.md')).toEqual(['configs/', 'partial_', 'conv/', 'README.', 'md']);
    expect(codeNameBreaks('flat cost 0.28191')).toEqual(['flat cost 0.28191']);
    expect(codeNameBreaks('classification')).toEqual(['classification']);
  });
});
