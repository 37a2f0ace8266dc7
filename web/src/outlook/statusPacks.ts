// Executive status packs (PDF): the gateway renders one for an account or an engagement as of a date; relationship-
// service keeps the ones made on the customer's cadence or asked to be kept. These functions describe a kept pack.

export interface KeptPack {
  id?: string;
  customerId?: string;
  engagementId?: string | null;
  asOf?: string;
  trigger?: string;
  cadenceKind?: string | null;
  cadenceDue?: string | null;
  generatedAt?: string;
  generatedBy?: string;
  sizeBytes?: number;
}

const CADENCE_WORDS: Record<string, string> = {
  qbr: "quarterly business review",
  "executive-briefing": "executive briefing",
  "steering-committee": "steering committee",
};

/** Why a pack exists: made for a cadence meeting (which, when due) or kept on someone's request. */
export function describeOrigin(pack: KeptPack): string {
  if (pack.trigger === "cadence") {
    const what = CADENCE_WORDS[pack.cadenceKind ?? ""] ?? "cadence meeting";
    return pack.cadenceDue ? `For the ${what} due ${pack.cadenceDue}` : `For the ${what}`;
  }
  return pack.generatedBy ? `Kept by ${pack.generatedBy}` : "Kept on request";
}

/** A size a reader can compare: bytes, KB or MB with one decimal. */
export function describeSize(bytes: number | undefined): string {
  if (bytes == null) return "—";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file name a downloaded pack is saved under: the scope and the as-of date, nothing from free text. */
export function packFileName(scope: "account" | "engagement", id: string, asOf: string): string {
  return `status-pack-${scope}-${id.slice(0, 8)}-${asOf}.pdf`;
}

/** Hands a fetched PDF to the browser as a download (the API needs the bearer token, so a plain link cannot). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the click has started the download; the URL is no longer needed once it has been read
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
