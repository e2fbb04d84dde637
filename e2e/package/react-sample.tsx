// Type-checked with `tsc --strict` in e2e/package.test.mjs: the JSX typings for React 19.
import type {} from "glassbox-widget/react";
import type { Explanation } from "glassbox-widget";

const loan: Explanation = { decision: "Declined.", factors: [{ label: "Debt", impact: -0.4 }] };

export function Chat() {
  return (
    <main>
      <glassbox-notice system="Aria" ack="required" input="#q" mark=".bot" variant="badge" high-risk="true" />
      <glassbox-explanation explanation={loan} lang="fr" />
      <glassbox-rights contact="privacy@example.com" rights="access erasure" />
      <glassbox-ai-content ai-label="generated">An AI-written line.</glassbox-ai-content>
    </main>
  );
}
