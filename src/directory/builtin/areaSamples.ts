// Sample packs for the force areas the public documents in shared/seeds
// describe, beyond the eleven in localSamples.ts. Nearly all of it comes from
// the APCC's 2021 collation of commissioners' replies. Every entry is "verify";
// anything the document does not state is named as an inference in the entry's
// provenance note.
//
// The APCC report says (line 35) that in every reply, victims who do not agree
// to an NRM referral or who leave national support can use the community victim
// support services the commissioner funds. Each area below is named in that
// report, so each pack carries that entry, built by communitySupport().
//
// Work the document describes that does not help a person directly (strategy
// boards, needs assessments, campaigns, guidance maps, force systems) is kept
// in the organisation description, not listed as a service.
import type { ForceAreaId } from "../../shared/forceAreas";
import type { PathwayPackInput } from "../schema/pack";
import { local, OLD_DOC, org, samplePack } from "./localSamples";
import { SEEDS, seedCitation, seedProvenance, seedSource } from "./sampleSources";

type ServiceInput = PathwayPackInput["content"]["services"][number];

const APCC = SEEDS.apcc;
const NPCC = SEEDS.npcc;
const LETTERS = SEEDS.letters;

/**
 * The community victim support every replying commissioner reported (APCC line
 * 35). `namedAt` is the line(s) where the area appears in the same report.
 */
function communitySupport(
  area: ForceAreaId,
  code: string,
  organisationId: string,
  namedAt: string,
  options: {
    commissioner?: string;
    name?: string;
    description?: string;
    extraNote?: string;
    /** The note says the provider is unnamed unless this is true. */
    providerNoted?: boolean;
  } = {},
): ServiceInput {
  const commissioner = options.commissioner ?? "Police and Crime Commissioner";
  const lines = namedAt.includes(" and ") ? `35, ${namedAt}` : `35 and ${namedAt}`;
  const sources = [seedSource(APCC, "35"), seedSource(APCC, namedAt)];
  return local(area, {
    id: `${code}-community-victim-support`,
    organisationId,
    name: options.name ?? `Community victim support (commissioned by the ${commissioner})`,
    description:
      options.description ??
      `Local victim support services paid for by the ${commissioner}. Victims of modern slavery who do not agree to an NRM referral, or who leave the national support service, can use them. The provider and what they offer are not named here: check the local provider and how to refer.`,
    stages: ["declined-nrm", "post-nrm"],
    postNrmSubStages: ["exited-support"],
    audience: "adult",
    needs: ["practical-support"],
    sampleSource: seedCitation(APCC, lines),
    provenance: seedProvenance(
      sources,
      `${OLD_DOC} A 2021 report says this of every commissioner who replied, and this area is among them.${
        options.extraNote === undefined ? "" : ` ${options.extraNote}`
      }${
        options.providerNoted === true ? " Adult" : " The provider is not named; adult"
      } audience and 'practical support' are inferred.`,
    ),
  });
}

export const AVON_AND_SOMERSET_SAMPLE = samplePack("avon-and-somerset", "Avon and Somerset (sample data)", {
  organisations: [
    org("avon-pcc", "Avon and Somerset Police and Crime Commissioner", [seedSource(APCC, "35 and 148")]),
    org(
      "avon-unseen",
      "Unseen",
      [seedSource(APCC, "108 and 148")],
      "The commissioner's service provider in 2021, with the grant due for renewal for 2022/23.",
    ),
  ],
  locations: [],
  services: [
    local("avon-and-somerset", {
      id: "avon-unseen-support-workers",
      organisationId: "avon-unseen",
      name: "Unseen support workers (welfare visits with the police)",
      description:
        "Unseen support workers go with Avon and Somerset Police on welfare visits to potential victims, including people who decline an NRM referral. They share information with the police, point the person to the right services and help build trust.",
      stages: ["declined-nrm", "pre-nrm"],
      audience: "adult",
      needs: ["advocacy-navigator"],
      sampleSource: seedCitation(APCC, "108 and 148"),
      provenance: seedProvenance(
        [seedSource(APCC, "108 and 148")],
        `${OLD_DOC} The source names people who decline the NRM; the stage before referral, adult audience and 'advocacy' are inferred.`,
      ),
    }),
    communitySupport("avon-and-somerset", "avon", "avon-pcc", "108 and 148", {
      extraNote: "Unseen was the commissioner's provider in 2021, but the source does not say it gives this support.",
      providerNoted: true,
    }),
  ],
});

