"""Messages of the outcome analysis, `analyse`, `import-genius` and the debrief report."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- analyse ---------------------------------------------------------------------------
    "analyse.help": (
        "Wat kon deze tafel bereiken? ZOPA, Paretogrens, Nash-pakket, maximaal gezamenlijk "
        "pakket en het middencompromis, exact over alle pakketten.",
        "What could this table reach? ZOPA, Pareto frontier, Nash package, max-joint package "
        "and the middle compromise, exact over every package.",
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
        "Middencompromis (de middelste optie van elke kwestie), integratie-index {index}:",
        "Middle compromise (each issue's middle option), integration index {index}:",
    ),
    "analyse.points": ("Punten", "Points"),
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
}
