import { useTranslation } from "react-i18next";
import { DIRECTORY_PATHS } from "../routes";
import type { DirectoryStatus } from "../status";
import { Link } from "../../platform/navigation/Link";

/** Says plainly that the directory could not be read, and how to get it back. Never a blank screen. */
export function DirectoryProblem({ status }: { status: DirectoryStatus }) {
  const { t } = useTranslation("directory");
  return (
    <div className="error-summary" role="alert" data-testid="directory-problem">
      <h2>{t("problem.title")}</h2>
      <p>{t("problem.body")}</p>
      {status.error === undefined ? null : <p className="hint">{status.error.message}</p>}
      <p>
        <Link to={DIRECTORY_PATHS.overview}>{t("problem.restore")}</Link>
      </p>
    </div>
  );
}
