/**
 * ORDER BY on text is decided by the database's collation: SQLite compares
 * bytes, PostgreSQL follows the database's locale (under en_US "a-b" sorts
 * after "a_c", under C before it). Orders users see are therefore made in
 * code, with this comparator (UTF-16 code units, like Array#sort), so both
 * providers list things the same way.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
