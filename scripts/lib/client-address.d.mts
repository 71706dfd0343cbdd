export function pinClientAddress(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, trustedHeader: string): void;
