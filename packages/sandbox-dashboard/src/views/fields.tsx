// Small form and table parts the views share.

export function NumberInput(props: {
  value: string;
  onValue: (value: string) => void;
  min?: number;
  max?: number;
  label?: string;
}) {
  return (
    <input
      class="number"
      type="number"
      min={props.min}
      max={props.max}
      aria-label={props.label}
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value)}
    />
  );
}

export function Checkbox(props: { label: string; checked: boolean; onValue: (checked: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onValue(e.currentTarget.checked)} />
      {props.label}
    </label>
  );
}

/** A table's header row; an empty title becomes a hidden one (screen readers still hear it). */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((title) => (
          <th key={title} scope="col">
            {title}
          </th>
        ))}
      </tr>
    </thead>
  );
}
