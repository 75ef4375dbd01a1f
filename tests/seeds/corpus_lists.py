"""What the seed documents cite, as data for the corpus tests (no tests in this module).

Seeds live in ../shared/seeds, relative to the repository root (see its README); the bibliography
is data/references.bib and its conventions are in docs/corpus.md.

- LISTED_WORKS[seed]: one (first-author surname, year) per item of the seed's reference or
  reading lists (002/003 "REFERENCES", 000 "Suggested Readings", 001's footnote and the article
  pages shown on its slides), in list order. Each list is taken in full, so a work that two
  lists of one seed both name appears twice, and so do two different works that share a
  surname and year (000's two Rowe 2007 items).
- LISTED_KEYS[seed]: the bib key of each LISTED_WORKS item, in the same order. It is exact
  where KEY_FOR has to pick one work for an ambiguous (surname, year).
- CITED_WORKS[seed]: each distinct author-year citation in the running text, as written,
  misspellings included ('Ochoka', 'Hogwood', 'Coatswortha Puspokey', year 'ND', '2006b').
- KEY_FOR[(surname, year)]: the bib key of the work that form means.
- OTHER_CITATIONS[seed]: citations with no author-year form, as (text as written, key): vague
  citations, quotations credited to a person, an image caption and standards named without a
  year.

Everything is copied from the seeds as written, except U+2010 hyphens, which become "-".
"""

from __future__ import annotations

S000 = "000_33dbbf70d0a71f50.txt"
S001 = "001_4c422d85d35658df.txt"
S002 = "002_21d0857b26a648a9.txt"
S003 = "003_b539451294242adb.txt"
S004 = "004_656224a5a6678deb.txt"

NASMHPD = "National Association of State Mental Health Program Directors Medical Directors Council"

# The "Peer Support" REFERENCES list, identical in 002 and in 003's first section.
_GENERAL_LIST: list[tuple[tuple[str, str], str]] = [
    (("Chinman", "2001"), "chinman2001chronicity"),
    (("Coatsworth-Puspoky", "2006"), "coatsworthpuspoky2006peer"),
    (("Davidson", "2012"), "davidson2012peer"),
    (("Davidson", "1999"), "davidson1999peer"),
    (("Dumont", "2002"), "dumont2002findings"),
    (("Forchuk", "2005"), "forchuk2005therapeutic"),
    (("Kurtz", "1990"), "kurtz1990self"),
    (("Min", "2007"), "min2007peer"),
    (("Mead", "2006"), "mead2006peer"),
    (("Nelson", "2006"), "nelson2006longitudinal"),
    (("Ochocka", "2006"), "ochocka2006longitudinal"),
    (("Ratzlaff", "2006"), "ratzlaff2006kansas"),
    (("Resnick", "2008"), "resnick2008integrating"),
    (("Salzer", "2002"), "salzer2002consumer"),
    (("Trainor", "1997"), "trainor1997beyond"),
    (("Yanos", "2001"), "yanos2001consumer"),
]

# 003, "Peers Supporting Recovery from Mental Health Conditions", REFERENCES.
_MH_LIST: list[tuple[tuple[str, str], str]] = [
    (("Bellamy", "2012"), "bellamy2012giving"),
    (("Bologna", "2011"), "bologna2011evaluation"),
    (("Chinman", "2015"), "chinman2015cluster"),
    (("Chinman", "2014"), "chinman2014peer"),
    (("Coatsworth-Puspoky", "2006"), "coatsworthpuspoky2006peer"),
    (("Cook", "2010"), "cook2010developing"),
    (("Corrigan", "2013"), "corrigan2013impact"),
    (("Davidson", "2012"), "davidson2012peer"),
    (("Druss", "2010"), "druss2010health"),
    (("Felton", "1995"), "felton1995consumers"),
    (("Mead", "2006"), "mead2006peer"),
    (("Min", "2007"), "min2007peer"),
    (("Short", "2012"), "short2012impact"),
    (("Sledge", "2011"), "sledge2011effectiveness"),
    (("Trachtenberg", "2013"), "trachtenberg2013peer"),
    (("Walker", "2013"), "walker2013peer"),
]

