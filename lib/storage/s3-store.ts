import "server-only";
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { BlobStore } from "./types";

export type S3StoreConfig = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Prefix of every object key, e.g. "dpa/". */
  prefix: string;
};

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata?.httpStatusCode === 404);

/**
 * S3-compatible object storage: one object per distinct content, keyed `<prefix>sha256/<hex>`.
 * Objects are written once and never overwritten (a HEAD first; the same key always holds the same bytes).
 */
export function s3Store(config: S3StoreConfig): BlobStore {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
  });
  const key = (sha256: string) => `${config.prefix}sha256/${sha256}`;
  return {
    backend: "s3",
    async put(sha256, bytes, contentType) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
        return;
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
      await client.send(
        new PutObjectCommand({ Bucket: config.bucket, Key: key(sha256), Body: bytes, ContentType: contentType, ContentLength: bytes.length }),
      );
    },
    async get(sha256) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
  };
}

/** The S3 configuration from the environment, or null when S3_BUCKET is unset. */
export function s3ConfigFromEnv(env: NodeJS.ProcessEnv = process.env): S3StoreConfig | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY?.trim() || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" || env.S3_FORCE_PATH_STYLE === "1",
    prefix: env.S3_PREFIX?.trim() ?? "",
  };
}
