/** Screenshots for the form: none are stored yet at this stage of the product. */
export async function loadAttachments(ids: string[]): Promise<{ files: File[]; problems: string[] }> {
  return { files: [], problems: ids.length ? ['Les captures ne sont pas encore disponibles.'] : [] };
}
