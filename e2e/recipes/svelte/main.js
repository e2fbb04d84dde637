import { mount } from "svelte";
import { defineElements } from "glassbox-widget";
import App from "./App.svelte";

await defineElements({ controller: "Example Bank SA", privacyPolicy: "/privacy.html" });
mount(App, { target: document.getElementById("app") });
