/** Whether a speaker is a person or an organisation, as schema.org types them. */
export type SpeakerType = "Person" | "Organization";

// Words that name bodies, not people, in the speakers news copy cites (a council, a ministry, an army, …).
const ORGANIZATION_WORDS = new Set([
  "agency",
  "alliance",
  "army",
  "association",
  "authority",
  "bank",
  "board",
  "coalition",
  "command",
  "commission",
  "committee",
  "company",
  "corporation",
  "council",
  "court",
  "department",
  "federation",
  "forces",
  "front",
  "government",
  "group",
  "inc",
  "institute",
  "league",
  "ltd",
  "ministry",
  "ministère",
  "ministerium",
  "ministero",
  "ministerio",
  "movement",
  "observatory",
  "office",
  "organisation",
  "organization",
  "parliament",
  "party",
  "police",
  "presidency",
  "union",
  "university",
]);

/**
 * `Organization` when the name reads like a body ("SDF's Manbij Military Council", "the Syrian Observatory for
 * Human Rights"), else `Person`.
 * @example getSpeakerType("Army of Conquest") // "Organization"
 */
export function getSpeakerType(name: string): SpeakerType {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words[0] === "the" && words.length > 1) return "Organization";
  return words.some((word) => ORGANIZATION_WORDS.has(word))
    ? "Organization"
    : "Person";
}
