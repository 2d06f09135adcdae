import { useTranslation } from "react-i18next";

/** The message under a field, with the visually hidden "Error:" prefix screen readers need. */
export function ErrorMessage({ id, message }: { id: string; message: string | null | undefined }) {
  const { t } = useTranslation();
  if (message === null || message === undefined) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{t("errors.prefix")}</span> {message}
    </p>
  );
}
