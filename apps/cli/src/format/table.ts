// Strips SGR sequences so coloured cells are measured by what the eye sees.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the escape character is the point.
const ANSI = /\x1b\[[0-9;]*m/g;

/** Visible width of a cell. */
export function visibleWidth(text: string): number {
  return text.replace(ANSI, "").length;
}

/**
 * Columns padded to their widest cell, two spaces apart; the last column is not padded so
 * lines carry no trailing blanks.
 */
export function renderTable(headers: string[], rows: string[][], heading: (text: string) => string = (t) => t): string {
  const widths = headers.map((header, i) =>
    Math.max(visibleWidth(header), ...rows.map((row) => visibleWidth(row[i] ?? ""))),
  );
  const renderRow = (cells: string[], style: (text: string) => string = (t) => t) =>
    cells
      .map((cell, i) => {
        const last = i === cells.length - 1;
        const pad = last ? "" : " ".repeat((widths[i] ?? 0) - visibleWidth(cell));
        return style(cell) + pad;
      })
      .join("  ")
      .trimEnd();
  return [renderRow(headers, heading), ...rows.map((row) => renderRow(row))].join("\n");
}

/** `label  value` pairs with the labels aligned, for one record. */
export function renderDetails(pairs: [string, string][], label: (text: string) => string = (t) => t): string {
  const width = Math.max(...pairs.map(([name]) => name.length));
  return pairs.map(([name, value]) => `${label(name.padEnd(width))}  ${value}`.trimEnd()).join("\n");
}
