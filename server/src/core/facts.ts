/** Facts worked out once per plan and shared by the rules that must not report a defect twice. */
import type { Framework } from './framework';
import { withoutHtmlComments } from './htmlComments';
import type { Plan, Section } from './plan';
import type { Facts } from './rule';

/** Per plan, per framework (a section is empty by the framework's placeholder words). */
const derived = new WeakMap<Plan, WeakMap<Framework, Facts>>();

/** Worked out once per plan and framework, and shared by the checks and the renderer. */
export function deriveFacts(plan: Plan, framework: Framework): Facts {
  let byFramework = derived.get(plan);
  if (!byFramework) {
    byFramework = new WeakMap();
    derived.set(plan, byFramework);
  }
  let facts = byFramework.get(framework);
  if (!facts) {
    const emptySections = new Set<number>();
    plan.sections.forEach((section, index) => {
      if (sectionContent(section, framework) !== 'content') emptySections.add(index);
    });
    const placeholder = new RegExp(framework.placeholderPattern.source, framework.placeholderPattern.flags.replace('g', ''));
    const openValueLines = new Set((plan.frontMatter?.comments ?? []).filter((comment) => placeholder.test(comment.text)).map((comment) => comment.range.start.line));
    facts = { emptySections, openValueLines };
    byFramework.set(framework, facts);
  }
  return facts;
}

/**
 * What a section holds: real content, nothing (headings and HTML comments do not count), or
 * only placeholder words.
 */
export function sectionContent(section: Section, framework: Framework): 'content' | 'empty' | 'placeholder' {
  let sawPlaceholder = false;
  for (const block of section.blocks) {
    if (block.kind === 'heading') continue;
    const text = block.kind === 'html' ? withoutHtmlComments(block.text) : block.text;
    // replace() with a global pattern always starts at 0, so the shared pattern is safe here.
    const rest = text.replace(framework.placeholderPattern, () => {
      sawPlaceholder = true;
      return ' ';
    });
    if (/[\p{L}\p{N}]/u.test(rest)) return 'content';
  }
  return sawPlaceholder ? 'placeholder' : 'empty';
}

/** The language the plan's headings are written in, so inserted text matches it. */
export function planLanguage(plan: Plan, framework: Framework): 'nl' | 'en' {
  let english = 0;
  let dutch = 0;
  for (const section of plan.sections) {
    const definition = section.frameworkId ? framework.sectionById.get(section.frameworkId) : undefined;
    if (!definition) continue;
    const title = section.heading.text.toLowerCase();
    if (title.includes(definition.title.en.toLowerCase())) english++;
    else dutch++;
  }
  return english > dutch ? 'en' : 'nl';
}
