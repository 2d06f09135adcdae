// Local support examples by force area, taken only from what the public
// documents in shared/seeds say. They date from 2021-22, so every entry is
// "verify"; audience, stage and need mappings the documents do not state are
// named as inferences in each entry's provenance note.
import type { ForceAreaId } from "../../shared/forceAreas";
import type { PathwayPackInput } from "../schema/pack";
import {
  NO_NUMBER_NOTE,
  SAMPLE_CHECKED_ON,
  SAMPLE_EXPIRES_ON,
  SAMPLE_PUBLISHER,
  SEEDS,
  seedCitation,
  seedProvenance,
  seedSource,
} from "./sampleSources";

type Content = PathwayPackInput["content"];
type ServiceInput = Content["services"][number];
type OrganisationInput = Content["organisations"][number];

const reviewed = SAMPLE_CHECKED_ON;
export const OLD_DOC = "Described in a public document from 2021-22 and not checked against a current source.";

/**
 * packVersion goes up whenever a pack's content changes: an install holding the
 * old version with the same number would refuse the new one as a conflict.
 * Seed version 3 raised every pack by one: citations became public ones.
 */
export function samplePack(area: ForceAreaId, title: string, content: Content, packVersion = 1): PathwayPackInput {
  return {
    format: "waymark-pathway-pack",
    schemaVersion: 1,
    packVersion,
    area,
    publisher: SAMPLE_PUBLISHER,
    title,
    issuedAt: SAMPLE_CHECKED_ON,
    expiresAt: SAMPLE_EXPIRES_ON,
    content,
  };
}

export function org(
  id: string,
  name: string,
  sources: OrganisationInput["provenance"]["sources"],
  description?: string,
): OrganisationInput {
  const o: OrganisationInput = { id, name, provenance: seedProvenance(sources, OLD_DOC) };
  if (description !== undefined) o.description = description;
  return o;
}

/** Fields every sample local service shares: no number, marked sample, checked today, active unless said otherwise. */
export function local(
  area: ForceAreaId,
  s: Omit<
    ServiceInput,
    "status" | "links" | "phones" | "noPhoneNote" | "languages" | "locationIds" | "area" | "assuredDate" | "sample"
  > & {
    languages?: string[];
    status?: ServiceInput["status"];
  },
): ServiceInput {
  return {
    status: "active",
    links: [],
    phones: [],
    noPhoneNote: NO_NUMBER_NOTE,
    languages: [],
    locationIds: [],
    area: { forceArea: area },
    assuredDate: reviewed,
    sample: true,
    ...s,
  };
}

