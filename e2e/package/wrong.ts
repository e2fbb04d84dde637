// Must NOT type-check (e2e/package.test.mjs): each line below is a mistake the types catch.
import { explain, mount, openRequest, type Explanation } from "glassbox-widget";

await mount("#notice", { kind: "notice" }); // not an Element
await openRequest("teleport"); // not a right
const wrong: Explanation = { factors: [{ label: "Debt", impact: "high" }] }; // impact is a number
await explain(document.body, { outcome: "maybe" }); // not an outcome
document.addEventListener("glassbox:notice-shown", (e) => e.detail.notice_hash.toFixed()); // a string
console.log(wrong);
