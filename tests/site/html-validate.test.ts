// Every built page is valid HTML (html-validate, recommended rules, zero errors).
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlPages } from '../support/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Inline SVG from Graphviz and Plot: attribute order and self-closing style are theirs.
    'void-style': 'off',
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Long Chinese text and KaTeX produce legitimately long, unbroken lines.
    'long-title': 'off',
    // HTML allows an id to begin with a digit (only whitespace is barred), and a heading
    // such as "2014: deep networks arrive" gets one from its text; the site never uses ids
    // in CSS selectors, where a leading digit would need escaping.
    'valid-id': ['error', { relaxed: true }],
  },
});

describe('html-validate', () => {
  it('finds no errors on any page', async () => {
    const errors: string[] = [];
    for (const page of htmlPages()) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors.slice(0, 40)).toEqual([]);
  });
});
