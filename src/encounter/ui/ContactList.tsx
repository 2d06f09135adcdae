import { useTranslation } from "react-i18next";
import { useContentText, type Contact } from "../../pathway";
import { PhoneLink } from "../../ui/PhoneLink";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";

/** National contacts: tap-to-call only for confirmed numbers. */
export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation("encounter");
  const { text } = useContentText();
  return (
    <ul className="contact-list">
      {contacts.map((c) => {
        const words = text.contact(c);
        return (
          <li key={c.id} className="card" data-testid={`contact-${c.id}`}>
            <h3>{words.name}</h3>
            <p>{words.use}</p>
            {c.open247 ? <p className="hint">{t("contacts.open247")}</p> : null}
            <PhoneLink phone={c.phone} verification={c.provenance.verification} name={words.name} />
            <ProvenanceDetails provenance={c.provenance} />
          </li>
        );
      })}
    </ul>
  );
}
