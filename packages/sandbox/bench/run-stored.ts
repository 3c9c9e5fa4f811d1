// `tsx bench/run-stored.ts`: only the stored-sessions table (pnpm bench prints it with the rest).
import { describeMachine } from "./machine.js";
import { measureStoredSessions, storedSessionsTable } from "./stored-sessions.js";

const rows = await measureStoredSessions([0, 3000, 100_000], Number(process.env.BENCH_SECONDS ?? 5));
console.log(`Machine: ${describeMachine()}.\n\n${storedSessionsTable(rows)}`);