const DC = SEEDS.devonAndCornwall;
export const DEVON_AND_CORNWALL_SAMPLE = samplePack(
  "devon-and-cornwall",
  "Devon and Cornwall (sample data)",
  {
    organisations: [
      org("dc-police", "Devon and Cornwall Police", [seedSource(DC, "60-74")]),
      org("dc-victim-care", "Devon and Cornwall victim care (force and Police and Crime Commissioner)", [
        seedSource(DC, "20-58"),
      ]),
      org(
        "victim-support",
        "Victim Support",
        [seedSource(DC, "86-146")],
        "Commissioned by the Office of the Police and Crime Commissioner for Devon and Cornwall.",
      ),
    ],
    locations: [],
    services: [
      local("devon-and-cornwall", {
        id: "dc-victim-care-unit",
        organisationId: "dc-victim-care",
        name: "Victim Care Unit",
        description:
          "Community victim support for people who decline an NRM referral or who leave the national support service: casework to find a way through complex statutory services, advice and guidance, and practical and emotional support.",
        howToAccess:
          "Statutory and community partners can refer. Officers can refer through a victim needs assessment when an NRM referral is declined.",
        stages: ["declined-nrm", "post-nrm"],
        postNrmSubStages: ["exited-support"],
        audience: "adult",
        needs: ["advocacy-navigator", "practical-support"],
        sampleSource: seedCitation(DC, "20-38"),
        provenance: seedProvenance(
          [seedSource(DC, "20-38")],
          `${OLD_DOC} The same document says the commissioner's local victim care contract was being re-specified, with new services from 1 April 2022. Adult audience inferred (declining the NRM applies to adults).`,
        ),
      }),
      local("devon-and-cornwall", {
        id: "dc-ms-victim-advocates",
        organisationId: "dc-victim-care",
        name: "Modern slavery victim advocates (Victim Care Unit)",
        description:
          "Two trained Victim Care Unit staff who give one-to-one support, alongside or instead of a referral to community support.",
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["advocacy-navigator"],
        sampleSource: seedCitation(DC, "42-47"),
        provenance: seedProvenance([seedSource(DC, "42-47")], `${OLD_DOC} Stages and adult audience inferred.`),
      }),
      local("devon-and-cornwall", {
        id: "dc-msvlo",
        organisationId: "dc-police",
        name: "Modern Slavery Victim Liaison Officers (MSVLOs)",
        description:
          "Specially trained officers (40 from March 2021) deployed where a victim has been identified: a single point of contact for the person, helping with safeguarding, giving an account, welfare, the NRM process and signposting to support.",
        howToAccess:
          "Deployed by the force to modern slavery cases where a victim has been identified. Ask the force's modern slavery lead how to request one.",
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "both",
        needs: ["advocacy-navigator"],
        sampleSource: seedCitation(DC, "60-74"),
        provenance: seedProvenance(
          [seedSource(DC, "60-74"), seedSource(SEEDS.apcc, "38")],
          `${OLD_DOC} Stages and audience inferred.`,
        ),
      }),
      local("devon-and-cornwall", {
        id: "dc-victim-support",
        organisationId: "victim-support",
        name: "Victim Support (crimes not reported to the police)",
        description:
          "Support for victims who do not want to report to the police. Victim Support assesses risk, safeguarding and immediate and longer-term needs; with consent it can make an NRM referral through its partnership with Unseen, and it keeps supporting people who decline the NRM.",
        howToAccess: "The person can refer themselves, or partners and community organisations can refer them.",
        stages: ["pre-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["advocacy-navigator", "practical-support"],
        sampleSource: seedCitation(DC, "86-108"),
        provenance: seedProvenance([seedSource(DC, "86-108")], `${OLD_DOC} Adult audience inferred.`),
      }),
      local("devon-and-cornwall", {
        id: "dc-immediate-support-fund",
        organisationId: "victim-support",
        name: "Modern slavery immediate support fund",
        description:
          "Victim Support can authorise a small sum for urgent needs such as accommodation, nappies, food and transport, so the person can stay in the formal processes until national support through the NRM starts. It does not replace partners' statutory duties.",
        stages: ["pre-nrm", "post-nrm"],
        postNrmSubStages: ["awaiting-rg"],
        audience: "adult",
        needs: ["immediate-needs-fund", "emergency-accommodation"],
        sampleSource: seedCitation(DC, "130-146"),
        provenance: seedProvenance(
          [seedSource(DC, "130-146")],
          `${OLD_DOC} The 'awaiting decision' stage and adult audience are inferred.`,
        ),
      }),
    ],
  },
  3,
);

const CAMBS = SEEDS.cambridgeshire;
export const CAMBRIDGESHIRE_SAMPLE = samplePack(
  "cambridgeshire",
  "Cambridgeshire (sample data)",
  {
    organisations: [
      org(
        "cambs-victim-witness-hub",
        "Cambridgeshire Victim and Witness Hub",
        [seedSource(CAMBS, "157-170")],
        "Funded by the Police and Crime Commissioner.",
      ),
    ],
    locations: [],
    services: [
      local("cambridgeshire", {
        id: "cambs-specialist-coordinators",
        organisationId: "cambs-victim-witness-hub",
        name: "Specialist victim and witness care co-ordinators (modern slavery)",
        description:
          "Two co-ordinators dedicated to victims of modern slavery and trafficking. They speak up for the person's needs, do outreach with the force's Exploitation Team, give emotional and practical support based on a needs assessment and a recovery plan, liaise with other services including the NRM, and keep the person updated on their case.",
        languages: ["en", "lt", "ro"],
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["advocacy-navigator", "practical-support"],
        sampleSource: seedCitation(CAMBS, "157-170"),
        provenance: seedProvenance(
          [seedSource(CAMBS, "157-170"), seedSource(SEEDS.apcc, "37 and 102")],
          `${OLD_DOC} Lithuanian and Romanian are spoken by staff of the wider hub (the APCC update's section on languages), not necessarily the co-ordinators. Stages and adult audience inferred.`,
        ),
      }),
    ],
  },
  2,
);

const APCC = SEEDS.apcc;
export const ESSEX_SAMPLE = samplePack(
  "essex",
  "Essex (sample data)",
  {
    organisations: [org("justice-and-care", "Justice and Care", [seedSource(APCC, "39")])],
    locations: [],
    services: [
      local("essex", {
        id: "essex-victim-care-navigators",
        organisationId: "justice-and-care",
        name: "Victim Care Navigators",
        description:
          "Independent navigators, supported by the Police, Fire and Crime Commissioner, who give support shaped to the person: advocacy and signposting, emergency housing where needed, and practical help such as clothes, a phone and food.",
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["advocacy-navigator", "emergency-accommodation", "practical-support"],
        sampleSource: seedCitation(APCC, "39"),
        provenance: seedProvenance(
          [seedSource(APCC, "39"), seedSource(SEEDS.letters, "39")],
          `${OLD_DOC} Support regardless of NRM stage and adult audience are inferred.`,
        ),
      }),
    ],
  },
  2,
);

export const SURREY_SAMPLE = samplePack(
  "surrey",
  "Surrey (sample data)",
  {
    organisations: [
      org(
        "opcc-surrey",
        "Office of the Police and Crime Commissioner for Surrey",
        [seedSource(APCC, "41")],
        "Funds the post; the provider is not named in the source.",
      ),
    ],
    locations: [],
    services: [
      local("surrey", {
        id: "surrey-victim-navigator",
        organisationId: "opcc-surrey",
        name: "Victim Navigator",
        description:
          "A navigator for adult victims of modern slavery, working with Surrey Police, who helps the person make informed decisions about talking to the police, the NRM and other support.",
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["advocacy-navigator"],
        sampleSource: seedCitation(APCC, "41"),
        provenance: seedProvenance(
          [seedSource(APCC, "41"), seedSource(SEEDS.letters, "39")],
          `${OLD_DOC} Stages after the NRM decision and for those who decline are inferred.`,
        ),
      }),
    ],
  },
  2,
);

export const HERTFORDSHIRE_SAMPLE = samplePack(
  "hertfordshire",
  "Hertfordshire (sample data)",
  {
    organisations: [
      org(
        "herts-exploitation-isva",
        "Hertfordshire Exploitation ISVA service",
        [seedSource(APCC, "40")],
        "Funded through the Ministry of Justice IDVA/ISVA grant.",
      ),
    ],
    locations: [],
    services: [
      local("hertfordshire", {
        id: "herts-exploitation-isva",
        organisationId: "herts-exploitation-isva",
        name: "Exploitation ISVA",
        description:
          "An Exploitation ISVA (Independent Sexual Violence Adviser) who does outreach as well as direct support for victims, links with other local services, and works with local legal specialists (free advice on entitlements and settlement) and local housing providers.",
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["advocacy-navigator", "legal-advice"],
        sampleSource: seedCitation(APCC, "40"),
        provenance: seedProvenance(
          [seedSource(APCC, "40")],
          `${OLD_DOC} No current source confirms ISVA involvement in modern slavery support. Legal advice is through partners; stages and adult audience inferred.`,
        ),
      }),
    ],
  },
  3,
);

const WEST_MERCIA_PCC = {
  title: "PCC provides support for victims of modern slavery",
  publisher: "West Mercia Police and Crime Commissioner",
  url: "https://westmercia-pcc.gov.uk/pcc-provides-support-for-victims-of-modern-slavery",
};
export const WEST_MERCIA_SAMPLE = samplePack(
  "west-mercia",
  "West Mercia (sample data)",
  {
    organisations: [
      org("west-mercia-pcc", "West Mercia Police and Crime Commissioner", [seedSource(APCC, "122"), WEST_MERCIA_PCC]),
    ],
    locations: [],
    services: [
      local("west-mercia", {
        id: "west-mercia-accommodation-fund",
        organisationId: "west-mercia-pcc",
        name: "Modern Slavery Accommodation and Subsistence Fund",
        description:
          "Money held for the force to buy emergency accommodation and what the person needs straight away, such as sanitary items, clothing and short-term food. The commissioner describes food, drink and secure accommodation for up to seven nights for people in crisis after police action, before NRM support starts.",
        howToAccess: "Through West Mercia Police: the fund pays for what officers arrange.",
        stages: ["pre-nrm", "post-nrm"],
        postNrmSubStages: ["awaiting-rg"],
        audience: "adult",
        needs: ["emergency-accommodation", "immediate-needs-fund"],
        sampleSource: seedCitation(APCC, "122"),
        provenance: seedProvenance(
          [seedSource(APCC, "122"), WEST_MERCIA_PCC],
          `${OLD_DOC} Seven nights is from the commissioner's own page. 'Awaiting decision' stage and adult audience inferred.`,
        ),
      }),
    ],
  },
  2,
);

export const WILTSHIRE_SAMPLE = samplePack(
  "wiltshire",
  "Wiltshire (sample data)",
  {
    organisations: [
      org("opcc-wiltshire", "Wiltshire Police and Crime Commissioner and Wiltshire Police", [seedSource(APCC, "113")]),
    ],
    locations: [],
    services: [
      local("wiltshire", {
        id: "wiltshire-victim-go-bags",
        organisationId: "opcc-wiltshire",
        name: "Victim go bags",
        description:
          "Bags of new clothes and toiletries given to the person at the point of contact, adapted for additional needs.",
        howToAccess: "Given out by officers at first contact. Ask the force where the bags are kept.",
        stages: ["pre-nrm"],
        audience: "both",
        needs: ["practical-support"],
        sampleSource: seedCitation(APCC, "113"),
        provenance: seedProvenance([seedSource(APCC, "113")], `${OLD_DOC} Audience (adults and children) is inferred.`),
      }),
    ],
  },
  2,
);

// Kept as a retired (inactive) entry rather than dropped: officer lookups never
// show it, an MSVLO browsing retired entries sees what was proposed, and
// installs holding the old active entry receive the correction.
export const NOTTINGHAMSHIRE_SAMPLE = samplePack(
  "nottinghamshire",
  "Nottinghamshire (sample data)",
  {
    organisations: [org("british-red-cross", "British Red Cross", [seedSource(APCC, "145")])],
    locations: [],
    services: [
      local("nottinghamshire", {
        id: "notts-brc-your-space",
        organisationId: "british-red-cross",
        name: "British Red Cross 'Your Space' (proposed in 2021, not known to run)",
        description:
          "Listed as inactive: the only source describes it as being explored, not running. In 2021 the commissioner and the force were exploring bringing the British Red Cross 'Your Space' support to Nottinghamshire and seeking funding to revisit a successful local pilot, to strengthen support before the NRM, including for people with no recourse to public funds. Make it active only once a current source confirms it runs.",
        status: "inactive",
        eligibility: "Would include people with no recourse to public funds.",
        stages: ["pre-nrm"],
        audience: "adult",
        needs: ["practical-support"],
        sampleSource: seedCitation(APCC, "145"),
        provenance: seedProvenance(
          [seedSource(APCC, "145")],
          "Inactive: in 2021 this was only being explored and funding was being sought; no source says it started. Adult audience inferred.",
        ),
      }),
    ],
  },
  3,
);

const NPCC = SEEDS.npcc;
/** The Welsh examples are all-Wales statements; the source does not say which force each came from. */
function walesSample(area: "gwent" | "north-wales" | "south-wales", title: string): PathwayPackInput {
  return samplePack(
    area,
    title,
    {
      organisations: [
        org("bawso", "Bawso", [seedSource(NPCC, "122 and 225")], "A first responder organisation in Wales."),
        org("wales-ms-partnership", "Modern slavery MARAC (multi-agency partnership)", [seedSource(NPCC, "225")]),
      ],
      locations: [],
      services: [
        local(area, {
          id: "bawso-adult-advocacy",
          organisationId: "bawso",
          name: "Bawso specialist advocacy for adults",
          description: "Specialist advocacy support for adults from a first responder organisation that Welsh forces work with.",
          stages: ["pre-nrm", "post-nrm", "declined-nrm"],
          audience: "adult",
          needs: ["advocacy-navigator"],
          sampleSource: seedCitation(NPCC, "122 and 225"),
          provenance: seedProvenance(
            [seedSource(NPCC, "122 and 225")],
            `${OLD_DOC} The source speaks of Welsh forces in general; stages inferred.`,
          ),
        }),
        local(area, {
          id: "wales-ms-marac",
          organisationId: "wales-ms-partnership",
          name: "Modern slavery MARAC",
          description:
            "Welsh forces described multi-agency risk assessment conference (MARAC) arrangements for modern slavery: partner agencies meet to plan safeguarding for a person at risk. Ask the force's modern slavery lead how to refer.",
          stages: ["pre-nrm", "post-nrm", "declined-nrm"],
          audience: "adult",
          needs: ["practical-support"],
          sampleSource: seedCitation(NPCC, "225"),
          provenance: seedProvenance(
            [seedSource(NPCC, "225")],
            `${OLD_DOC} Which Welsh forces run one is not stated. Filing a safeguarding meeting under 'practical support' and the adult audience are inferences.`,
          ),
        }),
      ],
    },
    2,
  );
}

export const GWENT_SAMPLE = walesSample("gwent", "Gwent (sample data)");
export const NORTH_WALES_SAMPLE = walesSample("north-wales", "North Wales (sample data)");
export const SOUTH_WALES_SAMPLE = walesSample("south-wales", "South Wales (sample data)");
