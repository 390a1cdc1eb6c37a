"""The period rules: which periods a phrase prints (`period_search.find_periods` over `periods.PERIOD_RULES`), the
words that make its kind (`kinds`) and how often it recurs (`cadence`), and the vocabularies of a reading.

Below the stages (tests/test_layers.py), beside the period words and the financial calendar they are built on: the
readers (ingest) and the parsers ask whether a line prints a period before normalise dates it, all by these same
rules, so none of them imports a later stage for them. The reading of one timeline phrase, with its assumptions,
is normalise's (normalise/timelines.py).
"""
