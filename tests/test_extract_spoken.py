"""Spoken and presented pages: podcast/video transcripts and careers-talk slide decks.

Each test writes its own small pages (invented shows, people, employers and figures) in one
structure, three or more per variant, and asserts what the parser reads from them and what it
must not read (chrome, sponsors, presenters, prices, clipped owners).  File names are neutral:
a saved transcript says nothing about its role.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.said_pay import said_owner
from careergraph.guides.slides import slide_deck, talk_role
from careergraph.guides.spoken import spoken_figures, transcript
from careergraph.guides.talk import said_moves, said_sectors, said_skills
from careergraph.guides.text import number_lines


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


def pay(guide) -> set[tuple[str | None, float | None, float | None, str, str]]:  # type: ignore[no-untyped-def]
    return {(s.role, s.min, s.max, s.currency, s.period) for s in guide.salaries}


def rungs(guide) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.text for ladder in guide.progressions for f in ladder}


def _vtt(cues: list[tuple[str, str]]) -> str:
    """A WebVTT file of ``(speaker, words)`` cues, two seconds each."""
    out = ["WEBVTT - Shop Talk, Ep. 12", ""]
    for index, (speaker, words) in enumerate(cues, 1):
        start = 2 * index
        out += [str(index), f"00:00:{start:02d}.000 --> 00:00:{start + 1:02d}.900",
                f"<v {speaker}>{words}", ""]
    return "\n".join(out)


# -- variant 1: WebVTT cues with speaker tags, an interviewer and a guest ----------------------
VTT_PAGES = [
    _vtt([("Speaker 1", "This episode is brought to you by Kilnbox, use code FIRE for"),
          ("Speaker 1", "fifteen percent off. Today I've got Ana, who is a potter at"),
          ("Speaker 1", "Greyhollow Ceramics. Welcome."),
          ("Speaker 2", "Thanks, lovely to be here."),
          ("Speaker 1", "How did you get into it?"),
          ("Speaker 2", "I was a barista for about four years, then I was hired as a studio"),
          ("Speaker 2", "potter at Lumen Clayworks, and Greyhollow hired me as a potter."),
          ("Speaker 1", "What do people need to bring, skills-wise?"),
          ("Speaker 2", "Wedging. Glaze chemistry helps a lot. Throwing, trimming, obviously."),
          ("Speaker 1", "Okay. Money. Can you live on it?"),
          ("Speaker 2", "(laughs) Studio potters start at like twenty, twenty-two dollars an"),
          ("Speaker 2", "hour. A potter with a few years, I'd say $41,000 to $49,000."),
          ("Speaker 1", "Any last advice?"),
          ("Speaker 2", "Take a night class first.")]),
    _vtt([("Host", "Quick thanks to Ropeline, our sponsor, promo code KNOT gets you a"),
          ("Host", "discount. My guest is Ben, who is a rigger at Tallmast Events."),
          ("Guest", "Hi."),
          ("Host", "So how do people get into this?"),
          ("Guest", "I trained as a scaffolder, then I got a job as a stage"),
          ("Guest", "rigger at Northpier Arena, and Tallmast hired me as a rigger."),
          ("Host", "And the money?"),
          ("Guest", "Head riggers at the big arenas, more like $70,000 to $82,000.")]),
    _vtt([("Speaker 1", "Welcome back. I'm joined by Kay, who is a florist at Petal & Pine."),
          ("Speaker 2", "Hello!"),
          ("Speaker 1", "Where do people go from there? Is there a ladder?"),
          ("Speaker 2", "At Petal & Pine it goes florist, then senior florist, then studio"),
          ("Speaker 2", "manager. Some go the stylist route, others move over into events as"),
          ("Speaker 2", "a wedding planner, because venues are desperate. Bloomhouse Collective"),
          ("Speaker 2", "has had a florist opening up for months.")]),
]


def test_cues_are_joined_and_their_chrome_dropped() -> None:
    speech = transcript(number_lines(VTT_PAGES[0]))
    assert speech is not None
    said = " ".join(line.text for line in speech.lines)
    assert "-->" not in said and "<v" not in said and "(laughs)" not in said
    assert "Kilnbox" not in said and "FIRE" not in said  # the sponsor read
    assert "hired as a studio potter at Lumen Clayworks" in said  # a title across two cues
    assert "What do people need to bring, skills-wise?" in speech.headings.values()
    assert "Money" in speech.headings.values()


def test_guest_path_skills_and_spoken_pay() -> None:
    guide = parse_text(VTT_PAGES[0], "episode.txt")
    assert guide.role.text == "Potter"  # "who is a potter at …" with a neutral file name
    skills = {s.text for s in guide.skills}
    assert {"Wedging", "Glaze chemistry", "Throwing", "trimming"} <= skills
    assert not skills & {"obviously", "Money", "Kilnbox"}
    assert (None, 41000, 49000, "USD", "year") in pay(guide)
    # "Studio potters" clips "studio potter" of the story: that rung's hourly band
    assert ("Studio Potter", 20, 22, "USD", "hour") in pay(guide)
    assert "Greyhollow Ceramics" in names(guide.employers)
    assert "Kilnbox" not in names(guide.employers)


def test_own_story_ladder_and_clipped_head_owner() -> None:
    guide = parse_text(VTT_PAGES[1], "ep.txt")
    assert guide.role.text == "Rigger"
    assert {"Scaffolder", "Stage Rigger", "Rigger"} <= rungs(guide)
    assert not any(f.text == "Scaffolder" for f in guide.moves_in)  # a rung, told in the story
    assert "Ropeline" not in names(guide.employers)


def test_spoken_ladder_lateral_moves_and_openings() -> None:
    guide = parse_text(VTT_PAGES[2], "ep.txt")
    lateral = names(guide.transitions_to)
    assert {"Stylist", "Wedding Planner"} <= lateral
    assert "Bloomhouse Collective" in names(guide.employers)
    assert "Events" not in lateral


# -- variant 2: a video page whose timestamps are glued to the words, with chapters ------------
GLUED_PAGES = [
    ("Skip to content\nSo You Want to Be a Farrier? | Forge Notes\nForge Notes\nFollow\n"
     "Chapters 00:00 Intro | 00:40 Tools & skills | 01:30 Money | 02:10 Where it leads\n"
     "Transcript\n00:00Hi, I'm Tess, I'm a farrier, and this one's for you.\n"
     "00:08Thanks to Hoofcare Direct, use code TESS5 at checkout.\n"
     "00:20I trained as a groom, then I went to Brackenridge Stables in Kent as a farrier.\n"
     "00:40Tools and skills. You need to rasp. Nippers, clinchers, a forge\n"
     "00:46and an anvil. Hot shoeing, obviously. Patience is half the job.\n"
     "01:30Money. A farrier on the road is on roughly £28,000 to £35,000.\n"
     "01:36Trimming is £40 each, but that's a price, not a wage.\n"
     "02:10Where it leads. The usual step up is to yard manager, running the team.\n"
     "Up next\n3:12\nShoeing a Cob | Forge Notes\nAdd your comment\n",
     "Farrier", {"rasp", "Nippers", "clinchers", "forge", "anvil", "Hot shoeing", "Patience"},
     (None, 28000, 35000, "GBP", "year"), "Yard Manager"),
    ("Skip navigation\nLife as a Beekeeper\nHivecast\nSubscribe\n"
     "Chapters 0:00 Hello | 0:30 Tools and skills | 1:20 Money | 2:00 Where it leads\n"
     "0:00Hello, I'm Rui, I'm a beekeeper on the coast.\n"
     "0:30Tools and skills. Smokers, hive tools, queen marking. Swarm control helps a lot.\n"
     "1:20Money. A beekeeper with a few seasons is on about $46,000 to $52,000.\n"
     "1:25Jars of honey are $12 each, but that's a price.\n"
     "2:00Where it leads. The step up is to apiary manager, with more hives.\n"
     "Up next\nComments\nGreat video!\n",
     "Beekeeper", {"Smokers", "hive tools", "queen marking", "Swarm control"},
     (None, 46000, 52000, "USD", "year"), "Apiary Manager"),
    ("Stonework Diaries\nChapters 00:00 Intro | 01:00 Tools & skills | 02:00 Money | "
     "03:00 Where it leads\n00:00Hey, I'm Lou, I'm a stonemason in a small yard.\n"
     "01:00Tools and skills. Banker masonry, chisels and mallets. Lime mortar is the big one.\n"
     "02:00Money. A stonemason employed in a yard is on roughly £27,000 to £33,000.\n"
     "03:00Where it leads. The usual step up is to site supervisor, running the gang.\n"
     "Up next\nBe the first to comment\n",
     "Stonemason", {"Banker masonry", "chisels", "mallets", "Lime mortar"},
     (None, 27000, 33000, "GBP", "year"), "Site Supervisor"),
]


@pytest.mark.parametrize(("page", "role", "skills", "band", "up"), GLUED_PAGES)
def test_glued_stamps_chapters_and_trailer(page: str, role: str, skills: set[str],
                                           band: tuple[object, ...], up: str) -> None:
    guide = parse_text(page, "video.txt")
    assert guide.role.text == role
    found = {s.text for s in guide.skills}
    assert skills <= found
    assert not found & {"Tools", "skills", "obviously", "Up next"}
    assert band in pay(guide)
    assert not any(s.min in (40, 12) for s in guide.salaries)  # prices "each" are no pay
    assert up in names(guide.leads_to)
    text = " ".join(f.text for f in [*guide.skills, *guide.employers, *guide.sectors])
    assert "Hoofcare" not in text and "Comments" not in text and "Up next" not in text


# -- variant 3: lines opened by a timestamp (a plain transcript, a Whisper export) ------------
LEAD_PAGES = [
    ("Episode 4 transcript\n00:00:00.000 | Welcome, I'm here with Dee, who is a welder at\n"
     "00:00:03.100 | Harbour Fab Works.\n00:00:05.000 | Dee, how did you get into it?\n"
     "00:00:08.000 | I was a labourer for about two years, then I was hired as a trainee\n"
     "00:00:11.000 | welder at Kestrel Steel, and Harbour Fab hired me as a welder.\n"
     "00:00:15.000 | And there's work everywhere that steel goes: shipyards, bridge sites,\n"
     "00:00:18.000 | pipeline crews, the offshore trade.\n", "Welder",
     {"shipyards", "bridge sites", "pipeline crews", "offshore trade"}),
    ("(00:00):\nI'm Sam, I'm a glazier, and I fit glass for a living.\n(00:12):\n"
     "Honestly the big contractors, the shopfitters, the window firms, everybody's\n"
     "(00:20):\nshort-staffed right now.\n(00:31):\nThat's the show.\n(00:40):\nBye.\n",
     "Glazier", {"big contractors", "shopfitters", "window firms"}),
    ("0:05 Hi, I'm Noor, I'm a baker and I start at four.\n"
     "0:15 There's work wherever people eat bread: supermarkets, craft bakeries, hotels.\n"
     "0:30 The oven is my office.\n0:45 Anyway.\n", "Baker",
     {"supermarkets", "craft bakeries", "hotels"}),
]


@pytest.mark.parametrize(("page", "role", "kinds"), LEAD_PAGES)
def test_leading_stamps_read_as_running_speech(page: str, role: str, kinds: set[str]) -> None:
    guide = parse_text(page, "t.txt")
    assert guide.role.text == role
    assert kinds <= names(guide.sectors)
    assert not any(":" in f.text for f in [*guide.sectors, *guide.employers, *guide.skills])


def test_a_day_schedule_is_no_transcript() -> None:
    page = ("A day as a night porter\n05:10 Alarm\n05:30 Walk to the hotel\n06:00 Handover\n"
            "07:00 Breakfast rush\n08:00 Home\n")
    assert transcript(number_lines(page)) is None


def test_spoken_numbers_and_owners() -> None:
    assert spoken_figures("about thirty-one, thirty-four pounds an hour") == (
        "about £31–£34 an hour")
    assert spoken_figures("a dollar more") == "a dollar more"
    page = "I started as a junior roaster. The path goes roaster, then head roaster."
    known = {"Cafe Manager"}.__contains__
    assert said_owner("Junior roasters start at like ", " an hour.", page, role="Roaster",
                      is_title=known) == "Junior Roaster"
    assert said_owner("A roaster with five years is on ", ".", page, role="Roaster",
                      is_title=known) is None
    assert said_owner("And a cafe manager at a chain, maybe ", ".", page, role="Roaster",
                      is_title=known) == "Cafe Manager"
    # a describing word the page never names again keeps the role's own figure
    assert said_owner("A speciality roaster is on ", ".", page, role="Roaster",
                      is_title=known) is None


def test_said_readers_keep_to_fragments_and_cues() -> None:
    assert said_skills("The rest, the glazing side, you learn on the job.") == ["glazing"]
    assert said_skills("It's mostly lifting. Really.") == []
    assert said_skills("checking the pH with a strip, running tastings", duties=True) == [
        "tastings"]
    assert said_sectors("We sell to shops, cafes and hotels.") == []  # no workplace cue
    assert said_moves("Some go the academic route.", lambda p: None) == {
        "up": [], "lateral": []}


# -- variant 4: a "Notes Pages" export: "Slide N", notes, a running footer ---------------------
def _notes_deck(org: str, role: str, plural: str, rows: list[str], title: str) -> str:
    slides = [f"{title}\nA night for the curious\n"
              f"Rhea Moss, Senior {role}, {org}\nGuild of {plural} · Careers Night · 2026"]
    slides += rows
    out = [f"{plural}_talk.pptx — Notes Pages export", ""]
    for number, body in enumerate(slides, 1):
        out += [f"Slide {number}", body, f"Guild of {plural} | Careers Night 2026 | {number}", ""]
    return "\n".join(out)


NOTES_DECKS = [
    (_notes_deck("Westvale Map Office", "Cartographer", "Cartographers", [
        "Core skills\n– GIS\no QGIS\no ArcGIS Pro\n– Field survey\nNotes:\n"
        "Most adverts ask for QGIS.",
        "Who is hiring\n– Mapping agencies\n– Utilities\nNotes:\nName examples of who is "
        "hiring right now: Contour Atlas Ltd, Ridgeway Survey Group.",
        "A typical path\nGIS Technician → Cartographer → Senior Cartographer → Head of Mapping\n"
        "Notes:\nMy own path: I started as a survey assistant, got a term job as a GIS "
        "technician and was hired as a cartographer in 2019.",
        "Other doors\n– GIS Analyst\n– Data Visualisation Designer",
        "Getting in\n– Master of Geography (MGeog)\nNotes:\nSurvey assistants and geography "
        "graduates are our two biggest feeders."], "Careers in Cartography"),
     "Cartographer", {"QGIS", "ArcGIS Pro", "GIS", "Field survey"},
     {"Westvale Map Office", "Contour Atlas Ltd", "Ridgeway Survey Group"},
     {"GIS Analyst", "Data Visualisation Designer"}, "Survey Assistant"),
    (_notes_deck("Brightwater Aquarium", "Aquarist", "Aquarists", [
        "Core skills\n– Water chemistry\no titration\n– Life support systems\nNotes:\nDiving "
        "certificates help.",
        "Who is hiring\n– Public aquariums\n– Research stations\nNotes:\nWho is hiring right "
        "now: Tidewell Marine Centre, Coral Point Aquarium.",
        "A typical path\nAquarium Assistant → Aquarist → Senior Aquarist → Curator\nNotes:\n"
        "My own path: I started as a pet shop assistant, got a job as an aquarium assistant "
        "and was hired as an aquarist in 2020.",
        "Other doors\n– Fish Health Technician\n– Marine Educator",
        "Getting in\n– Bachelor of Marine Science\nNotes:\nPet shop assistants and diving "
        "instructors are our two biggest feeders."], "Becoming an Aquarist"),
     "Aquarist", {"Water chemistry", "titration", "Life support systems"},
     {"Brightwater Aquarium", "Tidewell Marine Centre", "Coral Point Aquarium"},
     {"Fish Health Technician", "Marine Educator"}, "Diving Instructor"),
    (_notes_deck("Oakhurst Records Centre", "Archivist", "Archivists", [
        "Core skills\n– Cataloguing\no EAD\no CALM\n– Conservation\nNotes:\nMost posts ask "
        "for CALM.",
        "Who is hiring\n– Local authorities\n– Universities\nNotes:\nWho's hiring now: "
        "Fenmoor University Library, Saltmarsh Heritage Trust.",
        "A typical path\nArchive Assistant → Archivist → Senior Archivist → County "
        "Archivist\nNotes:\nMy own path: I started as a library assistant, got a term job as "
        "an archive assistant and was hired as an archivist in 2015.",
        "Other doors\n– Records Manager\n– Museum Registrar",
        "Getting in\n– Master of Archives (MArAd)\nNotes:\nLibrary assistants and history "
        "graduates are our two biggest feeders."], "Becoming an Archivist"),
     "Archivist", {"Cataloguing", "EAD", "CALM", "Conservation"},
     {"Oakhurst Records Centre", "Fenmoor University Library", "Saltmarsh Heritage Trust"},
     {"Records Manager", "Museum Registrar"}, "Library Assistant"),
]


@pytest.mark.parametrize(("page", "role", "skills", "employers", "lateral", "feeder"),
                         NOTES_DECKS)
def test_notes_pages_export(page: str, role: str, skills: set[str], employers: set[str],
                            lateral: set[str], feeder: str) -> None:
    guide = parse_text(page, "deck.txt")
    assert guide.role.text == role
    assert skills <= {s.text for s in guide.skills}
    assert employers <= names(guide.employers)
    found = " ".join(f.text for f in [*guide.employers, *guide.sectors, *guide.skills])
    assert "Careers Night" not in found and "Guild of" not in found and "Slide" not in found
    assert "Rhea Moss" not in found
    assert lateral <= names(guide.transitions_to)
    assert feeder in names(guide.moves_in)
    assert not any(f.text.startswith("Master") or f.text.startswith("Bachelor")
                   for f in guide.moves_in)


def test_notes_labels_and_footers_are_chrome_but_notes_stay() -> None:
    deck = slide_deck(number_lines(NOTES_DECKS[0][0]))
    assert deck is not None
    texts = [line.text for line in deck.lines]
    assert "Notes:" not in texts
    assert not any("Careers Night 2026" in t for t in texts)
    assert "Most adverts ask for QGIS." in texts
    assert "The presenter is a Senior Cartographer at Westvale Map Office." in texts
    assert "Core skills" in deck.headings.values()


# -- variant 5: a slide site's transcript: bare slide numbers, one cell a line ----------------
def _site_deck(title: str, slides: list[str]) -> str:
    out = ["Download presentation", "Presentation is loading. Please wait.", title,
           "Published by Jo Reyes Modified over 3 years ago", "Similar presentations",
           f'Presentation on theme: "{title}"— Presentation transcript:']
    for number, body in enumerate(slides, 1):
        out += [str(number), body]
    out += [f'Download ppt "{title}"', "Similar presentations", "Soil and Rocks", "About project",
            "Terms of Service"]
    return "\n".join(out)


SITE_DECKS = [
    (_site_deck("Careers in Forestry", [
        "Careers in Forestry\nJo Reyes, Senior Forester\nTallpine Timber Co",
        "Career path at the estate\nForest Worker\nForester\nSenior Forester\nHead Ranger",
        "What you could earn (CAD per year)\nForest Worker\n$41,000 – $47,000\nForester\n"
        "$58,000 – $70,000\nHead Ranger\n$88,000+\nField allowance: 10% of base",
        "Who hires us?\nTallpine Timber Co\nNorthRidge WoodLands\nCedar Crown Mills"]),
     "Forester", ("Forest Worker", 41000, 47000), ("Head Ranger", 88000, None),
     {"NorthRidge WoodLands", "Cedar Crown Mills"}, "Forest Worker"),
    (_site_deck("Becoming a Hydrologist", [
        "Becoming a Hydrologist\nJo Reyes, Senior Hydrologist\nRiverline Water Board",
        "Career path at the board\nField Technician\nHydrologist\nSenior Hydrologist\n"
        "Hydrology Manager",
        "What you could earn (NZD per year)\nField Technician\n$52,000 – $60,000\nHydrologist"
        "\n$70,000 – $85,000\nHydrology Manager\n$110,000+",
        "Who hires us?\nRiverline Water Board\nAquaSense Consulting\nLakeview Council"]),
     "Hydrologist", ("Field Technician", 52000, 60000), ("Hydrology Manager", 110000, None),
     {"AquaSense Consulting", "Lakeview Council"}, "Field Technician"),
    (_site_deck("Careers in Brewing", [
        "Careers in Brewing\nJo Reyes, Senior Brewer\nHopfield Brewing",
        "Career path at the brewery\nCellar Hand\nBrewer\nSenior Brewer\nHead Brewer",
        "What you could earn (AUD per year)\nCellar Hand\n$50,000 – $56,000\nBrewer\n"
        "$60,000 – $72,000\nHead Brewer\n$95,000+\nShift allowance: 12% of base",
        "Who hires us?\nHopfield Brewing\nMaltWorks Collective\nGrainstore Ales"]),
     "Brewer", ("Cellar Hand", 50000, 56000), ("Head Brewer", 95000, None),
     {"MaltWorks Collective", "Grainstore Ales"}, "Cellar Hand"),
]


@pytest.mark.parametrize(("page", "role", "first", "top", "employers", "entry"), SITE_DECKS)
def test_slide_site_transcript(page: str, role: str, first: tuple[str, int, int],
                               top: tuple[str, int, int | None], employers: set[str],
                               entry: str) -> None:
    guide = parse_text(page, "slides.txt")
    assert guide.role.text == role
    owned = {(s.role, s.min, s.max) for s in guide.salaries}
    assert first in owned  # the pay cell under a title belongs to it
    assert top in owned
    assert not any(s.min in (10, 12) for s in guide.salaries)  # allowances are no pay
    assert employers <= names(guide.employers)  # one name a line, CamelCase kept whole
    assert entry in rungs(guide)  # the career-path boxes, one a line
    found = " ".join(f.text for f in [*guide.employers, *guide.leads_to, *guide.transitions_to])
    assert "Jo Reyes" not in found and "SlidePlayer" not in found and "About project" not in found


def test_a_numbered_list_is_no_slide_deck() -> None:
    page = "Steps to qualify\n1\nFind a college\n2\nPass the exam\nAbout\n"
    assert slide_deck(number_lines(page)) is None


def test_went_to_an_employer_as_the_role() -> None:
    guide = parse_text(GLUED_PAGES[0][0], "video.txt")
    assert "Brackenridge Stables" in names(guide.employers)
    assert "Hoofcare Direct" not in names(guide.employers)  # the sponsor


@pytest.mark.parametrize(("title", "bullets", "kinds"), [
    ("Where surveyors work", "• Construction\n• Energy\n• Local councils\n• Mining",
     {"Construction", "Energy", "Mining"}),
    ("Where brewers work", "• Hospitality\n• Craft breweries\n• Tourism",
     {"Hospitality", "Tourism"}),
    ("Where pilots work", "• Aviation\n• Defence\n• Agriculture",
     {"Aviation", "Defence", "Agriculture"}),
])
def test_one_word_industries_on_a_slide_are_sectors(title: str, bullets: str,
                                                     kinds: set[str]) -> None:
    page = _site_deck("Careers talk", [
        "Careers talk\nJo Reyes, Senior Surveyor\nLandmark Survey Co",
        f"{title}\n{bullets}", "Thanks\nQuestions welcome"])
    guide = parse_text(page, "slides.txt")
    assert kinds <= names(guide.sectors)
    assert not kinds & names(guide.employers)


def _flat_deck(owner: str, slides: list[str]) -> str:
    """A slide site's text of a PDF deck: each slide's number, then the whole slide on one
    line behind the deck's copyright footer."""
    out = ["Careers talk", ""]
    for number, body in enumerate(slides, 1):
        out += [str(number), f"© 2025 {owner}. All rights reserved 1-{number} {body}"]
    return "\n".join(out)


