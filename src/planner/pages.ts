import { BadArgumentError } from '../model/errors';

/** The most items one page of a top-level list returns. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** The size a client asked for, checked against the list's bounds; the message names the limit. */
export function pageSize(
  asked: number | null | undefined,
  defaultSize = DEFAULT_PAGE_SIZE,
  max = MAX_PAGE_SIZE,
  argument = 'first',
): number {
  const size = asked ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new BadArgumentError(`${argument} must be between 1 and ${max}; got ${size}.`, argument);
  }
  return size;
}
