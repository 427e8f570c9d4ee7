/**
 * Picks the option of a drop-down that stands for a nomenclature entry. The matching itself is
 * pure and lives with the nomenclature (utils/core/nomenclature/match.ts), since the side panel
 * maps the shipped nomenclature onto the one read from the form the same way.
 */
export {
  closestOptions,
  distance,
  levelCandidates,
  mapOption,
  matchOption,
  type ChainItem,
  type Choice,
  type Mapped,
  type OptionLike,
} from '../../core/nomenclature/match';