export const BEDFORDSHIRE_SAMPLE = samplePack("bedfordshire", "Bedfordshire (sample data)", {
  organisations: [
    org(
      "beds-pcc",
      "Bedfordshire Police and Crime Commissioner",
      [seedSource(APCC, "60")],
      "Worked with the force on a modern slavery and human trafficking improvement plan in 2021.",
    ),
  ],
  locations: [],
  services: [communitySupport("bedfordshire", "beds", "beds-pcc", "60")],
});

export const CHESHIRE_SAMPLE = samplePack("cheshire", "Cheshire (sample data)", {
  organisations: [
    org(
      "cheshire-pcc",
      "Cheshire Police and Crime Commissioner",
      [seedSource(APCC, "42 and 72")],
      "In 2021 commissioned a victims' needs assessment that heard directly from victims of modern slavery, to shape future services. Checks the force's response to victims at a quarterly vulnerability board.",
    ),
  ],
  locations: [],
  services: [communitySupport("cheshire", "cheshire", "cheshire-pcc", "42 and 72")],
});

export const CLEVELAND_SAMPLE = samplePack("cleveland", "Cleveland (sample data)", {
  organisations: [
    org(
      "cleveland-pcc",
      "Cleveland Police and Crime Commissioner",
      [seedSource(APCC, "73 and 91")],
      "Supports the Pan Cleveland multi-agency partnership on modern slavery, running since 2018 and also funded by the local authorities.",
    ),
  ],
  locations: [],
  services: [communitySupport("cleveland", "cleveland", "cleveland-pcc", "73 and 91")],
});

export const CUMBRIA_SAMPLE = samplePack("cumbria", "Cumbria (sample data)", {
  organisations: [
    org(
      "cumbria-pcc",
      "Cumbria Police and Crime Commissioner",
      [seedSource(APCC, "58 and 119")],
      "Chairs the Safer Cumbria Partnership. In 2021 a multi-agency group was planning accommodation for people who decline the NRM or cannot get a Salvation Army safe house.",
    ),
    org("cumbria-constabulary", "Cumbria Constabulary", [seedSource(APCC, "58 and 119")]),
    org(
      "cumbria-local-authorities",
      "Local authorities in Cumbria",
      [seedSource(APCC, "58")],
      "Agreed to let their accommodation be used temporarily for victims of modern slavery.",
    ),
  ],
  locations: [],
  services: [
    local("cumbria", {
      id: "cumbria-la-temporary-accommodation",
      organisationId: "cumbria-local-authorities",
      name: "Temporary local authority accommodation (modern slavery agreement)",
      description:
        "Under an agreement won by the commissioner and the Constabulary, local authority accommodation can be used for a short time, when needed, to give a victim of modern slavery somewhere to stay straight away. Ask the force's modern slavery lead how it is arranged.",
      stages: ["pre-nrm"],
      audience: "adult",
      needs: ["emergency-accommodation"],
      sampleSource: seedCitation(APCC, "58"),
      provenance: seedProvenance(
        [seedSource(APCC, "58"), seedSource(APCC, "119")],
        `${OLD_DOC} The stage before referral and adult audience are inferred. In 2021 accommodation for people who decline the NRM was still being worked out (its section on accommodation).`,
      ),
    }),
    local("cumbria", {
      id: "cumbria-subsistence",
      organisationId: "cumbria-constabulary",
      name: "Subsistence from Cumbria Constabulary",
      description:
        "Cumbria Constabulary provides subsistence to victims where needed. In 2021 partners had not yet agreed which organisation should provide it, so check who does now.",
      stages: ["pre-nrm", "declined-nrm"],
      audience: "adult",
      needs: ["immediate-needs-fund"],
      sampleSource: seedCitation(APCC, "119"),
      provenance: seedProvenance(
        [seedSource(APCC, "119")],
        `${OLD_DOC} Stages, adult audience and filing it as an immediate needs fund are inferred.`,
      ),
    }),
    communitySupport("cumbria", "cumbria", "cumbria-pcc", "58 and 119"),
  ],
});

