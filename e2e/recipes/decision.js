// The explanation every recipe shows through <glassbox-explanation>'s `explanation` property.
export const decision = {
  schema: "glassbox.explanation/v1",
  decision: "Your loan application was declined.",
  outcome: "unfavourable",
  decision_ref: "LN-2026-0042",
  ai_role: "decisive",
  human_reviewed: false,
  factors: [
    { label: "Existing debt", value: 12500, impact: -0.42 },
    { label: "Repayment history", value: "no missed payments", impact: 0.25 },
  ],
  logic: "A statistical model compares your application with past loans.",
  data_categories: ["income", "debts"],
  significance: "It decides whether you receive the loan.",
  consequences: "You will not receive the loan; you may apply again in 3 months.",
};
