// National services (England and Wales) from the domain brief's support
// catalogue (its section 7), with only the phone numbers on the confirmed list.
// Each entry cites the public sources the brief gives for it; the brief itself
// is an internal research note and is never cited to officers.
import type { PathwayPackInput } from "../schema/pack";
import {
  NO_NUMBER_NOTE,
  SAMPLE_CHECKED_ON,
  SAMPLE_EXPIRES_ON,
  SAMPLE_PUBLISHER,
  SEEDS,
  sampleCitation,
  seedSource,
} from "./sampleSources";

const SA_SUPPORT = {
  title: "Supporting survivors of modern slavery",
  publisher: "The Salvation Army",
  url: "https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors",
};
const SA_CONTRACT = {
  title: "New victim care contract",
  publisher: "The Salvation Army",
  url: "https://www.salvationarmy.org.uk/modern-slavery/new-victim-care-contract",
};
const HELPLINE = {
  title: "What happens when you call the helpline",
  publisher: "Modern Slavery & Exploitation Helpline (Unseen)",
  url: "https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline",
};
const NCTC = {
  title: "Guardianship service",
  publisher: "Barnardo's National Counter Trafficking Centre",
  url: "https://nctc.org.uk/guardianship-service",
};
const ICTG_GUIDANCE = {
  title: "Interim guidance for independent child trafficking guardians",
  publisher: "Home Office",
  version: "updated May 2024",
  url: "https://www.gov.uk/government/publications/child-trafficking-advocates-early-adopter-sites/interim-guidance-for-independent-child-trafficking-guardians-accessible-version",
};
const ICTG_EVALUATION = {
  title: "Independent Child Trafficking Guardian (ICTG) MSA evaluation",
  publisher: "Home Office",
  version: "published 21 May 2024",
  url: "https://www.gov.uk/government/publications/independent-child-trafficking-guardian-ictg-msa-evaluation/independent-child-trafficking-guardian-ictg-msa-evaluation",
};
const BRC_EARLY = {
  title: "Early support for survivors of trafficking",
  publisher: "British Red Cross",
  url: "https://www.redcross.org.uk/about-us/what-we-do/we-speak-up-for-change/human-trafficking-and-slavery/early-support-for-survivors-of-trafficking",
};
const BRC_RESPONSE = {
  title: "British Red Cross",
  publisher: "Trafficking response",
  url: "https://trafficking-response.org/national-society-services/british-red-cross/",
};
const WM_ANTI_SLAVERY = {
  title: "Support available in the NRM",
  publisher: "West Midlands Anti-Slavery Network",
  url: "https://westmidlandsantislavery.org/support-available-in-the-nrm/",
};
const MIGRANT_HELP = {
  title: "Modern slavery statement",
  publisher: "Migrant Help",
  url: "https://www.migranthelpuk.org/modern-slavery-statement",
};
const CHESHIRE_SUPPORT = {
  title: "Support for victims of human trafficking and modern slavery",
  publisher: "Cheshire Constabulary",
  url: "https://www.cheshire.police.uk/advice-and-support/modern-slavery-and-human-trafficking/support-for-victims-of-human-trafficking-and-modern-slavery/",
};
const HO_AFTER_CG = {
  title: "Support in England and Wales after a positive conclusive grounds decision",
  publisher: "Home Office",
  version: "published 22 January 2026",
  url: "https://www.gov.uk/government/publications/support-for-confirmed-victims-of-modern-slavery/support-in-england-and-wales-after-a-positive-conclusive-grounds-decision-accessible",
};
const NRM_ADULT_GUIDANCE = {
  title: "National referral mechanism guidance: adult (England and Wales)",
  publisher: "Home Office",
  section: "section 2.1",
  version: "updated 20 October 2024",
  url: "https://www.gov.uk/government/publications/support-for-victims-of-human-trafficking",
};
const HESTIA = { title: "Modern slavery response", publisher: "Hestia", url: "https://www.hestia.org/modernslaveryresponse" };
const YJLC = {
  title: "Home Office statutory guidance, Modern Slavery Act 2015 (summary)",
  publisher: "Youth Justice Legal Centre",
  url: "https://yjlc.uk/resources/legal-updates/home-office-statutory-guidance-modern-slavery-act-2015",
};
const NYSA = {
  title: "Forms for people working with adults (NRM)",
  publisher: "North Yorkshire Safeguarding Adults Board",
  url: "https://safeguardingadults.co.uk/working-with-adults/forms-for-people-working-with-adults/",
};
const COLCHESTER = {
  title: "Modern slavery transparency statement 2025: duty to notify",
  publisher: "Colchester City Council",
  url: "https://www.colchester.gov.uk/modern-slavery-transparency-statement-2025/?page=duty--to--notify",
};