# 003, "Peers Supporting Recovery from Substance Use Disorders", REFERENCES.
_SUD_LIST: list[tuple[tuple[str, str], str]] = [
    (("Armitage", "2010"), "armitage2010recovery"),
    (("Bernstein", "2005"), "bernstein2005brief"),
    (("Boisvert", "2008"), "boisvert2008effectiveness"),
    (("Boyd", "2005"), "boyd2005peer"),
    (("Ja", "2009"), "ja2009peers"),
    (("Kamon", "2013"), "kamon2013recovery"),
    (("Mangrum", "2008"), "mangrum2008creating"),
    (("Min", "2007"), "min2007peer"),
    (("O'Connell", "2017"), "oconnell2017enhancing"),
    (("Rowe", "2007"), "rowe2007peer"),
]

# 003, "Family, Parent and Caregiver Peer Support in Behavioral Health", REFERENCES.
_FAMILY_LIST: list[tuple[tuple[str, str], str]] = [
    (("Eversen", "2012"), "eversen2012results"),
    (("Hoagwood", "2010"), "hoagwood2010family"),
    (("Koroloff", "1996"), "koroloff1996role"),
    (("Kutash", "2011"), "kutash2011supporting"),
    (("Leggatt", "2015"), "leggatt2015family"),
    (("Obrochta", "2011"), "obrochta2011issue"),
    (("Purdy", "2010"), "purdy2010core"),
    (("Robbins", "2008"), "robbins2008parent"),
]

_LISTS: dict[str, list[tuple[tuple[str, str], str]]] = {
    # 000 "Suggested Readings". The second item lost its authors in the text extraction: it
    # starts at "(2010)." straight after the cut-off first item, so its surname is "".
    S000: [
        (("Rowe", "2007"), "rowe2007reducing"),
        (("", "2010"), "anon2010clinical"),
        (("Davidson", "2012"), "davidson2012peer"),
        (("Bellamy", "2012"), "bellamy2012giving"),
        (("Sells", "2006"), "sells2006treatment"),
        (("Rowe", "2007"), "rowe2007peer"),
        (("Rowe", "2009"), "rowe2009citizenship"),
    ],
    # 001: footnote 1, then the two article pages shown on slides.
    S001: [
        ((NASMHPD, "2006"), "nasmhpd2006morbidity"),
        (("Florence", "2020"), "florence2020reality"),
        (("Grundman", "2020"), "grundman2020lived"),
    ],
    S002: list(_GENERAL_LIST),
    S003: _GENERAL_LIST + _MH_LIST + _SUD_LIST + _FAMILY_LIST,
    # 004 uses numbered citations; its reference list is not in the file.
    S004: [],
}

LISTED_WORKS: dict[str, list[tuple[str, str]]] = {
    seed: [sy for sy, _ in items] for seed, items in _LISTS.items()
}
LISTED_KEYS: dict[str, list[str]] = {
    seed: [key for _, key in items] for seed, items in _LISTS.items()
}

# Author-year citations in running text, first author's surname and year exactly as written.
_GENERAL_CITED: list[tuple[str, str]] = [
    ("Mead", "2006"),  # "Mead & McNeil, 2006" / "Mead and McNeil, 2006"
    ("Davidson", "1999"),
    ("Davidson", "2012"),
    ("Salzer", "2002"),
    ("Dumont", "2002"),
    ("Ochoka", "2006"),  # misspelt Ochocka
    ("Resnick", "2008"),
    ("Davidson", "2006"),  # "Davidson, et al., 2006": not in any list
    ("Ratzlaff", "2006"),
    ("Coatswortha Puspokey", "2006"),  # misspelt Coatsworth-Puspoky
    ("Kurtz", "1990"),
    ("Nelson", "2006"),
    ("Ochocka", "2006"),
    ("Trainor", "1997"),
    ("Yanos", "2001"),
    ("Chinman", "2001"),
    ("Forchuk", "2005"),  # "... Chan, & Jenson, 2005" (list: Jensen)
    ("Min", "2007"),  # "Min, Whitecraft, Rothbard, Salzer, 2007"
]

