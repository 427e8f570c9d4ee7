/**
 * What the background's last check of the feed found, by code (stored with its values; the options
 * page says it in the person's language). `refused` carries the verification's own code in
 * `vars.refusal`.
 */
export type FeedCheckCode =
  | 'noKey'
  | 'unreachable'
  | 'unchanged'
  | 'unavailable'
  | 'tooLarge'
  | 'refused'
  | 'alreadyApplied'
  | 'pending'
  | 'applied'
  | 'confirmed';
