/**
 * The rules, in the order of the rule catalogue (docs/format.md §7); `unused-disable`, which
 * reports inline directives that suppress nothing, runs last.
 */
import type { Rule, RuleMeta } from '../rule';
import activityUndocumented from './activity-undocumented';
import costTableMismatch from './cost-table-mismatch';
import costTableMissing from './cost-table-missing';
import costTotalMismatch from './cost-total-mismatch';
import costYearMissing from './cost-year-missing';
import costYearOutsidePeriod from './cost-year-outside-period';
import { checkTimeout, fileNotText, fileTooLarge } from './file-limits';
import frontmatterMissing from './frontmatter-missing';
import frontmatterSchema from './frontmatter-schema';
import frontmatterSyntax from './frontmatter-syntax';
import frontmatterUnknownKey from './frontmatter-unknown-key';
import landscapeImpactIncomplete from './landscape-impact-incomplete';
import landscapeImpactMissing from './landscape-impact-missing';
import largeActivityAcict from './large-activity-acict';
import largeActivityDashboard from './large-activity-dashboard';
import ministryOutsidePeriod from './ministry-outside-period';
import periodInvalid from './period-invalid';
import periodLength from './period-length';
import placeholder from './placeholder';
import sectionDuplicate from './section-duplicate';
import sectionEmpty from './section-empty';
import sectionMissing from './section-missing';
import sectionOrder from './section-order';
import unusedDisable from './unused-disable';

export const rules: readonly Rule[] = [
  frontmatterMissing,
  frontmatterSyntax,
  frontmatterSchema,
  frontmatterUnknownKey,
  periodInvalid,
  periodLength,
  ministryOutsidePeriod,
  sectionMissing,
  sectionEmpty,
  sectionDuplicate,
  sectionOrder,
  placeholder,
  costYearMissing,
  costYearOutsidePeriod,
  costTableMissing,
  costTableMismatch,
  costTotalMismatch,
  largeActivityDashboard,
  largeActivityAcict,
  landscapeImpactMissing,
  landscapeImpactIncomplete,
  activityUndocumented,
  unusedDisable,
];

/**
 * Every rule id a finding can carry, with its metadata: the rules that check a plan, then the
 * findings about the file itself (too large, not text) and the editor's time limit. The
 * documentation, the reports and the scorecard all read this one list.
 */
export const ruleCatalogue: readonly RuleMeta[] = [...rules, fileTooLarge, fileNotText, checkTimeout];