export const DURHAM_SAMPLE = samplePack("durham", "Durham (sample data)", {
  organisations: [
    org(
      "durham-pcc",
      "Durham Police and Crime Commissioner",
      [seedSource(APCC, "69")],
      "Funds the Durham Modern Slavery Network, new in 2021, which brings partners together to map support pathways for victims of modern slavery and trafficking.",
    ),
    org(
      "durham-constabulary",
      "Durham Constabulary",
      [seedSource(APCC, "69")],
      "In 2021 it ran daily threat assessments, trained Victim Liaison Officers and officers on the section 45 defence, and expanded its child sexual exploitation (CSE) team.",
    ),
  ],
  locations: [],
  services: [
    local("durham", {
      id: "durham-victim-liaison-officers",
      organisationId: "durham-constabulary",
      name: "Victim Liaison Officers",
      description:
        "Durham Constabulary trains Victim Liaison Officers as part of its care for victims of modern slavery. The source does not say how they are deployed: ask the force's modern slavery lead.",
      stages: ["pre-nrm", "post-nrm", "declined-nrm"],
      audience: "both",
      needs: ["advocacy-navigator"],
      sampleSource: seedCitation(APCC, "69"),
      provenance: seedProvenance(
        [seedSource(APCC, "69")],
        `${OLD_DOC} The source names the training only. Stages, audience and 'advocacy' are inferred.`,
      ),
    }),
    communitySupport("durham", "durham", "durham-pcc", "69"),
  ],
});

export const DYFED_POWYS_SAMPLE = samplePack("dyfed-powys", "Dyfed-Powys (sample data)", {
  organisations: [
    org(
      "dyfed-pcc",
      "Dyfed-Powys Police and Crime Commissioner",
      [seedSource(APCC, "59, 70 and 137")],
      "In 2021 sought Modern Slavery Prevention Fund money to teach workers in sectors that rely on low-skilled labour, such as farming and construction, about their rights and the signs of exploitation.",
    ),
  ],
  locations: [],
  services: [communitySupport("dyfed-powys", "dyfed", "dyfed-pcc", "59, 70 and 137")],
});

export const GLOUCESTERSHIRE_SAMPLE = samplePack("gloucestershire", "Gloucestershire (sample data)", {
  organisations: [
    org(
      "glos-pcc",
      "Gloucestershire Police and Crime Commissioner",
      [seedSource(APCC, "57")],
      "Runs Operation Aidant with the Constabulary: a modern slavery and trafficking intensification programme to improve the service to victims and raise awareness. Leads from both meet monthly.",
    ),
  ],
  locations: [],
  services: [communitySupport("gloucestershire", "glos", "glos-pcc", "57")],
});

export const GREATER_MANCHESTER_SAMPLE = samplePack("greater-manchester", "Greater Manchester (sample data)", {
  organisations: [
    org(
      "gm-deputy-mayor",
      "Greater Manchester Deputy Mayor's Office",
      [seedSource(APCC, "63 and 83")],
      "Funded a 12-month pilot modern slavery investigative team in 2021, alongside the triage the force's MSCU already does. The Challenger Executive Board oversees a Modern Slavery NGO Forum, where voluntary and community groups share what services and support they offer.",
    ),
  ],
  locations: [],
  services: [communitySupport("greater-manchester", "gm", "gm-deputy-mayor", "63 and 83", { commissioner: "Deputy Mayor" })],
});

