import { useTranslation } from "react-i18next";
import { BackLink } from "../../ui/BackLink";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { SCHEDULE4_PROVENANCE } from "../schedule4";
import { Schedule4Search } from "./Schedule4Search";

/** Stand-alone Schedule 4 search for investigators, MSVLOs and trainers. */
export default function Schedule4Screen() {
  const { t } = useTranslation("pathway");
  return (
    <>
      <BackLink />
      <h1>{t("schedule4.title")}</h1>
      <p>{t("schedule4.intro")}</p>
      <Schedule4Search />
      <h2>{t("schedule4.aboutList")}</h2>
      <ul>
        {SCHEDULE4_PROVENANCE.knownGaps.map((gap) => (
          <li key={gap.act}>
            <strong>{gap.act}:</strong> {gap.note}
          </li>
        ))}
      </ul>
      <ProvenanceDetails provenance={SCHEDULE4_PROVENANCE} />
    </>
  );
}