# Each deck's talk is about a senior rung; its path and pay table go on past it.
RUNG_DECKS = [
    (_notes_deck("Tarn Water Board", "Hydrologist", "Hydrologists", [
        "Pay bands\nPrincipal Hydrologist\n$118,000 – $131,000\nHydrology Manager\n"
        "$135,000 – $150,000",
        "The ladder\nHydrologist → Senior Hydrologist → Principal Hydrologist → Hydrology "
        "Manager\nNotes:\nAfter this, most step up to Hydrology Manager."],
                 "Becoming a Principal Hydrologist"), "Principal Hydrologist"),
    (_notes_deck("Cellar Door Group", "Sommelier", "Sommeliers", [
        "So You Want To Be a Lead Sommelier?\n– Run the wine list\n– Train the floor team",
        "Where it goes\nSommelier → Lead Sommelier → Beverage Director"],
                 "An evening on wine careers"), "Lead Sommelier"),
    (_flat_deck("Kestrel Farriers Guild", [
        "Farriery careers Life as a Senior Farrier Ivo Lark, Careers Officer, Kestrel "
        "Farriers Guild",
        "Earnings Senior Farrier $61,000 – $70,000 Master Farrier $72,000 – $84,000",
        "Progression Apprentice Farrier → Farrier → Senior Farrier → Master Farrier",
        "Thanks! Questions welcome"]), "Senior Farrier"),
    (_flat_deck("Northgate Rail Academy", [
        "Careers on the railway Becoming a Lead Signal Engineer Noor Haddad, Lead Signal "
        "Engineer, Northgate Rail",
        "What does a Lead Signal Engineer do? Sign off designs Coach the signal team",
        "Pay (GBP) Lead Signal Engineer £58,000 – £66,000 Signalling Manager £70,000 – £79,000",
        "Route Signal Engineer → Senior Signal Engineer → Lead Signal Engineer → Signalling "
        "Manager", "Thank you"]), "Lead Signal Engineer"),
    (_flat_deck("Harbourside Care Trust", [
        "Nursing futures What does a Ward Manager do? Lead the ward team Own the rota",
        "Salary Ward Manager £48,000 – £55,000 Matron £56,000 – £63,000",
        "A typical path Staff Nurse → Charge Nurse → Ward Manager → Matron",
        "Any questions?"]), "Ward Manager"),
]


