export { db } from "./client";
export type { Db, Tx } from "./client";
export * from "./generated/enums";
export { Prisma } from "./generated/client";
export type {
  User, Organisation, Membership, Agreement, AgreementVersion, Article, Clause, SubProcessor, Signature,
  SignedAgreement, Controller, AuditEvent,
} from "./generated/client";
