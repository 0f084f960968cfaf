// Where an entry goes in an ordered list of ids: --after ID, --before ID or --position N.
import { t } from '../i18n/index.js';
import { UserError } from '../core/errors.js';

export interface PositionFlags {
  after?: string | undefined;
  before?: string | undefined;
  position?: string | undefined;
}

export function hasPosition(flags: PositionFlags): boolean {
  return flags.after !== undefined || flags.before !== undefined || flags.position !== undefined;
}

/**
 * The index (from 0) the entry will have in `order`, the list without the entry itself.
 * Undefined when no flag was given.
 */
export function resolvePosition(order: readonly string[], flags: PositionFlags): number | undefined {
  const given = [flags.after, flags.before, flags.position].filter((v) => v !== undefined).length;
  if (given > 1) throw new UserError(t('workspace.position.several'));
  if (flags.after !== undefined) return indexOf(order, flags.after) + 1;
  if (flags.before !== undefined) return indexOf(order, flags.before);
  if (flags.position !== undefined) {
    const n = Number(flags.position);
    if (!Number.isInteger(n) || n < 1 || n > order.length + 1) {
      throw new UserError(t('workspace.position.bad', { value: flags.position, max: order.length + 1 }));
    }
    return n - 1;
  }
  return undefined;
}

function indexOf(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  if (i < 0) throw new UserError(t('workspace.position.unknown', { id, known: order.join(', ') || '-' }));
  return i;
}