@pytest.mark.parametrize(("page", "role"), RUNG_DECKS)
def test_a_deck_is_about_the_job_its_talk_names(page: str, role: str) -> None:
    guide = parse_text(page, "deck.txt")
    assert guide.role.text == role  # never the path's next rung, never without its seniority


def test_talk_role_prefers_a_closed_frame() -> None:
    deck = slide_deck(number_lines(
        "1\nBecoming a Lead Glazier Ann Baker, Careers Officer\n2\nWhat does a Lead Glazier "
        "do?\n3\nPay Lead Glazier $50,000\n4\nThanks"))
    assert deck is not None
    # (the presenter's name after an open frame could read as a title: "… Ann Baker")
    assert talk_role(deck, lambda t: t.split()[-1] in {"Glazier", "Baker"}) == (
        "Lead Glazier", 4)


def _labelled(show: str, host: str, guest: str, turns: list[tuple[str, str]]) -> str:
    """A podcast page: a chapter list a line each (on the show's own clock), then each turn
    under its speaker's label, alone on a line, the time before it on some turns only."""
    out = [f"{show} | Episode 7", "", "IN THIS EPISODE", "(00:02) – Hello", "(04:10) – The job",
           "(11:45) – Pay", "", "TRANSCRIPT", ""]
    for index, (who, words) in enumerate(turns):
        name = host if who == "h" else guest
        stamp = f"[00:{index // 6:02d}:{index * 9 % 60:02d}] " if index % 3 else ""
        out += [f"{stamp}{name}:", words, ""]
    return "\n".join(out)


