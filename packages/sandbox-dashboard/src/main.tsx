import { render } from "preact";
import { connect } from "./store.js";
import { App } from "./views/app.js";
import "./styles.css";

connect();
const root = document.getElementById("app");
if (root) render(<App />, root);
