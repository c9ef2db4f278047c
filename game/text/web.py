"""Messages of the web page trainees open in a browser (served as /texts.json by the host).

Placeholders are `{name}` as everywhere in the catalogue; the page fills them in itself.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "web.title": ("Omgevingstafel", "Omgevingstafel"),
    "web.code": ("Kamer {code}", "Room {code}"),
    "web.lang.other": ("English", "Nederlands"),
    "web.status.connecting": ("Verbinden …", "Connecting …"),
    "web.status.online": ("Verbonden", "Connected"),
    "web.status.offline": (
        "Verbinding weg — we proberen het opnieuw …",
        "Connection lost — trying again …",
    ),
    "web.ended": (
        "De trainer heeft de sessie beëindigd.",
        "The trainer has ended the session.",
    ),
    # --- coming in ---------------------------------------------------------------------------
    "web.join.heading": ("Aan tafel", "Join the table"),
    "web.join.intro": (
        "Vul je naam in; daarna kies je een rol aan een tafel.",
        "Enter your name; then you pick a role at a table.",
    ),
    "web.join.code": ("Kamercode: {code}", "Room code: {code}"),
    "web.join.code_label": ("Kamercode", "Room code"),
    "web.join.name_label": ("Je naam", "Your name"),
    "web.join.send": ("Naar de kamer", "Enter the room"),
    "web.lobby.heading": ("{title}: kies je rol", "{title}: pick your role"),
    "web.lobby.intro": (
        "Kies een vrije plaats. Je rol blijft van jou, ook als de verbinding even wegvalt.",
        "Pick a free seat. The role stays yours, even if the connection drops for a while.",
    ),
    "web.lobby.table": (
        "Tafel {table} — week {round} van {deadline}",
        "Table {table} — week {round} of {deadline}",
    ),
    "web.lobby.over": ("afgelopen", "finished"),
    "web.lobby.share": ("Samen spelen", "Play together"),
    "web.lobby.share_named": (
        "Speel {name} aan tafel {table} samen met {player} (duo)",
        "Play {name} at table {table} together with {player} (duo)",
    ),
    "web.lobby.take": ("Neem deze plaats", "Take this seat"),
    "web.lobby.take_named": (
        "Neem de plaats van {name} aan tafel {table}",
        "Take the seat of {name} at table {table}",
    ),
    "web.lobby.taken_by": ("bezet door {player}", "taken by {player}"),
    "web.lobby.watch": ("Kijk mee aan tafel {table}", "Watch table {table}"),
    "web.leave": ("Plaats vrijgeven", "Give up this seat"),
    "web.confirm.leave": (
        "Je plaats vrijgeven? Iemand anders kan hem dan nemen.",
        "Give up your seat? Someone else may then take it.",
    ),
    # --- the table ---------------------------------------------------------------------------
    "web.table.heading": ("Tafel {table}", "Table {table}"),
    "web.table.week": ("Week {round} van {deadline}", "Week {round} of {deadline}"),
    "web.table.paused": ("gepauzeerd door de trainer", "paused by the trainer"),
    "web.table.to_moves": ("Naar je zetten", "To your moves"),
    "web.table.your_turn": ("Jij bent aan de beurt.", "It is your turn."),
    "web.table.turn_of": ("{actor} is aan de beurt.", "{actor} is on turn."),
    "web.table.over": ("Het overleg is afgelopen.", "The negotiation is over."),
    "web.seats.label": ("Aan tafel", "At the table"),
    "web.seat.you": ("jij", "you"),
    "web.seat.turn": ("aan de beurt", "on turn"),
    "web.seat.bot": ("bot", "bot"),
    "web.seat.free": ("vrij", "free"),
    "web.seat.walked_away": ("weggelopen", "walked away"),
    "web.seat.limits": (
        "Kan niet meer instemmen met: {options}",
        "Can no longer agree to: {options}",
    ),
    "web.proposals.heading": ("Voorstellen", "Proposals"),
    "web.proposals.none": ("Nog geen voorstellen.", "No proposals yet."),
    "web.proposals.earlier": (
        "Eerdere voorstellen zonder steun van anderen ({count})",
        "Earlier proposals without others' support ({count})",
    ),
    "web.proposal.title": (
        "Voorstel {id} van {actor} (week {round})",
        "Proposal {id} by {actor} (week {round})",
    ),
    "web.proposal.support": ("Steun: {count} — {names}", "Support: {count} — {names}"),
    "web.proposal.own_points": (
        "Voor jou: {points} punten (zonder akkoord: {batna})",
        "For you: {points} points (without agreement: {batna})",
    ),
    "web.rule.needed": ("nodig: {needed} van {total}", "needed: {needed} of {total}"),
    "web.rule.with": (", met {names}", ", including {names}"),
    "web.rule.missing": (" — ontbreekt: {names}", " — missing: {names}"),
    "web.rule.short": (" — nog {count} steun nodig", " — {count} more needed"),
    "web.rule.met": ("genoeg steun voor een akkoord", "enough support for an agreement"),
    "web.questions.heading": ("Open vragen", "Open questions"),
    "web.questions.line": ("{asker} vraagt {to} naar {issue}", "{asker} asks {to} about {issue}"),
    "web.log.heading": ("Logboek", "Log"),
    "web.log.reflection": ("Reflectievraag", "Reflection question"),
    # --- your briefing -----------------------------------------------------------------------
    "web.brief.summary": ("Jouw briefing (alleen voor jou)", "Your briefing (for you only)"),
    "web.brief.heading": ("Briefing voor {actor}", "Briefing for {actor}"),
    "web.brief.private": (
        "Vertrouwelijk: de anderen aan tafel zien dit niet.",
        "Confidential: the others at the table do not see this.",
    ),
    "web.brief.batna": (
        "Zonder akkoord (BATNA): {batna} punten",
        "Without agreement (BATNA): {batna} points",
    ),
    "web.brief.min_score": (
        "Je mandaat: een akkoord moet je minstens {points} punten geven.",
        "Your mandate: an agreement must give you at least {points} points.",
    ),
    "web.brief.points": ("Jouw punten per kwestie", "Your points per issue"),
    "web.brief.option": ("Optie", "Option"),
    "web.brief.your_points": ("Punten", "Points"),
    "web.brief.interests": ("Jouw belangen", "Your interests"),
    "web.brief.revealed": ("verteld", "revealed"),
    "web.brief.hidden": ("nog niet verteld", "not told yet"),
    "web.brief.consultations": ("Je achterban raadplegen", "Consulting your back office"),
    "web.brief.used": ("gedaan", "done"),
    "web.mandate.outside": ("buiten je mandaat", "outside your mandate"),
    # --- your moves --------------------------------------------------------------------------
    "web.moves.heading": ("Jouw zet", "Your move"),
    "web.moves.wait": (
        "Wacht op {actor}; je ziet hier je mogelijkheden zodra je aan de beurt bent.",
        "Waiting for {actor}; your options appear here when it is your turn.",
    ),
    "web.moves.sending": ("Verstuurd; even wachten op de tafel …", "Sent; waiting for the table …"),
    "web.moves.paused": (
        "De trainer heeft de tafel gepauzeerd.",
        "The trainer has paused the table.",
    ),
    "web.moves.over": ("Het overleg is afgelopen.", "The negotiation is over."),
    "web.moves.nothing": ("Je kunt nu niets doen.", "There is nothing you can do now."),
    "web.answer.legend": ("{asker} vraagt je naar {issue}", "{asker} asks you about {issue}"),
    "web.answer.legend_plain": ("Beantwoord de vraag", "Answer the question"),
    "web.answer.truthful": ("Eerlijk antwoorden", "Answer truthfully"),
    "web.answer.vague": ("Vaag antwoorden", "Answer vaguely"),
    "web.answer.decline": ("Niet antwoorden", "Decline to answer"),
    "web.talk.legend": ("Praten (één keer per beurt)", "Talk (once per turn)"),
    "web.talk.phrase": ("Kies een zin", "Pick a phrase"),
    "web.talk.say_own": ("Zeg dit", "Say this"),
    "web.talk.say": ("Zeg het", "Say it"),
    "web.talk.free": ("Of zeg iets in eigen woorden", "Or say something in your own words"),
    "web.talk.ask_to": ("Vraag aan", "Ask"),
    "web.talk.ask_issue": ("over de kwestie", "about the issue"),
    "web.talk.ask": ("Stel de vraag", "Ask the question"),
    "web.talk.reveal": ("Vertel een van je belangen", "Tell one of your interests"),
    "web.talk.reveal_send": ("Vertel het", "Tell it"),
    "web.move.legend": ("Een zet (daarmee eindigt je beurt)", "A move (it ends your turn)"),
    "web.move.support_hint": (
        "Steunen of steun intrekken doe je bij de voorstellen.",
        "Support or withdraw support at the proposals.",
    ),
    "web.move.support": ("Steun voorstel {id}", "Support proposal {id}"),
    "web.move.withdraw": ("Trek steun in voor voorstel {id}", "Withdraw support for proposal {id}"),
    "web.move.consult": ("Raadpleeg je achterban: {label}", "Consult your back office: {label}"),
    "web.move.pass": ("Pas", "Pass"),
    "web.move.escalate": ("Roep de escalatietafel bijeen", "Call the escalation table"),
    "web.move.walk_away": ("Verlaat de tafel (je BATNA)", "Walk away (take your BATNA)"),
    "web.confirm.escalate": (
        "De escalatietafel bijeenroepen? Dat kan één keer per spel.",
        "Call the escalation table? That can happen once per game.",
    ),
    "web.confirm.walk_away": (
        "De tafel verlaten? Je krijgt je BATNA en kunt niet terug.",
        "Walk away? You get your BATNA and cannot come back.",
    ),
    "web.propose.summary": ("Doe een voorstel (een pakket)", "Propose a package"),
    "web.propose.points": ("{points} punten", "{points} points"),
    "web.propose.total": (
        "Dit pakket: {points} punten voor jou (zonder akkoord: {batna})",
        "This package: {points} points for you (without agreement: {batna})",
    ),
    "web.propose.incomplete": (
        "Kies een optie voor elke kwestie.",
        "Pick an option for every issue.",
    ),
    "web.propose.send": ("Stel dit pakket voor", "Propose this package"),
    # --- learning moments --------------------------------------------------------------------
    "web.reflect.heading": ("Reflectie, week {round}", "Reflection, week {round}"),
    "web.reflect.label": (
        "Je antwoord (kort; leeg laten mag)",
        "Your answer (short; you may leave it empty)",
    ),
    "web.reflect.send": ("Bewaar je antwoord", "Save your answer"),
    "web.guess.heading_start": (
        "Voor je eerste zet: wat weegt voor de anderen het zwaarst?",
        "Before your first move: what matters most to the others?",
    ),
    "web.guess.heading_end": (
        "Na afloop: wat woog voor de anderen het zwaarst?",
        "Afterwards: what mattered most to the others?",
    ),
    "web.guess.intro": (
        "Kies per partij de kwestie die volgens jou voor hen het zwaarst weegt. In de"
        " nabespreking zie je hoeveel je goed had.",
        "For each party, pick the issue you think matters most to them. The debrief shows how"
        " many you got right.",
    ),
    "web.guess.dont_know": ("Weet ik niet", "Don't know"),
    "web.guess.send": ("Bewaar je gokken", "Save your guesses"),
    "web.guess.skip": ("Overslaan", "Skip"),
    "web.rate.heading_start": (
        "Voor je begint: hoe goed beheers je dit nu?",
        "Before you start: how well can you do this now?",
    ),
    "web.rate.heading_end": (
        "Na afloop: hoe goed beheers je dit nu?",
        "Afterwards: how well can you do this now?",
    ),
    "web.rate.intro": (
        "Per leerdoel van deze casus: 1 is nog niet, 5 is helemaal. Alleen jij en de trainer"
        " zien het.",
        "For each learning goal of this case: 1 is not yet, 5 is fully. Only you and the"
        " trainer see it.",
    ),
    "web.rate.dont_know": ("Weet ik niet", "Don't know"),
    "web.rate.value_1": ("1 — nog niet", "1 — not yet"),
    "web.rate.value_2": ("2 — een beetje", "2 — a little"),
    "web.rate.value_3": ("3 — redelijk", "3 — fairly"),
    "web.rate.value_4": ("4 — goed", "4 — well"),
    "web.rate.value_5": ("5 — helemaal", "5 — fully"),
    "web.rate.send": ("Bewaar je beoordeling", "Save your assessment"),
    "web.rate.skip": ("Overslaan", "Skip"),
    "web.debrief.self": ("Je zelfbeoordeling", "Your self-assessment"),
    "web.debrief.shift": ("{before} → {after} — {goal}", "{before} → {after} — {goal}"),
    "web.debrief.feedback": ("Wat je deed", "What you did"),
    "web.debrief.guesses": ("Je gokken naar prioriteiten", "Your guesses at priorities"),
    "web.debrief.guess_start": ("Aan het begin: {score}", "At the start: {score}"),
    "web.debrief.guess_end": ("Na afloop: {score}", "Afterwards: {score}"),
    # --- an observer's form -------------------------------------------------------------------
    "web.observe.intro": (
        "Kruis per week aan wat je elke partij zag doen; de trainer ziet het op het klassikale"
        " bord.",
        "Tick per week what you saw each party do; the trainer sees it on the class board.",
    ),
    "web.observe.week": ("Week", "Week"),
    "web.observe.send": ("Bewaar week {week}", "Save week {week}"),
    "web.observe.saved": ("Bewaard: week {weeks}", "Saved: week {weeks}"),
    # --- the end -----------------------------------------------------------------------------
    "web.debrief.heading": ("Nabespreking", "Debrief"),
    "web.debrief.outcome_agreement": ("Akkoord in week {round}.", "Agreement in week {round}."),
    "web.debrief.outcome_deadline": (
        "De termijn is verstreken zonder akkoord (week {round}).",
        "The term passed without agreement (week {round}).",
    ),
    "web.debrief.outcome_walkout": (
        "Geen akkoord: er liep een partij weg (week {round}).",
        "No agreement: a party walked away (week {round}).",
    ),
    "web.debrief.points": ("Jouw punten", "Your points"),
    "web.debrief.batna": ("Zonder akkoord (BATNA)", "Without agreement (BATNA)"),
    "web.debrief.gain": ("Verschil", "Difference"),
    "web.debrief.index": ("Integratie-index van de tafel", "The table's integration index"),
    "web.debrief.index_value": (
        "{percent}% van de gezamenlijke winst benut",
        "{percent}% of the joint gain captured",
    ),
    "web.debrief.above_batna": (
        "Je uitkomst is minstens zo goed als je BATNA.",
        "Your outcome is at least as good as your BATNA.",
    ),
    "web.debrief.below_batna": (
        "Je uitkomst ligt onder je BATNA.",
        "Your outcome is below your BATNA.",
    ),
    "web.debrief.pareto": (
        "Pareto-optimaal: niemand kon erop vooruit zonder dat een ander erop achteruitging.",
        "Pareto-optimal: nobody could gain without someone else losing.",
    ),
    "web.debrief.not_pareto": (
        "Niet Pareto-optimaal: er bleef winst op tafel liggen.",
        "Not Pareto-optimal: value was left on the table.",
    ),
    "web.debrief.next": (
        "De trainer bespreekt de tafels straks samen na.",
        "The trainer will debrief all tables together shortly.",
    ),
}
