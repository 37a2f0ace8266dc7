import { cleanup } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, vi } from "vitest";

// Testing Library unmounts by itself only when the runner exposes globals; this suite imports them instead.
afterEach(cleanup);

// jsdom has no canvas, so Chart.js cannot draw: without a 2D context it logs "Failed to create chart", and the next
// re-render (a new options object each time) throws inside Chart#update. Every test therefore gets one stand-in for
// react-chartjs-2's Line: a canvas with the chart's role and accessible name. The rest of src/charts/LineChart.tsx —
// its figure, caption and data table, which the tests read — is the real one.
vi.mock("react-chartjs-2", () => ({
  Line: (props: { role?: string; "aria-label"?: string }) => createElement("canvas", { role: props.role, "aria-label": props["aria-label"] }),
}));
