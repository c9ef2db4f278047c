"""Messages of the command line."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.description": (
        "Omgevingstafel — onderhandelen aan één tafel.",
        "Omgevingstafel — negotiating at one table.",
    ),
    "cli.no_display": (
        "Geen beeldscherm gevonden: speel in de terminal met `python -m game play --text`.",
        "No display found: play in the terminal with `python -m game play --text`.",
    ),
    "cli.interrupted": ("Onderbroken.", "Interrupted."),
}
