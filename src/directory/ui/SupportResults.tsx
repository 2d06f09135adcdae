import { useLiveQuery } from "dexie-react-hooks";
import { useTranslation } from "react-i18next";
import type { ForceAreaId } from "../../shared/forceAreas";
import { getDirectoryDb } from "../db";
import { findServices } from "../query/findServices";
import type { Need, NrmStage, PersonAudience, PostNrmSubStage } from "../schema/vocabulary";
import { ServiceCard } from "./ServiceCard";
import { useDirectoryReady } from "./useDirectoryReady";
import { DirectoryProblem } from "./DirectoryProblem";

export interface SupportFilter {
  area: ForceAreaId;
  stage: NrmStage;
  subStage?: PostNrmSubStage | undefined;
  audience: PersonAudience;
  needs?: readonly Need[] | undefined;
}

/** Services for the person's stage in the area (plus national ones), from the directory on this device. */
export function SupportResults({ filter }: { filter: SupportFilter }) {
  const { t } = useTranslation("directory");
  const ready = useDirectoryReady();
  const entries = useLiveQuery(
    () =>
      ready.state === "ready"
        ? findServices(getDirectoryDb(), {
            area: filter.area,
            stage: filter.stage,
            ...(filter.stage === "post-nrm" && filter.subStage !== undefined ? { subStage: filter.subStage } : {}),
            audience: filter.audience,
            ...(filter.needs === undefined ? {} : { needs: [...filter.needs] }),
            now: new Date(),
          })
        : undefined,
    [ready.state, filter.area, filter.stage, filter.subStage, filter.audience, (filter.needs ?? []).join(",")],
  );
  if (ready.state === "error") return <DirectoryProblem status={ready.status} />;
  if (ready.state === "loading" || entries === undefined) return <p role="status">{t("support.loading")}</p>;
  const local = entries.filter((e) => e.area !== "national");
  const national = entries.filter((e) => e.area === "national");
  return (
    <div data-testid="support-results">
      <p role="status" data-testid="support-count">
        {t("support.count", { count: entries.length })}
      </p>
      {ready.status.health === "samples-only" ? <p className="card card--verify">{t("support.samplesOnly")}</p> : null}
      <h2>{t("support.localTitle")}</h2>
      {local.length === 0 ? <p>{t("support.noLocal")}</p> : local.map((e) => <ServiceCard key={e.key} entry={e} />)}
      <h2>{t("support.nationalTitle")}</h2>
      {national.length === 0 ? <p>{t("support.noNational")}</p> : national.map((e) => <ServiceCard key={e.key} entry={e} />)}
    </div>
  );
}
