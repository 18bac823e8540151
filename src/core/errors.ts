/**
 * Typed errors thrown by use-cases. They never know about HTTP: the pipeline maps a code
 * to a status and a translated message.
 */
export const ERROR_STATUS = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  csrf_failed: 403,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field name → i18n message key (e.g. { email: 'validation.email' }). */
export type FieldErrors = Record<string, { key: string; values?: Record<string, string | number> }>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  /** i18n key of a message that explains the error to the user, if more specific than the code. */
  readonly messageKey: string | undefined;

  constructor(code: ErrorCode, options: { fields?: FieldErrors; messageKey?: string; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.messageKey = options.messageKey;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
