/**
 * Whether the list is already in order under `compare` (each element ≤ the next). Generation sorts
 * lists that almost always arrive sorted (days by date, a day's roles, the rows it returns): the
 * check costs one comparison per element, a sort many more and a copy.
 */
export function isSorted<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}
