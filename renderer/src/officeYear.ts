/**
 * The office's calendar year of an instant. Asia/Shanghai has been UTC+8 without summer time since 1991,
 * so plain arithmetic will do — no date library, and no Intl time-zone formatter (its first use loads the
 * zone data: 50 ms and more, on the way to the first screen: boot.ts, the lists page).
 */
export function officeYear(instant: number): number {
  return new Date(instant + 8 * 3_600_000).getUTCFullYear();
}
