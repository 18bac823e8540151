import type { FastifyInstance } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { FILE_TYPES, sniffFileType, type FileKind } from '../storage/file-types.js';
import { LIMITS } from '../limits.js';

/** A file as a posted form carries it: the name the sender gave it, its bytes, and whether it was cut at the limit. */
export interface PostedFile {
  fileName: string;
  bytes: Buffer;
  /** Longer than LIMITS.uploadBytes: only the first part arrived. */
  isTooLarge: boolean;
}

/** A file that passed its field's checks: its kind comes from the content, never from the name. */
export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
  kind: FileKind;
  contentType: string;
}

/**
 * Forms with files (enctype="multipart/form-data") take the same path as every other form: the fields
 * and files arrive together in `request.body` before the CSRF check, and `handleForm` validates them
 * with a schema in which each file field is an `uploadField`. An empty file input counts as no file.
 */
export async function installUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    // A file over the limit is cut, not refused with an error page, so its field can say what was wrong.
    throwFileSizeLimit: false,
    limits: {
      fileSize: LIMITS.uploadBytes,
      files: LIMITS.uploadFiles,
      fieldSize: LIMITS.uploadFieldBytes,
      fields: 500,
      parts: 600,
    },
    onFile: async (part: MultipartFile) => {
      const bytes = await part.toBuffer();
      // Busboy gives no name at all for a file input left empty.
      const fileName = part.filename ?? '';
      const posted: PostedFile | null =
        fileName === '' && bytes.length === 0
          ? null
          : { fileName: fileName.slice(0, 200), bytes, isTooLarge: part.file.truncated };
      (part as unknown as { value: PostedFile | null }).value = posted;
    },
  });
}

const isPostedFile = (value: unknown): value is PostedFile =>
  typeof value === 'object' &&
  value !== null &&
  'bytes' in value &&
  Buffer.isBuffer((value as PostedFile).bytes) &&
  typeof (value as PostedFile).fileName === 'string';

/** The file types a field takes, for the message that lists them ("PDF, PNG"). */
const typeNames = (kinds: readonly FileKind[]): string => kinds.map((kind) => kind.toUpperCase()).join(', ');

interface FieldOptions {
  kinds: readonly FileKind[];
  /** At most this large; never above LIMITS.uploadBytes, which is also the default. */
  maxBytes?: number;
}

/**
 * A file field of the given kinds and size, required unless `optional` (then an empty input is null):
 * each problem has its own message (missing, too large, not one of these kinds).
 */
function fileField(options: FieldOptions & { optional: boolean }) {
  const maxBytes = Math.min(options.maxBytes ?? LIMITS.uploadBytes, LIMITS.uploadBytes);
  const megabytes = Math.floor(maxBytes / (1024 * 1024));
  return z.unknown().transform((value, ctx): UploadedFile | null => {
    if (value == null && options.optional) return null;
    if (!isPostedFile(value)) {
      ctx.addIssue({ code: 'custom', message: value == null ? 'validation.file_missing' : 'validation.invalid_type' });
      return z.NEVER;
    }
    if (value.isTooLarge || value.bytes.length > maxBytes) {
      ctx.addIssue({ code: 'custom', message: 'validation.file_too_large', params: { max: megabytes } });
      return z.NEVER;
    }
    const kind = sniffFileType(value.bytes);
    if (!kind || !options.kinds.includes(kind)) {
      ctx.addIssue({ code: 'custom', message: 'validation.file_type', params: { types: typeNames(options.kinds) } });
      return z.NEVER;
    }
    return { fileName: value.fileName, bytes: new Uint8Array(value.bytes), kind, contentType: FILE_TYPES[kind] };
  });
}

/** A required file field (see `fileField`). */
export const uploadField = (options: FieldOptions) =>
  fileField({ ...options, optional: false }).pipe(z.custom<UploadedFile>((value) => value !== null));

/** A file field that may stay empty (null). */
export const optionalUploadField = (options: FieldOptions) =>
  fileField({ ...options, optional: true })
    .optional()
    .transform((file) => file ?? null);
