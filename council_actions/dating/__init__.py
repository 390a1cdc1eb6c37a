"""The period rules: which periods a phrase prints (`period_search.find_periods` over `periods.PERIOD_RULES`), the
words that make its kind (`kinds`) and how often it recurs (`cadence`), the vocabularies of a reading, and the
reading of one timeline phrase with its assumptions (`timelines.read_timeline`).

Below the stages (tests/test_layers.py), beside the period words and the financial calendar they are built on: the
readers (ingest) and the parsers ask whether a line prints a period before normalise dates it, all by these same
rules, so none of them imports a later stage for them. The reading is here too: normalise reads each timeline of an
action by it, and the parsers read a plan's printed date and period by it (parsers/plan_date.py).
"""
