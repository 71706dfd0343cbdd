// Two database roles (docs/decisions/011-database-roles.md): the OWNER of the tables runs the
// migrations and installs pg-boss's schema; the app runs as a RUNTIME role with DML grants only
// (SELECT, INSERT, UPDATE, DELETE; sequences), so that it can neither ALTER, DROP nor TRUNCATE a
// table, nor disable the triggers that keep the evidence unchanged.
import pg from 'pg';

/** The runtime role that `npm start` (embedded PostgreSQL) and `npm test` create. */
export const RUNTIME_ROLE = 'dpa_app';
export const JOB_SCHEMA = 'pgboss';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'dpa-roles' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The same server and database as `url`, signed in as another role. */
export function urlWithRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Creates the runtime login role, or sets its password; `adminUrl` must be a role with CREATEROLE
 * (the embedded cluster's superuser). The role gets no attribute beyond LOGIN.
 */
export async function ensureRuntimeRole(adminUrl: string, role: string, password: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const name = client.escapeIdentifier(role);
    const secret = client.escapeLiteral(password);
    const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (rowCount) {
      await client.query(`ALTER ROLE ${name} WITH ${attributes} PASSWORD ${secret}`);
      return;
    }
    try {
      await client.query(`CREATE ROLE ${name} WITH ${attributes} PASSWORD ${secret}`);
    } catch (error) {
      // Created by a process that started at the same time (duplicate_object, or the catalog's unique index).
      const code = (error as { code?: string }).code;
      if (code !== '42710' && code !== '23505') throw error;
      await client.query(`ALTER ROLE ${name} WITH ${attributes} PASSWORD ${secret}`);
    }
  });
}

/**
 * Grants the runtime role what the app needs, on the database of `ownerUrl`, run as the owner of
 * the tables after every migration (so tables added since are covered): DML on the tables of
 * `public` and of pg-boss's schema, USAGE and SELECT on sequences, and read-only access to
 * Prisma's migration history. No TRUNCATE, REFERENCES or TRIGGER; no CREATE on any schema.
 */
export async function grantRuntimeRole(ownerUrl: string, role: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const name = client.escapeIdentifier(role);
    const { rows } = await client.query<{ datname: string }>('SELECT current_database() AS datname');
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${client.escapeIdentifier(rows[0]!.datname)} TO ${name}`);
    for (const schema of ['public', JOB_SCHEMA]) {
      const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (!exists.rowCount) continue;
      const s = client.escapeIdentifier(schema);
      await client.query(`REVOKE CREATE ON SCHEMA ${s} FROM ${name}`);
      await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${name}`);
      await client.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${s} FROM ${name}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${name}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${name}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${name}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT ON SEQUENCES TO ${name}`);
    }
    const history = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    if (history.rows[0]?.t) await client.query(`REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${name}`);
  });
}

/**
 * What is wrong with running the app as the role of `url`: empty when it is a runtime role as
 * intended (no superuser, owns no table of ours, cannot create in our schemas).
 */
export async function runtimeRoleProblems(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const problems: string[] = [];
    const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean; owned: string; creates: boolean }>(`
      SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole,
        (SELECT count(*) FROM pg_tables t WHERE t.schemaname IN ('public', '${JOB_SCHEMA}')
           AND pg_has_role(current_user, t.tableowner, 'USAGE'))::text AS owned,
        has_schema_privilege(current_user, 'public', 'CREATE') AS creates
      FROM pg_roles r WHERE r.rolname = current_user`);
    const me = rows[0];
    if (!me) return ['the role cannot be found'];
    if (me.rolsuper) problems.push('it is a superuser');
    if (me.rolbypassrls) problems.push('it bypasses row security');
    if (me.rolcreaterole) problems.push('it can create roles');
    if (Number(me.owned) > 0) problems.push(`it owns (or is a member of the owner of) ${me.owned} table(s), so it can ALTER, DROP, TRUNCATE them and disable their triggers`);
    if (me.creates) problems.push('it can create objects in schema public');
    return problems;
  });
}

/** The loud warning printed when the app would run as a role that can rewrite the evidence. */
export function formatRoleWarning(role: string, problems: string[]): string {
  const lines = [
    `WARNING: the app connects to PostgreSQL as "${role}", and ${problems.join('; ')}.`,
    'The database triggers that keep signed agreements, signatures and the audit trail unchanged do not bind such a role.',
    'Give the owner of the tables in DATABASE_MIGRATION_URL and a role with DML grants only in DATABASE_URL',
    '(see docs/decisions/011-database-roles.md). Continuing.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const border = '!'.repeat(width + 4);
  return [border, ...lines.map((line) => `! ${line.padEnd(width)} !`), border].join('\n');
}

/**
 * For tests that make a database of their own: `url` (the owner's) as the runtime role that
 * `npm test` created (TEST_DATABASE_RUNTIME_URL holds its credentials); `url` itself without one.
 */
export function asTestRuntimeRole(url: string): string {
  const runtime = process.env.TEST_DATABASE_RUNTIME_URL;
  if (!runtime) return url;
  const credentials = new URL(runtime);
  return urlWithRole(url, decodeURIComponent(credentials.username), decodeURIComponent(credentials.password));
}

/** For tests: the database of DATABASE_URL as its owner (TEST_DATABASE_ADMIN_URL's role), e.g. to add a test trigger. */
export function testOwnerUrl(): string {
  const admin = process.env.TEST_DATABASE_ADMIN_URL;
  const current = process.env.DATABASE_URL;
  if (!admin || !current) throw new Error("TEST_DATABASE_ADMIN_URL and DATABASE_URL must be set");
  const url = new URL(admin);
  url.pathname = new URL(current).pathname;
  return url.toString();
}
