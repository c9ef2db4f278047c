"""Messages of the learning moments: personal feedback, reflection answers, priority guesses."""

MESSAGES: dict[str, tuple[str, str]] = {
    "learning.kind.strength": ("Sterk punt", "Strength"),
    "learning.kind.work": ("Werkpunt", "Point to work on"),
    "learning.goal": ("Leerdoel: {goal}", "Learning goal: {goal}"),
    # --- observations ------------------------------------------------------------------------
    "learning.obs.interests.none_while_others": (
        "Je onthulde geen enkel belang, terwijl de anderen samen {count} belangen op tafel legden.",
        "You revealed no interest at all, while the others put {count} interests on the table.",
    ),
    "learning.obs.interests.none_at_table": (
        "Niemand onthulde een belang, jij ook niet: de tafel onderhandelde alleen over "
        "standpunten. Jij had het eerste belang kunnen noemen.",
        "Nobody revealed an interest, you neither: the table negotiated on positions alone. "
        "You could have named the first interest.",
    ),
    "learning.obs.interests.revealed": (
        "Je onthulde {count} van je {total} belangen, het eerste in week {week}.",
        "You revealed {count} of your {total} interests, the first in week {week}.",
    ),
    "learning.obs.interests.revealed_first": (
        "Je onthulde als eerste aan tafel een belang (week {week}); in totaal {count} van je "
        "{total}.",
        "You were the first at the table to reveal an interest (week {week}); {count} of your "
        "{total} in all.",
    ),
    "learning.obs.interests.hidden_cost": (
        "Je belang '{interest}' bleef verborgen; juist op {issues} koos het beste pakket voor "
        "de tafel iets anders dan de uitkomst.",
        "Your interest '{interest}' stayed hidden, and it was on {issues} that the best package "
        "for the table chose differently from the outcome.",
    ),
    "learning.obs.questions.asked": (
        "Je stelde {count} vragen, aan {names}.",
        "You asked {count} questions, of {names}.",
    ),
    "learning.obs.questions.asked_one": (
        "Je stelde een vraag, aan {names}.",
        "You asked a question, of {names}.",
    ),
    "learning.obs.questions.none": (
        "Je stelde geen enkele vraag: wat de anderen écht belangrijk vinden, moest je raden.",
        "You never asked a question: what the others really care about, you had to guess.",
    ),
    "learning.obs.questions.candid": (
        "Je beantwoordde alle {count} vragen aan jou eerlijk.",
        "You answered all {count} questions put to you truthfully.",
    ),
    "learning.obs.questions.candid_one": (
        "Je beantwoordde de vraag aan jou eerlijk.",
        "You answered the question put to you truthfully.",
    ),
    "learning.obs.questions.declined": (
        "Je weigerde {count} van de {total} vragen aan jou te beantwoorden.",
        "You declined to answer {count} of the {total} questions put to you.",
    ),
    "learning.obs.proposals.self_serving": (
        "Je {count} voorstellen waren vooral goed voor jezelf: gemiddeld nam jij {share} van "
        "de gezamenlijke winst van het pakket (een eerlijk deel is {fair}).",
        "Your {count} proposals were mainly good for yourself: on average you took {share} of "
        "the package's joint gain (a fair share is {fair}).",
    ),
    "learning.obs.proposals.self_serving_one": (
        "Je voorstel was vooral goed voor jezelf: jij nam {share} van de gezamenlijke winst van "
        "het pakket (een eerlijk deel is {fair}).",
        "Your proposal was mainly good for yourself: you took {share} of the package's joint "
        "gain (a fair share is {fair}).",
    ),
    "learning.obs.proposals.integrative": (
        "Je {count} voorstellen haalden gemiddeld {share} van de gezamenlijke winst die "
        "mogelijk was, en je nam er niet meer uit dan de anderen (jij gemiddeld {mine} van "
        "wat je kon winnen, de anderen {others}): pakketten voor de hele tafel.",
        "Your {count} proposals captured on average {share} of the joint gain that was "
        "possible, and you took no more from them than the others did (you {mine} of what you "
        "could gain on average, the others {others}): packages for the whole table.",
    ),
    "learning.obs.proposals.integrative_one": (
        "Je voorstel haalde {share} van de gezamenlijke winst die mogelijk was, en je nam er "
        "niet meer uit dan de anderen (jij {mine} van wat je kon winnen, de anderen gemiddeld "
        "{others}): een pakket voor de hele tafel.",
        "Your proposal captured {share} of the joint gain that was possible, and you took no "
        "more from it than the others did (you {mine} of what you could gain, the others "
        "{others} on average): a package for the whole table.",
    ),
    "learning.obs.proposals.none": (
        "Je legde geen pakket op tafel, en niemand anders ook niet.",
        "You put no package on the table, and neither did anyone else.",
    ),
    "learning.obs.proposals.none_while_others": (
        "Je legde zelf geen pakket op tafel; de anderen deden {count} voorstellen.",
        "You put no package on the table yourself; the others made {count} proposals.",
    ),
    "learning.obs.proposals.none_while_others_one": (
        "Je legde zelf geen pakket op tafel; de anderen deden één voorstel.",
        "You put no package on the table yourself; the others made one proposal.",
    ),
    "learning.obs.mandate.late": (
        "Je raadpleegde je achterban ({label}) in week {week}, terwijl voorstel {proposal} "
        "dat dit nodig had al sinds week {since} op tafel lag; het was je {worth} punten "
        "waard, meer dan de {got} die je nu kreeg.",
        "You consulted your back office ({label}) in week {week}, while proposal {proposal}, "
        "which needed it, had been on the table since week {since}; it was worth {worth} "
        "points to you, more than the {got} you got.",
    ),
    "learning.obs.mandate.timely": (
        "Je raadpleegde je achterban ({label}) in week {week}, kort nadat voorstel {proposal} "
        "dat nodig maakte (week {since}).",
        "You consulted your back office ({label}) in week {week}, soon after proposal "
        "{proposal} made it necessary (week {since}).",
    ),
    "learning.obs.mandate.opened_deal": (
        "Je ruggespraak ({label}, week {week}) maakte het akkoord mogelijk: het valt buiten je "
        "oorspronkelijke mandaat.",
        "Your consultation ({label}, week {week}) made the agreement possible: it lies outside "
        "your original mandate.",
    ),
    "learning.obs.mandate.never_consulted": (
        "Voorstel {proposal} (week {since}) lag buiten je mandaat en was je {worth} punten "
        "waard, meer dan de {got} die je nu kreeg; met ruggespraak ({label}) had je het "
        "kunnen steunen, maar je raadpleegde je achterban niet.",
        "Proposal {proposal} (week {since}) lay outside your mandate and was worth {worth} "
        "points to you, more than the {got} you got; a consultation ({label}) would have let "
        "you support it, but you never consulted your back office.",
    ),
    "learning.obs.support.withdrew": (
        "Je trok {count} keer je steun in: wat wisten de anderen daarna nog van je?",
        "You withdrew your support {count} times: what could the others still count on?",
    ),
    "learning.obs.agreement.supported_from": (
        "Je steunde het uiteindelijke akkoord vanaf week {week}.",
        "You supported the final agreement from week {week}.",
    ),
    "learning.obs.agreement.proposed": (
        "Het uiteindelijke akkoord was jouw voorstel, op tafel gelegd in week {week}.",
        "The final agreement was your proposal, put on the table in week {week}.",
    ),
    "learning.obs.agreement.walked_away": (
        "Je verliet de tafel in week {week}; een pakket dat iedereen beter maakte dan zonder "
        "akkoord had jou tot {best} punten kunnen opleveren (BATNA {batna}).",
        "You left the table in week {week}; a package that left everyone better off than no "
        "deal could have given you up to {best} points (BATNA {batna}).",
    ),
    # --- priority guesses --------------------------------------------------------------------
    "learning.guess.right": ("goed", "right"),
    "learning.guess.rank": (
        "op plaats {rank} van {issues}",
        "ranked {rank} of {issues}",
    ),
    "learning.guess.score": (
        "{hits} van {total} goed (gemiddelde plaats {rank})",
        "{hits} of {total} right (mean rank {rank})",
    ),
    "learning.guess.none": ("geen gok", "no guess"),
    "learning.guess.skipped": ("overgeslagen", "skipped"),
    "learning.guess.moved": (
        "Van begin naar eind: {changed} gok(ken) veranderd, {improved} dichter bij de waarheid, "
        "{worsened} verder ervan af.",
        "From start to end: {changed} guess(es) changed, {improved} closer to the truth, "
        "{worsened} further from it.",
    ),
    # --- the report ----------------------------------------------------------------------------
    "report.section.moments": ("Leermomenten", "Learning moments"),
    "learning.report.intro": (
        "Per speler: wat opviel in het spel, de antwoorden op de reflectievragen naast wat er "
        "die week gebeurde, en hoe goed iedereen raadde wat de anderen het belangrijkst vinden.",
        "Per player: what stood out in the game, the answers to the reflection questions beside "
        "what happened that week, and how well everyone guessed what the others care about most.",
    ),
    "learning.report.feedback": ("Persoonlijke feedback", "Personal feedback"),
    "learning.report.no_feedback": ("Niets bijzonders opgemerkt.", "Nothing in particular noted."),
    "learning.report.no_journal": (
        "Dit spel bewaarde geen reflectieantwoorden of gokken (alleen de tekstmodus vraagt erom).",
        "This game kept no reflection answers or guesses (only the text mode asks for them).",
    ),
    "learning.report.answers": ("Reflectie", "Reflection"),
    "learning.report.col.week": ("Week", "Week"),
    "learning.report.col.question": ("Vraag", "Question"),
    "learning.report.col.answer": ("Antwoord", "Answer"),
    "learning.report.col.happened": ("Wat er die week gebeurde", "What happened that week"),
    "learning.report.empty_answer": ("(leeg gelaten)", "(left empty)"),
    "learning.report.no_answers": ("Geen reflectieantwoorden.", "No reflection answers."),
    "learning.report.guesses": (
        "Wat vindt de ander het belangrijkst?",
        "What does the other care about most?",
    ),
    "learning.report.col.about": ("Over", "About"),
    "learning.report.col.start": ("Gok bij de start", "Guess at the start"),
    "learning.report.col.end": ("Gok aan het eind", "Guess at the end"),
    "learning.report.col.truth": ("Werkelijk belangrijkst", "Actually most important"),
    "learning.report.no_guesses": ("Geen gokken.", "No guesses."),
    "learning.report.score_start": ("Bij de start: {score}", "At the start: {score}"),
    "learning.report.score_end": ("Aan het eind: {score}", "At the end: {score}"),
    # --- the text mode -------------------------------------------------------------------------
    "learning.textmode.guess_start": (
        "Voordat je begint: wat denk je dat elke andere partij het belangrijkst vindt? Aan het "
        "eind zie je hoe goed je gokte.",
        "Before you start: what do you think each other party cares about most? At the end "
        "you will see how well you guessed.",
    ),
    "learning.textmode.guess_end": (
        "Het spel is voorbij. Wat denk je nu dat elke andere partij het belangrijkst vindt?",
        "The game is over. What do you think now that each other party cares about most?",
    ),
    "learning.textmode.guess_who": ("{name}:", "{name}:"),
    "learning.textmode.guess_yes": ("Nu gokken", "Guess now"),  # answers "what do you think…?"
    "learning.textmode.guess_skip": ("Overslaan", "Skip"),
    "learning.textmode.guess_about": (
        "Wat vindt {name} het belangrijkst?",
        "What does {name} care about most?",
    ),
    "learning.textmode.guess_dont_know": ("Weet ik niet (overslaan)", "Don't know (skip)"),
    "learning.textmode.reflection": (
        "Reflectiemoment (week {week}): {question}",
        "Moment of reflection (week {week}): {question}",
    ),
    "learning.textmode.reflection_prompt": (
        "Je antwoord (Enter om over te slaan): ",
        "Your answer (Enter to skip): ",
    ),
    "learning.textmode.feedback_title": (
        "Wat opviel bij {name}:",
        "What stood out for {name}:",
    ),
    "learning.textmode.guesses_title": (
        "Hoe goed raadde {name} wat de anderen het belangrijkst vinden?",
        "How well did {name} guess what the others care about most?",
    ),
    "learning.textmode.guess_line": (
        "{about}: bij de start {start}, aan het eind {end}; werkelijk: {truth}",
        "{about}: at the start {start}, at the end {end}; actually: {truth}",
    ),
    # --- self-assessment per learning goal ------------------------------------------------
    "learning.rating.report_title": (
        "Zelfbeoordeling per leerdoel (1–5)",
        "Self-assessment per learning goal (1–5)",
    ),
    "learning.rating.report_title_of": (
        "Zelfbeoordeling van {player} (1–5)",
        "Self-assessment by {player} (1–5)",
    ),
    "learning.rating.col.goal": ("Leerdoel", "Learning goal"),
    "learning.rating.col.before": ("Voor", "Before"),
    "learning.rating.col.after": ("Na", "After"),
    "learning.rating.ask_start": (
        "Voor je begint: hoe goed beheers je de leerdoelen van deze casus nu? Beoordeel jezelf "
        "van 1 (nog niet) tot 5 (helemaal).",
        "Before you start: how well do you master this case's learning goals now? Rate "
        "yourself from 1 (not yet) to 5 (fully).",
    ),
    "learning.rating.ask_end": (
        "Voor de nabespreking: hoe goed beheers je de leerdoelen nu? Beoordeel jezelf van 1 "
        "(nog niet) tot 5 (helemaal).",
        "Before the debrief: how well do you master the learning goals now? Rate yourself "
        "from 1 (not yet) to 5 (fully).",
    ),
    "learning.rating.yes": ("Beoordeel mezelf", "Rate myself"),
    "learning.rating.skip": ("Overslaan", "Skip"),
    "learning.rating.goal": ("Leerdoel: {goal}", "Learning goal: {goal}"),
    "learning.rating.skip_goal": ("weet ik niet", "don't know"),
    "learning.rating.value.1": ("1 — nog niet", "1 — not yet"),
    "learning.rating.value.2": ("2 — een beetje", "2 — a little"),
    "learning.rating.value.3": ("3 — redelijk", "3 — fairly"),
    "learning.rating.value.4": ("4 — goed", "4 — well"),
    "learning.rating.value.5": ("5 — helemaal", "5 — fully"),
    "learning.rating.who": ("{name}, je zelfbeoordeling:", "{name}, your self-assessment:"),
    "learning.rating.title": ("Zelfbeoordeling", "Self-assessment"),
    "learning.rating.done": ("Klaar", "Done"),
    "learning.rating.shift": (
        "Jouw zelfbeoordeling: {goal}: van {before} naar {after}",
        "Your self-assessment: {goal}: from {before} to {after}",
    ),
    "learning.rating.sent": (
        "Je zelfbeoordeling is bewaard.",
        "Your self-assessment is kept.",
    ),
}
