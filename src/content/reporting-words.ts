/**
 * Word lists for quote classification and attribution, in English, French, German, Italian, Spanish and
 * Portuguese. All entries are lower case; look words up with `.toLowerCase()`.
 */

const words = (list: string): ReadonlySet<string> =>
  new Set(list.trim().split(/\s+/u));

/** Finite reporting verbs, usable on either side of a quote (`X said: "…"`, `"…", said X`, `"…", X said`). */
export const SPEECH_VERBS = words(`
  say says said tell tells told add adds added ask asks asked explain explains explained note notes noted
  warn warns warned insist insists insisted argue argues argued claim claims claimed state states stated
  declare declares declared announce announces announced write writes wrote tweet tweets tweeted post posts posted
  reply replies replied respond responds responded continue continues continued conclude concludes concluded
  acknowledge acknowledges acknowledged admit admits admitted agree agrees agreed recall recalls recalled
  remark remarks remarked observe observes observed suggest suggests suggested caution cautions cautioned
  urge urges urged stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized
  confirm confirms confirmed deny denies denied report reports reported shout shouts shouted yell yells yelled
  cry cries cried whisper whispers whispered testify testifies testified comment comments commented
  predict predicts predicted promise promises promised pledge pledges pledged vow vows vowed threaten threatens
  threatened boast boasts boasted complain complains complained concede concedes conceded counter counters
  countered contend contends contended maintain maintains maintained muse muses mused quip quips quipped
  joke jokes joked sigh sighs sighed scream screams screamed exclaim exclaims exclaimed assert asserts asserted
  affirm affirms affirmed allege alleges alleged answer answers answered demand demands demanded
  reiterate reiterates reiterated recount recounts recounted retort retorts retorted mention mentions mentioned
  messaged texted emailed chanted chants sang begged begs pleaded pleads sobbed snapped murmured muttered wondered laughed fumed gasped
  dit déclare déclaré affirme affirmé explique expliqué ajoute ajouté indique indiqué précise précisé
  souligne souligné estime estimé assure assuré lance lancé confie confié raconte raconté répond répondu
  annonce annoncé rappelle rappelé insiste insisté prévient prévenu avertit averti martèle martelé poursuit
  poursuivi résume résumé reconnaît reconnu dénonce dénoncé écrit tweeté confirme confirmé commente commenté
  scandé scandent crié crient répète répètent répété disent affirment expliquent assurent dénoncent clament déplore déploré regrette regretté conclut déclarait affirmait expliquait disait promis promet lancé
  sagt sagte sagten gesagt erklärt erklärte erklärten betont betonte meint meinte fügte teilte berichtet berichtete
  warnt warnte kritisiert kritisierte fordert forderte schreibt schrieb geschrieben antwortet antwortete
  ergänzt ergänzte versichert versicherte unterstreicht unterstrich bekräftigt bekräftigte erläutert erläuterte
  stellte räumte äußerte twitterte rief erzählte erzählt klagt klagte sagen sagten sprach kündigte warnte mahnte
  detto spiegato dichiarato affermato aggiunto sottolineato osservato commentato precisato ribadito risposto
  scritto annunciato concluso raccontato assicurato avvertito denunciato sostenuto spiega afferma aggiunge
  sottolinea osserva dichiara dice commenta precisa ribadisce risponde scrive annuncia racconta assicura
  avverte sostiene replicato replica ammesso ammette
  dijo dicho afirmó afirmado declaró declarado explicó explicado añadió añade agregó agrega señaló señala
  aseguró asegura indicó manifestó sostuvo comentó subrayó destacó advirtió advierte precisó respondió
  escribió insistió reconoció apuntó recalcó expresó detalló concluyó explica
  disse dito diz afirmou declarou explicou acrescentou acrescenta destacou ressaltou salientou garantiu garante
  comentou escreveu contou respondeu sublinhou frisou avaliou observou lembrou ponderou completou alertou
  defendeu admitiu reconheceu
  قال وقال قالت وقالت يقول ويقول تقول وتقول أضاف وأضاف أضافت وأضافت أكد وأكد أكدت وأكدت صرح وصرح صرحت وصرحت
`);

/** Participles that report speech of the clause's subject: `X released a statement saying "…"`. */
export const PARTICIPLES = words(`
  saying adding noting warning insisting arguing claiming stating declaring explaining stressing emphasising
  emphasizing urging writing telling asking suggesting announcing promising vowing acknowledging admitting
  pledging threatening describing calling chanting shouting
  ajoutant affirmant déclarant expliquant précisant soulignant estimant assurant disant indiquant
  diciendo añadiendo afirmando asegurando explicando señalando agregando
  dicendo aggiungendo affermando spiegando sottolineando
  dizendo afirmando acrescentando explicando destacando
`);

/** Verbs that quote a person's own word for something, only before the quote: `called the plan "reckless"`. */
export const CHARACTERISING_VERBS = words(`
  called describe describes described dub dubs dubbed label labels labelled labeled brand brands
  branded term termed characterise characterised characterize characterized hail hails hailed condemn condemned
  denounce denounced slam slammed praise praised criticise criticised criticize criticized blast blasted
  welcome welcomed lambast lambasted refer referred accuse accused qualifie qualifié bezeichnete nannte
  definito definió definiu calificó califica calificado tachó spoke speaks talked talks sprach spricht
`);

