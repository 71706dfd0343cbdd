// Slugs become the first segment of public URLs (/{slug}), so app routes are reserved.
const reserved = new Set([
  "app", "api", "account", "login", "logout", "signup", "invite", "verify", "mailbox", "admin", "settings", "sign", "s", "d", "download-link",
  "docs", "help", "public", "static", "_next", "assets", "favicon.ico", "robots.txt", "sitemap.xml", "health",
]);

export function slugify(text: string): string {
  const base = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?)$/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return base || "org";
}

export function isReservedSlug(slug: string): boolean {
  return reserved.has(slug);
}

/** Candidates in order: the slug itself, then slug-2, slug-3, ... */
export function slugCandidate(base: string, attempt: number): string {
  const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
  return isReservedSlug(slug) ? `${slug}-org` : slug;
}
