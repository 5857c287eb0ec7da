/**
 * In an array whose items satisfy `before` up to some index and not from it on (e.g. sorted by
 * offset, `before = item => item.start < offset`), that index, found by binary search.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(items[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