/** Nouns of written statements: `released a statement`, `in a statement`. */
export const STATEMENT_NOUNS = words(
  `statement statements communiqué communique release letter post tweet`,
);

/** Verbs that, with a statement noun after them, report speech: `issued a statement saying …`. */
export const STATEMENT_VERBS = words(
  `released issued published put posted sent`,
);

/** Auxiliaries and adverbs that sit between a speaker and the reporting verb (`X has also said`). */
export const VERB_FILLERS = words(`
  has had have also later earlier then previously reportedly further again recently publicly repeatedly
  separately once simply only just already subsequently ultimately quickly swiftly had
  a ha hat hanno han ont habe haben avait aveva había tinha
`);

/** Subject pronouns, kept as the speaker when the text gives no more (`"…," she said`). */
export const PRONOUNS = words(`
  he she they it we i you il elle ils elles nous je er sie es wir ich lui lei egli ella él ellos ele ela eles elas
`);

/** Determiners that can start a noun phrase naming a speaker. */
export const DETERMINERS = words(`
  the a an his her its their our my your this these those one another some each
  le la les un une des der die das den dem ein eine einer il lo gli una uno el los las unos unas o os um uma
`);

/** Lower-case words that can sit inside a proper name (`Council on Foreign Relations`, `Bashar al-Assad`). */
export const NAME_CONNECTORS = words(`
  of for and the on de du des la le di da do dos das del della van von der den al el bin ibn y e et und & at
`);

/** Words that introduce a source rather than a speaker's verb: `according to X`, `selon X`. */
export const ACCORDING_TO = words(
  `according selon d'après laut zufolge secondo según segundo words`,
);

/** Words just before a quote that make it a name, title or label: `the so-called "…"`, `known as "…"`. */
export const TERM_INTRODUCERS = words(`
  so-called dubbed nicknamed titled entitled codenamed code-named aka a.k.a word words term phrase slogan hashtag
  motto banner headline headlined label named called known name nom intitulé surnommé baptisé sogenannte
  sogenannten genannt cosiddetto cosiddetta denominato llamado llamada denominado chamado chamada
  film movie book novel album song single series show programme program documentary play poem podcast
  exhibition operation campaign newspaper magazine
`);

/** Role words before a name (`Foreign Minister Sergei Lavrov`): the name after them is the speaker. */
export const ROLE_WORDS = words(`
  president minister secretary secretary-general spokesman spokeswoman spokesperson chancellor senator sen
  representative rep gov governor general gen colonel col lt lieutenant captain capt commander leader chief
  director ambassador envoy mayor judge justice king queen prince princess pope premier professor prof dr
  doctor chairman chairwoman chair ceo head official analyst expert researcher lawyer attorney
  correspondent editor founder member mp deputy sheikh emir imam cardinal bishop archbishop rabbi coach
  manager economist scientist activist campaigner candidate councillor councilor teacher nurse farmer
  pfleger pflegerin krankenschwester polizist polizistin soldat soldatin schüler schülerin student studentin anwohner anwohnerin zeuge zeugin ärztin arzt ökonom ökonomin anwalt anwältin richter richterin trainer trainerin
  président présidente ministre porte-parole maire préfet directeur directrice chef cheffe präsident
  präsidentin ministerin minister sprecher sprecherin kanzler kanzlerin bundeskanzler bundeskanzlerin
  außenminister außenministerin bürgermeister bürgermeisterin leiter leiterin chefin presidente presidenta
  ministro ministra portavoz porta-voz sindaco alcalde alcaldesa prefeito prefeita direttore diretor diretora
`);

/** Forms of address that stay with the name they precede (`Dr. Aisha Rahman`, `Officer Dana Fitch`). */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr prof officer sgt sergeant detective constable rev reverend father sister brother sir
  dame lord lady m mme herr frau sr sra
`);

/** Words after which the name following a reporting verb stops (`said X on Monday`, `said X, who …`). */
export const SPEAKER_STOPS = words(`
  on in at during when while who which whose that after before as because adding noting according
  with without last this yesterday today tonight earlier later late early since until but told via
  devant dans sur lors pendant après avant depuis chez pour avec qui am im bei vor nach gegenüber während
  mentre durante dopo davanti con per ante desde tras para em no na nos nas ao após que enquanto
`);

/** Words that open an introductory phrase or a relative clause rather than a subject. */
export const INTRO_WORDS =
  words(`on in at during after before following amid despite since when while as if although though with without for
  from by under over through throughout within across among against into unlike like including of yesterday
  today tonight earlier later meanwhile however shortly hours days weeks months last this speaking asked
  who which whose where whom en dans au aux selon après avant pendant lors im am nach vor bei seit während nel
  nella dopo prima durante tras em no na após depois`);
/** Words that end the look-back for a speaker: a new clause starts after them. */
export const CLAUSE_BREAKS = words(`
  that which who whom whose because while whereas although though when if but since unless
  que qui dass weil quando perché porque mientras
`);

/**
 * True for words that typically follow a closing quote in an attribution (`he`, `said`, `told`…),
 * so a mark before them is a closing quote rather than a possessive apostrophe.
 * @example isAttributionWord("said") // true
 */
export function isAttributionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    PRONOUNS.has(lower) || SPEECH_VERBS.has(lower) || DETERMINERS.has(lower)
  );
}
