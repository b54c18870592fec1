"""The hostile corpus as a Markdown table: attacks (rows, by category) x languages (columns).

    python -m tests.hostile.table

Each cell is the status the entry must get on the local backend; `†` marks an open hole (a strict expected
failure: effx does not give that status yet, and the entry's `xfail` says why); `docker:` follows where the
docker backend must give something else or has a hole of its own (only the python and C++ images run there).
"""

from __future__ import annotations

from .corpus import ATTACKS, CATEGORIES, DOCKER_LANGUAGES, LANGUAGES, Attack

TITLES = {"python": "Python", "c": "C", "cpp": "C++", "java": "Java", "javascript": "JavaScript", "go": "Go",
          "rust": "Rust", "ruby": "Ruby"}
OPEN = "†"


def cell(attack: Attack) -> str:
    """The entry's expected status, marked when it is an open hole, with docker's where it differs."""
    text = attack.expected.value + (OPEN if attack.xfail else "")
    if attack.language in DOCKER_LANGUAGES:
        docker = attack.expected_on("docker").value + (OPEN if attack.xfail_on("docker") else "")
        if docker != text:
            text += f"; docker: {docker}"
    return text


def markdown_table() -> str:
    """The whole corpus, with the number of programs per language and in total."""
    by_id = {(a.name, a.language): a for a in ATTACKS}
    lines = ["| attack | " + " | ".join(TITLES[lang] for lang in LANGUAGES) + " |",
             "|---|" + "---|" * len(LANGUAGES)]
    for category in CATEGORIES:
        names = list(dict.fromkeys(a.name for a in ATTACKS if a.category == category))
        if not names:
            continue
        lines.append(f"| **{category}** |" + " |" * len(LANGUAGES))
        for name in names:
            cells = [cell(by_id[name, lang]) if (name, lang) in by_id else "" for lang in LANGUAGES]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    counts = [sum(a.language == lang for a in ATTACKS) for lang in LANGUAGES]
    lines.append("| **programs** | " + " | ".join(f"**{n}**" for n in counts) + " |")
    holes = sum(bool(a.xfail) for a in ATTACKS)
    docker_runs = [a for a in ATTACKS if a.language in DOCKER_LANGUAGES]
    docker_holes = sum(bool(a.xfail_on("docker")) for a in docker_runs)
    lines += ["", f"{len(ATTACKS)} programs in {len(LANGUAGES)} languages, each followed by an honest solution; "
                  f"{holes} open locally ({OPEN}). On docker {len(docker_runs)} of them run (python and C++), "
                  f"{docker_holes} open there."]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