const national = { forceArea: "national" } as const;
const reviewed = SAMPLE_CHECKED_ON;

export const NATIONAL_SAMPLE: PathwayPackInput = {
  format: "waymark-pathway-pack",
  schemaVersion: 1,
  // 2: corrected sample content (BUILTIN_SEED_VERSION "2").
  // 3: public citations only (BUILTIN_SEED_VERSION "3").
  packVersion: 3,
  area: "national",
  publisher: SAMPLE_PUBLISHER,
  title: "National services (sample data)",
  issuedAt: SAMPLE_CHECKED_ON,
  expiresAt: SAMPLE_EXPIRES_ON,
  content: {
    organisations: [
      {
        id: "salvation-army",
        name: "The Salvation Army",
        website: "https://www.salvationarmy.org.uk",
        provenance: { sources: [SA_SUPPORT], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "unseen",
        name: "Unseen",
        description: "Charity that runs the Modern Slavery & Exploitation Helpline.",
        website: "https://www.modernslaveryhelpline.org",
        provenance: { sources: [HELPLINE], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "migrant-help",
        name: "Migrant Help",
        website: "https://www.migranthelpuk.org",
        provenance: { sources: [MIGRANT_HELP], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "barnardos-nctc",
        name: "Barnardo's National Counter Trafficking Centre",
        website: "https://nctc.org.uk",
        provenance: { sources: [NCTC], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "british-red-cross",
        name: "British Red Cross",
        website: "https://www.redcross.org.uk",
        provenance: { sources: [BRC_EARLY], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "kalayaan",
        name: "Kalayaan",
        description: "Charity for migrant domestic workers; a first responder organisation.",
        provenance: { sources: [CHESHIRE_SUPPORT], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "hestia",
        name: "Hestia",
        website: "https://www.hestia.org",
        provenance: { sources: [HESTIA], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "local-authority",
        name: "Local authority where the person is",
        description: "Generic entry: each council has its own contact route.",
        provenance: { sources: [YJLC, NYSA], lastReviewed: reviewed, verification: "confirmed" },
      },
    ],
    locations: [
      {
        id: "msvcc-safe-houses",
        name: "Victim care contract safe houses",
        description: "Addresses are confidential and are never shown.",
        confidentialAddress: true,
      },
    ],
    services: [
      {
        id: "modern-slavery-helpline",
        organisationId: "unseen",
        name: "Modern Slavery & Exploitation Helpline",
        description:
          "Free, confidential advice and reporting line, open all day and night. Advisers can pass details to the police if the caller agrees; they share without agreement only if someone is in imminent danger or a child is at risk.",
        status: "active",
        url: "https://www.modernslaveryhelpline.org",
        links: [],
        phones: [{ number: "08000 121 700", description: "Helpline, 24 hours", verification: "confirmed" }],
        languages: [],
        hours: { open247: true },
        locationIds: [],
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "both",
        needs: ["helpline"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([HELPLINE]),
        provenance: { sources: [HELPLINE], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "msvcc-referral-line",
        organisationId: "salvation-army",
        name: "Victim care contract referral line (Salvation Army)",
        description:
          "The Salvation Army's 24-hour line for an adult who has been referred into the NRM and is waiting for the reasonable grounds decision. National support normally starts after a positive reasonable grounds decision. Sources disagree on emergency help, including accommodation, before that decision (for example when the person is destitute or has an urgent need): check with the line before relying on it.",
        status: "active",
        links: [],
        phones: [{ number: "0800 808 3733", description: "Referral line, 24 hours", verification: "confirmed" }],
        languages: [],
        hours: { open247: true },
        howToAccess: "Call the referral line; the NRM referral itself is made by a first responder.",
        locationIds: [],
        stages: ["post-nrm"],
        postNrmSubStages: ["awaiting-rg"],
        audience: "adult",
        needs: ["helpline", "emergency-accommodation"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([SA_SUPPORT, WM_ANTI_SLAVERY]),
        provenance: {
          sources: [SA_SUPPORT, WM_ANTI_SLAVERY, seedSource(SEEDS.devonAndCornwall, "144-146"), seedSource(SEEDS.npcc, "122")],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote:
            "Emergency support before a positive reasonable grounds decision is unconfirmed: a regional network (a secondary source) and a 2021 force document say it can be given to a destitute person or one with an urgent need; another force (2022) said support starts only after a positive decision. The number is confirmed.",
        },
      },
      {
        id: "msvcc-support",
        organisationId: "salvation-army",
        name: "Modern Slavery Victim Care Contract support",
        description:
          "Government-funded support for adults after a positive reasonable grounds decision, continuing through the move-on period after a positive conclusive grounds decision: safe accommodation where needed, a support worker, financial support, interpreting, healthcare, specialist legal advice and transport to appointments. Run by The Salvation Army with partner organisations.",
        status: "active",
        links: [],
        phones: [{ number: "0800 808 3733", description: "Referral line, 24 hours", verification: "confirmed" }],
        languages: [],
        hours: { open247: true, note: "The referral line is open 24 hours." },
        howToAccess: "Through an NRM referral; the referral line answers 24 hours.",
        locationIds: ["msvcc-safe-houses"],
        stages: ["post-nrm"],
        postNrmSubStages: ["positive-rg", "positive-cg"],
        audience: "adult",
        needs: ["emergency-accommodation", "advocacy-navigator", "legal-advice", "health", "interpreting", "practical-support"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([SA_CONTRACT, SA_SUPPORT, HO_AFTER_CG]),
        provenance: {
          sources: [SA_CONTRACT, SA_SUPPORT, HO_AFTER_CG],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote:
            "The contract began in January 2021 for five years; whether it has been extended or re-let is not confirmed.",
        },
      },
      {
        id: "msvcc-reach-in",
        organisationId: "salvation-army",
        name: "Victim care contract Reach-In support",
        description:
          "For confirmed victims who have moved on from the main support: help with new or returning needs and advice, such as work, counselling, English classes and translation. Referrals go through the victim care contract line.",
        status: "active",
        links: [],
        phones: [{ number: "0800 808 3733", description: "Referral line, 24 hours", verification: "confirmed" }],
        languages: [],
        hours: { open247: true, note: "The referral line is open 24 hours." },
        locationIds: [],
        stages: ["post-nrm"],
        postNrmSubStages: ["exited-support"],
        audience: "adult",
        needs: ["practical-support", "health", "interpreting"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([SA_CONTRACT]),
        provenance: {
          sources: [SA_CONTRACT],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote:
            "Depends on the victim care contract, whose current term is not confirmed. Mapping counselling to 'health' is an inference.",
        },
      },
      {
        id: "ictg-service",
        organisationId: "barnardos-nctc",
        name: "Independent Child Trafficking Guardians",
        description:
          "An independent guardian who advises and speaks up for a child who may have been trafficked. One-to-one support where nobody in the UK has parental responsibility for the child; advice and challenge to the professionals where someone does.",
        status: "active",
        links: [],
        phones: [],
        noPhoneNote: NO_NUMBER_NOTE,
        eligibility:
          "Children who may have been trafficked; the current model also includes some support after 18. Available in about two-thirds of local authority areas in England and Wales; check coverage for your area.",
        languages: [],
        howToAccess: "Where the service runs, make a guardian referral (online form) as well as the NRM referral.",
        locationIds: [],
        stages: ["pre-nrm", "post-nrm"],
        audience: "child",
        needs: ["child-trafficking-guardian"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([NCTC, ICTG_GUIDANCE]),
        provenance: {
          sources: [NCTC, ICTG_GUIDANCE, ICTG_EVALUATION],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote:
            "Coverage and the referral route change (the model changed again in 2024/25, including some support after 18, whose terms are not stated); the published assessment line is unconfirmed, so no number is shown.",
        },
      },
      {
        id: "migrant-help-modern-slavery",
        organisationId: "migrant-help",
        name: "Migrant Help modern slavery support",
        description:
          "A first responder organisation that can make NRM referrals. It also provides victim care contract accommodation and asylum advice.",
        status: "active",
        links: [],
        phones: [],
        noPhoneNote: NO_NUMBER_NOTE,
        languages: [],
        locationIds: [],
        stages: ["pre-nrm", "post-nrm"],
        audience: "adult",
        needs: ["practical-support", "legal-advice"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([MIGRANT_HELP]),
        provenance: {
          sources: [MIGRANT_HELP],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote:
            "Mapping asylum advice to 'legal advice' and the stages served are inferences from a one-line description.",
        },
      },
      {
        id: "brc-trafficking-support",
        organisationId: "british-red-cross",
        name: "British Red Cross support for survivors of trafficking",
        description:
          "Reception centres during police operations (food, clothes, first aid, emotional support); 'Your Space' immediate support after leaving exploitation; casework for people outside the main support systems, including help when destitute; family tracing.",
        status: "active",
        links: [],
        phones: [],
        noPhoneNote: NO_NUMBER_NOTE,
        languages: [],
        locationIds: [],
        stages: ["pre-nrm", "declined-nrm", "post-nrm"],
        postNrmSubStages: ["exited-support"],
        audience: "adult",
        needs: ["practical-support", "advocacy-navigator", "immediate-needs-fund"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([BRC_RESPONSE, BRC_EARLY]),
        provenance: {
          sources: [BRC_RESPONSE, BRC_EARLY],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote:
            "The stages (before the NRM, declined, after leaving support) and the needs are inferred from the service description; availability varies by area.",
        },
      },
      {
        id: "kalayaan-advice",
        organisationId: "kalayaan",
        name: "Kalayaan advice for migrant domestic workers",
        description:
          "Advice and support for migrant domestic workers, from a first responder organisation that can make NRM referrals.",
        status: "active",
        links: [],
        phones: [],
        noPhoneNote: NO_NUMBER_NOTE,
        eligibility: "Migrant domestic workers.",
        languages: [],
        locationIds: [],
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["advocacy-navigator"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([CHESHIRE_SUPPORT]),
        provenance: {
          sources: [CHESHIRE_SUPPORT],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote: "The stages served are inferred.",
        },
      },
      {
        id: "hestia-safe-houses",
        organisationId: "hestia",
        name: "Hestia safe houses and outreach",
        description:
          "Victim care contract safe houses in London and Kent, outreach across London, and longer-term volunteer support (the Phoenix Project, with the British Red Cross).",
        status: "active",
        links: [],
        phones: [],
        noPhoneNote: NO_NUMBER_NOTE,
        eligibility: "Safe houses are in London and Kent; outreach is London-wide.",
        languages: [],
        locationIds: ["msvcc-safe-houses"],
        stages: ["post-nrm"],
        postNrmSubStages: ["positive-rg", "positive-cg", "exited-support"],
        audience: "adult",
        needs: ["emergency-accommodation", "advocacy-navigator"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([HESTIA]),
        provenance: {
          sources: [HESTIA],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote:
            "Longer-term (after support) use of the Phoenix Project is an inference. Safe-house places are part of the victim care contract.",
        },
      },
      {
        id: "la-childrens-services",
        organisationId: "local-authority",
        name: "Local authority children's services (MASH)",
        description:
          "A child who may be a victim must be safeguarded first: refer to the children's services of the local authority where the child is, as well as making the NRM referral. The NRM referral does not replace the safeguarding referral.",
        status: "active",
        links: [],
        phones: [],
        noPhoneNote: "Add your local authority's children's services or MASH number.",
        languages: [],
        locationIds: [],
        stages: ["pre-nrm", "post-nrm"],
        audience: "child",
        needs: ["children-safeguarding"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([NRM_ADULT_GUIDANCE, YJLC]),
        provenance: { sources: [NRM_ADULT_GUIDANCE, YJLC, NYSA], lastReviewed: reviewed, verification: "confirmed" },
      },
      {
        id: "la-adult-safeguarding",
        organisationId: "local-authority",
        name: "Local authority adult safeguarding",
        description:
          "Where an adult with care and support needs may be experiencing abuse, including modern slavery, and cannot protect themselves, the council must make safeguarding enquiries; immigration status does not prevent this. Tell adult services alongside any NRM referral or Duty to Notify.",
        status: "active",
        links: [],
        phones: [],
        noPhoneNote: "Add your local authority's adult safeguarding number.",
        eligibility: "Adults with care and support needs (Care Act 2014, section 42).",
        languages: [],
        locationIds: [],
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["practical-support", "emergency-accommodation"],
        area: national,
        assuredDate: reviewed,
        sample: true,
        sampleSource: sampleCitation([NYSA, COLCHESTER]),
        provenance: {
          sources: [NYSA, COLCHESTER],
          lastReviewed: reviewed,
          verification: "verify",
          verificationNote:
            "Mapping council housing options to 'emergency accommodation' is an inference; what a council can offer depends on the person's circumstances.",
        },
      },
    ],
  },
};
