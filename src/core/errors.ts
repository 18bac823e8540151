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

/**
 * Why a request was refused and what would help, for the person who reads the error page: a
 * message key that explains the reason, and a page (path after the language prefix) with the
 * label of the link that leads there.
 */
export interface ErrorHelp {
  reasonKey: string;
  link?: { path: string; labelKey: string };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  /** i18n key of a message that explains the error to the user, if more specific than the code. */
  readonly messageKey: string | undefined;
  /** Why it was refused and what would help (shown on the error page, mostly for `forbidden`). */
  readonly help: ErrorHelp | undefined;

  constructor(
    code: ErrorCode,
    options: { fields?: FieldErrors; messageKey?: string; help?: ErrorHelp; cause?: unknown } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.messageKey = options.messageKey;
    this.help = options.help;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