CITED_WORKS: dict[str, list[tuple[str, str]]] = {
    S000: [
        ("Davidson", "2006"),
        ("DMHAS", "2002"),  # "State of Connecticut’s Department of ... (DMHAS), 2002"
        ("Taxman", "2004"),
    ],
    S001: [
        ("Davidson", "2010"),
        ("White", "2006b"),
        ("Solomon", "1995"),
        ("Davidson", "2004"),
        ("Clarke", "2000"),
        ("Min", "2007"),  # "Min 2007", no comma
        ("Rowe", "2007"),
        ("Sells", "2006"),
        ("DMHAS", "2024"),  # "DMHAS' Peer Ethics & Values (2024)"
    ],
    S002: list(_GENERAL_CITED),
    S003: [
        *_GENERAL_CITED,
        # mental health section
        ("Promise Resource Network", "2016"),
        ("Chinman", "2013"),  # no list entry; taken to be the listed Chinman 2015
        ("Cook", "2010"),
        ("Repper", "2011"),
        ("Walker", "2013"),
        ("Druss", "2010"),
        ("Short", "2012"),
        ("Bellamy", "2012"),
        ("Bologna", "2010"),  # list: 2011
        ("Felton", "1995"),
        ("Chinman", "2014"),
        ("Sledge", "2011"),
        ("Corrigan", "2013"),  # "Corrigan, et al., 2013" (list: Corrigan & Sokol)
        ("Trachtenberg", "2013"),
        # substance use section
        ("White", "2009"),
        ("Best", "2010"),
        ("Cloud", "2008"),
        ("Bassuk", "2016"),
        ("Reif", "2014"),
        ("Sanders", "1998"),
        ("Andreas", "2010"),
        ("Mangrum", "2008"),
        ("Deering", "2011"),
        ("Tracy", "2011"),
        ("Armitage", "2010"),
        ("O'Connell", "ND"),  # list: 2017, Epub ahead of print
        ("Boisvert", "2008"),
        ("Ja", "2009"),
        ("Rowe", "2007"),
        ("Kamon", "2013"),
        ("Bernstein", "2005"),
        ("Boyd", "2005"),
        # family section
        ("Obrochta", "2011"),
        ("Kutash", "2011"),
        ("Hoagwood", "2009"),  # list: 2010
        ("Hogwood", "2010"),  # misspelt Hoagwood
        ("Hoagwood", "2010"),
    ],
    S004: [
        ("Pussin", "1793"),  # "Pussin, in a 1793 letter to Philippe Pinel (1)"
    ],
}

# Citations with no author-year form, exactly as written, and the work they point to.
OTHER_CITATIONS: dict[str, list[tuple[str, str]]] = {
    S000: [
        ("Mead & Hansen, http://www.intentionalpeersupport.org/", "meadnd"),
        # Inferred: the only Chinman review in Psychiatric Services in the seeds.
        ("Recent review by Chinman et al in Psych Services", "chinman2014peer"),
        # No year or title; CAI and RSA are not explained in the seeds.
        ("Chinman, CAI", "chinmannd"),
        ("O’Connell et al., RSA", "oconnellnd"),
        # A quotation credited on the slide "The Power of “Peer Services”".
        ("A. Kathryn Power, CMHS", "powernd"),
    ],
    S001: [
        ("Recent review by Chinman et al in Psych Services", "chinman2014peer"),
        ("Chinman, CAI", "chinmannd"),
        ("O’Connell et al., RSA", "oconnellnd"),
        # Quotations, an image caption and named standards, none with a year.
        ('adapted "I need you" by Imani Harrington', "harringtonndneed"),
        ("Thomas Jefferson", "jeffersonnd"),
        ("Dr. Philippe Pinel at the Salpêtrière, 1795 by Robert Fleury", "fleurynddr"),
        ("SAMHSA Core Competencies of Peer Support", "samhsandcore"),
        ("SAMHSA's Twelve Core Competencies", "samhsandcore"),
        ("SAMHSA's National Standards", "samhsandnational"),
    ],
    S002: [],
    S003: [],
    S004: [
        ("(1)", "pussin1793"),
        # Inferred from the study descriptions in 004 (its reference list is not in the file).
        ("(31)", "anon2010clinical"),
        ("(32)", "sledge2011effectiveness"),
    ],
}

