import { useTranslation } from "react-i18next";
import { BackLink } from "./BackLink";
import { useContentInfo } from "./contentInfo";

declare const __APP_VERSION__: string;

export function AboutScreen() {
  const { t } = useTranslation();
  const content = useContentInfo();
  return (
    <>
      <BackLink />
      <h1>{t("about.title")}</h1>
      <p>{t("about.purpose")}</p>
      <dl className="summary-list" data-testid="versions">
        <div className="summary-list__row">
          <dt>{t("about.appVersion")}</dt>
          <dd data-testid="app-version">{__APP_VERSION__}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("about.contentVersion")}</dt>
          <dd data-testid="content-version">{content.version}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("about.guidance")}</dt>
          <dd>{content.guidance}</dd>
        </div>
      </dl>
      <h2>{t("about.notAdviceTitle")}</h2>
      <p>{t("about.notAdvice")}</p>
      <h2>{t("about.privacyTitle")}</h2>
      <p>{t("about.privacy")}</p>
    </>
  );
}
