/** The user-facing error shape crossing every bridge. `message` is Chinese and says what and where. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The input field the message is about, as a dotted path (`phones.1`). */
  field?: string;
}

export type ErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'not_found'
  | 'conflict'
  | 'no_operator'
  | 'not_empty'
  | 'database_unavailable'
  | 'backup_failed'
  | 'unsupported'
  | 'open_failed'
  | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A domain error thrown by a service; dispatch turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
  toApiError(): ApiError {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
  }
}
