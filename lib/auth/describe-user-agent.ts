/** "Chrome on Linux" from a user agent string; null when nothing is recognised. No regex backtracking: plain lookups. */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const ua = userAgent.slice(0, 512);
  const browsers: [string, string][] = [["Edg/", "Edge"], ["OPR/", "Opera"], ["Firefox/", "Firefox"], ["Chrome/", "Chrome"], ["Chromium/", "Chromium"], ["Safari/", "Safari"]];
  const systems: [string, string][] = [["Android", "Android"], ["iPhone", "iOS"], ["iPad", "iPadOS"], ["Windows", "Windows"], ["Mac OS X", "macOS"], ["CrOS", "ChromeOS"], ["Linux", "Linux"]];
  const browser = browsers.find(([marker]) => ua.includes(marker))?.[1];
  const system = systems.find(([marker]) => ua.includes(marker))?.[1];
  if (browser && system) return `${browser} · ${system}`;
  return browser ?? system ?? ua.slice(0, 60);
}
