import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigate } from "./history";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; replace?: boolean };

/** An in-app link: a real <a href> (keyboard, screen readers, open in new tab) that navigates without a reload. */
export function Link({ to, replace, onClick, ...rest }: Props) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, replace === true ? { replace: true } : {});
  };
  return <a href={to} onClick={handle} {...rest} />;
}
