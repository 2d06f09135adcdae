import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ReloadButton } from "../../ui/ReloadButton";
import { PhoneLink } from "../../ui/PhoneLink";
import { CONFIRMED_NUMBERS } from "../../shared/verifiedNumbers";

/**
 * If a screen fails (a lazy chunk that could not be fetched on a first visit
 * cut off, or one an update removed), keep the header and quick exit and show
 * what works without the app: the emergency, police and Helpline numbers. This
 * is part of the first screen's bundle, so it is there whatever failed to load.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean; key: string }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; key: string }) {
    // Navigating elsewhere gives the next screen a fresh chance.
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

/** The numbers any phone can call, from the project's confirmed list. */
const FALLBACK = [
  { key: "emergency", number: CONFIRMED_NUMBERS[0].number },
  { key: "police", number: CONFIRMED_NUMBERS[1].number },
  { key: "helpline", number: CONFIRMED_NUMBERS[2].number },
] as const;

function ScreenFailed() {
  const { t } = useTranslation();
  // Reloading without a signal would show the browser's own error page.
  const online = globalThis.navigator.onLine;
  return (
    <div className="error-summary" role="alert" data-testid="screen-failed">
      <h1>{t("update.failed")}</h1>
      <p>{t("update.failedBody")}</p>
      <ul className="fallback-numbers" data-testid="fallback-numbers">
        {FALLBACK.map(({ key, number }) => (
          <li key={key}>
            <p>{t(`update.numbers.${key}`)}</p>
            <PhoneLink phone={number} verification="confirmed" name={t(`update.numbers.${key}`)} />
          </li>
        ))}
      </ul>
      {online ? <ReloadButton /> : <p>{t("update.reloadWhenSignal")}</p>}
    </div>
  );
}
