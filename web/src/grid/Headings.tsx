/** A column heading: text, or `{ num }` for a right-aligned figure column. */
export type Heading = string | { num: string };

/** The header cells of a plain table, figure columns right-aligned like their figures. */
export function Headings({ columns }: { columns: readonly Heading[] }) {
  return (
    <>
      {columns.map((c) =>
        typeof c === 'string' ? (
          <th key={c} scope="col">
            {c}
          </th>
        ) : (
          <th key={c.num} scope="col" className="num">
            {c.num}
          </th>
        ),
      )}
    </>
  );
}
