import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  importOrukFromFile,
  importOrukFromUrl,
  importPackFromFile,
  importPackFromUrl,
  type AppImportResult,
  type AppOrukImportResult,
} from "../browser/importInApp";
import { useDirectoryAreaName } from "../../ui/AreaOptions";
import type { ImportProgress } from "../import/progress";
import type { PackError } from "../pack/packErrors";
import { canDropInsecureLinks, canKeepAsUnverified } from "../trust/policy";
import type { DirectoryArea } from "../schema/vocabulary";
import { Link } from "../../platform/navigation/Link";
import { DIRECTORY_PATHS } from "../routes";
import { getDirectoryDb } from "../db";
import { orukDirectoriesIn } from "../import/importOruk";
import { useCurrentLiveQuery } from "./useCurrentLiveQuery";

type Source = { kind: "file"; file: File } | { kind: "url"; url: string };
type Format = "pack" | "oruk";

/**
 * Import a Waymark pack, or an Open Referral UK file for the chosen area: all
 * or nothing, in a worker, with progress and every problem at once, each
 * naming the record and field.
 */
export function PackImport({ onImported, area }: { onImported: () => void; area: DirectoryArea }) {
  const { t } = useTranslation("directory");
  const areaName = useDirectoryAreaName();
  const fileId = useId();
  const [url, setUrl] = useState("");
  const [format, setFormat] = useState<Format>("pack");
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<AppImportResult | AppOrukImportResult | null>(null);
  const [last, setLast] = useState<Source | null>(null);
  // The ORUK directory's name chooses which pack it updates (oruk/orukPublisher.ts).
  const installedOruk = useCurrentLiveQuery(area, () => orukDirectoriesIn(getDirectoryDb(), area)) ?? [];
  const [typedDirectory, setTypedDirectory] = useState<string | null>(null);
  const directoryName = typedDirectory ?? (installedOruk.length === 1 ? (installedOruk[0]?.name ?? "") : "");
  const busy = progress !== null && progress.phase !== "done";

  const run = async (source: Source, allowUnverified: boolean) => {
    setLast(source);
    setResult(null);
    setProgress({ phase: "reading", done: 0, total: 0 });
    const now = new Date();
    let r: AppImportResult | AppOrukImportResult;
    if (format === "oruk") {
      const options = {
        now,
        area,
        // The domain picks the pack from the name: the same name updates it, a new one adds a directory.
        publisher: { name: directoryName },
        // The second argument means "accept what the policy allows": for ORUK, leaving out http: links.
        dropHttpLinks: allowUnverified,
      };
      r =
        source.kind === "file"
          ? await importOrukFromFile(source.file, options, setProgress)
          : await importOrukFromUrl(source.url, options, setProgress);
    } else {
      const options = { now, allowUnverified };
      r =
        source.kind === "file"
          ? await importPackFromFile(source.file, options, setProgress)
          : await importPackFromUrl(source.url, options, setProgress);
    }
    setProgress(null);
    setResult(r);
    if (r.ok) onImported();
  };

  // The domain decides which problems may be accepted; the screen only offers the choice.
  const canAccept = format === "pack" && result !== null && !result.ok && canKeepAsUnverified(result.errors);
  const canDropLinks = format === "oruk" && result !== null && !result.ok && canDropInsecureLinks(result.errors);
  const oruk = result?.ok === true && "oruk" in result ? result.oruk : undefined;

  return (
    <section aria-labelledby={`${fileId}-title`}>
      <h2 id={`${fileId}-title`}>{t("import.title")}</h2>
      <p>{t("import.intro")}</p>
      <fieldset className="field">
        <legend className="field__label">{t("import.format")}</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${fileId}-format`}
            checked={format === "pack"}
            data-testid="format-pack"
            onChange={() => {
              setFormat("pack");
            }}
          />
          <span>{t("import.formatPack")}</span>
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${fileId}-format`}
            checked={format === "oruk"}
            data-testid="format-oruk"
            onChange={() => {
              setFormat("oruk");
            }}
          />
          <span>{t("import.formatOruk", { area: areaName(area) })}</span>
        </label>
      </fieldset>
      {format !== "oruk" ? null : (
        <div className="field">
          <label className="field__label" htmlFor={`${fileId}-directory`}>
            {t("import.orukDirectory")}
          </label>
          <p className="hint" id={`${fileId}-directory-hint`}>
            {t("import.orukDirectoryHint")}
          </p>
          <input
            id={`${fileId}-directory`}
            className="input"
            type="text"
            autoComplete="off"
            list={`${fileId}-directories`}
            aria-describedby={`${fileId}-directory-hint`}
            data-testid="oruk-directory-name"
            value={directoryName}
            disabled={busy}
            onChange={(e) => {
              setTypedDirectory(e.target.value);
            }}
          />
          <datalist id={`${fileId}-directories`}>
            {installedOruk.map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t("import.file")}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          className="input"
          data-testid="pack-file"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void run({ kind: "file", file }, false);
          }}
        />
      </div>
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim() !== "") void run({ kind: "url", url: url.trim() }, false);
        }}
      >
        <label className="field__label" htmlFor={`${fileId}-url`}>
          {t("import.url")}
        </label>
        <p className="hint" id={`${fileId}-url-hint`}>
          {t("import.urlHint")}
        </p>
        <input
          id={`${fileId}-url`}
          className="input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${fileId}-url-hint`}
          data-testid="pack-url"
          value={url}
          disabled={busy}
          onChange={(e) => {
            setUrl(e.target.value);
          }}
        />
        <button type="submit" className="button button--secondary" data-testid="import-url" disabled={busy}>
          {t("import.fromUrl")}
        </button>
      </form>
      {busy ? (
        <div className="field" data-testid="import-progress">
          <label className="field__label" htmlFor={`${fileId}-progress`}>
            {t(`import.phase.${progress.phase}`)}
          </label>
          <progress
            id={`${fileId}-progress`}
            max={progress.total || 1}
            value={progress.total === 0 ? undefined : progress.done}
          />
        </div>
      ) : null}
      <div role="status" data-testid="import-result">
        {result?.ok === true ? (
          <div className="card">
            <p>{t(`import.status.${result.status}`, { added: result.added, removed: result.removed })}</p>
            {result.pack.trust === "unverified" ? <p className="tag tag--warning">{t("trust.unverified")}</p> : null}
            {result.keptLocalEdits.length > 0 ? <p>{t("import.keptLocal", { count: result.keptLocalEdits.length })}</p> : null}
            {result.updatedClassifications.length > 0 ? (
              <p>{t("import.updatedClassified", { count: result.updatedClassifications.length })}</p>
            ) : null}
            {oruk === undefined ? null : (
              <>
                <p data-testid="oruk-summary">
                  {t("import.orukSummary", { count: oruk.services, unclassified: oruk.unclassified })}
                </p>
                {oruk.unclassified > 0 ? (
                  <p>
                    <Link to={DIRECTORY_PATHS.review} data-testid="to-review">
                      {t("import.toReview", { count: oruk.unclassified })}
                    </Link>
                  </p>
                ) : null}
                {oruk.notes.length === 0 ? null : (
                  <ul>
                    {oruk.notes.slice(0, 20).map((n, i) => (
                      <li key={i}>{n}</li>
                    ))}
                  </ul>
                )}
                {oruk.notes.length > 20 ? <p>{t("import.moreNotes", { count: oruk.notes.length - 20 })}</p> : null}
              </>
            )}
            {result.storage === undefined ? null : (
              <p>{result.storage.persisted ? t("overview.storagePersisted") : t("overview.storageNotPersisted")}</p>
            )}
          </div>
        ) : null}
      </div>
      {result?.ok === false ? <ImportErrors errors={result.errors} /> : null}
      {canAccept && last !== null ? (
        <div className="card card--verify">
          <p>{t("import.acceptUnverified")}</p>
          <button
            type="button"
            className="button button--secondary"
            data-testid="keep-unverified"
            onClick={() => {
              void run(last, true);
            }}
          >
            {t("import.keepUnverified")}
          </button>
        </div>
      ) : null}
      {canDropLinks && last !== null ? (
        <div className="card card--verify">
          <p>{t("import.dropLinksExplained")}</p>
          <button
            type="button"
            className="button button--secondary"
            data-testid="drop-http-links"
            onClick={() => {
              void run(last, true);
            }}
          >
            {t("import.dropLinks")}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function ImportErrors({ errors }: { errors: PackError[] }) {
  const { t } = useTranslation("directory");
  const shown = errors.slice(0, 50);
  return (
    <div className="error-summary" role="alert" data-testid="import-errors">
      <h3>{t("import.failed")}</h3>
      <p>{t("import.nothingChanged")}</p>
      <ul>
        {shown.map((e, i) => (
          <li key={i}>
            <strong>{t(`errors.${e.code}`)}</strong>
            {e.path === undefined ? null : <code className="error-path"> {e.path}</code>}
            {e.record === undefined ? null : <span> ({t("import.record", { record: e.record })})</span>}
            <span>: {e.message}</span>
          </li>
        ))}
      </ul>
      {errors.length > shown.length ? <p>{t("import.more", { count: errors.length - shown.length })}</p> : null}
    </div>
  );
}
