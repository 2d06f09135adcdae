import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDirectoryAreaName } from "../../ui/AreaOptions";
import { MessageList } from "../../ui/MessageList";
import { getDirectoryDb } from "../db";
import { exportPack } from "../edit/exportPack";
import { recognisableFileName } from "../edit/exportFileName";
import { exportAreaAsOruk } from "../edit/exportOruk";
import type { DirectoryArea } from "../schema/vocabulary";
import type { PackError } from "../pack/packErrors";
import { saveJsonFile } from "../../platform/saveFile";

type Scope = "local-edits" | "area" | "oruk";

/**
 * Export the chosen area: the changes made on this phone (for the MS lead to
 * check, sign and publish) or the whole area as a pack.
 */
export function PackExport({ area }: { area: DirectoryArea }) {
  const { t } = useTranslation("directory");
  const areaName = useDirectoryAreaName();
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<PackError[]>([]);
  const id = useId();
  const doExport = async (scope: Scope) => {
    setErrors([]);
    const now = new Date();
    const name = areaName(area);
    const options = {
      area,
      publisher: { id: `${area}-local-edits`, name: t("export.publisherName", { area: name }) },
      // Seconds since 1970: always higher than the last export from this phone.
      packVersion: Math.floor(now.getTime() / 1000),
      now,
      title: t(scope === "local-edits" ? "export.titleChanges" : "export.titleArea", { area: name }),
    };
    const result =
      scope === "oruk"
        ? await exportAreaAsOruk(getDirectoryDb(), options)
        : await exportPack(getDirectoryDb(), { ...options, scope });
    if (!result.ok) {
      setErrors(result.errors);
      setStatus("");
      return;
    }
    const kind = scope === "oruk" ? t("export.fileOruk") : scope === "area" ? t("export.fileArea") : t("export.fileChanges");
    const fileName = recognisableFileName([name, kind], now);
    saveJsonFile(fileName, result.bytes);
    setStatus(t("export.done", { count: result.count, file: fileName }));
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("export.title", { area: areaName(area) })}</h2>
      <p>{t("export.intro")}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          data-testid="export"
          onClick={() => void doExport("local-edits")}
        >
          {t("export.button")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="export-area"
          onClick={() => void doExport("area")}
        >
          {t("export.buttonArea")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="export-oruk"
          onClick={() => void doExport("oruk")}
        >
          {t("export.buttonOruk")}
        </button>
      </div>
      <p role="status" data-testid="export-status">
        {status}
      </p>
      <MessageList messages={errors.map((e) => e.message)} />
    </section>
  );
}
