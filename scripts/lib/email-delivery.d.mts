export function resolveEmailDelivery(env: Record<string, string | undefined>): { mode: "smtp" | "mailbox" | "none" } | { problem: string };
