/** "2026-11-21 14:12:36" — evidence is shown in UTC, whatever the viewer's time zone. */
export function utcTime(at: Date): string {
  return at.toISOString().replace("T", " ").slice(0, 19);
}
