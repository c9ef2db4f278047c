"""Messages of `python -m game lint`: what a scenario means, not how it is written."""

MESSAGES: dict[str, tuple[str, str]] = {
    "lint.help": (
        "Controleer wat een scenario betekent: is een akkoord mogelijk, vuurt elke gebeurtenis, "
        "staat alles er in het Engels bij?",
        "Check what a scenario means: is a deal possible, can every event fire, is everything "
        "there in English?",
    ),
    "lint.arg.paths": (
        "scenariobestanden of mappen (standaard: de meegeleverde scenario's)",
        "scenario files or folders (default: the shipped scenarios)",
    ),
    "lint.arg.strict": (
        "ook bij waarschuwingen niet-nul eindigen",
        "exit non-zero on warnings too",
    ),
    "lint.arg.lang": ("taal van de meldingen (nl of en)", "language of the messages (nl or en)"),
    "lint.no_files": (
        "Geen scenariobestanden gevonden in {where}.",
        "No scenario files found in {where}.",
    ),
    "lint.not_found": ("{path}: bestand of map bestaat niet", "{path}: no such file or folder"),
    "lint.not_loaded": (
        "{path}: laadt niet, eerst deze fouten oplossen (`python -m game validate`):",
        "{path}: does not load, fix these errors first (`python -m game validate`):",
    ),
    "lint.severity.error": ("fout", "error"),
    "lint.severity.warning": ("waarschuwing", "warning"),
    "lint.severity.todo": ("todo", "todo"),
    "lint.severity.info": ("opmerking", "note"),
    "lint.arg.all": (
        "elke melding op een eigen regel, ook als er veel van één soort zijn",
        "every problem on its own line, also when there are many of one kind",
    ),
    "lint.group": (
        "{count}× {label} — eerste: {first}",
        "{count}× {label} — first: {first}",
    ),
    "lint.group.more": (
        "(meldingen van één soort staan samen op één regel; --all toont elke melding)",
        "(problems of one kind are counted on one line; --all shows every problem)",
    ),
    "lint.group.dominated": ("gedomineerde optie", "dominated option"),
    "lint.group.indifferent": (
        "kwestie waar geen actor om geeft",
        "issue no actor cares about",
    ),
    "lint.group.event_never": ("gebeurtenis die nooit vuurt", "event that never fires"),
    "lint.group.event_rare": (
        "gebeurtenis die zelden vuurt in de balansspellen",
        "event that rarely fires in the balance games",
    ),
    "lint.summary": (
        "{path}: {errors} fout(en), {warnings} waarschuwing(en), {todos} todo('s)",
        "{path}: {errors} error(s), {warnings} warning(s), {todos} todo(s)",
    ),
    "lint.total": (
        "{files} bestand(en): {errors} fout(en), {warnings} waarschuwing(en), {todos} todo('s)",
        "{files} file(s): {errors} error(s), {warnings} warning(s), {todos} todo(s)",
    ),
    # --- problems -------------------------------------------------------------------------
    "lint.zopa.empty": (
        "geen pakket dat elke actor verkiest boven geen akkoord (lege ZOPA)",
        "no package that every actor prefers to no deal (empty ZOPA)",
    ),
    "lint.zopa.empty_hint": (
        "verlaag een BATNA of geef meer punten; het krapst is {actor}: {count} van {total} "
        "pakketten halen zijn BATNA",
        "lower a BATNA or give more points; the tightest is {actor}: {count} of {total} "
        "packages reach its BATNA",
    ),
    "lint.feasible.empty": (
        "geen pakket dat een quorum van {quorum} (met {required}) verkiest boven geen akkoord",
        "no package that a quorum of {quorum} (with {required}) prefers to no deal",
    ),
    "lint.zopa.empty_quorum": (
        "geen pakket dat elke actor verkiest boven geen akkoord: elk akkoord laat iemand onder "
        "zijn BATNA ({feasible} haalbare akkoorden volgens de quorumregel)",
        "no package that every actor prefers to no deal: every deal leaves someone below its "
        "BATNA ({feasible} feasible deals under the quorum rule)",
    ),
    "lint.batna.unreachable": (
        "{actor} haalt met geen enkel pakket zijn BATNA ({batna}; hoogst mogelijk {best})",
        "{actor} cannot reach its BATNA ({batna}) with any package (best possible {best})",
    ),
    "lint.batna.unreachable_hint": (
        "verlaag de BATNA tot hoogstens {best} of geef meer punten",
        "lower the BATNA to {best} at most or give more points",
    ),
    "lint.mandate.actor_empty": (
        "het mandaat van {actor} laat geen enkel pakket toe, ook niet na alle raadplegingen",
        "{actor}'s mandate allows no package at all, even after all consultations",
    ),
    "lint.mandate.empty": (
        "geen pakket valt binnen het mandaat van alle actoren, ook niet na alle raadplegingen",
        "no package is inside every actor's mandate, even after all consultations",
    ),
    "lint.mandate.empty_hint": (
        "verruim een mandaat (forbidden, min_score) of voeg een raadpleging toe met 'allow'",
        "widen a mandate (forbidden, min_score) or add a consultation with 'allow'",
    ),
    "lint.mandate.initial_outside_zopa": (
        "geen pakket in de ZOPA valt binnen ieders beginmandaat: zonder raadpleging is geen "
        "akkoord mogelijk",
        "no package in the ZOPA is inside every initial mandate: no deal is possible without "
        "a consultation",
    ),
    "lint.mandate.after_outside_zopa": (
        "geen pakket in de ZOPA valt binnen ieders mandaat, ook niet na alle raadplegingen",
        "no package in the ZOPA is inside every mandate, even after all consultations",
    ),
    "lint.figure.compatible": (
        "verenigbare kwesties (ieders beste optie)",
        "compatible issues (everyone's best option)",
    ),
    "lint.option.dominated": (
        "optie '{option}' is voor niemand beter en voor {actors} slechter dan '{better}'",
        "option '{option}' is better for nobody and worse for {actors} than '{better}'",
    ),
    "lint.option.dominated_hint": (
        "geef de optie voor minstens één actor meer punten, of laat haar weg",
        "give the option more points for at least one actor, or drop it",
    ),
    "lint.points.too_precise": (
        "{value} heeft meer dan {decimals} decimalen; het spel rekent met {rounded}",
        "{value} has more than {decimals} decimals; the game counts with {rounded}",
    ),
    "lint.points.too_precise_hint": (
        "rond af op hoogstens {decimals} decimalen, dan rekent iedereen met hetzelfde getal",
        "round it to {decimals} decimals at most, so everyone counts with the same number",
    ),
    "lint.issue.indifferent": (
        "geen actor geeft om kwestie '{issue}': elke optie is voor iedereen evenveel punten",
        "no actor cares about issue '{issue}': every option gives everyone the same points",
    ),
    "lint.event.round_after_deadline": (
        "gebeurtenis '{event}' vuurt nooit: ronde {round} ligt na de uiterste deadline "
        "({deadline} rondes)",
        "event '{event}' never fires: round {round} is after the latest deadline "
        "({deadline} rounds)",
    ),
    "lint.event.round_outside_window": (
        "gebeurtenis '{event}' vuurt nooit: ronde {round} ligt buiten from_round–until_round",
        "event '{event}' never fires: round {round} is outside from_round–until_round",
    ),
    "lint.event.chance_zero": (
        "gebeurtenis '{event}' vuurt nooit: de kans is 0",
        "event '{event}' never fires: its chance is 0",
    ),
    "lint.event.window_empty": (
        "gebeurtenis '{event}' vuurt nooit: until_round ligt voor from_round",
        "event '{event}' never fires: until_round comes before from_round",
    ),
    "lint.event.window_after_deadline": (
        "gebeurtenis '{event}' vuurt nooit: from_round {round} ligt na de uiterste deadline "
        "({deadline} rondes)",
        "event '{event}' never fires: from_round {round} is after the latest deadline "
        "({deadline} rounds)",
    ),
    "lint.event.away_and_present": (
        "gebeurtenis '{event}' vuurt nooit: {actor} kan niet tegelijk weg zijn en aan tafel zitten",
        "event '{event}' never fires: {actor} cannot have walked away and be at the table",
    ),
    "lint.event.required_away": (
        "gebeurtenis '{event}' vuurt nooit: als {actor} wegloopt, is het spel al voorbij "
        "({actor} moet instemmen)",
        "event '{event}' never fires: when {actor} walks away the game is over "
        "({actor} must agree)",
    ),
    "lint.event.proposals_contradict": (
        "gebeurtenis '{event}' vuurt nooit: min_proposals {low} is meer dan max_proposals {high}",
        "event '{event}' never fires: min_proposals {low} is more than max_proposals {high}",
    ),
    "lint.event.no_escalation": (
        "gebeurtenis '{event}' vuurt nooit: ze wacht op de escalatietafel, maar het scenario "
        "heeft er geen",
        "event '{event}' never fires: it waits for the escalation table, but the scenario has none",
    ),
    "lint.text.no_english": ("tekst zonder Engelse vertaling", "text without its English"),
    "lint.text.no_english_hint": (
        "schrijf {nl: …, en: …}",
        "write {nl: …, en: …}",
    ),
    "lint.todo": ("TODO: {note}", "TODO: {note}"),
    "lint.sources.none": (
        "de casus noemt geen bronnen",
        "the case names no sources",
    ),
    "lint.sources.none_hint": (
        "noem onder 'sources' de wetsartikelen, uitspraken of beleidsbrieven (met datum) waar "
        "de juridische feiten op rusten; wat verzonnen is, beschrijf je onder 'fiction'",
        "list under 'sources' the law articles, rulings or policy letters (with their date) "
        "that the legal facts rest on; describe what is invented under 'fiction'",
    ),
    # --- figures --------------------------------------------------------------------------
    "lint.section.figures": ("Kengetallen", "Figures"),
    "lint.figure.packages": ("pakketten", "packages"),
    "lint.figure.zopa": ("ZOPA (iedereen boven BATNA)", "ZOPA (everyone above BATNA)"),
    "lint.figure.feasible": (
        "haalbare akkoorden (quorumregel)",
        "feasible deals (quorum rule)",
    ),
    "lint.figure.mandates_initial": (
        "akkoorden binnen de beginmandaten",
        "deals inside the initial mandates",
    ),
    "lint.figure.mandates_widest": (
        "akkoorden binnen de mandaten na raadplegingen",
        "deals inside the mandates after consultations",
    ),
    "lint.figure.best_joint": ("beste gezamenlijke surplus", "best joint surplus"),
    "lint.figure.middle": (
        "surplus van het compromis (elk verschil gedeeld)",
        "surplus of the split-the-difference compromise",
    ),
    "lint.figure.none": ("—", "—"),
    "lint.figure.count": ("{count} ({share})", "{count} ({share})"),
    "lint.figure.middle_in": ("{value} (in de ZOPA)", "{value} (in the ZOPA)"),
    "lint.figure.middle_out": ("{value} (buiten de ZOPA)", "{value} (outside the ZOPA)"),
}
