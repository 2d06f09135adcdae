import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ReloadButton } from "../../ui/ReloadButton";

/**
 * If a screen fails (for example a lazy chunk that an update removed), keep
 * the header and quick exit and offer a reload — never a blank page.
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

function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <div className="error-summary" role="alert" data-testid="screen-failed">
      <h1>{t("update.failed")}</h1>
      <ReloadButton />
    </div>
  );
}
