import { useTranslation } from "react-i18next";
import { BackLink } from "../../ui/BackLink";
import { CONTENT_VERSION, GUIDANCE_VERSIONS, useContentText } from "../../pathway";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { UpdateNotice } from "./UpdateNotice";
import { isDraftLocale } from "../../platform/i18n/localeStatus";

declare const __APP_VERSION__: string;

export default function AboutScreen() {
  const { t, i18n } = useTranslation();
  const { text } = useContentText();
  return (
    <>
      <BackLink />
      <h1>{t("about.title")}</h1>
      <p>{t("about.purpose")}</p>
      {isDraftLocale(i18n.language) ? <p className="hint">{t("localeDraft")}</p> : null}
      <dl className="summary-list" data-testid="versions">
        <div className="summary-list__row">
          <dt>{t("about.appVersion")}</dt>
          <dd data-testid="app-version">{__APP_VERSION__}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("about.contentVersion")}</dt>
          <dd data-testid="content-version">{CONTENT_VERSION}</dd>
        </div>
      </dl>
      <h2>{t("about.guidance")}</h2>
      {GUIDANCE_VERSIONS.map((g) => (
        <section key={g.id} className="card">
          <h3>{text.version(g.id).title}</h3>
          <p>{text.version(g.id).version}</p>
          <ProvenanceDetails provenance={g.provenance} />
        </section>
      ))}
      <h2>{t("about.notAdviceTitle")}</h2>
      <p>{t("about.notAdvice")}</p>
      <h2>{t("about.privacyTitle")}</h2>
      <p>{t("kept")}</p>
      <p>{t("about.privacy")}</p>
      <UpdateNotice />
    </>
  );
}
