/** A limit of the masking was reached: the capture is refused, never taken half-masked. */
export class MaskingLimitError extends Error {
  override readonly name = 'MaskingLimitError';
}
