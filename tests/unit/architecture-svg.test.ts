import { readFileSync } from 'node:fs';
// The diagram is static, accessible and themed: role="img" with a title and a
// description, one group per layer, real text, colours only from the theme's variables;
// the text alternative lists every layer.
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { architectureColumns, architectureRows, renderArchitectureSvg } from '../../src/lib/architecture';
import { specOf } from './architecture-specs';

function render(model: string, variant: string | undefined, locale: 'zh' | 'en', title: string) {
  const spec = specOf(model, variant);
  const svg = renderArchitectureSvg(spec, { locale, title });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { spec, svg, root: doc.documentElement as unknown as Element };
}

describe('architecture SVG', () => {
  const { spec, svg, root } = render('resnet', 'resnet-50', 'en', 'ResNet-50 architecture');

  it('is an image labelled by its own title and description', () => {
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    const [titleId, descId] = root.getAttribute('aria-labelledby')!.split(' ');
    const title = root.querySelector(`[id="${titleId}"]`)!;
    const desc = root.querySelector(`[id="${descId}"]`)!;
    expect(title.tagName.toLowerCase()).toBe('title');
    expect(title.textContent).toBe('ResNet-50 architecture');
    expect(desc.tagName.toLowerCase()).toBe('desc');
    expect(desc.textContent).toContain('25,557,032 parameters');
    expect(desc.textContent).toContain('4.09 G mult-adds');
  });

  it('has one group per layer or block, in order', () => {
    const groups = [...root.querySelectorAll('g.layer')];
    expect(groups.map((g) => Number(g.getAttribute('data-index')))).toEqual(spec.layers.map((_, i) => i));
    expect(groups.map((g) => g.getAttribute('data-type'))).toEqual(spec.layers.map((l) => l.type));
  });

  it('writes its words as real text, with "×n" on repeated blocks', () => {
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('layer1 · bottleneck');
    expect(texts).toContain('×6');
    expect(texts).toContain('2048×7×7');
    expect(root.querySelectorAll('path[d*="C"], image, foreignObject').length).toBe(0);
  });

  it('takes every colour from theme classes (mapped to custom properties in svg-theme.css), and runs no script', () => {
    const classes = [...svg.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/));
    const colourClasses = classes.filter((c) => /^[fs][a-z0-9]$/.test(c));
    expect(colourClasses.length).toBeGreaterThan(10);
    expect(colourClasses.filter((c) => !/^(f[tmsa1-6]|s[m1-6])$/.test(c))).toEqual([]);
    expect(svg).not.toMatch(/style=|\s(fill|stroke)="(?!none")|<script|\son\w+=/i);
    const css = readFileSync('src/styles/svg-theme.css', 'utf8');
    for (const c of new Set(colourClasses)) expect(css, c).toMatch(new RegExp(`svg \\.${c} \\{ (fill|stroke): var\\(--color-`));
  });

  it('is 360 units wide, so it is drawn at full size on a 360 px screen', () => {
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 360 \d+$/);
  });

  it('speaks Chinese on Chinese pages and keeps ids unique per title', () => {
    const zh = render('lenet-5', undefined, 'zh', 'LeNet-5 结构图');
    expect(zh.root.querySelector('desc')!.textContent).toContain('参数 60,000 个');
    expect([...zh.root.querySelectorAll('text')].map((t) => t.textContent)).toContain('C1 · 卷积 5×5, 6');
    expect(zh.root.getAttribute('id')).not.toBe(root.getAttribute('id'));
  });
});

describe('text alternative', () => {
  it('has one row per layer with settings, output shape and parameters', () => {
    const rows = architectureRows(specOf('lenet-5'), 'en');
    expect(rows).toHaveLength(7);
    expect(rows[2]).toEqual({ index: 2, name: 'C3 (conv)', settings: '5×5, 16', output: '16×10×10', params: 1516, paramsText: '1,516' });
    expect(rows[6]).toMatchObject({ name: 'output (RBF output)', output: '10', params: 0 });
  });
  it('groups repeated blocks and labels the columns in both languages', () => {
    const rows = architectureRows(specOf('resnet', 'resnet-50'), 'zh');
    expect(rows[2]).toMatchObject({ name: 'layer1（瓶颈残差块） ×3', settings: '1×1, 64 · 3×3, 64 · 1×1, 256', output: '256×56×56' });
    expect(architectureColumns('zh').params).toBe('参数量');
    expect(architectureColumns('en').output).toBe('Output (C×H×W)');
  });
});
