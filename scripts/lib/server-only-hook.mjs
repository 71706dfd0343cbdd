// Scripts run by tsx (start, seed, bench) import the service layer, whose files start with
// `import "server-only"`. That package throws outside React Server Components, so for these
// trusted command-line entry points it resolves to an empty module.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
  return next(specifier, context);
}`),
);
