// Copying text about an encounter to the clipboard, and emptying it again on
// quick exit — but only if Waymark put something there.
let used = false;

export async function copyText(text: string): Promise<void> {
  used = true;
  await navigator.clipboard.writeText(text);
}

/** Empties the clipboard if Waymark wrote to it in this tab. Never throws. */
export function clearClipboardIfUsed(): void {
  if (!used) return;
  used = false;
  navigator.clipboard.writeText("").catch(() => {
    // Not allowed without focus: nothing more can be done.
  });
}
