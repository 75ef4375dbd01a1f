"""What the BibTeX and biblatex data models require of each entry type.

BibTeX's requirements are those of its manual (btxdoc); biblatex's the mandatory constraints
of its default data model (blx-dm.def). `rules/references.py` holds an entry complete when
either model does, so a file written for either passes. docs/schema.md shows both tables.
"""

from __future__ import annotations

# Required fields per entry type, after the BibTeX manual (btxdoc); "a|b" means either field
# will do. biblatex's names count for BibTeX's (ALIASES: `journaltitle` for `journal`, `date`
# for `year`, `institution` for `school`).
REQUIRED: dict[str, tuple[str, ...]] = {
    "article": ("author", "title", "journal", "year"),
    "book": ("author|editor", "title", "publisher", "year"),
    "booklet": ("title",),
    "inbook": ("author|editor", "title", "chapter|pages", "publisher", "year"),
    "incollection": ("author", "title", "booktitle", "publisher", "year"),
    "inproceedings": ("author", "title", "booktitle", "year"),
    "conference": ("author", "title", "booktitle", "year"),
    "manual": ("title",),
    "mastersthesis": ("author", "title", "school", "year"),
    "phdthesis": ("author", "title", "school", "year"),
    "proceedings": ("title", "year"),
    "techreport": ("author", "title", "institution", "year"),
    "unpublished": ("author", "title", "note"),
    "misc": (),
}

# Required fields in biblatex's data model (the mandatory constraints of its blx-dm.def);
# BibTeX's type names are biblatex aliases (techreport: a report of type techreport). An
# entry of a type both know is complete when either model says so (a biblatex @book needs no
# publisher, a BibTeX @misc no title); a type of biblatex alone follows biblatex.
BIBLATEX_REQUIRED: dict[str, tuple[str, ...]] = {
    "article": ("author", "title", "journaltitle", "year|date"),
    "book": ("author", "title", "year|date"),
    "mvbook": ("author", "title", "year|date"),
    "inbook": ("author", "title", "booktitle", "year|date"),
    "bookinbook": ("author", "title", "booktitle", "year|date"),
    "suppbook": ("author", "title", "booktitle", "year|date"),
    "booklet": ("author|editor", "title", "year|date"),
    "collection": ("editor", "title", "year|date"),
    "mvcollection": ("editor", "title", "year|date"),
    "reference": ("editor", "title", "year|date"),
    "mvreference": ("editor", "title", "year|date"),
    "incollection": ("author", "editor", "title", "booktitle", "year|date"),
    "suppcollection": ("author", "editor", "title", "booktitle", "year|date"),
    "inreference": ("author", "editor", "title", "booktitle", "year|date"),
    "dataset": ("title",),
    "manual": ("title", "year|date"),
    "misc": ("title", "year|date"),
    "software": ("title",),
    "online": ("title", "year|date", "url|doi|eprint"),
    "electronic": ("title", "year|date", "url|doi|eprint"),
    "www": ("title", "year|date", "url|doi|eprint"),
    "patent": ("author", "title", "number", "year|date"),
    # The data model names an editor too, but biblatex's own biblatex-examples.bib has a
    # periodical without one (a journal issue is cited by its title), as do most real ones.
    "periodical": ("title", "year|date"),
    "suppperiodical": ("year|date",),
    "proceedings": ("title", "year|date"),
    "mvproceedings": ("title",),
    "inproceedings": ("author", "title", "booktitle", "year|date"),
    "conference": ("author", "title", "booktitle", "year|date"),
    "report": ("author", "title", "type", "institution", "year|date"),
    "techreport": ("author", "title", "institution", "year|date"),
    "thesis": ("author", "title", "type", "institution", "year|date"),
    "mastersthesis": ("author", "title", "institution", "year|date"),
    "phdthesis": ("author", "title", "institution", "year|date"),
    "unpublished": ("author", "title", "year|date"),
    "set": ("entryset",),
}

# One field under its BibTeX and its biblatex name.
ALIASES: dict[str, tuple[str, ...]] = {
    "journal": ("journal", "journaltitle"),
    "journaltitle": ("journaltitle", "journal"),
    "year": ("year", "date"),
    "date": ("date", "year"),
    "school": ("school", "institution"),
    "institution": ("institution", "school"),
}
