/** axe-core's serious and critical findings on the rendered page; colour contrast needs a layout engine (the browser test checks it). */
export async function seriousAxeViolations(): Promise<string[]> {
  const { default: axe } = await import("axe-core");
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
