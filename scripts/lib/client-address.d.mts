import type { BlockList } from "node:net";

export type ProxyConfig = { trustedHeader: string; trustedProxies: BlockList | null };
export const CLIENT_PIN_HEADER: string;
export const CLIENT_PIN_ENV: string;
export function normaliseAddress(value: unknown): string | null;
export function readProxyConfig(env?: Record<string, string | undefined>): ProxyConfig;
export function parseCidrList(entries: string[]): BlockList;
export function resolveClientAddress(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  config: ProxyConfig,
): { address: string | null; fromTrustedProxy: boolean };
export function pinClientAddress(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  config: ProxyConfig,
  pin?: string,
): void;
