"""The words a profile gives for telling an owner cell's pieces apart (the profile's `[owner_words]`;
normalise/owner_split.py, ingest/cell_shapes.py and council_actions/owner_roles.py read them).

Kept apart from council_actions/profile.py, which reads them with the profile's other word lists, as the record of
what each list means, as council_actions/document_words.py is for the words around a plan.
"""

from __future__ import annotations

from dataclasses import dataclass

# The lists of a profile's [owner_words], as OwnerWords holds them
OWNER_WORD_LISTS = ("posts", "posts_of", "bodies", "holders", "roles", "costs", "designations", "body_names",
                    "post_names", "honorifics", "support_joins", "partner_joins", "lead_labels")


@dataclass(frozen=True)
class OwnerWords:
    """The words that tell an owner cell's pieces apart where the glossary knows none of them (the rules, their
    shapes, are normalise/owner_split.py's): a post's words (`Head of Policy`, `Interim Director`, `Learning and
    Development Manager`), the posts named by what they are of or for (`Head of`, `Lead for`), and the words a
    body's name ends with (`Transport and Development Team`); with the words naming whoever holds a role (`Ward
    Councillors`, `Project Sponsor`), which mark a line as an owner's (ingest/cell_shapes.py) but open no post to read
    on from; the roles a cell labels its owners with (`Lead: ... Accountable: ...`); and what an action costs, printed
    after its owner in a cell naming both (`Strategic planning officer time.`); the posts a council designates an
    officer to hold beside their own (`Head of Finance & S151 Officer`: one person), the bodies named with 'and'
    and no body word (`Overview & Scrutiny`), and the names one post goes by (`Section 151 Officer/Chief Finance
    Officer`: one person); and the phrases joining owners that say who leads and who supports (`LA with support from
    health`). Lower case; the profile's own
    words come first, then the generic profile's, so a council's wording adds to the generic and no profile reads
    owners without them."""

    posts: tuple[str, ...]
    posts_of: tuple[str, ...]
    bodies: tuple[str, ...]
    holders: tuple[str, ...]
    roles: tuple[str, ...]
    costs: tuple[str, ...]
    designations: tuple[str, ...]  # a post held beside another by one person (`Section 151 Officer`)
    body_names: tuple[str, ...]  # a body named with 'and' and no body word (`Overview and Scrutiny`)
    post_names: tuple[str, ...]  # the names of one post, parted by '=' (`section 151 officer = chief finance officer`)
    honorifics: tuple[str, ...]  # a title before a person's name (`Mrs`, `Cllr`, Welsh councils' `Cynghorydd`)
    # phrases joining a lead to the owners supporting it (`with support from`), and owners working as equals (`in
    # partnership with`): council_actions/owner_roles.ROLE_JOINS gives each list's roles
    support_joins: tuple[str, ...] = ()
    partner_joins: tuple[str, ...] = ()
    # the role labels that name the owner after them the action's lead (`Lead:`); `roles` are those that name no
    # lead or support (`Accountable:`): council_actions/owner_roles.ROLE_LABELS gives each list's role
    lead_labels: tuple[str, ...] = ()
    # what a post is of or for (`Finance`, `Commercial`): the profile's `[document_words] post_subjects`, read here
    # too, so capitalised words holding one are a post's subject and no person's name (`Commercial Ethics and
    # Sustainability Lead`: one post, normalise/owner_split.py)
    subjects: tuple[str, ...] = ()
