"""The shapes an owner cell's pieces are read by (normalise/owner_split.py), as a rule table with examples.

The shapes are what each piece was read as, not alternatives tried in turn: one stretch yields pieces of several
(`CLT, Head of Finance`: a single name and a post). So OWNER_SHAPES is the table of outcomes with an example each,
and `ShapeName` ties it to the code: a piece can only be given a shape the table has (mypy --strict), and
tests/council_actions/test_reader_weaknesses.py checks the two name the same shapes and reads every example.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from council_actions.owner_roles import OwnerRole

ShapeName = Literal["glossary", "role_labelled", "with_cost", "glossed", "named_alone", "body_list", "post",
                    "person_with_post", "two_posts", "and_joined", "single"]


@dataclass(frozen=True)
class OwnerPiece:
    """A piece of an owner cell and the OWNER_SHAPES row it was read by, so a list read as one body can be
    reported as the guess it is; with where it is printed in the cell (`text[start:end]`, from its first
    character to its last: a post listed with commas is read from its pieces), for its own span."""

    text: str
    shape: ShapeName
    start: int
    end: int
    known_as: str | None = None  # the part the glossary knows, where not the whole (a person_with_post's name)
    role: OwnerRole | None = None  # the owner's part where the cell's words say it (council_actions/owner_roles.py)


@dataclass(frozen=True)
class OwnerShape:
    """A row of the rule table: a shape an owner cell's text can have, what it reads as, and examples."""

    name: ShapeName
    description: str
    examples: tuple[tuple[str, tuple[str, ...]], ...]  # (cell, owners it holds), for the tests


