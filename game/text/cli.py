"""Messages of the command line."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.description": (
        "Omgevingstafel — onderhandelen aan één tafel.",
        "Omgevingstafel — negotiating at one table.",
    ),
    "cli.no_display": (
        "Geen beeldscherm gevonden: speel in de terminal met `{command}`.",
        "No display found: play in the terminal with `{command}`.",
    ),
    "cli.interrupted": ("Onderbroken.", "Interrupted."),
}
