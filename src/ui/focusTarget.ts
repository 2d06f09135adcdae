/**
 * Follows an in-page link (#id) by moving focus, without the fragment
 * navigation that would add a history entry the router does not track.
 */
export function focusTarget(event: { preventDefault: () => void }, id: string): void {
  event.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  if (!target.hasAttribute("tabindex") && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
    target.setAttribute("tabindex", "-1");
  target.focus();
  target.scrollIntoView({ block: "start" });
}
