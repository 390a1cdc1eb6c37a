"""A column whose header cell starts at one edge and whose body cells at another (Kent's ICS priorities slide, page 7:
`Shared Outcome` from 852.7 points, its cells `SO1,SO2` from 872.1): one column, so the heading stands over its cells
(ingest/pdf_cells._drawn_twice). Two edges that one row both starts cells at stay two columns."""

from __future__ import annotations

from council_actions.ingest.pdf_cells import column_edges, column_of

HEADER = [(8.9, 33.1, 410.9, 66.7), (410.9, 33.1, 530.8, 66.7), (530.8, 33.1, 640.7, 66.7),
          (640.7, 33.1, 852.7, 66.7), (852.7, 33.1, 951.1, 66.7)]
ACROSS = [(8.9, 66.7, 951.1, 92.0)]  # the row merged across every column
BODY = [(8.9, top, 410.9, top + 50), (410.9, top, 530.8, top + 50), (530.8, top, 640.7, top + 50),
        (640.7, top, 872.1, top + 50), (872.1, top, 951.1, top + 50)] if (top := 92.0) else []


def test_header_and_body_edges_of_one_column_are_one():
    boxes = sorted(HEADER + ACROSS + BODY, key=lambda b: (b[1], b[0]))
    lefts = column_edges(boxes)
    assert lefts == [8.9, 410.9, 530.8, 640.7, 852.7]
    assert column_of(HEADER[-1], lefts) == column_of(BODY[-1], lefts) == 4
    assert column_of(BODY[3], lefts) == 3


def test_edges_one_row_starts_cells_at_stay_apart():
    split = [(640.7, 150.0, 852.7, 200.0), (852.7, 150.0, 872.1, 200.0), (872.1, 150.0, 951.1, 200.0)]
    boxes = sorted(HEADER + BODY + split, key=lambda b: (b[1], b[0]))
    assert column_edges(boxes) == [8.9, 410.9, 530.8, 640.7, 852.7, 872.1]
