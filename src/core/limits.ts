/**
 * Input limits in one place, shared by schemas, HTML form attributes and the API description,
 * so the browser, the server and the OpenAPI document agree.
 */
export const LIMITS = {
  email: 254,
  displayName: 120,
  organisationName: 160,
  passwordMin: 10,
  passwordMax: 200,
  url: 500,
  shortText: 200,
  longText: 5000,
  /** Whole request bodies above this are refused with 413 before parsing. */
  bodyBytes: 256 * 1024,
  /** One uploaded file (evidence, an image, a statistics table) at most; a larger one is refused with a message. */
  uploadBytes: 10 * 1024 * 1024,
  /** Files in one form. */
  uploadFiles: 5,
  /** One text field of a form with files. */
  uploadFieldBytes: 100 * 1024,
} as const;
