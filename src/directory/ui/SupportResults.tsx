import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentLiveQuery } from "./useCurrentLiveQuery";
import type { ForceAreaId } from "../../shared/forceAreas";
import { getDirectoryDb } from "../db";
import { findServices } from "../query/findServices";
import type { DirectoryEntry } from "../query/entryView";
import { trustSummaryOf } from "../query/trustMarker";
import { CONFIRMED_NUMBERS } from "../../shared/verifiedNumbers";
import type { Need, NrmStage, PersonAudience, PostNrmSubStage } from "../schema/vocabulary";
import { ServiceList } from "./ServiceList";
import { useDirectoryReady } from "./useDirectoryReady";
import { DirectoryProblem } from "./DirectoryProblem";

export interface SupportFilter {
  area: ForceAreaId;
  stage: NrmStage;
  subStage?: PostNrmSubStage | undefined;
  audience: PersonAudience;
  needs?: readonly Need[] | undefined;
}

/** Entries shown per section before "Show N more": keeps the screen short at 360 px. */
export const SUPPORT_PAGE_SIZE = 2;

const HELPLINE = CONFIRMED_NUMBERS.find((c) => c.name.startsWith("Modern Slavery & Exploitation Helpline"))?.number ?? "";

/**
 * Services for the person's stage in the area (plus national ones), from the
 * directory on this device: the count first, then the area's services before
 * national ones, each a compact item whose details open on tap.
 */
export function SupportResults({
  filter,
  pageSize = SUPPORT_PAGE_SIZE,
  afterCount,
}: {
  filter: SupportFilter;
  pageSize?: number;
  /** Shown between the count and the list (the Find support screen's "More filters"). */
  afterCount?: ReactNode;
}) {
  const { t } = useTranslation("directory");
  const ready = useDirectoryReady();
  const needsKey = (filter.needs ?? []).join(",");
  const queryKey = [filter.area, filter.stage, filter.subStage ?? "", filter.audience, needsKey].join("|");
  const result = useCurrentLiveQuery(`${ready.state}|${queryKey}`, async () => {
    if (ready.state !== "ready") return undefined;
    const now = new Date();
    const entries = await findServices(getDirectoryDb(), {
      area: filter.area,
      stage: filter.stage,
      ...(filter.stage === "post-nrm" && filter.subStage !== undefined ? { subStage: filter.subStage } : {}),
      audience: filter.audience,
      ...(filter.needs === undefined ? {} : { needs: [...filter.needs] }),
      now,
    });
    return { entries, now };
  });
  if (ready.state === "error") return <DirectoryProblem status={ready.status} />;
  // The same elements while loading and loaded, so the count updates in place
  // (and is announced) and whatever sits after it keeps its state and focus.
  if (ready.state === "loading" || result === undefined) {
    return (
      <div className="support-results">
        <p role="status" className="support-count">
          {t("support.loading")}
        </p>
        {afterCount}
      </div>
    );
  }
  const { entries, now } = result;
  const local = entries.filter((e) => e.area !== "national");
  const national = entries.filter((e) => e.area === "national");
  const samplesOnly = ready.status.health === "samples-only";
  const summary = trustSummaryOf(entries);
  const noNumber = entries.filter((e) => e.service.phones.length === 0).length;
  return (
    <div className="support-results" data-testid="support-results">
      <p role="status" className="support-count" data-testid="support-count">
        {t("support.count", { count: entries.length })}
      </p>
      {afterCount}
      {samplesOnly || summary !== null || noNumber > 0 ? (
        <div className="support-note">
          {samplesOnly ? <p data-testid="samples-only">{t("support.samplesOnly")}</p> : null}
          {summary === null ? null : (
            <p data-testid="trust-summary">
              {summary.flagged === summary.total
                ? t("support.trustSummaryAll")
                : t("support.trustSummary", { count: summary.flagged, total: summary.total })}
            </p>
          )}
          {noNumber === 0 ? null : (
            <p data-testid="no-number-note">{t("support.noNumberNote", { count: noNumber, helpline: HELPLINE })}</p>
          )}
        </div>
      ) : null}
      <Section
        key={`local|${queryKey}`}
        title={t("support.localTitle")}
        empty={t("support.noLocal")}
        entries={local}
        now={now}
        pageSize={pageSize}
        showMoreLabel={(count) => t("support.showMoreLocal", { count })}
        testId="support-local"
      />
      <Section
        key={`national|${queryKey}`}
        title={t("support.nationalTitle")}
        empty={t("support.noNational")}
        entries={national}
        now={now}
        pageSize={pageSize}
        showMoreLabel={(count) => t("support.showMoreNational", { count })}
        testId="support-national"
      />
    </div>
  );
}

function Section({
  title,
  empty,
  entries,
  now,
  pageSize,
  showMoreLabel,
  testId,
}: {
  title: string;
  empty: string;
  entries: readonly DirectoryEntry[];
  now: Date;
  pageSize: number;
  showMoreLabel: (count: number) => string;
  testId: string;
}) {
  return (
    <>
      <h2 className="support-section">{title}</h2>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ServiceList
          entries={entries}
          audience="officer"
          now={now}
          pageSize={pageSize}
          showMoreLabel={showMoreLabel}
          testId={testId}
        />
      )}
    </>
  );
}
