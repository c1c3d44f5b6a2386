/**
 * The CLI's self-contained comparison page. Apart from the article (compare.ts), which the
 * editor's compare view renders without a page, and so without the page's Node-only parts, also
 * in the browser.
 */
import type { Comparison } from '../core/review/compare';
import { renderCompare, type CompareRenderOptions } from './compare';
import { reviewPage } from './report';
import { reviewLabelsFor } from './reviewLabels';

export function renderComparePage(comparison: Comparison, options: CompareRenderOptions & { toolVersion: string }): string {
  const labels = reviewLabelsFor(options.locale);
  return reviewPage({ locale: options.locale, title: `${labels.compareTitle}: ${comparison.new.file}`, toolVersion: options.toolVersion, body: renderCompare(comparison, options) });
}
