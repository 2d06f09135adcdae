// The React shell baseline (react-baseline.html): React 19 and react-dom
// rendering one component, nothing else. Not part of the app; the benchmark
// measures its offline cold start beside the app's.
import { createRoot } from "react-dom/client";

function Baseline() {
  return (
    <main>
      <h1>Waymark React shell baseline</h1>
      <p>This page exists to measure how fast the service worker serves React rendering one component.</p>
    </main>
  );
}

const root = document.getElementById("root");
if (root === null) throw new Error("#root is missing from react-baseline.html");
createRoot(root).render(<Baseline />);
