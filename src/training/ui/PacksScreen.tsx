import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { loadNamespace } from "../../platform/i18n/resources";
import { BUILTIN_SCENARIOS, LIBRARY_PUBLISHER, LIBRARY_VERSION } from "../library/builtinScenarios";
import { builtinScenarioText, lookupInTree } from "../model/scenarioText";
import type { PackScenario } from "../pack/packFormat";
import type { TrainingPackError } from "../pack/readPack";
import { importTrainingPack } from "../pack/importPack";
import { writeTrainingPack } from "../pack/writePack";
import { TRAINING_PATHS } from "../paths";
import { trainingSession } from "../session/trainingSession";
import { readFileBytes, saveFile } from "../browser/packFiles";
import { TrainingFrame } from "./TrainingFrame";
import { useTrainingState } from "./useTraining";

/** The built-in scenarios with their English and Welsh words, read from the locale files. */
async function builtinPack(): Promise<PackScenario[] | null> {
  const [en, cy] = await Promise.all([loadNamespace("en-GB", "training"), loadNamespace("cy", "training")]);
  const out: PackScenario[] = [];
  for (const scenario of BUILTIN_SCENARIOS) {
    const english = builtinScenarioText(scenario, lookupInTree(en));
    const welsh = builtinScenarioText(scenario, lookupInTree(cy));
    if (english === null) return null;
    out.push({ scenario, text: { "en-GB": english, ...(welsh === null ? {} : { cy: welsh }) } });
  }
  return out;
}

/** Import and export scenario packs. Imported scenarios live in this tab's memory only. */
export default function PacksScreen() {
  const { t } = useTranslation("training");
  const { packs } = useTrainingState();
  const fileId = useId();
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<TrainingPackError[]>([]);

  const importFile = async (file: File) => {
    const result = importTrainingPack(trainingSession(), await readFileBytes(file));
    if (result.ok) {
      setErrors([]);
      setStatus(
        t("packs.imported", {
          count: result.pack.scenarios.length,
          publisher: result.pack.publisher.name,
          version: result.pack.packVersion,
        }),
      );
    } else {
      setErrors(result.errors);
      setStatus(t("packs.failed", { count: result.errors.length }));
    }
  };

  const exportLibrary = async () => {
    const scenarios = await builtinPack();
    if (scenarios === null) {
      setStatus(t("packs.exportFailed"));
      return;
    }
    const file = writeTrainingPack({
      publisher: LIBRARY_PUBLISHER,
      packVersion: LIBRARY_VERSION,
      title: LIBRARY_PUBLISHER.name,
      scenarios,
    });
    saveFile(file.fileName, file.json);
    setStatus(t("packs.exported", { file: file.fileName }));
  };

  const exportImported = () => {
    for (const pack of packs) {
      const file = writeTrainingPack({
        publisher: pack.publisher,
        packVersion: pack.packVersion,
        scenarios: pack.scenarios,
        ...(pack.title === undefined ? {} : { title: pack.title }),
      });
      saveFile(file.fileName, file.json);
    }
  };

  return (
    <TrainingFrame>
      <Link to={TRAINING_PATHS.home} className="back-link">
        {t("packs.back")}
      </Link>
      <h1>{t("packs.title")}</h1>
      <p>{t("packs.intro")}</p>
      <p>{t("packs.kept")}</p>

      <h2>{t("packs.importTitle")}</h2>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t("packs.file")}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          className="input"
          data-testid="training-pack-file"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file !== undefined)
              void importFile(file).finally(() => {
                // The same file can be chosen again after it is fixed.
                input.value = "";
              });
          }}
        />
      </div>
      <p role="status" data-testid="training-pack-status">
        {status}
      </p>
      {errors.length === 0 ? null : (
        <div className="error-summary" role="alert" data-testid="training-pack-errors">
          <ul>
            {errors.map((e, i) => (
              <li key={i} data-code={e.code}>
                <PackErrorLine error={e} />
              </li>
            ))}
          </ul>
        </div>
      )}

      <h2>{t("packs.loadedTitle")}</h2>
      {packs.length === 0 ? (
        <p>{t("packs.loadedNone")}</p>
      ) : (
        <ul data-testid="loaded-packs">
          {packs.map((p) => (
            <li key={p.publisher.id}>
              {t("packs.loaded", { publisher: p.publisher.name, version: p.packVersion, count: p.scenarios.length })}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("packs.exportTitle")}</h2>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          data-testid="export-library"
          onClick={() => void exportLibrary()}
        >
          {t("packs.exportLibrary")}
        </button>
        {packs.length === 0 ? null : (
          <button type="button" className="button button--secondary" data-testid="export-imported" onClick={exportImported}>
            {t("packs.exportImported")}
          </button>
        )}
      </div>
    </TrainingFrame>
  );
}

/** One problem, naming the scenario and field in the interface's words; the detail is the checker's. */
function PackErrorLine({ error }: { error: TrainingPackError }) {
  const { t } = useTranslation("training");
  const values = { record: error.record ?? "", field: error.field ?? "", detail: error.message };
  if (error.record !== undefined && error.field !== undefined) return <>{t("packs.errorRecordField", values)}</>;
  if (error.record !== undefined) return <>{t("packs.errorRecord", values)}</>;
  if (error.field !== undefined) return <>{t("packs.errorField", values)}</>;
  return <>{t("packs.error", values)}</>;
}
