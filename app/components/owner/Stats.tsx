/** Key figures as a definition list: a label and a number each. */
export function Stats({ items }: { items: { label: string; value: React.ReactNode }[] }) {
  return (
    <dl className="stats">
      {items.map((i) => (
        <div key={i.label}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
