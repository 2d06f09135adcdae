import { useTranslation } from "react-i18next";
import { useCurrentLiveQuery } from "./useCurrentLiveQuery";
import { browseShortcutPath } from "../query/browseShortcut";
import { Link } from "../../platform/navigation/Link";
import { formatDate } from "../../platform/i18n/formatDate";
import { Disclosure } from "../../ui/Disclosure";
import { getDirectoryDb } from "../db";
import { COVERAGE_COLUMNS, getAreaDashboard } from "../query/areaDashboard";
import { DIRECTORY_PATHS } from "../routes";
import type { DirectoryArea } from "../schema/vocabulary";

/**
 * One area at a glance for its MSVLO: what needs work (counts that link to
 * the filtered list) and where officers would find no local service (the
 * coverage table, gaps highlighted). Updates as entries change.
 */
export function AreaDashboard({ area, areaName }: { area: DirectoryArea; areaName: string }) {
  const { t, i18n } = useTranslation("directory");
  const dash = useCurrentLiveQuery(area, () => getAreaDashboard(getDirectoryDb(), area, new Date()));
  if (dash === undefined) return <p role="status">{t("support.loading")}</p>;
  const counts = [
    { key: "active", value: dash.active, to: browseShortcutPath(DIRECTORY_PATHS.browse, area, "findable") },
    { key: "unclassified", value: dash.unclassified, to: browseShortcutPath(DIRECTORY_PATHS.review, area) },
    {
      key: "unconfirmedNumber",
      value: dash.unconfirmedNumber,
      to: browseShortcutPath(DIRECTORY_PATHS.browse, area, "unconfirmed"),
    },
    { key: "noNumber", value: dash.noNumber, to: null },
    { key: "stale", value: dash.stale, to: browseShortcutPath(DIRECTORY_PATHS.browse, area, "stale") },
    { key: "localEdits", value: dash.localEdits, to: null },
    { key: "gaps", value: dash.gaps, to: null },
  ] as const;
  return (
    <section aria-labelledby="dashboard-title" data-testid="area-dashboard">
      <h2 id="dashboard-title">{t("dashboard.title", { area: areaName })}</h2>
      <ul className="dashboard-counts">
        {counts.map((c) => (
          <li key={c.key} data-testid={`count-${c.key}`} data-count={c.value}>
            <strong>{c.value}</strong>
            {c.to === null || c.value === 0 ? (
              t(`dashboard.counts.${c.key}`)
            ) : (
              <Link to={c.to}>{t(`dashboard.counts.${c.key}`)}</Link>
            )}
          </li>
        ))}
      </ul>
      <h3>{t("dashboard.coverageTitle")}</h3>
      <p className="hint">{t("dashboard.coverageIntro")}</p>
      <div className="table-scroll" role="region" aria-labelledby="coverage-caption" tabIndex={0}>
        <table className="coverage" data-testid="coverage">
          <caption id="coverage-caption" className="visually-hidden">
            {t("dashboard.coverageCaption", { area: areaName })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("dashboard.need")}</th>
              {COVERAGE_COLUMNS.map((c) => (
                <th scope="col" key={`${c.stage}-${c.audience}`}>
                  {t(`stages.${c.stage}`)}
                  <br />
                  {t(`audiences.${c.audience}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dash.coverage.map((row) => (
              <tr key={row.need ?? "any"}>
                <th scope="row">{row.need === null ? t("dashboard.anyNeed") : t(`needs.${row.need}`)}</th>
                {row.counts.map((n, i) => (
                  <td key={i} className={n === 0 ? "coverage__gap" : undefined}>
                    {n === 0 ? t("dashboard.gap") : n}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Disclosure summary={t("dashboard.packs", { count: dash.packs.length })} testId="packs">
        <ul className="result-list">
          {dash.packs.map((p) => (
            <li key={p.packKey} className={`card${p.expired || p.trust === "unverified" ? " card--verify" : ""}`}>
              <h4>{p.title ?? p.publisher.name}</h4>
              <p>
                {t("overview.packLine", {
                  version: p.packVersion,
                  expires: formatDate(p.expiresAt, i18n.language),
                })}
              </p>
              <ul className="tags">
                <li
                  className={`tag${p.trust === "verified" ? " tag--success" : p.trust === "unverified" ? " tag--warning" : ""}`}
                >
                  {t(`trust.${p.trust}`)}
                </li>
                {p.expired ? <li className="tag tag--warning">{t("card.expired")}</li> : null}
              </ul>
            </li>
          ))}
        </ul>
      </Disclosure>
    </section>
  );
}
