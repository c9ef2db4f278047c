"""Texts of the table scene's proposal overview, support matrix and moment cards."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # a proposal's support against the agreement rule
    "table.and": (" en ", " and "),
    "table.need_quorum": ("nodig: {need} van {table}", "needed: {need} of {table}"),
    "table.need_with": (", met {names}", ", including {names}"),
    "table.rule": ("Akkoord — {need}", "Agreement — {need}"),
    "table.need_all": ("nodig: alle {table} aan tafel", "needed: all {table} at the table"),
    "table.need_both": ("nodig: beide partijen aan tafel", "needed: both parties at the table"),
    "table.missing": ("ontbreekt: {names}", "missing: {names}"),
    "table.missing_more": ("nog {count} andere", "{count} more"),
    "table.missing_any": ("nog {count} partij(en)", "{count} more party(ies)"),
    "table.enough": (
        "genoeg steun: akkoord aan het eind van de week",
        "enough support: a deal at the end of the week",
    ),
    "table.enough_outranked": (
        "genoeg steun, maar voorstel {id} gaat voor (meer steun aan tafel, of eerder gedaan)",
        "enough support, but proposal {id} goes first (more support at the table, or made earlier)",
    ),
    "table.enough_is_deal": ("aangenomen: dit is het akkoord", "adopted: this is the agreement"),
    "table.enough_agreed": (
        "genoeg steun, maar voorstel {id} is aangenomen",
        "enough support, but proposal {id} was adopted",
    ),
    "table.enough_no_deal": (
        "genoeg steun, maar het spel eindigde zonder akkoord",
        "enough support, but the game ended without an agreement",
    ),
    "table.support_count": ("Steun ({count}): {names}", "Support ({count}): {names}"),
    "table.proposal_count": (
        "{count} voorstellen, het dichtst bij een akkoord bovenaan",
        "{count} proposals, the closest to a deal on top",
    ),
    "table.no_support": ("zonder steun aan tafel", "no support at the table"),
    "table.show_proposal": ("Toon voorstel {proposal}", "Show proposal {proposal}"),
    # a seat in a room: the top bar's button to leave it (the seat stays yours)
    "table.leave": ("Verlaten", "Leave"),
    # a seat in a room: a second move before the room answered the first
    "table.room_waiting": (
        "Even wachten: de kamer verwerkt je vorige zet.",
        "One moment: the room is taking your last move.",
    ),
    # a seat in a room: the connection dropped (the client reconnects by itself)
    "table.room_offline": (
        "Verbinding met de kamer weg: opnieuw verbinden …",
        "Connection to the room lost: reconnecting …",
    ),
    # Propose in the compact layout (small window, large text), the package's points on it
    "table.propose_points": ("Stel voor · {points}", "Propose · {points}"),
    "table.supports_many": ("steunt {count} voorstellen", "supports {count} proposals"),
    # the support matrix
    "table.matrix": ("Steun per voorstel (F2)", "Support per proposal (F2)"),
    "table.matrix_title": ("Wie steunt welk voorstel", "Who supports which proposal"),
    "table.matrix_rows": (
        "Omhoog/omlaag: meer partijen.",
        "Up/Down: more parties.",
    ),
    "table.matrix_hint": (
        "Vol rondje: steunt · open rondje: steunt niet · streep: weggelopen. Onderaan: hoeveel "
        "steun elk voorstel nog mist.",
        "Filled dot: supports · open dot: does not · dash: walked away. Below: how much "
        "support each proposal still lacks.",
    ),
    "table.matrix_short": ("nog {count}", "{count} to go"),
    "table.matrix_enough": ("genoeg", "enough"),
    "table.matrix_page": (
        "Voorstellen {first}–{last} van {count}",
        "Proposals {first}–{last} of {count}",
    ),
    "table.matrix_prev": ("‹ Vorige", "‹ Previous"),
    "table.matrix_next": ("Volgende ›", "Next ›"),
    "table.close": ("Sluiten", "Close"),
    # the table's keys, in the hint strip when the focused control has no hint of its own
    "table.keys": (
        "F1 briefing · F2 steun per voorstel · F3 pakket · F4 voorstellen · F5 zetten",
        "F1 briefing · F2 support per proposal · F3 package · F4 proposals · F5 moves",
    ),
    # moment cards
    "table.moment_consult_yes": ("Overleg: ja", "Consultation: yes"),
    "table.moment_consult_no": ("Overleg: nee", "Consultation: no"),
    "table.moment_answer": ("Antwoord van {actor}", "Answer from {actor}"),
    "table.moment_deal": ("Akkoord!", "Agreement!"),
    "table.moment_walkout": ("{actor} loopt weg", "{actor} walks away"),
    "table.moment_end": ("Het spel is afgelopen", "The game is over"),
}
