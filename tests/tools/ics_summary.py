#!/usr/bin/env python3
"""Parses an .ics file with Debian's python3-icalendar (an implementation
independent of CampDesk) and prints its events as JSON, for the test suite."""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as handle:
    calendar = icalendar.Calendar.from_ical(handle.read())

events = []
for event in calendar.walk("VEVENT"):
    end = event.get("DTEND")
    events.append({
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION", "")),
        "start": event.get("DTSTART").dt.isoformat(),
        "end": end.dt.isoformat() if end is not None else None,
        "status": str(event.get("STATUS")),
        "categories": [str(c) for c in event.get("CATEGORIES").cats] if event.get("CATEGORIES") else [],
    })
print(json.dumps({"name": str(calendar.get("X-WR-CALNAME")), "events": events}, ensure_ascii=False))
