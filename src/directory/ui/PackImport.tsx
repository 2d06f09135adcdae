import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { importPackFromFile, importPackFromUrl, type AppImportResult } from "../browser/importInApp";
import type { ImportProgress } from "../import/progress";
import type { PackError } from "../pack/packErrors";
import { canKeepAsUnverified } from "../trust/policy";

type Source = { kind: "file"; file: File } | { kind: "url"; url: string };

/** Import a pack: all or nothing, in a worker, with progress and errors that name the record and field. */
export function PackImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation("directory");
  const fileId = useId();
  const [url, setUrl] = useState("");
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<AppImportResult | null>(null);
  const [last, setLast] = useState<Source | null>(null);
  const busy = progress !== null && progress.phase !== "done";

  const run = async (source: Source, allowUnverified: boolean) => {
    setLast(source);
    setResult(null);
    setProgress({ phase: "reading", done: 0, total: 0 });
    const options = { now: new Date(), allowUnverified };
    const r =
      source.kind === "file"
        ? await importPackFromFile(source.file, options, setProgress)
        : await importPackFromUrl(source.url, options, setProgress);
    setProgress(null);
    setResult(r);
    if (r.ok) onImported();
  };

  // The domain decides which problems may be accepted; the screen only offers the choice.
  const canAccept = result !== null && !result.ok && canKeepAsUnverified(result.errors);

  return (
    <section aria-labelledby={`${fileId}-title`}>
      <h2 id={`${fileId}-title`}>{t("import.title")}</h2>
      <p>{t("import.intro")}</p>
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
