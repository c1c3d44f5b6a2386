/**
 * What `iplan init` writes, as data: the answers in, the files out. Nothing here touches the disk,
 * so the contents can be tested (and linted) as they are.
 */
import { planTemplate, type Framework, type Locale } from '../../core';

export const CI_CHOICES = ['gitlab', 'github', 'none'] as const;
export type CiChoice = (typeof CI_CHOICES)[number];

export interface Answers {
  /** The ministry's code; undefined leaves it open in the plan. */
  ministry?: string;
  from: number;
  to: number;
  language: Locale;
  ci: CiChoice;
}

interface ScaffoldContext {
  framework: Framework;
  /** The iplan version the CI files pin. */
  version: string;
  /** The configuration schema's path as seen from the repository, when iplan is installed there. */
  configSchema?: string;
}

/** A file to create; an existing one is left alone unless forced. */
interface NewFile {
  kind: 'file';
  path: string;
  content: string;
}

/** Lines a file must hold; missing ones are appended, the file is created when absent. */
interface Lines {
  kind: 'lines';
  path: string;
  lines: string[];
}

export type Planned = NewFile | Lines;

/** Where the project lives: the Action, the component and the extension are published from there. */
const HOME = {
  githubAction: 'iplan-rijk/iplan',
  gitlabComponent: 'gitlab.com/iplan-rijk/iplan/iplan',
  extension: 'iplan.iplan',
};

const TITLE = {
  nl: (ministry: string, period: string) => `Meerjarig departementaal IV-plan ${ministry} ${period}`,
  en: (ministry: string, period: string) => `Multi-year departmental IV plan ${ministry} ${period}`,
};

function planFileName(answers: Answers): string {
  return `${answers.ministry ? answers.ministry.toLowerCase() : 'iplan'}-${answers.from}-${answers.to}.iplan.md`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function scaffold(answers: Answers, context: ScaffoldContext): Planned[] {
  const period = `${answers.from}–${answers.to}`;
  const plan = planTemplate(context.framework, {
    language: answers.language,
    startYear: answers.from,
    endYear: answers.to,
    ministry: answers.ministry,
    title: answers.ministry ? TITLE[answers.language](answers.ministry, period) : undefined,
  });
  const planned: Planned[] = [
    { kind: 'file', path: planFileName(answers), content: plan },
    {
      kind: 'file',
      path: 'iplan.config.json',
      content: json({ ...(context.configSchema ? { $schema: context.configSchema } : {}), locale: answers.language }),
    },
    { kind: 'file', path: '.vscode/extensions.json', content: json({ recommendations: [HOME.extension] }) },
    {
      kind: 'file',
      path: '.vscode/settings.json',
      content: json({
        // iplan's safe fixes (totals, missing years and sections) when a plan is saved by hand.
        '[markdown]': { 'editor.codeActionsOnSave': { 'source.fixAll.iplan': 'explicit' } },
      }),
    },
    { kind: 'lines', path: '.gitignore', lines: ['.iplancache'] },
  ];
  const ci = ciFile(answers.ci, context.version);
  if (ci) planned.push(ci);
  return planned;
}

function ciFile(choice: CiChoice, version: string): NewFile | undefined {
  if (choice === 'github') {
    return {
      kind: 'file',
      path: '.github/workflows/iplan.yml',
      content: [
        '# Checks the I-plans on every push and pull request: annotations on the changed lines, the',
        '# findings in the job summary and as code scanning alerts.',
        'name: iplan',
        'on:',
        '  push:',
        '  pull_request:',
        'permissions:',
        '  contents: read',
        '  security-events: write',
        'jobs:',
        '  iplan:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        `      - uses: ${HOME.githubAction}@v${version}`,
        '        with:',
        '          paths: .',
        '          sarif-file: iplan.sarif',
        '      - uses: github/codeql-action/upload-sarif@v3',
        "        if: always() && hashFiles('iplan.sarif') != ''",
        '        with:',
        '          sarif_file: iplan.sarif',
        '',
      ].join('\n'),
    };
  }
  if (choice === 'gitlab') {
    return {
      kind: 'file',
      path: '.gitlab-ci.yml',
      content: [
        "# Checks the I-plans in every pipeline: findings in the merge request's code-quality widget",
        '# and test report.',
        'include:',
        `  - component: ${HOME.gitlabComponent}@${version}`,
        '    inputs:',
        '      paths: .',
        '',
      ].join('\n'),
    };
  }
  return undefined;
}