LABELLED_PODCASTS = [
    (_labelled("Bench Notes", "Ada Quaye", "Tomas Reyes", [
        ("h", "Welcome back, today I'm talking to Tomas Reyes."),
        ("g", "Cheers. I'm a Piano Technician at Keystone Pianos."),
        ("h", "What's a normal day like?"),
        ("g", "Mostly I'm on Regulation, Voicing and Pitch Raising."),
        ("g", "Some weeks it's Soundboard Repair or Action Rebuilding, depending."),
        ("h", "And where is the work?"),
        ("g", "There's work in Education and Hospitality, plus concert halls."),
    ]), "Piano Technician", {"Regulation", "Voicing", "Pitch Raising", "Soundboard Repair",
                             "Action Rebuilding"}, {"Education", "Hospitality"}),
    (_labelled("Kiln Talk", "Ruth Onu", "Pavel Lind", [
        ("h", "Hello and welcome, my guest is Pavel Lind."),
        ("g", "Hi. I'm a Ceramic Technologist at Ashfield Tiles."),
        ("h", "What does a typical day look like for you?"),
        ("g", "Honestly, a lot of Glaze Chemistry, Kiln Profiling and Defect Analysis."),
        ("g", "We also lean on Minitab and LabVIEW for the trials."),
        ("h", "Who hires people like you?"),
        ("g", "There's work in Construction, Manufacturing and Energy these days."),
    ]), "Ceramic Technologist", {"Glaze Chemistry", "Kiln Profiling", "Defect Analysis",
                                 "Minitab", "LabVIEW"}, {"Construction", "Manufacturing"}),
    (_labelled("Field Days", "Omar Beck", "Lena Voss", [
        ("h", "Good morning, I'm joined by Lena Voss."),
        ("g", "Thanks. I'm an Agronomist at Greenrow Seeds."),
        ("h", "So what's your average day?"),
        ("g", "Right now it's Soil Sampling, Crop Scouting and Yield Mapping."),
        ("g", "Then in winter, QGIS and Trial Design take over."),
        ("h", "Is there work out there?"),
        ("g", "There's work in Agriculture and Retail, yes."),
    ]), "Agronomist", {"Soil Sampling", "Crop Scouting", "Yield Mapping", "QGIS",
                       "Trial Design"}, {"Agriculture", "Retail"}),
]


