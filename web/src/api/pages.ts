// Every list answers the envelope {items, page, limit, hasMore}. A screen that needs the whole list reads page after
// page, but only up to a cap: past it the screen says the list is cut rather than stall on a runaway read.

export interface PageEnvelope<T> {
  items?: T[];
  hasMore?: boolean;
}

export interface AllPages<T> {
  items: T[];
  /** True when the cap was reached and more pages were left unread */
  truncated: boolean;
}

/** Reads pages 0, 1, … until one says it has no more, or maxPages were read. */
export async function readPages<T>(readPage: (page: number) => Promise<PageEnvelope<T>>, maxPages: number): Promise<AllPages<T>> {
  const items: T[] = [];
  for (let page = 0; page < maxPages; page++) {
    const body = await readPage(page);
    items.push(...(body.items ?? []));
    if (!body.hasMore) {
      return { items, truncated: false };
    }
  }
  return { items, truncated: true };
}

/** Runs task over items with at most `limit` calls in flight, so a page of rows does not fire dozens at once. */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
