import { loadConfigOrDefaults } from '../../utils/ext/storage/settings';

/** The knowledge base in force (options or IT policy may point at another instance). */
export async function currentKbOrigin(): Promise<string> {
  return (await loadConfigOrDefaults()).addresses.knowledgeBase;
}
