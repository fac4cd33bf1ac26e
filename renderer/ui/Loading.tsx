/** A quiet "loading" line for live queries that have not answered yet. */
export function Loading({ label }: { label: string }) {
  return <p className="loading" role="status">{label}</p>;
}
