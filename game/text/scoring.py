"""Messages of the outcome analysis, `analyse`, `import-genius` and the debrief report."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- analyse ---------------------------------------------------------------------------
    "analyse.help": (
        "Wat kon deze tafel bereiken? ZOPA, Paretogrens, Nash-pakket, maximaal gezamenlijk "
        "pakket en het compromis dat elk verschil deelt, exact over alle pakketten.",
        "What could this table reach? ZOPA, Pareto frontier, Nash package, max-joint package "
        "and the split-the-difference compromise, exact over every package.",
    ),
    "analyse.arg.scenario": ("scenariobestand (YAML)", "scenario file (YAML)"),
    "analyse.arg.json": ("één JSON-object in plaats van tekst", "one JSON object instead of text"),
    "analyse.arg.lang": ("taal van de uitvoer (nl of en)", "language of the output (nl or en)"),
    "analyse.title": (
        "{title} — {packages} pakketten, {actors} actoren, {issues} kwesties",
        "{title} — {packages} packages, {actors} actors, {issues} issues",
    ),
    "analyse.rule.unanimity": ("Akkoordregel: unanimiteit", "Agreement rule: unanimity"),
    "analyse.rule.quorum": (
        "Akkoordregel: minstens {quorum} actoren{required}",
        "Agreement rule: at least {quorum} actors{required}",
    ),
    "analyse.rule.required": (", waaronder {names}", ", including {names}"),
    "analyse.zopa": (
        "ZOPA (iedereen beter dan zonder akkoord): {size} pakketten ({share})",
        "ZOPA (everyone better off than without a deal): {size} packages ({share})",
    ),
    "analyse.feasible": (
        "Haalbaar met een geldige coalitie: {size} pakketten ({share})",
        "Feasible for a valid coalition: {size} packages ({share})",
    ),
    "analyse.pareto": (
        "Paretogrens binnen de ZOPA: {size} pakketten",
        "Pareto frontier within the ZOPA: {size} packages",
    ),
    "analyse.no_zopa": (
        "Geen pakket is voor iedereen beter dan zonder akkoord: geen Nash- of "
        "maximaal gezamenlijk pakket.",
        "No package beats no deal for everyone: no Nash or max-joint package.",
    ),
    "analyse.nash": (
        "Nash-pakket (grootste product van de winst boven de BATNA):",
        "Nash package (largest product of gains over the BATNA):",
    ),
    "analyse.max_joint": (
        "Maximaal gezamenlijk pakket (grootste totale winst):",
        "Max-joint package (largest total gain):",
    ),
    "analyse.same_as_nash": (
        "Maximaal gezamenlijk pakket: hetzelfde als het Nash-pakket.",
        "Max-joint package: the same as the Nash package.",
    ),
    "analyse.compromise": (
        "Compromis dat elk verschil deelt (per kwestie wat niemand veel kost), "
        "integratie-index {index}:",
        "Split-the-difference compromise (per issue what costs nobody much), "
        "integration index {index}:",
    ),
    "analyse.points": ("Punten", "Points"),
    "analyse.inside_mandates": (
        "Mandaat: binnen ieders beginmandaat — elke actor kan dit pakket meteen voorstellen "
        "en steunen",
        "Mandate: inside every starting mandate — every actor can propose and support this "
        "package at once",
    ),
    "analyse.outside_mandates": (
        "Mandaat: BUITEN het beginmandaat van {reasons} — zonder raadpleging (of een "
        "gebeurtenis die het mandaat verruimt) kan een genoemde actor het niet voorstellen of "
        "steunen",
        "Mandate: OUTSIDE the starting mandate of {reasons} — without a consultation (or an "
        "event that widens the mandate) a named actor cannot propose or support it",
    ),
    "analyse.outside.forbidden": (
        "{actor} ({issue}: '{option}' is verboden)",
        "{actor} ({issue}: '{option}' is forbidden)",
    ),
    "analyse.outside.min_score": (
        "{actor} ({points} eigen punten, minimum {min_score})",
        "{actor} ({points} own points, minimum {min_score})",
    ),
    "analyse.batna": ("BATNA", "BATNA"),
    "analyse.timing": ("Analyse in {seconds} s", "Analysis in {seconds} s"),
    "analyse.too_big": (
        "{file}: {packages} pakketten is te veel om exact te analyseren (hoogstens {limit})",
        "{file}: {packages} packages is too many to analyse exactly (at most {limit})",
    ),
    # --- import-genius -------------------------------------------------------------------
    "genius.help": (
        "Zet een GENIUS/ANAC-domein met lineair-additieve profielen om in een scenario.",
        "Turn a GENIUS/ANAC domain with linear-additive profiles into a scenario.",
    ),
    "genius.arg.domain": ("domeinbestand (XML)", "domain file (XML)"),
    "genius.arg.profiles": (
        "profielbestanden (XML), één per actor",
        "profile files (XML), one per actor",
    ),
    "genius.arg.output": ("het scenario dat geschreven wordt (YAML)", "scenario to write (YAML)"),
    "genius.arg.force": ("een bestaand bestand overschrijven", "overwrite an existing file"),
    "genius.arg.lang": ("taal van de meldingen (nl of en)", "language of messages (nl or en)"),
    "genius.written": (
        "{file}: scenario '{id}' met {actors} actoren, {issues} kwesties, {packages} pakketten",
        "{file}: scenario '{id}' with {actors} actors, {issues} issues, {packages} packages",
    ),
    "genius.exists": (
        "{file} bestaat al; kies een andere naam of gebruik --force",
        "{file} already exists; choose another name or use --force",
    ),
    "genius.error": ("{file}: {message}", "{file}: {message}"),
    "genius.unreadable": ("kan niet lezen: {reason}", "cannot read: {reason}"),
    "genius.unwritable": ("kan niet schrijven: {reason}", "cannot write: {reason}"),
    "genius.too_big": (
        "bestand is {size} bytes, meer dan {limit}",
        "file is {size} bytes, more than {limit}",
    ),
    "genius.dtd": (
        "DTD's en entiteiten (<!DOCTYPE, <!ENTITY) worden niet gelezen",
        "DTDs and entities (<!DOCTYPE, <!ENTITY) are not read",
    ),
    "genius.not_xml": ("geen geldige XML: {reason}", "not valid XML: {reason}"),
    "genius.no_objective": (
        "geen <objective> met kwesties gevonden (is dit een GENIUS-domein?)",
        "no <objective> with issues found (is this a GENIUS domain?)",
    ),
    "genius.bad_issue": (
        "kwestie '{issue}': {reason}",
        "issue '{issue}': {reason}",
    ),
    "genius.not_discrete": (
        "alleen discrete kwesties kunnen worden ingelezen (type '{kind}')",
        "only discrete issues can be imported (type '{kind}')",
    ),
    "genius.option_count": (
        "{count} opties; een scenario heeft 2 tot 6 opties per kwestie",
        "{count} options; a scenario has 2 to 6 options per issue",
    ),
    "genius.issue_count": (
        "{count} kwesties; een scenario heeft 1 tot 8 kwesties",
        "{count} issues; a scenario has 1 to 8 issues",
    ),
    "genius.actor_count": (
        "{count} profielen; een scenario heeft 2 tot 8 actoren",
        "{count} profiles; a scenario has 2 to 8 actors",
    ),
    "genius.bad_number": (
        "'{value}' in {where} is geen getal",
        "'{value}' in {where} is not a number",
    ),
    "genius.negative": ("{where} is negatief: {value}", "{where} is negative: {value}"),
    "genius.missing_issue": (
        "het profiel geeft geen waarderingen voor kwestie '{issue}' van het domein",
        "the profile has no evaluations for the domain's issue '{issue}'",
    ),
    "genius.unknown_item": (
        "kwestie '{issue}': onbekende optie '{item}' (niet in het domein)",
        "issue '{issue}': unknown item '{item}' (not in the domain)",
    ),
    "genius.missing_item": (
        "kwestie '{issue}': geen waardering voor optie '{item}'",
        "issue '{issue}': no evaluation for item '{item}'",
    ),
    "genius.missing_weight": (
        "geen <weight> voor kwestie '{issue}'",
        "no <weight> for issue '{issue}'",
    ),
    "genius.duplicate_actor": (
        "twee profielen geven dezelfde actor-id '{id}'",
        "two profiles give the same actor id '{id}'",
    ),
    "genius.invalid": (
        "het gemaakte scenario is ongeldig: {reason}",
        "the scenario made is not valid: {reason}",
    ),
    "genius.summary": (
        "Geïmporteerd uit GENIUS-domein {domain}.",
        "Imported from GENIUS domain {domain}.",
    ),
    "genius.public": ("Profiel {profile}.", "Profile {profile}."),
    "genius.confidential": (
        "Punten = waardering / hoogste waardering van de kwestie × gewicht van de kwestie "
        "(GENIUS); BATNA = reserveringswaarde.",
        "Points = evaluation / largest evaluation of the issue × issue weight (GENIUS); "
        "BATNA = reservation value.",
    ),
    "genius.role": ("Onderhandelaar", "Negotiator"),
    # --- report ----------------------------------------------------------------------------
    "report.help": (
        "Maak van een opgeslagen spel een nabespreking als één HTML-bestand (met grafieken).",
        "Turn a saved game into a debrief: one HTML file with charts.",
    ),
    "report.arg.save": (
        "opgeslagen spel (JSON); meerdere: alle tafels van een zaal naast elkaar",
        "saved game (JSON); several: every table of a room side by side",
    ),
    "report.arg.output": ("het HTML-bestand dat geschreven wordt", "HTML file to write"),
    "report.arg.scenario": (
        "scenariobestand van het spel, voor een save die er geen kopie van bewaart "
        "(standaard: gezocht bij de meegeleverde en eigen scenario's)",
        "the game's scenario file, for a save that keeps no copy of it (default: looked up "
        "among the shipped and own scenarios)",
    ),
    "report.arg.lang": ("taal van het verslag (nl of en)", "language of the report (nl or en)"),
    "report.written": ("{file}: nabespreking geschreven", "{file}: debrief written"),
    "report.error": ("{file}: {message}", "{file}: {message}"),
    "report.unwritable": ("kan niet schrijven: {reason}", "cannot write: {reason}"),
    "report.title": ("Nabespreking — {title}", "Debrief — {title}"),
    "report.sources.none": (
        "Deze casus noemt geen bronnen voor zijn juridische feiten.",
        "This case names no sources for its legal facts.",
    ),
    "report.sources.fiction": ("Verzonnen of vereenvoudigd:", "Invented or simplified:"),
    "report.meta": (
        "Scenario {id} · seed {seed} · {actors} actoren · {packages} pakketten",
        "Scenario {id} · seed {seed} · {actors} actors · {packages} packages",
    ),
    "report.section.result": ("Uitkomst", "Result"),
    "report.section.scores": ("Scores per actor", "Scores per actor"),
    "report.section.frontier": (
        "Het akkoord naast wat mogelijk was",
        "The agreement beside what was possible",
    ),
    "report.section.issues": ("Per kwestie: keuze en ruil", "Per issue: choice and trades"),
    "report.section.timeline": ("Tijdlijn", "Timeline"),
    "report.section.mandates": ("Mandaten en ruggespraak", "Mandates and consultations"),
    "report.section.interests": (
        "Belangen: onthuld en verborgen",
        "Interests: revealed and hidden",
    ),
    "report.section.learning": ("Leerdoelen en reflectie", "Learning goals and reflection"),
    "report.section.sources": ("Bronnen van de casus", "The case's sources"),
    "report.outcome.agreement": (
        "Akkoord in ronde {round}, gesteund door {supporters}.",
        "Agreement in round {round}, supported by {supporters}.",
    ),
    "report.outcome.deadline": (
        "Geen akkoord: de termijn liep af na ronde {round}. Iedere partij valt terug op wat "
        "ze zonder akkoord heeft (haar BATNA).",
        "No agreement: the term ran out after round {round}. Every party falls back on what "
        "it has without a deal (its BATNA).",
    ),
    "report.outcome.walkout": (
        "Geen akkoord: {actor} stapte op in ronde {round}. Iedereen krijgt zijn BATNA.",
        "No agreement: {actor} walked away in round {round}. Everyone gets its BATNA.",
    ),
    "report.outcome.running": (
        "Het spel is nog niet afgelopen (ronde {round}); de scores gaan uit van geen akkoord.",
        "The game has not ended yet (round {round}); scores assume no agreement.",
    ),
    "report.integration": ("Integratie-index", "Integration index"),
    "report.integration_note": (
        "deel van de gezamenlijke winst die mogelijk was",
        "share of the joint gain that was available",
    ),
    "report.pareto_optimal": ("Pareto-optimaal", "Pareto-optimal"),
    "report.nash_ratio": ("Nash-verhouding", "Nash ratio"),
    "report.fairness": ("Eerlijkheid", "Fairness"),
    "report.in_zopa": ("Binnen de ZOPA", "Inside the ZOPA"),
    "report.zopa_size": (
        "ZOPA: {zopa} van {packages} pakketten; Paretogrens: {pareto}.",
        "ZOPA: {zopa} of {packages} packages; Pareto frontier: {pareto}.",
    ),
    "report.feasible_size": (
        "Akkoordregel met quorum: {feasible} pakketten zijn haalbaar voor een geldige coalitie "
        "(die een buitenstaander onder zijn BATNA kan laten).",
        "Quorum rule: {feasible} packages are feasible for a valid coalition (which may leave "
        "an outsider below its BATNA).",
    ),
    "report.yes": ("ja", "yes"),
    "report.no": ("nee", "no"),
    "report.package": ("Het akkoord", "The agreement"),
    "report.no_package": ("Geen akkoord.", "No agreement."),
    "report.col.issue": ("Kwestie", "Issue"),
    "report.col.chosen": ("Gekozen", "Chosen"),
    "report.col.max_joint": (
        "Best samen binnen de mandaten (eind)",
        "Best together within the mandates (end)",
    ),
    "report.col.actor": ("Actor", "Actor"),
    "report.col.points": ("Punten", "Points"),
    "report.col.batna": ("BATNA", "BATNA"),
    "report.col.together": (
        "In het beste pakket dat samen haalbaar was",
        "In the best package reachable together",
    ),
    "report.col.individual": ("Eigen score", "Own score"),
    "report.col.process": ("Proces", "Process"),
    "report.col.game": ("Spelscore", "Game score"),
    "report.col.round": ("Ronde", "Round"),
    "report.col.what": ("Wat", "What"),
    "report.col.interest": ("Belang", "Interest"),
    "report.col.revealed": ("Onthuld", "Revealed"),
    "report.col.mandate": ("Mandaat bij de start", "Mandate at the start"),
    "report.col.counts": (
        "Vragen · antwoorden · ruggespraak · steun ingetrokken",
        "Questions · answers · consultations · support withdrawn",
    ),
    "report.weights": (
        "Spelscore = {own} × eigen score + {integration} × integratie-index + {process} × "
        "proces (openheid, eerlijke antwoorden, vragen stellen, tempo).",
        "Game score = {own} × own score + {integration} × integration index + {process} × "
        "process (openness, truthful answers, asking questions, pace).",
    ),
    "report.chart.bars": (
        "Punten per actor (tafel aan het eind): BATNA, uitkomst, en het beste pakket dat de "
        "tafel samen binnen de mandaten kon halen (één pakket voor iedereen)",
        "Points per actor (table at the end): BATNA, outcome, and the best package the table "
        "could reach together within the mandates (one package for everyone)",
    ),
    "report.chart.frontier": (
        "Per actor: eigen winst boven de BATNA (horizontaal) tegen de gezamenlijke winst "
        "(verticaal)",
        "Per actor: own gain over the BATNA (across) against the joint gain (up)",
    ),
    "report.legend.packages": ("pakketten", "packages"),
    "report.legend.zopa": ("ZOPA", "ZOPA"),
    "report.legend.pareto": ("Paretogrens", "Pareto frontier"),
    "report.legend.nash": ("Nash", "Nash"),
    "report.legend.max_joint": ("max. gezamenlijk (zonder mandaten)", "max-joint (no mandates)"),
    "report.legend.compromise": ("compromis (verschil delen)", "split-the-difference"),
    "report.legend.outcome": ("uitkomst", "outcome"),
    "report.legend.batna": ("BATNA", "BATNA"),
    "report.axis.own": ("winst {actor}", "gain {actor}"),
    "report.axis.joint": ("gezamenlijke winst", "joint gain"),
    "report.issues_note": (
        "Per actor: punten van de gekozen optie / van de beste optie, en het gewicht van de "
        "kwestie voor die actor. Toegeven op lichte kwesties voor winst op zware is ruilen.",
        "Per actor: points of the chosen option / of the best option, and what the issue "
        "weighs for that actor. Giving way on light issues to gain on heavy ones is trading.",
    ),
    "report.trade.title": ("Wie kreeg wat", "Who got what"),
    "report.trade.line": (
        "{actor} — kreeg zijn beste optie bij: {got}; gaf toe bij: {gave} (zwaarste kwestie "
        "eerst).",
        "{actor} — got its best option on: {got}; gave way on: {gave} (heaviest issue first).",
    ),
    "report.trade.none": ("geen", "none"),
    "report.weight": ("gewicht {share}", "weight {share}"),
    "report.private": ("alleen voor {names}", "only for {names}"),
    "report.no_mandate": ("vrij", "free"),
    "report.forbidden": ("niet: {options}", "not: {options}"),
    "report.min_score": ("minimaal {points} punten", "at least {points} points"),
    "report.no_mandate_log": (
        "Geen ruggespraak en geen mandaatwijzigingen.",
        "No consultations and no changes of mandate.",
    ),
    "report.revealed_by_actor": ("ronde {round}, door de actor", "round {round}, by the actor"),
    "report.revealed_by_escalation": (
        "ronde {round}, via de escalatietafel",
        "round {round}, through the escalation table",
    ),
    "report.not_revealed": ("nooit", "never"),
    "report.hidden_title": (
        "Verborgen belangen die een beter akkoord hadden geopend",
        "Hidden interests that would have opened a better deal",
    ),
    "report.hidden_item": (
        "{actor}: “{interest}” — bij {issues} koos het beste pakket dat binnen de mandaten "
        "haalbaar was anders: {options}.",
        "{actor}: “{interest}” — on {issues} the best package reachable within the mandates "
        "chose differently: {options}.",
    ),
    "report.hidden_none": (
        "Geen: elk belang dat naar een betere uitkomst wees, kwam op tafel (of de tafel haalde "
        "al alle gezamenlijke winst).",
        "None: every interest pointing at a better outcome came out (or the table already took "
        "all the joint gain).",
    ),
    "report.step.describe": ("Beschrijven", "Describe"),
    "report.step.analyse": ("Analyseren", "Analyse"),
    "report.step.transfer": ("Transfer", "Transfer"),
    "report.generic.describe": (
        "Wat gebeurde er aan tafel rond dit leerdoel? Noem een concreet moment.",
        "What happened at the table around this goal? Name one concrete moment.",
    ),
    "report.generic.analyse": (
        "Waarom liep het zo? Wat zegt de integratie-index ({index}) daarover?",
        "Why did it go that way? What does the integration index ({index}) say about it?",
    ),
    "report.generic.transfer": (
        "Wat doe je morgen in je eigen overleg anders?",
        "What will you do differently in your own meetings tomorrow?",
    ),
    "report.no_goals": (
        "Dit scenario noemt geen leerdoelen.",
        "This scenario names no learning goals.",
    ),
    "report.room.title": (
        "Nabespreking van de zaal — {tables} tafels",
        "Room debrief — {tables} tables",
    ),
    "report.room.section": ("Alle tafels naast elkaar", "Every table side by side"),
    "report.room.table": ("Tafel {n}", "Table {n}"),
    "report.room.col.table": ("Tafel", "Table"),
    "report.room.col.scenario": ("Scenario", "Scenario"),
    "report.room.col.outcome": ("Uitkomst", "Outcome"),
    "report.room.col.integration": ("Integratie-index", "Integration index"),
    "report.room.col.pareto": ("Pareto-optimaal", "Pareto-optimal"),
    "report.room.col.nash": ("Nash-verhouding", "Nash ratio"),
    "report.room.col.fairness": ("Eerlijkheid", "Fairness"),
    "report.room.outcome.agreement": ("akkoord in ronde {round}", "agreement in round {round}"),
    "report.room.outcome.deadline": ("termijn verlopen", "term ran out"),
    "report.room.outcome.walkout": ("opgestapt in ronde {round}", "walk-out in round {round}"),
    "report.room.outcome.running": ("loopt nog (ronde {round})", "still running (round {round})"),
    "report.footer": (
        "Gemaakt met Omgevingstafel. Alle cijfers zijn exact over alle pakketten berekend.",
        "Made with Omgevingstafel. Every figure is computed exactly over all packages.",
    ),
}
