import Link from "next/link";

/** Previous/next links that keep the other query parameters. */
export function Pagination({ page, hasMore, basePath, params = {} }: { page: number; hasMore: boolean; basePath: string; params?: Record<string, string | undefined> }) {
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${q}`;
  };
  if (page <= 1 && !hasMore) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 && <Link href={href(page - 1)} className="min-h-11 inline-flex items-center font-medium text-teal-800 underline">Previous page</Link>}
      <span>Page {page}</span>
      {hasMore && <Link href={href(page + 1)} className="min-h-11 inline-flex items-center font-medium text-teal-800 underline">Next page</Link>}
    </nav>
  );
}
