#!/usr/bin/env node
import { applyV8Flags } from "../dist/cli/v8-flags.js";

applyV8Flags();
const { main } = await import("../dist/cli/main.js");
await main(process.argv);
