/**
 * Saves a file through an `<a download>` on a blob URL: no `downloads` permission needed. Used by
 * the indicators and options pages and, on the support form, to hand over the captures when they
 * cannot be attached.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox may still be reading the blob right after click(): revoke later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves bytes or text as a file of the given type. */
export function downloadFile(data: BlobPart, fileName: string, type: string): void {
  downloadBlob(new Blob([data], { type }), fileName);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv;charset=utf-8';
