// Every message catalogue, one per area. The build turns them into one table per language
// (compile.ts), which is what pedoman reads at run time; tests use them directly.
import type { Catalog } from './index.js';
import { core } from './catalog/core.js';
import { rules } from './catalog/rules.js';
import { format } from './catalog/format.js';
import { render } from './catalog/render.js';
import { comments } from './catalog/comments.js';
import { analyze } from './catalog/analyze.js';
import { workspace } from './catalog/workspace.js';
import { tracking } from './catalog/tracking.js';
import { review } from './catalog/review.js';
import { importing } from './catalog/import.js';
import { sheet } from './catalog/sheet.js';

export const CATALOGS: readonly Catalog[] = [core, rules, format, render, comments, review, sheet, analyze, workspace, tracking, importing];
