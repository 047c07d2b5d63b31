from salesdesk.sheets.duplicates import Candidate, build_index, find_duplicates


def test_within_file_and_existing():
    existing = build_index(
        [
            Candidate(1, ["a@x.fi"], [], None, "Anna", "Aalto", "X Oy"),
            Candidate(2, [], ["+358401234567"], None, "Bertta", "Berg", "Y Oy"),
            Candidate(3, [], [], "1861700-9", None, None, "Z Oy", True),
            Candidate(4, [], [], None, "Matti", "Virtanen", "Konepaja Oy"),
        ]
    )
    rows = [
        Candidate(("row", 0), ["a@x.fi"]),
        Candidate(("row", 1), [], ["+358401234567"]),
        Candidate(("row", 2), [], [], "1861700-9", None, None, "Z", True),
        Candidate(("row", 3), [], [], None, "Mati", "Virtanen", "Konepaja Oy"),
        Candidate(("row", 4), ["new@x.fi"], [], None, "New", "Person", "Q"),
        Candidate(("row", 5), ["NEW@x.fi".lower()]),
        None,
    ]
    m = find_duplicates(rows, existing)
    assert m[0].key == 1 and m[0].sure and m[0].reason == "email"
    assert m[1].key == 2 and m[1].reason == "phone"
    assert m[2].key == 3 and m[2].reason == "business_id"
    assert m[3].key == 4 and not m[3].sure and m[3].score >= 85
    assert m[4] is None
    assert m[5].key == ("row", 4) and m[5].in_file
    assert m[6] is None


def test_business_id_alone_does_not_merge_two_people():
    existing = build_index([Candidate(1, [], [], "1861700-9", "Anna", "Aalto", "Z Oy")])
    m = find_duplicates([Candidate(("row", 0), [], [], "1861700-9", "Pekka", "Puu", "Q Oy")], existing)
    assert m[0] is None
