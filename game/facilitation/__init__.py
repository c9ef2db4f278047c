"""The facilitator's kit: seating, a timed session plan, debrief questions, an observation
form and printed role cards. The content is pure (no PDF here) so the room and the window
can reuse it; the `*_pdf` modules only draw it."""
