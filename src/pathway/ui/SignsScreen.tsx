import { useTranslation } from "react-i18next";
import { BackLink } from "../../ui/BackLink";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { PATHWAY_CONTENT } from "../content";
import { focusTarget } from "../../ui/focusTarget";
import { useContentText } from "./useContentText";

/** Indicators by exploitation type: signs that someone may be a victim, never proof. */
export default function SignsScreen() {
  const { t } = useTranslation("pathway");
  const { text } = useContentText();
  return (
    <>
      <BackLink />
      <h1>{t("signs.title")}</h1>
      <p>{t("signs.intro")}</p>
      <nav aria-label={t("signs.contents")}>
        <ul className="tool-list">
          {PATHWAY_CONTENT.indicators.map((group) => (
            <li key={group.id}>
              <a
                href={`#${group.id}`}
                className="tool-list__link"
                onClick={(event) => {
                  focusTarget(event, group.id);
                }}
              >
                {text.indicatorGroup(group).title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {PATHWAY_CONTENT.indicators.map((group) => (
        <section key={group.id} id={group.id} className="card" data-testid={`signs-${group.type}`}>
          <h2>{text.indicatorGroup(group).title}</h2>
          <p>{text.indicatorGroup(group).summary}</p>
          <ul>
            {group.indicators.map((id) => (
              <li key={id}>{text.indicator(group.id, id)}</li>
            ))}
          </ul>
          <ProvenanceDetails provenance={group.provenance} />
        </section>
      ))}
    </>
  );
}