@pytest.mark.parametrize(("page", "role", "skills", "sectors"), LABELLED_PODCASTS)
def test_labels_alone_lists_of_names_and_fields_of_work(page: str, role: str, skills: set[str],
                                                         sectors: set[str]) -> None:
    speech = transcript(number_lines(page))
    assert speech is not None
    said = " ".join(line.text for line in speech.lines)
    assert "Hello" not in speech.headings.values()  # (the chapter list a line each: chrome)
    assert "(04:10)" not in said and "Episode 7" not in " ".join(
        line.text for line in speech.lines if line.no in speech.spoken)
    guide = parse_text(page, "episode.txt")
    assert guide.role.text == role
    assert skills <= names(guide.skills)
    found = names(guide.skills)
    assert not any(word in found for word in ("Mostly", "Honestly", "Then", "Right"))
    assert sectors <= names(guide.sectors)


@pytest.mark.parametrize(("said", "expected"), [
    ("Honestly it's mostly Revit, Navisworks and Bluebeam, day in day out.",
     ["Revit", "Navisworks", "Bluebeam"]),
    ("So Attention to Detail, Node.js or Figma, whatever the client uses.",
     ["Attention to Detail", "Node.js", "Figma"]),
    ("And I lean on Excel and Power BI every single week.", ["Excel", "Power BI"]),
    ("You'd use Stata and Deep Learning pretty much daily.", ["Stata", "Deep Learning"]),
])
def test_a_title_case_list_in_speech_names_skills(said: str, expected: list[str]) -> None:
    assert said_skills(said, duties=True) == expected