OWNER_SHAPES = (
    OwnerShape("glossary", "a name the profile's glossary knows (key or alias), whatever commas or 'and' it holds",
               (("Place, Planning and Regeneration", ("Place, Planning and Regeneration",)),)),
    OwnerShape("role_labelled", "owners each after a role label the profile's owner_words name, and a colon (`Lead:`, "
               "`Accountable:`): each label opens an owner, printed with its role and known by the name after it, one "
               "post to the next post word (its 'and' kept); a second owner after one label is read without it; the "
               "owners after a label hold its role (owner_roles.ROLE_LABELS: `Lead:` lead)",
               (("Lead: Customer Engagement and Business Support Manager. Accountable: Head of Housing",
                 ("Lead: Customer Engagement and Business Support Manager", "Accountable: Head of Housing")),
                ("Lead: Head of Finance and Head of Legal", ("Lead: Head of Finance", "Head of Legal")))),
    OwnerShape("with_cost", "an owner and then what the action costs, a cost the profile's owner_words name "
               "(`officer time`): printed with the cost and known by the name before it, read as any other",
               (("Strategic planning officer time.", ("Strategic planning officer time",)),
                ("Transport and Development Team officer time", ("Transport and Development Team officer time",)))),
    OwnerShape("glossed", "an owner and then a gloss on what they do for the action (normalise/owner_glosses.GLOSSES: "
               "after a spaced dash, in lower case): printed with the gloss and known by the name before it, read as "
               "any other",
               (("Angela Woodhouse – responsible officer for Information Management",
                 ("Angela Woodhouse – responsible officer for Information Management",)),)),
    OwnerShape("named_alone", "capitalised words listed with commas and a last 'and', each of which the glossary "
               "knows or the plan prints alone as an owner elsewhere (`Mike, Malcolm and Sarah` where Mike, Malcolm "
               "and Sarah each own other rows): one owner each",
               (("Mike, Malcolm and Sarah", ("Mike", "Malcolm", "Sarah")),)),
    OwnerShape("body_list", "capitalised words listed with commas and a last 'and', none of them a post: one "
               "body (a guess from the shape, reported)",
               (("Place, Planning and Regeneration", ("Place, Planning and Regeneration",)),
                ("People, Culture and Communities", ("People, Culture and Communities",)))),
    OwnerShape("post", "a post and what it is of, to the next post or separator, commas and 'and' included",
               (("Head of Policy and Communications", ("Head of Policy and Communications",)),
                ("Director of Place, Planning and Regeneration", ("Director of Place, Planning and Regeneration",)),
                ("Head of Finance, Head of Legal", ("Head of Finance", "Head of Legal")),
                ("Head of Finance and Head of Legal", ("Head of Finance", "Head of Legal")),
                ("Head of Planning & Development", ("Head of Planning & Development",)),
                ("Head of Finance & Head of HR", ("Head of Finance", "Head of HR")),
                # two designations are two people (two_posts), as are a post and its deputy
                ("Monitoring Officer & Section 151 Officer", ("Monitoring Officer", "Section 151 Officer")),
                ("Chief Executive & Deputy Chief Executive", ("Chief Executive", "Deputy Chief Executive")),
                # an acronym before a post is no person, nor is a body (its last word a body word: `Select
                # Committees, Head of Select Committee Support`)
                ("CLT, Head of Finance", ("CLT", "Head of Finance")),
                ("Audit Committee, Head of Finance", ("Audit Committee", "Head of Finance")))),
    OwnerShape("person_with_post", "a person's name (capitalised words or initials, not an acronym, not ending "
               "in a post or body word) and their post after a comma, one opening with a post word or ending with "
               "one (`Project Manager`), or one of the two in brackets after the other (normalise/owner_brackets.py: "
               "a name of two words at least); where the glossary knows the name, or else the post, that resolves it",
               (("A. Smith, Head of Policy", ("A. Smith, Head of Policy",)),
                ("Sheila Holden (Director of Planning and Environment) and David Trigwell (Head of Planning)",
                 ("Sheila Holden (Director of Planning and Environment)", "David Trigwell (Head of Planning)")),
                ("Anna Collier, Project Manager", ("Anna Collier, Project Manager",)),
                ("Angela Woodhouse, Head of Policy and Communications",
                 ("Angela Woodhouse, Head of Policy and Communications",)))),
    OwnerShape("two_posts", "a post and a designation the profile's owner_words name (`Section 151 Officer`, "
               "`Monitoring Officer`), joined by 'and' or '&', either first: one person holding both, one owner, known "
               "by the first of the two the glossary knows; not two designations, nor a post and its deputy; and two "
               "names of one post the profile's owner_words post_names list (`Chief Finance Officer`), so joined",
               (("Director of Governance and Regulatory Services and Monitoring Officer",
                 ("Director of Governance and Regulatory Services and Monitoring Officer",)),
                ("Head of Finance & S151 Officer", ("Head of Finance & S151 Officer",)),
                ("Monitoring Officer & Head of Legal", ("Monitoring Officer & Head of Legal",)),
                ("Section 151 Officer/Chief Finance Officer", ("Section 151 Officer/Chief Finance Officer",)))),
    OwnerShape("and_joined", "one capitalised word that could be no owner on its own (no post word, not a name the "
               "glossary knows or the plan prints alone), or capitalised words naming what a post is of (a word of the "
               "profile's post_subjects, no post or body word at their end), 'and' or '&', then a name whose last word "
               "is a post or body word, or that holds a body word (the profile's owner_words): one post or body, not "
               "a word and an owner; a body's name the profile's owner_words body_names list, alone or within a longer "
               "name; and what a post is of after a spaced dash and a capital (owner_names.SUBJECT_DASH)",
               (("Learning and Development Manager", ("Learning and Development Manager",)),
                ("Commercial Ethics and Sustainability Lead", ("Commercial Ethics and Sustainability Lead",)),
                ("Legal & Democratic Services", ("Legal & Democratic Services",)),
                ("Planning & Environment Directorate Change", ("Planning & Environment Directorate Change",)),
                ("Overview & Scrutiny", ("Overview & Scrutiny",)),
                ("Transport and Development Team and Strategic Planning.",
                 ("Transport and Development Team", "Strategic Planning")),
                ("Specialist Consultant - Leadership and Organisational Development",
                 ("Specialist Consultant - Leadership and Organisational Development",)))),
    OwnerShape("single", "one name between separators, commas and 'and' (people, teams, acronyms; an unspaced '&' "
               "between single letters is an initialism's own: `O&S`)",
               (("Councillor Moss/ The Leader", ("Councillor Moss", "The Leader")),
                ("Phil/Nick", ("Phil", "Nick")),
                ("CLT, SLT and CHoS", ("CLT", "SLT", "CHoS")),
                ("CHoHROD & HoBPPP", ("CHoHROD", "HoBPPP")),
                ("S&A Cttee, CLT", ("S&A Cttee", "CLT")),
                ("John Anderson, Paul Wenham", ("John Anderson", "Paul Wenham")),
                # one owner running on into the next on one line: a post or body word, then an acronym opening a
                # name that ends in one (owner_split._run_together)
                ("Housing Advice Manager MBC Housing Advice Team",
                 ("Housing Advice Manager", "MBC Housing Advice Team")),
                # or a body's name the profile's owner_words body_names list (`Citizens Advice`) opening the next
                ("MBC Housing Advice Team Citizens Advice Maidstone",
                 ("MBC Housing Advice Team", "Citizens Advice Maidstone")))),
)