export const HAMPSHIRE_SAMPLE = samplePack("hampshire", "Hampshire and Isle of Wight (sample data)", {
  organisations: [
    org(
      "hants-pcc",
      "Hampshire Police and Crime Commissioner",
      [seedSource(APCC, "120 and 138")],
      "Delivers the Modern Slavery Partnership's victim pathway and a police NRM pathway process map, which set out the first steps a first responder should take when a victim is identified.",
    ),
  ],
  locations: [],
  services: [
    local("hampshire", {
      id: "hants-pre-nrm-accommodation",
      organisationId: "hants-pcc",
      name: "Accommodation before the NRM (planned in 2021, not known to run)",
      description:
        "Listed as inactive: the only source describes it as planned. In 2021 the commissioner was working with local authority housing teams on accommodation before an NRM referral, and had found a possible venue and partner (a former convent, now a conference centre) once funding was agreed. Make it active only once a current source confirms it runs.",
      status: "inactive",
      stages: ["pre-nrm"],
      audience: "adult",
      needs: ["emergency-accommodation"],
      sampleSource: seedCitation(APCC, "120"),
      provenance: seedProvenance(
        [seedSource(APCC, "120")],
        "Inactive: in 2021 this was only planned and waiting for funding; no source says it started. Adult audience inferred.",
      ),
    }),
    communitySupport("hampshire", "hants", "hants-pcc", "120 and 138"),
  ],
});

export const HUMBERSIDE_SAMPLE = samplePack("humberside", "Humberside (sample data)", {
  organisations: [
    org(
      "humber-pcc",
      "Humberside Police and Crime Commissioner",
      [seedSource(APCC, "109-111")],
      "In 2021 working towards support for victims, in and outside the NRM, that is person-centred, based in the community and given where possible by expert voluntary sector partners.",
    ),
  ],
  locations: [],
  services: [communitySupport("humberside", "humber", "humber-pcc", "109-111")],
});

export const LEICESTERSHIRE_SAMPLE = samplePack("leicestershire", "Leicestershire (sample data)", {
  organisations: [
    org("leics-pcc", "Leicestershire Police and Crime Commissioner", [seedSource(APCC, "140")]),
    org("leics-justice-and-care", "Justice and Care", [seedSource(APCC, "140"), seedSource(NPCC, "136 and 233")]),
  ],
  locations: [],
  services: [
    local("leicestershire", {
      id: "leics-victim-navigator",
      organisationId: "leics-justice-and-care",
      name: "Victim Navigator at the Safeguarding Hub, Wigston (planned for January 2022)",
      description:
        "Listed as inactive: the only source describes it as planned. In 2021 a victim navigator post from Justice and Care, part of a regional collaboration, was expected by January 2022, based at the Safeguarding Hub at Wigston, to strengthen support for potential victims before an NRM referral. Make it active only once a current source confirms it runs.",
      status: "inactive",
      stages: ["pre-nrm"],
      audience: "adult",
      needs: ["advocacy-navigator"],
      sampleSource: seedCitation(APCC, "140"),
      provenance: seedProvenance(
        [seedSource(APCC, "140"), seedSource(NPCC, "136 and 233"), seedSource(LETTERS, "39 and 57")],
        "Inactive: in 2021 the post was only expected to start; no source says it did. The report spells the provider 'Justice in Care'; other papers of the time name Justice and Care as the navigator provider. Adult audience inferred.",
      ),
    }),
    communitySupport("leicestershire", "leics", "leics-pcc", "140"),
  ],
});

export const LINCOLNSHIRE_SAMPLE = samplePack("lincolnshire", "Lincolnshire (sample data)", {
  organisations: [org("lincs-pcc", "Lincolnshire Police and Crime Commissioner", [seedSource(APCC, "139")])],
  locations: [],
  services: [
    local("lincolnshire", {
      id: "lincs-east-midlands-victim-navigators",
      organisationId: "lincs-pcc",
      name: "East Midlands victim navigators (planned in 2021, not known to run)",
      description:
        "Listed as inactive: the only source describes it as planned. In 2021 the commissioner was in talks with the regional modern slavery coordinator to set up two victim navigator roles for the East Midlands, and planned to bid for Home Office money to add to them. Make it active only once a current source confirms they run.",
      status: "inactive",
      stages: ["pre-nrm", "post-nrm", "declined-nrm"],
      audience: "adult",
      needs: ["advocacy-navigator"],
      sampleSource: seedCitation(APCC, "139"),
      provenance: seedProvenance(
        [seedSource(APCC, "139")],
        "Inactive: in 2021 these roles were only under discussion; no source says they started. The provider is not named. Stages and adult audience inferred.",
      ),
    }),
    communitySupport("lincolnshire", "lincs", "lincs-pcc", "139", {
      name: "Community victim support and outreach (commissioned by the Police and Crime Commissioner)",
      description:
        "The commissioner pays for a local victim outreach support service. Victims of modern slavery who do not agree to an NRM referral, or who leave the national support service, can use the community victim support the commissioner funds. The provider and what it offers are not named here: check the local provider and how to refer.",
      extraNote: "That the outreach service it mentions is this same support is inferred.",
    }),
  ],
});

