import { useTranslation } from "react-i18next";
import type { Contact } from "../../pathway";
import { PhoneLink } from "../../ui/PhoneLink";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";

/** National contacts: tap-to-call only for confirmed numbers. */
export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation("encounter");
  return (
    <ul className="contact-list">
      {contacts.map((c) => (
        <li key={c.id} className="card" data-testid={`contact-${c.id}`}>
          <h3>{c.name}</h3>
          <p>{c.use}</p>
          {c.hours === undefined ? null : <p className="hint">{t("contacts.hours", { hours: c.hours })}</p>}
          <PhoneLink phone={c.phone} verification={c.provenance.verification} name={c.name} />
          <ProvenanceDetails provenance={c.provenance} />
        </li>
      ))}
    </ul>
  );
}