def test_one_title_case_name_and_people_are_no_list() -> None:
    assert said_skills("I mostly work with Harriet on the night shift.", duties=True) == []
    page = _labelled("Rig Life", "Sam Ode", "Ines Roa", [
        ("h", "Hi, I'm here with Ines Roa."), ("g", "Hello. I'm a Drilling Engineer at Deepline."),
        ("h", "What's a normal day like?"),
        ("g", "Honestly I'm with Data Engineers and Geologists, plus Well Planning and "
              "Casing Design."),
        ("h", "And the pay?"), ("g", "It's decent, I'd say."),
        ("h", "Thanks for coming on."), ("g", "Any time."),
    ])
    found = names(parse_text(page, "episode.txt").skills)
    assert {"Well Planning", "Casing Design"} <= found
    assert not {"Data Engineers", "Geologists", "Data Engineer", "Geologist"} & found


# -- variant 5: closed captions: ">>" opens each speaker's turn, words wrapped, no times ------
CAPTION_PAGES = [
    ("Night Shift Radio (captions)\n\n>> Welcome in. My guest tonight\nis Lior, thanks for "
     "coming.\n>> Glad to be here. I'm a\nSignal Technician at Ferrowell Rail.\n>> What does "
     "a normal day look like?\n>> Mostly Relay Testing,\nTrack Circuits and Fault Finding.\n"
     ">> And the money?\n>> Most depots pay thirty-eight, $44\nan hour for a Signal "
     "Technician.\n\n[End of transcript]\n",
     "Signal Technician", {"Relay Testing", "Track Circuits", "Fault Finding"},
     {(None, 38.0, 44.0, "USD", "hour")}),
    ("Build It Podcast - captions\n\n>> So tell us who you are.\n>> Sure. I'm a Bridge "
     "Inspector at Calder\nStructures, ten years now.\n>> What does the work involve, "
     "skills-wise?\n>> Honestly it's mostly Load Rating, Concrete Assessment\nand Drone "
     "Surveys.\n>> Let's talk money.\n>> Seniors are on about £52,000 to\n£61,000 a year.\n",
     "Bridge Inspector", {"Load Rating", "Concrete Assessment", "Drone Surveys"},
     {(None, 52000.0, 61000.0, "GBP", "year")}),
    ("The Kitchen Table, episode 9\n\n>>> Let's start with you.\n>>> I'm a Pastry Chef at "
     "Maple\nRow Hotel.\n>>> What does a typical day look like?\n>>> Lamination, Sugar "
     "Work\nand Plating, all morning.\n>>> And the pay?\n>>> Kitchens pay twenty-one, "
     "€26 an\nhour.\n",
     "Pastry Chef", {"Lamination", "Sugar Work", "Plating"},
     {(None, 21.0, 26.0, "EUR", "hour")}),
]


