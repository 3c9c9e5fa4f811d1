import type { DashboardState } from "../state.js";
import { TableHead } from "./fields.js";

/** The API versions on this sandbox: each one reads and writes the one state the page shows. */
export function ServedApis({ state }: { state: DashboardState }) {
  return (
    <section id="apis" aria-labelledby="apis-title" class="panel">
      <h2 id="apis-title">Served APIs</h2>
      <table class="compact" data-testid="apis">
        <TableHead columns={["API", "Version", "Base path"]} />
        <tbody>
          {state.apis.map((served) => (
            <tr key={served.basePath}>
              <td>{served.name}</td>
              <td>{served.version}</td>
              <td>
                <code>{served.basePath}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
