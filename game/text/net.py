"""Messages of the academy room: refusals the server gives, and the host, join and results
commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- refusals ----------------------------------------------------------------------------
    "net.unknown_table": (
        "Tafel {table} bestaat niet; deze sessie heeft {count} tafels.",
        "Table {table} does not exist; this session has {count} tables.",
    ),
    "net.unknown_seat": (
        "Aan tafel {table} is geen plaats voor '{actor}'.",
        "Table {table} has no seat for '{actor}'.",
    ),
    "net.seat_taken": (
        "De plaats van {actor} aan tafel {table} is al bezet.",
        "The seat of {actor} at table {table} is already taken.",
    ),
    "net.already_seated": (
        "Je hebt al een plaats; sta eerst op (leave) om te wisselen.",
        "You already hold a seat; leave it first to switch.",
    ),
    "net.unknown_strategy": (
        "Onbekende botstrategie '{strategy}'.",
        "Unknown bot strategy '{strategy}'.",
    ),
    "net.no_seat": (
        "Je hebt geen plaats aan een tafel; kies eerst een rol.",
        "You hold no seat at a table; pick a role first.",
    ),
    "net.bad_action": (
        "Deze actie klopt niet: {detail}",
        "This action is malformed: {detail}",
    ),
    "net.not_your_seat": (
        "Je speelt {actor}; je kunt niet voor een andere partij handelen.",
        "You play {actor}; you cannot act for another party.",
    ),
    "net.not_listed": (
        "Deze actie staat niet in de lijst die de server je gaf.",
        "This action is not among those the server listed for you.",
    ),
    "net.unknown_event": (
        "Het scenario kent geen gebeurtenis '{event}'.",
        "The scenario has no event '{event}'.",
    ),
    "net.engine_cannot_fire": (
        "Gebeurtenissen op verzoek afvuren kan de spelmotor nog niet (tafel {table}).",
        "The game engine cannot fire events on request yet (table {table}).",
    ),
    "net.engine_cannot_extend": (
        "De termijn verlengen kan de spelmotor nog niet (tafel {table}, +{rounds}).",
        "The game engine cannot extend the deadline yet (table {table}, +{rounds}).",
    ),
    "net.session_ended": (
        "De sessie is afgelopen.",
        "The session has ended.",
    ),
    "net.paused": (
        "Tafel {table} staat even stil; wacht op de begeleider.",
        "Table {table} is paused; wait for the facilitator.",
    ),
    "net.too_fast": (
        "Te veel berichten tegelijk; een deel is genegeerd.",
        "Too many messages at once; some were ignored.",
    ),
    "net.bad_json": (
        "Dit bericht is geen geldige JSON: {detail}",
        "This message is not valid JSON: {detail}",
    ),
    "net.bad_message": (
        "Dit bericht kent de server niet: {detail}",
        "The server does not understand this message: {detail}",
    ),
    "net.server_error": (
        "Er ging iets mis op de server; probeer het nog eens.",
        "Something went wrong on the server; please try again.",
    ),
    "net.not_facilitator": (
        "Dit mag alleen de begeleider.",
        "Only the facilitator may do this.",
    ),
    "net.say_hello": (
        "Meld je eerst aan met de kamercode (join) of je plaatsbewijs (resume).",
        "Sign in first with the room code (join) or your seat token (resume).",
    ),
    "net.wrong_code": (
        "Deze kamercode klopt niet.",
        "This room code is wrong.",
    ),
    "net.unknown_token": (
        "Dit plaatsbewijs is niet (meer) geldig.",
        "This seat token is not valid (any more).",
    ),
    "net.taken_over": (
        "Je plaats is overgenomen door een nieuwe verbinding met jouw plaatsbewijs.",
        "Your seat was taken over by a new connection with your seat token.",
    ),
    "net.wrong_facilitator_token": (
        "Dit begeleiderstoken klopt niet.",
        "This facilitator token is wrong.",
    ),
    # --- the results file -------------------------------------------------------------------
    "net.db_unusable": (
        "Het resultatenbestand {path} is niet te gebruiken: {reason}",
        "The results file {path} cannot be used: {reason}",
    ),
    "net.scenario_changed": (
        "Het scenario {path} is veranderd sinds de sessie begon; de tafels zijn niet te herstellen."
        " Start een nieuwe sessie met --new.",
        "The scenario {path} changed since the session began; its tables cannot be restored."
        " Start a new session with --new.",
    ),
    "net.replay_failed": (
        "Tafel {table} is niet te herstellen: {reason}",
        "Table {table} cannot be restored: {reason}",
    ),
}