@pytest.mark.parametrize(("page", "role", "skills", "paid"), CAPTION_PAGES)
def test_captions_turns_joined_and_read_as_speech(page: str, role: str, skills: set[str],
                                                  paid: set[tuple[object, ...]]) -> None:
    speech = transcript(number_lines(page))
    assert speech is not None
    said = " ".join(line.text for line in speech.lines)
    assert ">>" not in said and "transcript" not in said.lower()
    guide = parse_text(page, "t.txt")
    assert guide.role.text == role
    assert skills <= names(guide.skills)
    assert {(r, lo, hi, c, p) for r, lo, hi, c, p in pay(guide) if r in (None, role)} == paid


def test_a_quoted_mail_is_no_caption_file() -> None:
    page = ("Re: the Welder post\n\n> Thanks for the note.\n>> Can you start Monday?\n"
            ">> We pay $30 an hour.\n>> Reply by Friday.\n")
    assert transcript(number_lines(page)) is None
    assert spoken_figures("in twenty-twenty, $50 more") == "in twenty-twenty, $50 more"


# -- variant 6: a deck's text layer, a slide a line behind its running footer ----------------
def _flat_deck(footer: str, slides: list[str], numbers: bool) -> str:
    out = ["Careers evening handout"]
    for index, body in enumerate(slides, 1):
        out += [str(index)] if numbers else []
        out.append(f"{footer} {index:02d} {body}")
    return "\n".join(out)


