/** Chooses the customer whose consumption the page shows, among those whose account team the caller is on. */
export function CustomerPicker({
  customers,
  value,
  onChange,
}: {
  customers: Map<string, string>;
  value: string;
  onChange: (customerId: string) => void;
}) {
  return (
    <div className="filters">
      <label>
        Customer
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          {/* An id from the address that is not in the list (a bookmark, an account team left) stays visible. */}
          {!customers.has(value) && <option value={value}>Customer {value}</option>}
          {[...customers.entries()].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
