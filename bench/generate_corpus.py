#!/usr/bin/env python3
"""Writes a synthetic site in our content format: N meetings (minutes with agenda items, decisions,
assignments and xref links to activities, goals and earlier meetings), one yearly plan with activities per
year, the goal tree, networks, organs and municipalities. Deterministic for a given N (fixed seed).

usage: generate_corpus.py N OUTPUT_INPUT_DIR
"""
import os
import random
import sys

MUNICIPALITIES = ["botkyrka", "haninge", "huddinge", "nykvarn", "nynashamn", "salem", "sodertalje", "tyreso"]
GOALS = [("vision", "vision", None), ("infrastruktur", "fokusområde", "vision"),
         ("overgripande-mal", "övergripande mål", "infrastruktur"), ("omstallning", "långsiktigt mål", "overgripande-mal"),
         ("tillganglighet", "långsiktigt mål", "overgripande-mal"), ("laddinfrastruktur", "delmål", "omstallning")]
NETWORKS = [("rufs-natverket", "overgripande-mal"), ("klimatnatverket", "omstallning"), ("trafiknatverket", "tillganglighet")]
WORDS = ("samverkan infrastruktur kommundirektörerna regionen trafikverket laddinfrastruktur remissvar "
         "verksamhetsplan budget nätverket utvecklingsprogrammet tvärförbindelse kollektivtrafik bostäder "
         "arbetsmarknad klimatomställning elförsörjning rapport underlag förslag diskussion").split()
ACTIVITIES_PER_PLAN = 10


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def main():
    n, root = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(2040)
    years = list(range(2000, 2000 + max(1, n // 40) + 1))

    for organ, title in [("ledningsgruppen", "Ledningsgruppen"), ("samarbetskommitten", "Samarbetskommittén")]:
        write(root, f"organisation/{organ}.md", f"---\ntyp: organ\nid: {organ}\ntitel: {title}\n---\n{sentence(rng)}\n")
    for m in MUNICIPALITIES:
        write(root, f"kommuner/{m}.md", f"---\ntyp: kommun\nid: {m}\ntitel: {m.capitalize()} kommun\nnamn: {m.capitalize()}\n---\n")
    for gid, level, parent in GOALS:
        parent_line = f"förälder: {parent}\n" if parent else ""
        write(root, f"mal/{gid}.md", f"---\ntyp: mål\nid: {gid}\ntitel: Mål {gid}\nnivå: {level}\n{parent_line}---\n{sentence(rng, 40)}\n")
    for nid, goal in NETWORKS:
        write(root, f"natverk/{nid}.md", f"---\ntyp: nätverk\nid: {nid}\ntitel: Nätverk {nid}\nmål: [{goal}]\n---\n{sentence(rng)}\n")
    write(root, "sidor/start.md", "---\ntyp: sida\nid: start\ntitel: Syntetisk webbplats\n---\nEtt testkorpus.\n")
    write(root, "data/opublicerade.yml", "- id: vp-1999\n  titel: Verksamhetsplan 1999\n")

    for year in years:
        write(root, f"planer/{year}/verksamhetsplan.md",
              f"---\ntyp: verksamhetsplan\nid: vp-{year}\ntitel: Verksamhetsplan och budget {year}\når: {year}\n"
              f"beslutad_av: samarbetskommitten\n---\n## Om planen {{#om}}\n\n{sentence(rng, 60)}\n")
        for a in range(ACTIVITIES_PER_PLAN):
            goal, network = [("overgripande-mal", "rufs-natverket"), ("laddinfrastruktur", "klimatnatverket"), ("tillganglighet", "trafiknatverket")][a % 3]
            write(root, f"planer/{year}/aktiviteter/a{a}.md",
                  f"---\ntyp: aktivitet\nid: vp-{year}-a{a}\ntitel: Aktivitet {a} år {year}\nplan: vp-{year}\nmål: {goal}\n"
                  f"ansvar: {network}\nordning: {a + 1}\n---\n{sentence(rng, 30)} Se [målet](xref:{goal}).\n")

    meeting_ids = []
    for i in range(n):
        year = years[min(i // 40, len(years) - 1)]
        month, day = 1 + (i % 40) // 4, 1 + (i % 4) * 7
        organ = "ledningsgruppen" if i % 3 else "samarbetskommitten"
        mid = f"{'lg' if organ == 'ledningsgruppen' else 'ssk'}-{year}-{month:02d}-{day:02d}-{i}"
        people = "".join(f"  - namn: Person {m.capitalize()}\n    kommun: {m}\n" for m in MUNICIPALITIES)
        body = [f"{rng.choice(['Ordföranden', 'Kansliet'])} hälsar välkommen.\n"]
        for item in range(1, 6):
            body.append(f"## {item}. {rng.choice(WORDS).capitalize()} och {rng.choice(WORDS)} {{#punkt-{item}}}\n")
            body.append(" ".join(sentence(rng, 25) for _ in range(3)) + "\n")
            activity = f"vp-{year}-a{rng.randrange(ACTIVITIES_PER_PLAN)}"
            body.append(f"Ärendet gäller [aktiviteten](xref:{activity}) och [målet](xref:{rng.choice(GOALS)[0]}).\n")
            if meeting_ids and item == 2:
                body.append(f"Se [föregående möte](xref:{rng.choice(meeting_ids[-20:])}).\n")
            for d in range(1 + rng.randrange(2)):
                owner = ' ansvarig="Kansliet"' if d else ""
                body.append(f"::: beslut {{#b{item}-{d}{owner} avser=\"{activity}\"}}\n{sentence(rng, 18)}\n:::\n")
        write(root, f"protokoll/{year}/{mid}.md",
              f"---\ntyp: protokoll\nid: {mid}\norgan: {organ}\ndatum: {year}-{month:02d}-{day:02d}\nstart: \"09:00\"\nslut: \"11:30\"\n"
              f"plats: Huddinge kommunhus\nmötesform: fysiskt\ndeltagare:\n{people}sekreterare: Kansliet\njusterare: [Person Huddinge]\n---\n"
              + "\n".join(body))
        meeting_ids.append(mid)


if __name__ == "__main__":
    main()
