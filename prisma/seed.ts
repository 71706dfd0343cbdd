// Demo data for `npm start`: seeded once, recognised afterwards by the demo processor's slug.
// Run on its own with `npm run db:seed` (uses DATABASE_URL).
import { pathToFileURL } from "node:url";
import { seedDemo, demoLogins } from "./demo/seed-demo";

export async function seedDemoData(databaseUrl: string) {
  process.env.DATABASE_URL ??= databaseUrl;
  if (process.env.DATABASE_URL !== databaseUrl) {
    throw new Error("seedDemoData: DATABASE_URL points at another database than the one given");
  }
  const created = await seedDemo();
  return { created, logins: demoLogins };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (process.env.NODE_ENV === "production") {
    console.error("Refusing to seed demo data with NODE_ENV=production: the demo accounts have published passwords.");
    process.exit(1);
  }
  if (!url) {
    console.error("DATABASE_URL is not set");
    process.exit(1);
  }
  seedDemoData(url)
    .then(({ created, logins }) => {
      console.log(created ? "Demo data created." : "Demo data was already there.");
      for (const login of logins) console.log(`  ${login.email} / ${login.password} (${login.role}, ${login.organisation})`);
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
