// Prisma's schema engine compiled to WebAssembly, so that migrations run where the native engine
// cannot be downloaded (see docs/decisions/002-migrations-without-native-engine.md).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';

export type { SchemaEngine };

type EngineBindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let loadingBindings: Promise<EngineBindings> | undefined;

// The package's own entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which Node
// rejects, so we instantiate the .wasm ourselves and hand its exports to the JS glue. The glue keeps
// the instance in module state, so this must happen once per process.
function loadEngineBindings(): Promise<EngineBindings> {
  loadingBindings ??= (async () => {
    installPanicRegistry();
    const bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmBytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const imports = { ...bindings, ...trackedTimerImport(bindings) };
    const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': imports });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loadingBindings;
}

// The engine races its advisory lock against a 10 s setTimeout that it never clears, which keeps Node
// alive for 10 s after the work is done. Its timers are recorded so that closing the last open
// engine can clear them (only then: one WebAssembly instance serves every engine in the process).
const pendingEngineTimers = new Set<ReturnType<typeof setTimeout>>();
let openEngineCount = 0;

function trackedTimerImport(bindings: EngineBindings): Record<string, unknown> {
  const name = Object.keys(bindings).find((key) => key.startsWith('__wbg_setTimeout_'));
  if (!name) return {}; // a future engine without this import: nothing to track
  return {
    [name]: (callback: () => void, milliseconds: number) => {
      const timer = setTimeout(() => {
        pendingEngineTimers.delete(timer);
        callback();
      }, milliseconds >>> 0);
      pendingEngineTimers.add(timer);
      return timer;
    },
  };
}

function releaseEngine() {
  openEngineCount -= 1;
  if (openEngineCount > 0) return;
  for (const timer of pendingEngineTimers) clearTimeout(timer);
  pendingEngineTimers.clear();
}

// The engine reports a Rust panic by calling PRISMA_WASM_PANIC_REGISTRY.set_message before trapping;
// without this object the panic surfaces as "Cannot read properties of undefined".
let lastPanicMessage = '';

function installPanicRegistry() {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanicMessage = message;
    },
    get() {
      return lastPanicMessage;
    },
  };
}

/** Runs an engine call. A Rust panic arrives as "RuntimeError: unreachable"; rethrow it with its message. */
export async function engineCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError && lastPanicMessage) {
      throw new Error(`The schema engine panicked: ${lastPanicMessage}`, { cause: error });
    }
    throw error;
  }
}

type PgScriptRunner = { underlyingDriver(): pg.Pool; onError(error: unknown): never };

// adapter-pg's executeScript splits the script on every ';', which cuts PL/pgSQL bodies ($$ ... $$)
// apart. Sent as one simple-protocol query, PostgreSQL parses the script itself and runs it in one
// implicit transaction, which is also what the native engine does with a migration.
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const runner = adapter as unknown as PgScriptRunner;
  adapter.executeScript = async (script: string) => {
    try {
      await runner.underlyingDriver().query(script);
    } catch (error) {
      runner.onError(error); // same error mapping as the adapter's other queries
    }
  };
  return adapter;
}

// Wraps adapter-pg for the engine. There is no shadow database on purpose: adapter-pg would reuse the
// main database as "shadow" when given a connection string, and our workflow never needs one.
class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName: string;
  private readonly inner: PrismaPg;

  constructor(pool: pg.Pool) {
    this.inner = new PrismaPg(pool);
    this.adapterName = this.inner.adapterName;
  }

  async connect() {
    return runScriptsWhole(await this.inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    throw new Error('No shadow database: create migrations with `npm run db:migration -- <name>`.');
  }
}

// For diffs between schema files the engine needs no database, but at start-up it still asks the
// server for its version (to tell PostgreSQL from CockroachDB). This adapter answers that one probe
// as a plain PostgreSQL and refuses everything else, so a diff provably never touches a database.
const OFFLINE_SERVER_VERSION = { text: 'PostgreSQL 16.0 (offline schema diff)', number: 160000 };

function offlineAdapter(): SqlDriverAdapter {
  const refuse = async (): Promise<never> => {
    throw new Error('This schema engine was opened without a database (diff only).');
  };
  return {
    provider: 'postgres',
    adapterName: 'offline-diff',
    async queryRaw(query) {
      if (!query.sql.includes('version()')) return refuse();
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, OFFLINE_SERVER_VERSION.text, OFFLINE_SERVER_VERSION.number]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
}

class OfflineFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'offline-diff';

  async connect() {
    return offlineAdapter();
  }

  async connectToShadowDb() {
    return offlineAdapter();
  }
}

export type OpenedSchemaEngine = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * Starts a schema engine. With a databaseUrl it can apply migrations to that database; without one
 * it can only diff schemas. Always call close(): it ends the connection pool, which also releases
 * the engine's own advisory lock (it is taken on a pooled connection and never unlocked explicitly).
 */
export async function openSchemaEngine(
  options: { databaseUrl?: string; log?: (line: string) => void } = {},
): Promise<OpenedSchemaEngine> {
  const bindings = await loadEngineBindings();
  const pool = options.databaseUrl ? new pg.Pool({ connectionString: options.databaseUrl }) : undefined;
  const factory = pool ? new MigrationAdapterFactory(pool) : new OfflineFactory();
  const log = options.log ?? (() => {});
  openEngineCount += 1;
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: undefined },
      (line: string) => log(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return {
      engine,
      close: async () => {
        try {
          engine.free();
        } catch {
          // After a panic the engine cannot be freed; its connections must still be closed.
        }
        await pool?.end();
        releaseEngine();
      },
    };
  } catch (error) {
    await pool?.end();
    releaseEngine();
    throw error;
  }
}
