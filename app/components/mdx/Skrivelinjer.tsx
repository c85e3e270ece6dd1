/** Blank lines to write on when a job aid is printed (content/aids). Decorative for screen readers. */
export function Skrivelinjer({ antall }: { antall: string }) {
  const count = Math.min(Math.max(Number.parseInt(antall, 10) || 1, 1), 12);
  return (
    <span className="write-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="write-lines__line" />
      ))}
    </span>
  );
}