KEY_FOR: dict[tuple[str, str], str] = {
    # 000 / 001
    ("Rowe", "2007"): "rowe2007peer",  # also names rowe2007reducing in 000's list (see LISTED_KEYS)
    ("", "2010"): "anon2010clinical",
    ("Davidson", "2012"): "davidson2012peer",
    ("Bellamy", "2012"): "bellamy2012giving",
    ("Sells", "2006"): "sells2006treatment",
    ("Rowe", "2009"): "rowe2009citizenship",
    ("Davidson", "2006"): "davidson2006",
    ("DMHAS", "2002"): "dmhas2002",
    ("Taxman", "2004"): "taxman2004",
    (NASMHPD, "2006"): "nasmhpd2006morbidity",
    ("Florence", "2020"): "florence2020reality",
    ("Grundman", "2020"): "grundman2020lived",
    ("Davidson", "2010"): "davidson2010",
    ("White", "2006b"): "white2006b",
    ("Solomon", "1995"): "solomon1995",
    ("Davidson", "2004"): "davidson2004",
    ("Clarke", "2000"): "clarke2000",
    ("Min", "2007"): "min2007peer",
    ("DMHAS", "2024"): "dmhas2024peer",
    # 002 / 003 general
    ("Chinman", "2001"): "chinman2001chronicity",
    ("Coatsworth-Puspoky", "2006"): "coatsworthpuspoky2006peer",
    ("Coatswortha Puspokey", "2006"): "coatsworthpuspoky2006peer",
    ("Davidson", "1999"): "davidson1999peer",
    ("Dumont", "2002"): "dumont2002findings",
    ("Forchuk", "2005"): "forchuk2005therapeutic",
    ("Kurtz", "1990"): "kurtz1990self",
    ("Mead", "2006"): "mead2006peer",
    ("Nelson", "2006"): "nelson2006longitudinal",
    ("Ochocka", "2006"): "ochocka2006longitudinal",
    ("Ochoka", "2006"): "ochocka2006longitudinal",
    ("Ratzlaff", "2006"): "ratzlaff2006kansas",
    ("Resnick", "2008"): "resnick2008integrating",
    ("Salzer", "2002"): "salzer2002consumer",
    ("Trainor", "1997"): "trainor1997beyond",
    ("Yanos", "2001"): "yanos2001consumer",
    # 003 mental health
    ("Bologna", "2011"): "bologna2011evaluation",
    ("Bologna", "2010"): "bologna2011evaluation",
    ("Chinman", "2015"): "chinman2015cluster",
    ("Chinman", "2013"): "chinman2015cluster",
    ("Chinman", "2014"): "chinman2014peer",
    ("Cook", "2010"): "cook2010developing",
    ("Corrigan", "2013"): "corrigan2013impact",
    ("Druss", "2010"): "druss2010health",
    ("Felton", "1995"): "felton1995consumers",
    ("Short", "2012"): "short2012impact",
    ("Sledge", "2011"): "sledge2011effectiveness",
    ("Trachtenberg", "2013"): "trachtenberg2013peer",
    ("Walker", "2013"): "walker2013peer",
    ("Promise Resource Network", "2016"): "promiseresourcenetwork2016",
    ("Repper", "2011"): "repper2011",
    # 003 substance use
    ("Armitage", "2010"): "armitage2010recovery",
    ("Bernstein", "2005"): "bernstein2005brief",
    ("Boisvert", "2008"): "boisvert2008effectiveness",
    ("Boyd", "2005"): "boyd2005peer",
    ("Ja", "2009"): "ja2009peers",
    ("Kamon", "2013"): "kamon2013recovery",
    ("Mangrum", "2008"): "mangrum2008creating",
    ("O'Connell", "2017"): "oconnell2017enhancing",
    ("O'Connell", "ND"): "oconnell2017enhancing",
    ("White", "2009"): "white2009",
    ("Best", "2010"): "best2010",
    ("Cloud", "2008"): "cloud2008",
    ("Bassuk", "2016"): "bassuk2016",
    ("Reif", "2014"): "reif2014",
    ("Sanders", "1998"): "sanders1998",
    ("Andreas", "2010"): "andreas2010",
    ("Deering", "2011"): "deering2011",
    ("Tracy", "2011"): "tracy2011",
    # 003 family
    ("Eversen", "2012"): "eversen2012results",
    ("Hoagwood", "2010"): "hoagwood2010family",
    ("Hoagwood", "2009"): "hoagwood2010family",
    ("Hogwood", "2010"): "hoagwood2010family",
    ("Koroloff", "1996"): "koroloff1996role",
    ("Kutash", "2011"): "kutash2011supporting",
    ("Leggatt", "2015"): "leggatt2015family",
    ("Obrochta", "2011"): "obrochta2011issue",
    ("Purdy", "2010"): "purdy2010core",
    ("Robbins", "2008"): "robbins2008parent",
    # 004
    ("Pussin", "1793"): "pussin1793",
}
