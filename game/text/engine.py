"""Messages of the turn engine: refusals, log lines, answers, save and setup errors."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- refusals (IllegalAction) -----------------------------------------------------------
    "engine.illegal.game_over": (
        "Het spel is afgelopen; er kan niets meer gebeuren.",
        "The game is over; nothing more can happen.",
    ),
    "engine.illegal.unknown_actor": (
        "Er zit geen partij '{actor}' aan deze tafel.",
        "There is no party '{actor}' at this table.",
    ),
    "engine.illegal.wrong_actor": (
        "Deze handeling is van {actor}, niet van jou.",
        "This action belongs to {actor}, not to you.",
    ),
    "engine.illegal.not_at_table": (
        "{actor} zit niet (meer) aan tafel.",
        "{actor} is not at the table (any more).",
    ),
    "engine.illegal.not_your_turn": (
        "{actor} is niet aan de beurt; {current} is aan zet.",
        "It is not {actor}'s turn; it is {current}'s turn.",
    ),
    "engine.illegal.answer_first": (
        "{actor} moet eerst de vraag van {asker} beantwoorden (of weigeren).",
        "{actor} must first answer (or decline) the question from {asker}.",
    ),
    "engine.illegal.talk_used": (
        "{actor} heeft deze beurt al gesproken; kies nu een zet.",
        "{actor} has already spoken this turn; choose a move now.",
    ),
    "engine.illegal.unknown_question": (
        "Er is geen vraag nummer {question}.",
        "There is no question number {question}.",
    ),
    "engine.illegal.not_your_question": (
        "Vraag {question} is niet aan {actor} gesteld.",
        "Question {question} was not put to {actor}.",
    ),
    "engine.illegal.question_closed": (
        "Vraag {question} is al afgehandeld.",
        "Question {question} has already been dealt with.",
    ),
    "engine.illegal.statement_one_of": (
        "Een uitspraak is óf eigen tekst óf een standaardzin, niet beide en niet geen van twee.",
        "A statement is either your own text or a set phrase, not both and not neither.",
    ),
    "engine.illegal.unknown_phrase": (
        "Er is geen standaardzin '{phrase}' in dit scenario.",
        "There is no set phrase '{phrase}' in this scenario.",
    ),
    "engine.illegal.statement_empty": (
        "Een lege uitspraak zegt niets; typ iets of kies een zet.",
        "An empty statement says nothing; type something or choose a move.",
    ),
    "engine.illegal.statement_too_long": (
        "Deze uitspraak is {length} tekens; houd het onder de {limit}.",
        "This statement is {length} characters; keep it under {limit}.",
    ),
    "engine.illegal.unknown_interest": (
        "{actor} heeft geen belang '{interest}'.",
        "{actor} has no interest '{interest}'.",
    ),
    "engine.illegal.interest_revealed": (
        "Dat belang ligt al op tafel.",
        "That interest is already on the table.",
    ),
    "engine.illegal.ask_self": (
        "Je kunt jezelf geen vraag stellen.",
        "You cannot ask yourself a question.",
    ),
    "engine.illegal.ask_not_at_table": (
        "{to} zit niet aan tafel en kan geen vraag beantwoorden.",
        "{to} is not at the table and cannot answer a question.",
    ),
    "engine.illegal.unknown_issue": (
        "Er is geen kwestie '{issue}' aan deze tafel.",
        "There is no issue '{issue}' at this table.",
    ),
    "engine.illegal.question_pending": (
        "Je vraag aan {to} over '{issue}' staat nog open.",
        "Your question to {to} about '{issue}' is still open.",
    ),
    "engine.illegal.package_missing": (
        "Een pakket kiest een optie voor elke kwestie; '{issue}' ontbreekt.",
        "A package picks an option for every issue; '{issue}' is missing.",
    ),
    "engine.illegal.unknown_option": (
        "Kwestie '{issue}' heeft geen optie '{option}'.",
        "Issue '{issue}' has no option '{option}'.",
    ),
    "engine.illegal.propose_forbidden": (
        "{actor} mag dit pakket niet voorstellen: '{option}' valt buiten het mandaat "
        "— overleg eerst met de achterban.",
        "{actor} may not propose this package: '{option}' is outside the mandate "
        "— consult the back office first.",
    ),
    "engine.illegal.support_forbidden": (
        "{actor} mag dit pakket niet steunen: '{option}' valt buiten het mandaat "
        "— overleg eerst met de achterban.",
        "{actor} may not support this package: '{option}' is outside the mandate "
        "— consult the back office first.",
    ),
    "engine.illegal.propose_min_score": (
        "{actor} mag dit pakket niet voorstellen: het levert {score} punten op, het mandaat "
        "vraagt minstens {min_score}.",
        "{actor} may not propose this package: it gives {score} points, the mandate asks "
        "for at least {min_score}.",
    ),
    "engine.illegal.support_min_score": (
        "{actor} mag dit pakket niet steunen: het levert {score} punten op, het mandaat "
        "vraagt minstens {min_score}.",
        "{actor} may not support this package: it gives {score} points, the mandate asks "
        "for at least {min_score}.",
    ),
    "engine.illegal.duplicate_proposal": (
        "Dit pakket ligt al op tafel als voorstel {proposal}; steun dat voorstel.",
        "This package is already on the table as proposal {proposal}; support that one.",
    ),
    "engine.illegal.unknown_proposal": (
        "Er is geen voorstel nummer {proposal}.",
        "There is no proposal number {proposal}.",
    ),
    "engine.illegal.already_supporting": (
        "{actor} steunt voorstel {proposal} al.",
        "{actor} already supports proposal {proposal}.",
    ),
    "engine.illegal.not_supporting": (
        "{actor} steunt voorstel {proposal} niet, dus er valt niets in te trekken.",
        "{actor} does not support proposal {proposal}, so there is nothing to withdraw.",
    ),
    "engine.illegal.unknown_consultation": (
        "Er is geen overleg '{consultation}' met jouw achterban.",
        "There is no consultation '{consultation}' with your back office.",
    ),
    "engine.illegal.consultation_used": (
        "Dit overleg met de achterban is al gevoerd.",
        "This consultation with the back office has already been held.",
    ),
    "engine.illegal.no_escalation": (
        "Dit scenario heeft geen escalatietafel.",
        "This scenario has no escalation table.",
    ),
    "engine.illegal.escalation_used": (
        "De escalatietafel is dit spel al bijeengeroepen.",
        "The escalation table has already been called this game.",
    ),
    "engine.illegal.unknown_event": (
        "Er is geen gebeurtenis '{event}' in dit scenario.",
        "There is no event '{event}' in this scenario.",
    ),
    "engine.illegal.event_fired": (
        "Gebeurtenis '{event}' heeft al plaatsgevonden.",
        "Event '{event}' has already happened.",
    ),
    # --- log lines ----------------------------------------------------------------------------
    "engine.log.round_started": (
        "Week {round} van {deadline} begint.",
        "Week {round} of {deadline} begins.",
    ),
    "engine.log.fire_event": (
        "De gespreksleider laat een gebeurtenis plaatsvinden.",
        "The facilitator makes an event happen.",
    ),
    "engine.log.extend_deadline": (
        "De gespreksleider verlengt de termijn tot week {deadline} (+{rounds}).",
        "The facilitator extends the term to week {deadline} (+{rounds}).",
    ),
    "engine.log.reflection": (
        "Reflectiemoment — denk even na: {question}",
        "Moment of reflection — take a moment: {question}",
    ),
    "engine.log.event": ("Gebeurtenis: {message}", "Event: {message}"),
    "engine.effect.change_points": (
        "Door deze gebeurtenis veranderen jouw punten voor '{option}' ({issue}) met {delta}.",
        "Because of this event your points for '{option}' ({issue}) change by {delta}.",
    ),
    "engine.effect.change_batna": (
        "Door deze gebeurtenis verandert jouw BATNA met {delta} tot {batna}.",
        "Because of this event your BATNA changes by {delta} to {batna}.",
    ),
    "engine.effect.widen_mandate": (
        "Door deze gebeurtenis wordt jouw mandaat ruimer.",
        "Because of this event your mandate widens.",
    ),
    "engine.effect.narrow_mandate": (
        "Door deze gebeurtenis wordt jouw mandaat krapper.",
        "Because of this event your mandate narrows.",
    ),
    "engine.effect.move_deadline": (
        "De deadline verschuift naar week {deadline} ({delta:+d}).",
        "The deadline moves to week {deadline} ({delta:+d}).",
    ),
    "engine.log.actor_joined": (
        "{actor_name} schuift aan tafel aan.",
        "{actor_name} joins the table.",
    ),
    "engine.log.option_added": (
        "Nieuwe optie bij '{issue}': '{option}'.",
        "New option for '{issue}': '{option}'.",
    ),
    "engine.log.support_lapsed": (
        "De steun van {actor_name} voor voorstel {proposal} vervalt: het valt nu buiten het "
        "mandaat.",
        "{actor_name}'s support for proposal {proposal} lapses: it is now outside the mandate.",
    ),
    "engine.log.statement": ("{actor_name}: “{text}”", "{actor_name}: “{text}”"),
    "engine.log.reveal_interest": (
        "{actor_name} legt een belang op tafel: {text}",
        "{actor_name} puts an interest on the table: {text}",
    ),
    "engine.log.ask": (
        "{actor_name} vraagt {to_name} naar '{issue}'.",
        "{actor_name} asks {to_name} about '{issue}'.",
    ),
    "engine.log.answered": (
        "{actor_name} beantwoordt de vraag van {asker} over '{issue}'.",
        "{actor_name} answers {asker}'s question about '{issue}'.",
    ),
    "engine.log.declined": (
        "{actor_name} wil de vraag van {asker} over '{issue}' niet beantwoorden.",
        "{actor_name} declines to answer {asker}'s question about '{issue}'.",
    ),
    "engine.answer.truthful": (
        "{actor} aan {asker} over '{issue}': onze voorkeur gaat uit naar '{options}'; "
        "deze kwestie is voor ons {weight}.",
        "{actor} to {asker} about '{issue}': we prefer '{options}'; this issue is {weight} to us.",
    ),
    "engine.answer.vague": (
        "{actor} aan {asker} over '{issue}': daar valt over te praten; we houden alle opties open.",
        "{actor} to {asker} about '{issue}': that is open to discussion; we keep every "
        "option open.",
    ),
    "engine.answer.decline": (
        "{actor} geeft {asker} geen antwoord over '{issue}'.",
        "{actor} gives {asker} no answer about '{issue}'.",
    ),
    "engine.weight.high": ("heel belangrijk", "very important"),
    "engine.weight.medium": ("belangrijk", "important"),
    "engine.weight.low": ("minder belangrijk", "less important"),
    "engine.log.propose": (
        "{actor_name} stelt voor (voorstel {proposal}): {package}",
        "{actor_name} proposes (proposal {proposal}): {package}",
    ),
    "engine.log.support": (
        "{actor_name} steunt voorstel {proposal}.",
        "{actor_name} supports proposal {proposal}.",
    ),
    "engine.log.withdraw_support": (
        "{actor_name} trekt de steun voor voorstel {proposal} in.",
        "{actor_name} withdraws support for proposal {proposal}.",
    ),
    "engine.log.pass": ("{actor_name} past.", "{actor_name} passes."),
    "engine.log.consult": (
        "{actor_name} overlegt met de eigen achterban.",
        "{actor_name} consults the back office.",
    ),
    "engine.log.consult_yes": (
        "Overleg '{label}': de achterban stemt in; je mandaat is ruimer geworden.",
        "Consultation '{label}': the back office agrees; your mandate has widened.",
    ),
    "engine.log.consult_no": (
        "Overleg '{label}': de achterban zegt nee; je mandaat blijft zoals het was.",
        "Consultation '{label}': the back office says no; your mandate stays as it was.",
    ),
    "engine.log.consult_no_text": (
        "Overleg '{label}': de achterban zegt nee — {text}",
        "Consultation '{label}': the back office says no — {text}",
    ),
    "engine.log.escalate": (
        "{actor_name} roept de escalatietafel bijeen; de rest van deze week gaat daarin op.",
        "{actor_name} calls the escalation table; the rest of this week is spent there.",
    ),
    "engine.log.advice": (
        "Advies van de escalatietafel: {text}",
        "Escalation table advice: {text}",
    ),
    "engine.log.revealed_by_escalation": (
        "De escalatietafel brengt een belang van {actor_name} aan het licht: {text}",
        "The escalation table brings one of {actor_name}'s interests to light: {text}",
    ),
    "engine.log.walk_away": (
        "{actor_name} verlaat de tafel en valt terug op het eigen alternatief.",
        "{actor_name} leaves the table and falls back on its own alternative.",
    ),
    "engine.log.question_lapsed": (
        "De vraag van {asker} aan {to_name} over '{issue}' vervalt.",
        "{asker}'s question to {to_name} about '{issue}' lapses.",
    ),
    "engine.log.agreement": (
        "Akkoord! Voorstel {proposal} is aangenomen ({supporters}): {package}",
        "Agreement! Proposal {proposal} is adopted ({supporters}): {package}",
    ),
    "engine.log.deadline": (
        "De deadline is verstreken zonder akkoord: het bevoegd gezag besluit alleen en "
        "iedereen valt terug op zijn alternatief.",
        "The deadline has passed without agreement: the competent authority decides alone "
        "and everyone falls back on its alternative.",
    ),
    "engine.log.walkout": (
        "Na het vertrek van {actor_name} is een akkoord niet meer mogelijk: het spel eindigt.",
        "With {actor_name} gone an agreement is no longer possible: the game ends.",
    ),
    # --- saves ---------------------------------------------------------------------------------
    "engine.save.not_json": (
        "Dit opgeslagen spel is geen geldige JSON (regel {line}, kolom {col}); het bestand is "
        "waarschijnlijk afgebroken of beschadigd.",
        "This saved game is not valid JSON (line {line}, column {col}); the file is probably "
        "truncated or damaged.",
    ),
    "engine.save.not_object": (
        "Een opgeslagen spel is een JSON-object, dit is een {found}.",
        "A saved game is a JSON object, this is a {found}.",
    ),
    "engine.save.too_deep": (
        "Dit opgeslagen spel is te diep genest om te lezen; het bestand is beschadigd of "
        "geen opgeslagen spel.",
        "This saved game is nested too deeply to read; the file is damaged or not a saved game.",
    ),
    "engine.save.not_a_save": (
        "Dit is geen opgeslagen Omgevingstafel-spel.",
        "This is not a saved Omgevingstafel game.",
    ),
    "engine.save.version": (
        "Dit opgeslagen spel heeft formaatversie {found}; deze versie van het spel leest "
        "formaatversie {oldest} tot en met {newest}.",
        "This saved game has format version {found}; this version of the game reads format "
        "versions {oldest} to {newest}.",
    ),
    "engine.save.kept_text_damaged": (
        "De kopie van het scenario in dit opgeslagen spel (scenario_text) is beschadigd; het "
        "bestand is aangepast of afgebroken.",
        "The copy of the scenario in this saved game (scenario_text) is damaged; the file has "
        "been edited or truncated.",
    ),
    "engine.save.malformed": (
        "Dit opgeslagen spel is beschadigd ({count} fout(en)): {problems}",
        "This saved game is damaged ({count} problem(s)): {problems}",
    ),
    "engine.save.other_scenario": (
        "Dit opgeslagen spel hoort bij scenario '{saved}', niet bij '{given}'.",
        "This saved game belongs to scenario '{saved}', not to '{given}'.",
    ),
    "engine.save.scenario_changed": (
        "Het scenario is veranderd sinds dit spel werd opgeslagen (opgeslagen hash {saved}, "
        "huidige hash {given}); het spel kan niet exact worden nagespeeld.",
        "The scenario has changed since this game was saved (saved hash {saved}, current "
        "hash {given}); the game cannot be replayed exactly.",
    ),
    "engine.save.bad_setup": (
        "De tafelbezetting in dit opgeslagen spel klopt niet: {reason}",
        "The seating in this saved game is wrong: {reason}",
    ),
    "engine.save.illegal_action": (
        "Handeling {number} in dit opgeslagen spel is niet toegestaan: {reason} Is het "
        "bestand aangepast?",
        "Action {number} in this saved game is not allowed: {reason} Has the file been edited?",
    ),
    "engine.save.log_differs": (
        "Het verslag in dit opgeslagen spel wijkt bij regel {index} af van het nagespeelde "
        "spel; het bestand is aangepast of afgebroken.",
        "The record in this saved game differs from the replayed game at line {index}; the "
        "file has been edited or truncated.",
    ),
    "engine.save.hash_differs": (
        "Het nagespeelde spel komt niet overeen met het opgeslagen spel (opgeslagen {saved}, "
        "nagespeeld {found}).",
        "The replayed game does not match the saved one (saved {saved}, replayed {found}).",
    ),
    # --- setup ---------------------------------------------------------------------------------
    "engine.setup.unknown_seat": (
        "Er is geen partij '{seat}' in dit scenario (wel: {known}).",
        "There is no party '{seat}' in this scenario (known: {known}).",
    ),
    "engine.setup.duplicate_seat": (
        "Een partij kan maar één stoel aan tafel hebben.",
        "A party can have only one seat at the table.",
    ),
    "engine.setup.too_few_seats": (
        "Onderhandelen vraagt minstens twee partijen aan tafel.",
        "A negotiation needs at least two parties at the table.",
    ),
    "engine.setup.required_missing": (
        "'{actor}' moet instemmen met elk akkoord en moet dus aan tafel zitten.",
        "'{actor}' must agree to any agreement, so it must have a seat at the table.",
    ),
    "engine.setup.below_quorum": (
        "Een akkoord vraagt {quorum} partijen; met {seats} stoelen aan tafel lukt dat nooit.",
        "An agreement needs {quorum} parties; with {seats} seats at the table it never can.",
    ),
    "engine.setup.not_seated": (
        "'{actor}' zit niet aan deze tafel.",
        "'{actor}' has no seat at this table.",
    ),
}
