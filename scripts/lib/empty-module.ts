// Stands in for `server-only` under vitest: the real package throws outside React Server Components,
// and the service modules that import it are exactly what the integration tests exercise.
export {};
