import { useTranslation } from "react-i18next";
import { BackLink } from "../../ui/BackLink";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { SCHEDULE4_PROVENANCE } from "../schedule4";
import { Schedule4Search } from "./Schedule4Search";
import { useContentText } from "./useContentText";

/** Stand-alone Schedule 4 search for investigators, MSVLOs and trainers. */
export default function Schedule4Screen() {
  const { t } = useTranslation("pathway");
  const { offences } = useContentText();
  return (
    <>
      <BackLink />
      <h1>{t("schedule4.title")}</h1>
      <p>{t("schedule4.intro")}</p>
      <Schedule4Search />
      <h2>{t("schedule4.aboutList")}</h2>
      <ul>
        {SCHEDULE4_PROVENANCE.knownGaps.map((gap) => (
          <li key={gap.id}>
            <strong>{gap.act}:</strong> {offences.gap(gap.id)}
          </li>
        ))}
      </ul>
      <p>{offences.outstanding()}</p>
      <ProvenanceDetails provenance={SCHEDULE4_PROVENANCE} />
    </>
  );
}