FLAT_DECKS = [
    (_flat_deck("(c) 2025 Tidewater Guild | page", [
        "Becoming a Harbour Pilot Mara Lund, Adviser", "Career path Deckhand → Deck Officer → "
        "Harbour Pilot → Marine Superintendent",
        "What it pays (Canada) Role Pay (CAD) Deck Officer $61,000 – $72,000 Harbour Pilot "
        "$140,000 – $165,000 Source: guild survey", "Thank you! Questions?"], True),
     "Harbour Pilot", ("Deck Officer", 61000, 72000), ("Harbour Pilot", "Marine Superintendent")),
    (_flat_deck("Inland Crafts Trust. Confidential slide", [
        "Becoming a Stonemason Ivo Brandt, Adviser", "How people progress Apprentice Mason → "
        "Stonemason → Master Mason", "Earnings (UK) Position Salary (GBP) Stonemason £31,000 – "
        "£36,000 Master Mason £40,000 – £47,000", "Any questions?"], False),
     "Stonemason", ("Master Mason", 40000, 47000), ("Stonemason", "Master Mason")),
    (_flat_deck("© Valley Health Network, all rights reserved, slide", [
        "Careers in imaging Becoming an Imaging Technician Noa Okoro, Adviser", "The ladder "
        "Trainee Technician → Imaging Technician → Lead Imaging Technician", "Pay guide "
        "(Australia) Grade Pay (AUD) Trainee Technician $68,000 – $75,000 Lead Imaging "
        "Technician $118,000 – $130,000", "Thanks!"], True),
     "Imaging Technician", ("Trainee Technician", 68000, 75000),
     ("Imaging Technician", "Lead Imaging Technician")),
]


@pytest.mark.parametrize(("page", "role", "row", "move"), FLAT_DECKS)
def test_flattened_deck_slides_cut_from_their_footer(page: str, role: str,
                                                    row: tuple[str, int, int],
                                                    move: tuple[str, ...]) -> None:
    deck = slide_deck(number_lines(page))
    assert deck is not None
    assert not any("rights" in line.text or "slide " in line.text.lower()
                   or "page " in line.text for line in deck.lines)
    guide = parse_text(page, "t.txt")
    assert guide.role.text == role
    paid = {(s.role or role, s.min, s.max) for s in guide.salaries}
    assert (row[0].lower(), row[1], row[2]) in {(r.lower(), lo, hi) for r, lo, hi in paid}
    assert not any("Pay" in (s.role or "") or "Salary" in (s.role or "") for s in guide.salaries)
    assert set(move) <= rungs(guide)  # the path slide's arrows, read as a ladder


def test_names_run_keeps_known_names_only_and_a_step_list_is_no_deck() -> None:
    page = _flat_deck("© 2026 Ridge Council. Page", [
        "Becoming a Geologist Sam Ode, Adviser", "Where geologists work Mining Energy",
        "Tools Python ArcGIS Core Logging Suite QGIS Excel", "Thanks"], False)
    guide = parse_text(page, "t.txt")
    assert {"Mining", "Energy"} <= names(guide.sectors)
    assert {"Python", "Excel"} <= names(guide.skills)
    # where an unknown name ends is not known: a known name beside one may be part of it
    assert not names(guide.skills) & {"ArcGIS", "QGIS", "Core Logging Suite"}
    steps = ("Step 1 of 4: Finish school\nStep 2 of 4: Study geology\nStep 3 of 4: Do fieldwork"
             "\nStep 4 of 4: Apply for jobs")
    assert slide_deck(number_lines(steps)) is None
