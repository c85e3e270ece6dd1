/**
 * A table that scrolls sideways on its own on narrow screens (never the page), focusable so
 * keyboard users can scroll it, and named by a heading or a label for screen readers.
 */
export function ScrollTable({
  labelledBy,
  label,
  headers,
  className,
  children,
}: {
  labelledBy?: string;
  label?: string;
  headers: React.ReactNode[];
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      <table className={className}>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
