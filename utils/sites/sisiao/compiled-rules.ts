import { safePattern } from '../../core/text/safe-regex';
import type { ContextIdField, PageKind } from '../../core/context';
import { CONTEXT_ID_FIELDS } from '../../core/context-fields';
import { type LabelDict, type LabelEntry, buildDict } from './label-dict';
import { labelWords } from './label-text';
import type { CustomRule, DetectionRules } from './rules';
import { type UrlPattern, compileUrlPattern } from './url-facts';

/**
 * Detection rules turned into what the detector uses (dictionaries, expressions), once per rules
 * object: the content script re-detects on every route change with the same rules.
 */
export interface CompiledRules {
  rules: DetectionRules;
  idRe: RegExp;
  dict: LabelDict;
  urlIds: Array<{ field: ContextIdField; pattern: UrlPattern }>;
  params: Map<string, ContextIdField>;
  attrs: Array<{ attr: string; field: ContextIdField }>;
  attrSelector: string;
  pageKinds: Array<{ kind: PageKind; patterns: UrlPattern[]; headings: string[][] }>;
  volet115: string[][];
  voletInsertion: string[][];
  listPhrases: string[][];
  custom: Array<{ rule: CustomRule; re: RegExp | null }>;
}

const cache = new WeakMap<DetectionRules, CompiledRules>();

/** Phrases as lists of canonical words, for « all words present » tests. */
export function phrases(list: readonly string[]): string[][] {
  return list.map((p) => labelWords(p)).filter((w) => w.length > 0);
}

export function compileRules(rules: DetectionRules): CompiledRules {
  const hit = cache.get(rules);
  if (hit) return hit;
  const entries: Array<[string, LabelEntry]> = [];
  for (const field of CONTEXT_ID_FIELDS) {
    for (const l of rules.ids[field].labels) entries.push([l, { key: field, kind: 'id' }]);
  }
  for (const l of rules.user.profileLabels) entries.push([l, { key: 'userProfile', kind: 'text' }]);
  for (const l of rules.volet.labels) entries.push([l, { key: 'volet', kind: 'text' }]);
  for (const l of rules.version.labels) entries.push([l, { key: 'appVersion', kind: 'version' }]);
  const attrs = CONTEXT_ID_FIELDS.flatMap((field) =>
    rules.ids[field].attributes.map((attr) => ({ attr, field })),
  );
  const compiled: CompiledRules = {
    rules,
    idRe: safeRegex(rules.idPattern) ?? /^\d{1,20}$/,
    dict: buildDict(entries),
    urlIds: CONTEXT_ID_FIELDS.flatMap((field) =>
      rules.ids[field].urlPatterns.map((p) => ({ field, pattern: compileUrlPattern(p) })),
    ),
    params: new Map(
      CONTEXT_ID_FIELDS.flatMap((field) =>
        rules.ids[field].queryParams.map((q) => [q.toLowerCase(), field] as const),
      ),
    ),
    attrs,
    attrSelector: attrs.map((a) => `[${cssAttr(a.attr)}]`).join(','),
    pageKinds: rules.pageKinds.map((k) => ({
      kind: k.kind,
      patterns: k.urlPatterns.map(compileUrlPattern),
      headings: phrases(k.headings),
    })),
    volet115: phrases(rules.volet['115']),
    voletInsertion: phrases(rules.volet.insertion),
    listPhrases: phrases(rules.listWords),
    custom: rules.custom.map((rule) => ({
      rule,
      re: rule.pattern ? safeRegex(rule.pattern) : null,
    })),
  };
  cache.set(rules, compiled);
  return compiled;
}

/** Attribute names with `:` or `.` (allowed by the schema) must be escaped in a selector. */
function cssAttr(name: string): string {
  return name.replace(/([:.])/g, '\\$1');
}

/** Only the safe subset runs, whatever the rules' source (a policy, an older stored file). */
function safeRegex(source: string): RegExp | null {
  return safePattern(source);
}
