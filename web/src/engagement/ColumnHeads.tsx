/** A table's column headers; a false entry leaves its column out (e.g. Actions for a reader). */
export function ColumnHeads({ names }: { names: readonly (string | false)[] }) {
  return (
    <thead>
      <tr>
        {names
          .filter((name): name is string => name !== false)
          .map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
      </tr>
    </thead>
  );
}
