// Must NOT type-check (e2e/package.test.mjs): a variant that does not exist, and an explanation of the wrong shape.
import type {} from "glassbox-widget/react";

export function Chat() {
  return (
    <main>
      <glassbox-notice system="Aria" variant="popup" />
      <glassbox-explanation explanation={{ factors: [{ label: "Debt", impact: "high" }] }} />
    </main>
  );
}
