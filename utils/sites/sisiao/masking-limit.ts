/** Why a capture is refused before the picture; the panel words it from the code. */
export type MaskRefusal =
  'pageTooLarge' | 'tooManyFields' | 'tooManyMasks' | 'tooSlow' | 'noRules' | 'modalOnTop';

/**
 * A limit of the masking was reached: the capture is refused, never taken half-masked. The French
 * message is for logs; `code` and `vars` are what the panel says.
 */
export class MaskingLimitError extends Error {
  override readonly name = 'MaskingLimitError';
  constructor(
    message: string,
    readonly code: MaskRefusal,
    readonly vars: Record<string, number> = {},
  ) {
    super(message);
  }
}