export const MERSEYSIDE_SAMPLE = samplePack("merseyside", "Merseyside (sample data)", {
  organisations: [
    org(
      "mersey-pcc",
      "Merseyside Police and Crime Commissioner",
      [seedSource(APCC, "92")],
      "In 2021 the newly elected commissioner planned to relaunch the local Modern Slavery Network, so partners work together on victim support across Merseyside.",
    ),
  ],
  locations: [],
  services: [communitySupport("merseyside", "mersey", "mersey-pcc", "92")],
});

export const METROPOLITAN_SAMPLE = samplePack("metropolitan", "London, Metropolitan Police area (sample data)", {
  organisations: [
    org(
      "met-mopac",
      "Mayor's Office for Policing and Crime (MOPAC)",
      [seedSource(APCC, "128 and 147")],
      "After reports of fewer referrals during the pandemic, paid for communications campaigns, aimed at prevention, run through smaller organisations with links into hard-to-reach communities.",
    ),
  ],
  locations: [],
  services: [
    communitySupport("metropolitan", "met", "met-mopac", "128 and 147", {
      commissioner: "Mayor's Office for Policing and Crime",
    }),
  ],
});

export const STAFFORDSHIRE_SAMPLE = samplePack("staffordshire", "Staffordshire (sample data)", {
  organisations: [
    org(
      "staffs-pcc",
      "Staffordshire Police and Crime Commissioner",
      [seedSource(APCC, "61")],
      "Worked with the force on the Victims' Code. The force's Niche system now holds a 'victim contract' that prompts the officer in the case to cover the victim's rights, such as access to an interpreter and support during the investigation.",
    ),
  ],
  locations: [],
  services: [communitySupport("staffordshire", "staffs", "staffs-pcc", "61")],
});

export const SUFFOLK_SAMPLE = samplePack(
  "suffolk",
  "Suffolk (sample data)",
  {
    organisations: [
      org(
        "suffolk-pcc",
        "Suffolk Police and Crime Commissioner",
        [seedSource(APCC, "62, 67 and 144")],
        "Paid, through the 2020/21 precept, for the Constabulary's Modern Slavery and Vulnerable Community Advisors, who study trends, build intelligence and target work with victims across the county.",
      ),
      org(
        "suffolk-victim-support",
        "Victim Support",
        [seedSource(APCC, "144")],
        "The main provider of the commissioner's victim care contract in Suffolk.",
      ),
    ],
    locations: [],
    services: [
      communitySupport("suffolk", "suffolk", "suffolk-victim-support", "62, 67 and 144", {
        name: "Victim Support (commissioner's victim care contract)",
        description:
          "Victim Support is the main provider of the commissioner's victim care contract. Victims of modern slavery who do not agree to an NRM referral, or who leave the national support service, can use the community victim support the commissioner funds. In 2021 the commissioner reported that modern slavery services were in place and referrals were made, but few people took them up, and was working with Victim Support to find out why. Check with the provider what it offers now.",
        extraNote:
          "That Victim Support gives the modern slavery support is inferred from its being the main contract provider; the report does not say who runs the modern slavery services.",
        providerNoted: true,
      }),
    ],
  },
  2,
);

export const WARWICKSHIRE_SAMPLE = samplePack("warwickshire", "Warwickshire (sample data)", {
  organisations: [
    org(
      "warks-pcc",
      "Warwickshire Police and Crime Commissioner",
      [seedSource(APCC, "142")],
      "In 2021 commissioning a victims' needs assessment that covers support for victims of modern slavery before, after and outside the NRM.",
    ),
  ],
  locations: [],
  services: [communitySupport("warwickshire", "warks", "warks-pcc", "142")],
});

