import { createApp } from "vue";
import { defineElements } from "glassbox-widget";
import App from "./App.vue";

await defineElements({ controller: "Example Bank SA", privacyPolicy: "/privacy.html" });
createApp(App).mount("#app");
