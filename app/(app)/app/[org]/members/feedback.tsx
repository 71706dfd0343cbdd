"use client";
import { Alert } from "@/components/ui/card";

export type Feedback = { tone: "error" | "success"; text: string } | null;

export function FeedbackLine({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return <Alert tone={feedback.tone}>{feedback.text}</Alert>;
}

/** Dates in the reader's language; UTC so that server and browser render the same day. */
export function formatDay(iso: string, locale: string): string {
  return new Date(iso).toLocaleDateString(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeZone: "UTC" });
}
