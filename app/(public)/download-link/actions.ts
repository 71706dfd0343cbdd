"use server";
import { headers } from "next/headers";
import { requestDownloadLink } from "@/lib/email/request-download-link";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { clientInfo } from "@/lib/http/client-info";

/** Always the same answer for well-formed input, whether or not a link was sent. */
export async function requestDownloadLinkAction(input: unknown): Promise<ActionResult<object>> {
  return runAction(async () => {
    await requestDownloadLink(input, clientInfo(await headers()));
    return {};
  });
}