export const WEST_MIDLANDS_SAMPLE = samplePack(
  "west-midlands",
  "West Midlands (sample data)",
  {
    organisations: [
      org("wmids-pcc", "West Midlands Police and Crime Commissioner", [seedSource(APCC, "43 and 107")]),
      org(
        "wmids-bcwa",
        "Black Country Women's Aid",
        [seedSource(APCC, "43")],
        "Runs a community engagement project with the commissioner.",
      ),
    ],
    locations: [],
    services: [
      local("west-midlands", {
        id: "wmids-bcwa-community-engagement",
        organisationId: "wmids-bcwa",
        name: "Community engagement project for sexually exploited women (being commissioned in 2021, not known to run)",
        description:
          "Listed as inactive: in 2021 the commissioner was still commissioning this project with Black Country Women's Aid, and no source here says it started. Make it active only once a current source confirms it runs. It aims to find and reach women who are sexually exploited and may be victims of modern slavery, and help them get support. It was to work closely with the police and partners on intelligence, map sex work and exploitation across the region, and engage with potential and identified victims.",
        status: "inactive",
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        genderRestriction: "women",
        needs: ["advocacy-navigator"],
        sampleSource: seedCitation(APCC, "43"),
        provenance: seedProvenance(
          [seedSource(APCC, "43")],
          `${OLD_DOC} Inactive: in 2021 the commissioner was still commissioning it. Women only, adult audience, stages and 'advocacy' are inferred from the project's aim.`,
        ),
      }),
      local("west-midlands", {
        id: "wmids-sascc",
        organisationId: "wmids-pcc",
        name: "Slavery Adult Safeguarding Case Conference (SASCC)",
        description:
          "A case conference for adult victims of modern slavery and trafficking, run like a MARAC in each local authority area. It helps safeguard the person and keep them engaged with the criminal justice process. Ask the force's modern slavery lead how to refer.",
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        audience: "adult",
        needs: ["practical-support"],
        sampleSource: seedCitation(APCC, "107"),
        provenance: seedProvenance(
          [seedSource(APCC, "107")],
          `${OLD_DOC} Stages, and filing a safeguarding meeting under 'practical support', are inferred.`,
        ),
      }),
      communitySupport("west-midlands", "wmids", "wmids-pcc", "43 and 107"),
    ],
  },
  2,
);

export const WEST_YORKSHIRE_SAMPLE = samplePack("west-yorkshire", "West Yorkshire (sample data)", {
  organisations: [
    org(
      "wyorks-deputy-mayor",
      "Office of the Deputy Mayor for West Yorkshire",
      [seedSource(APCC, "79 and 121")],
      "Named housing before an NRM referral as a key problem in 2021: people were often put in hotels or B&Bs, which is not always suitable and can raise the risk of further exploitation, going missing and lost evidence.",
    ),
  ],
  locations: [],
  services: [communitySupport("west-yorkshire", "wyorks", "wyorks-deputy-mayor", "121", { commissioner: "Deputy Mayor" })],
});

export const AREA_SAMPLES: readonly PathwayPackInput[] = [
  AVON_AND_SOMERSET_SAMPLE,
  BEDFORDSHIRE_SAMPLE,
  CHESHIRE_SAMPLE,
  CLEVELAND_SAMPLE,
  CUMBRIA_SAMPLE,
  DURHAM_SAMPLE,
  DYFED_POWYS_SAMPLE,
  GLOUCESTERSHIRE_SAMPLE,
  GREATER_MANCHESTER_SAMPLE,
  HAMPSHIRE_SAMPLE,
  HUMBERSIDE_SAMPLE,
  LEICESTERSHIRE_SAMPLE,
  LINCOLNSHIRE_SAMPLE,
  MERSEYSIDE_SAMPLE,
  METROPOLITAN_SAMPLE,
  STAFFORDSHIRE_SAMPLE,
  SUFFOLK_SAMPLE,
  WARWICKSHIRE_SAMPLE,
  WEST_MIDLANDS_SAMPLE,
  WEST_YORKSHIRE_SAMPLE,
];
