import { z } from "zod";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { refinePrintable } from "@/lib/validation/printable";

// Limits keep one draft well under a megabyte while leaving room for long agreements.
const run = z
  .object({ text: z.string().max(5000, "validation.tooLong").superRefine(refinePrintable), bold: z.boolean().optional(), italic: z.boolean().optional() })
  .transform(({ text, bold, italic }) => ({ text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) }));
const runs = z.array(run).max(200);

const block = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), runs }),
  z.object({ type: z.literal("list"), ordered: z.boolean(), items: z.array(runs).min(1).max(100) }),
]);

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").superRefine(refinePrintable);

// Saving a draft only checks shape and size, so that half-written work is never refused;
// what makes a draft publishable is checked by publishProblems (lib/agreements/publish-problems.ts).
const clauseContent = z.array(block).max(50);
const subClause = z.object({ id: z.string().optional(), content: clauseContent, children: z.array(z.never()).max(0).default([]) });
const clause = z.object({ id: z.string().optional(), content: clauseContent, children: z.array(subClause).max(30).default([]) });
const article = z.object({ id: z.string().optional(), title: text(200), clauses: z.array(clause).max(40) });

const dataItem = z.object({ name: text(200), retention: text(200), isSpecialCategory: z.boolean() });
const dataCategory = z.object({ name: text(200), items: z.array(dataItem).max(60) });

export const transferBases = [
  "NONE_NEEDED", "ADEQUACY_DECISION", "EU_US_DPF", "STANDARD_CONTRACTUAL_CLAUSES", "BINDING_CORPORATE_RULES", "DEROGATION",
] as const;

const subProcessor = z.object({
  name: text(200),
  serviceArea: text(120),
  purposes: text(1000),
  dataConcerned: text(1000),
  country: z.string().trim().toUpperCase().max(2, "validation.country"),
  transferBasis: z.enum(transferBases),
});

/** What the editor saves: the draft's content. The processor's details are not editable here. */
export const draftContent = z.object({
  title: requiredText(200),
  preamble: optionalText(5000),
  mainAgreement: optionalText(120),
  effectiveDate: z.union([z.iso.date("validation.date"), z.literal(""), z.null()]).transform((v) => v || null),
  noticePeriodDays: z.coerce.number().int("validation.number").min(0, "validation.number").max(730, "validation.number"),
  signatory: z.object({ name: optionalText(120), function: optionalText(120), place: optionalText(80) }),
  articles: z.array(article).max(60),
  dataCategories: z.array(dataCategory).max(40),
  subProcessors: z.array(subProcessor).max(100),
});

export type DraftContent = z.infer<typeof draftContent>;

export const saveDraftInput = z.object({
  agreementId: z.string().min(1).max(40),
  revision: z.number().int().min(0),
  content: draftContent,
});

export const createAgreementInput = z.object({
  title: requiredText(200),
  language: z.enum(["nl", "en"], { error: "validation.required" }),
  startFrom: z.enum(["template", "blank"]).default("template"),
});

export const publishInput = z.object({
  agreementId: z.string().min(1).max(40),
  changeSummary: optionalText(2000).optional().default(""),
});
