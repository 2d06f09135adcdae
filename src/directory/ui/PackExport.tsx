import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { AreaOptions, useDirectoryAreaName } from "../../ui/AreaOptions";
import { MessageList } from "../../ui/MessageList";
import { getDirectoryDb } from "../db";
import { exportPack } from "../edit/exportPack";
import { DIRECTORY_AREAS, type DirectoryArea } from "../schema/vocabulary";
import { isForceAreaId } from "../../shared/forceAreas";
import { useSetting } from "../../platform/settings/useSetting";
import type { PackError } from "../pack/packErrors";

/** Export this area's local edits as a pack for the MS lead to check, sign and publish. */
export function PackExport() {
  const { t } = useTranslation("directory");
  const areaName = useDirectoryAreaName();
  const [saved] = useSetting("forceArea");
  const [area, setArea] = useState<DirectoryArea>(isForceAreaId(saved) ? saved : "national");
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<PackError[]>([]);
  const id = useId();
  const doExport = async () => {
    setErrors([]);
    const now = new Date();
    const result = await exportPack(getDirectoryDb(), {
      area,
      publisher: { id: `${area}-local-edits`, name: t("export.publisherName", { area: areaName(area) }) },
      // Seconds since 1970: always higher than the last export from this phone.
      packVersion: Math.floor(now.getTime() / 1000),
      now,
      scope: "local-edits",
    });
    if (!result.ok) {
      setErrors(result.errors);
      setStatus("");
      return;
    }
    const url = URL.createObjectURL(new Blob([result.bytes], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = result.fileName;
    a.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 10_000);
    setStatus(t("export.done", { count: result.count, file: result.fileName }));
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("export.title")}</h2>
      <p>{t("export.intro")}</p>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t("lookup.area")}
        </label>
        <select
          id={id}
          className="select"
          value={area}
          onChange={(e) => {
            const v = e.target.value;
            if ((DIRECTORY_AREAS as readonly string[]).includes(v)) setArea(v as DirectoryArea);
          }}
        >
          <AreaOptions national />
        </select>
      </div>
      <button type="button" className="button button--secondary" data-testid="export" onClick={() => void doExport()}>
        {t("export.button")}
      </button>
      <p role="status" data-testid="export-status">
        {status}
      </p>
      <MessageList messages={errors.map((e) => e.message)} />
    </section>
  );
}
