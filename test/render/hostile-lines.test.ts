/**
 * The preview and the report parse the plan's body themselves; they read it under the same
 * inline-syntax budget as the checker, so a line built to make micromark quadratic costs them
 * no more than it costs the check.
 */
import { describe, expect, it } from 'vitest';
import { INLINE_BUDGET } from '../../server/src/core/parse/defuse';
import { CLEAN } from '../helpers/plans';
import { render } from './helpers';

function withLine(line: string): string {
  return CLEAN.replace('## 1. Samenvatting\n', `## 1. Samenvatting\n\n${line}\n`);
}

describe('the renderer keeps the inline-syntax budget', () => {
  it('a line of 5,000 emphasis pairs renders at most the budget of them', () => {
    const text = withLine('*a'.repeat(5_000));
    expect(text).not.toBe(CLEAN);
    const page = render(text, { locale: 'nl' });
    const emphasised = page.$('em').length;
    expect(emphasised).toBeGreaterThan(0);
    expect(emphasised).toBeLessThanOrEqual(INLINE_BUDGET / 2);
  });

  it('a line of 2,000 links renders at most the budget of them', () => {
    const before = render(CLEAN, { locale: 'nl' }).$('a[href="https://x.nl"]').length;
    const page = render(withLine('[a](https://x.nl) '.repeat(2_000)), { locale: 'nl' });
    const links = page.$('a[href="https://x.nl"]').length - before;
    expect(links).toBeGreaterThan(0);
    expect(links).toBeLessThanOrEqual(Math.ceil(INLINE_BUDGET / 3));
  });

  it('a plan people write renders as before', () => {
    const page = render(withLine('Een *nadruk*, **sterk** en een [link](https://x.nl).'), { locale: 'nl' });
    expect(page.$('em').first().text()).toBe('nadruk');
    expect(page.$('strong').first().text()).toBe('sterk');
    expect(page.$('a[href="https://x.nl"]').first().text()).toBe('link');
  });
});
