"""Languages: lexicon names, adjectives, code pairs, dialects, codes; exclusions."""
from __future__ import annotations

import pytest
from paperkg.extract.languages import (
    code_pair_languages,
    contextual_language,
    language_lexicon,
)
from paperkg.extract.pipeline import Extractor
from paperkg.extract.records import PaperRecord


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def langs(extractor, abstract, title="A paper"):
    out = extractor.extract(PaperRecord(title=title, abstract=abstract, source="t:1"))
    return {e.name: e for e in out.languages}


def test_adjective_uses_with_iso_codes(extractor):
    found = langs(extractor, "We build a Korean LLM and test it with English prompts on Chinese NLU tasks.")
    assert set(found) == {"Korean", "English", "Chinese"}
    assert (found["Korean"].code, found["Korean"].tag, found["Korean"].key) == ("kor", "ko", "kor")
    assert (found["English"].code, found["English"].tag) == ("eng", "en")
    assert found["Chinese"].code == "zho"


@pytest.mark.parametrize("text, expected", [
    ("Results on Si<->En translation.", {"Sinhala", "English"}),
    ("We train en-de and En→Fr systems.", {"English", "German", "French"}),
    ("The EN->JA direction is hard.", {"English", "Japanese"}),
    ("A stronger distribution shift (English->German) and English<=>Japanese.", {"English", "German", "Japanese"}),
    ("Results on en->{de, es} show gains; so do fr→{it,pt,ro}.",
     {"English", "German", "Spanish", "French", "Italian", "Portuguese", "Romanian"}),
])
def test_code_pairs(extractor, text, expected):
    assert set(langs(extractor, text)) == expected


def test_code_pair_false_friends_are_ignored():
    assert code_pair_languages("AI-ML systems and IT/Go services") == []


def test_a_language_with_a_region_is_a_locale_not_a_pair():
    # (BR, TW, CA as languages would be Breton, Twi, Catalan)
    assert code_pair_languages("Albertina PT-BR, the ZH-TW subset and FR-CA speech") == []
    pairs = {info.name for info, _, _ in code_pair_languages("EN-SI and EN-DE systems, and SI-EN")}
    assert pairs == {"English", "Sinhala", "German"}


def test_dialect_as_written_with_base_alias(extractor):
    found = langs(extractor, "We collect Egyptian Arabic and Swiss German tweets.")
    assert set(found) == {"Egyptian Arabic", "Swiss German"}
    assert found["Egyptian Arabic"].code == "arz" and "Arabic" in found["Egyptian Arabic"].aliases
    assert "German" in found["Swiss German"].aliases


def test_other_names_fold_to_one_language(extractor):
    found = langs(extractor, "We translate Farsi (Persian) text.")
    assert set(found) == {"Persian"}
    assert "Farsi" in found["Persian"].aliases and len(found["Persian"].mentions) == 2


@pytest.mark.parametrize("text", [
    "We generate Python, Java, Go, Swift and Rust code.",
    "Romance languages, Indic languages, Turkic languages and Bantu languages are covered.",
    "Our multilingual model helps low-resource languages.",
    "Text in the Latin script and Arabic numerals.",
    "As shown by Yao et al. (2023) and Dan et al., transfer works.",
])
def test_exclusions(extractor, text):
    assert langs(extractor, text) == {}


def test_turkish_yes_turkic_no(extractor):
    assert set(langs(extractor, "Turkish and other Turkic languages.")) == {"Turkish"}


def test_rare_language_needs_language_context(extractor):
    found = langs(extractor, "We document the Ainu language, an endangered isolate.")
    assert set(found) == {"Ainu"} and found["Ainu"].code == "ain"
    assert contextual_language("Turkic") is None  # langcodes.find would say Turkish


def test_mention_offsets_point_at_the_name(extractor):
    title = "Hindi and Bengali"
    abstract = "We study Hindi."
    out = extractor.extract(PaperRecord(title=title, abstract=abstract, source="t:1"))
    hindi = next(e for e in out.languages if e.name == "Hindi")
    for m in hindi.mentions:
        source = title if m.field == "title" else abstract
        assert source[m.start:m.end] == "Hindi"
    assert {e.name for e in out.languages} == {"Hindi", "Bengali"}


def test_lexicon_has_no_collections():
    lexicon = language_lexicon()
    for family in ("Romance", "Turkic", "Bantu", "Indic", "Germanic", "Uralic"):
        assert family not in lexicon
    assert lexicon["Hindi"].code == "hin"


def test_dated_registry_names_give_the_name_papers_write(extractor):
    out = extractor.extract(PaperRecord(title="A study", source="t:1",
                                        abstract="We cover Pushto, Uyghur, Kirghiz, Mandarin and Cantonese texts."))
    by_code = {lang.code: lang for lang in out.languages}
    assert {c: lang.name for c, lang in by_code.items()} == {
        "pus": "Pashto", "uig": "Uyghur", "kir": "Kyrgyz", "cmn": "Mandarin", "yue": "Cantonese"}
    assert by_code["pus"].aliases == ["Pushto"] and by_code["kir"].aliases == ["Kirghiz"]


def test_ambiguous_names_in_a_list_of_languages(extractor):
    out = extractor.extract(PaperRecord(title="A study", source="t:1",
                                        abstract="Languages: Burmese, Khmer, Lao, Tamil and Fon. Dan went home."))
    assert [lang.name for lang in out.languages] == ["Burmese", "Khmer", "Lao", "Tamil", "Fon"]


def test_tagalog_is_not_filipino_and_varieties_keep_their_name(extractor):
    out = extractor.extract(PaperRecord(title="A study", source="t:1",
                                        abstract="We translate Tagalog and Brazilian Portuguese texts."))
    assert {(lang.name, lang.code, lang.tag) for lang in out.languages} == {
        ("Tagalog", "tgl", "tl"), ("Brazilian Portuguese", "por", "pt-BR")}
    assert next(lang for lang in out.languages if lang.code == "por").aliases == ["Portuguese"]


def test_sign_languages(extractor):
    out = extractor.extract(PaperRecord(title="A study", source="t:1", abstract=(
        "We translate spoken German into German Sign Language (DGS) and test on American Sign Language.")))
    assert {(lang.name, lang.code) for lang in out.languages} == {
        ("German", "deu"), ("German Sign Language", "gsg"), ("American Sign Language", "ase")}


def test_sign_language_abbreviations_are_languages_not_names(extractor):
    out = extractor.extract(PaperRecord(title="A study", source="t:1", abstract=(
        "It is the largest public ASL dataset; we add a BSL corpus. We also test on MS-ASL and ASL-LEX.")))
    assert {(lang.name, lang.code, len(lang.mentions)) for lang in out.languages} == {
        ("American Sign Language", "ase", 1), ("British Sign Language", "bfi", 1)}  # (not the ASL of MS-ASL)
    assert "ASL" not in {d.name for d in out.datasets} and "BSL" not in {d.name for d in out.datasets}


def test_names_written_with_their_diacritics(extractor):
    out = extractor.extract(PaperRecord(title="A study", source="t:1",
                                        abstract="Speech synthesis for Yorùbá and Māori; the city of Zürich."))
    assert [(lang.name, lang.code, lang.aliases) for lang in out.languages] == [
        ("Yoruba", "yor", ["Yorùbá"]), ("Maori", "mri", ["Māori"])]


def test_other_english_names_from_the_name_index(extractor):
    """Names the registry spells otherwise ("Rundi", "Batak Toba", "Banjar") still match."""
    found = langs(extractor, "We cover Amharic, Kirundi, Banjarese and Pashto, and also Toba Batak.")
    assert {"Amharic", "Kirundi", "Banjar", "Pashto", "Batak Toba"} <= set(found)


def test_one_word_other_names_need_a_list_or_language_context(extractor):
    """One-word index names are often place or people words ("Scottish", "Moore")."""
    assert "Scottish Gaelic" not in langs(extractor, "We study Scottish newspapers from 1900.")
    assert "Mossi" not in langs(extractor, "Moore et al. propose a parser.")
    assert "Kirundi" in langs(extractor, "We release a corpus of the Kirundi language.")


def test_hyphenated_multiword_names_and_qualifier_free_display_names(extractor):
    found = langs(extractor, "NER for Luo, Nigerian-Pidgin and Swahili.")
    assert {"Luo", "Nigerian Pidgin", "Swahili"} <= set(found)  # not "Luo (Kenya and Tanzania)"


def test_a_modern_prefix_adds_no_second_name(extractor):
    """"Modern French" is French: the index's "Modern X" names are not added to the lexicon."""
    from paperkg.extract.languages import language_lexicon

    assert "Modern French" not in language_lexicon()


def test_small_languages_count_in_a_list_of_languages(extractor):
    """Names of languages under a million speakers ("Bribri", "Asháninka") only in a list of
    languages or as "the X language": alone they may be anything ("Chatino speakers")."""
    found = langs(extractor, "We translate Spanish into Asháninka, Aymara, Bribri and Quechua.")
    assert {"Asháninka", "Bribri", "Aymara", "Quechua"} <= set(found)
    assert "Chatino" not in langs(extractor, "Chatino speakers were interviewed in Oaxaca.")
    assert "Bribri" in langs(extractor, "We build a spell checker for the Bribri language.")


def test_small_language_names_do_not_block_new_model_names(extractor):
    from paperkg.extract.languages import language_lexicon, small_languages

    assert "Bribri" in small_languages() and "Bribri" not in language_lexicon()
    out = extractor.extract(PaperRecord(title="Bribri: A Tiny Language Model for Code", abstract=(
        "We present Bribri, a small language model that outperforms larger models."), source="t:1"))
    assert "Bribri" in {m.name for m in out.models}


def test_languages_joined_by_a_translation_arrow(extractor):
    out = extractor.extract(PaperRecord(title="T", abstract="We need Chinese↔Japanese translation.", source="t:1"))
    assert {"Chinese", "Japanese"} <= {lang.name for lang in out.languages}


@pytest.mark.parametrize("written, name", [("isiZulu", "Zulu"), ("IsiXhosa", "Xhosa"), ("Xitsonga", "Tsonga"),
                                           ("siSwati", "Swati")])
def test_southern_african_languages_by_their_own_names(extractor, written, name):
    out = extractor.extract(PaperRecord(title="T", abstract=f"We collect {written} speech.", source="t:1"))
    assert [lang.name for lang in out.languages] == [name]


def test_words_that_only_look_like_language_names(extractor):
    found = set(langs(extractor, "The language of Hiligaynon is spoken in Negros Occidental. Tunisians write with "
                             "Latin letters. We build corpora for 8 Latin American sign languages.",
                  title="A NER model for Hiligaynon"))
    assert found == {"Hiligaynon"}


def test_registry_languages_without_population_figures_count_in_lists(extractor):
    assert set(langs(extractor, "We develop translation between Livonian and English.")) == {"Livonian", "English"}
    assert "Akan" not in langs(extractor, "The languages are Akuapem Twi, Asante Twi, Ewe and Hausa.")


def test_names_papers_write_for_dated_registry_names(extractor):
    assert set(langs(extractor, "We support English, Romanian, and Aromanian, and Mauritian Creole.")) == {
        "English", "Romanian", "Aromanian", "Mauritian Creole"}


def codes(extractor, abstract, title="A paper"):
    return {name: e.code for name, e in langs(extractor, abstract, title).items()}


def test_a_family_name_is_no_language(extractor):
    assert codes(extractor, "Burmese is a tonal language from the Sino-Tibetan family.") == {"Burmese": "mya"}


def test_a_small_language_named_in_full_is_not_the_major_one_inside_it(extractor):
    out = codes(extractor, "We train an ASR system for Cook Islands Māori (CIM), an Indigenous language.",
                title="Speech Recognition for Cook Islands Māori")
    assert out == {"Cook Islands Māori": "rar"}
    assert codes(extractor, "Modern Standard Arabic and Egyptian Arabic differ.")["Egyptian Arabic"] == "arz"


def test_twi_by_its_variety_names_is_twi(extractor):
    assert codes(extractor, "A corpus for English and Akuapem Twi.") == {"English": "eng", "Twi": "twi"}


def test_americasnlp_languages_by_the_names_papers_write(extractor):
    out = codes(extractor, "We fine-tune on 10 indigenous American languages: Aymara, Bribri, Asháninka, Guaraní, "
                           "Wixarika, Náhuatl, Hñähñu, Quechua, Shipibo-Konibo, and Rarámuri.")
    assert {"Wixarika": "hch", "Nahuatl": "nah", "Hñähñu": "ote", "Shipibo-Konibo": "shp",
            "Rarámuri": "tar"}.items() <= out.items()


def test_small_languages_in_a_list_headed_by_languages(extractor):
    out = codes(extractor, "We study translations from three polysynthetic languages (Nahuatl, Wixarika and "
                           "Yorem Nokki) into Spanish.")
    assert {"Nahuatl": "nah", "Wixarika": "hch", "Yorem Nokki": "mfy"}.items() <= out.items()
    out = codes(extractor, "The languages involved in this task are Bribri, Maya, and Otomi, with glosses.")
    assert {"Bribri": "bzd", "Maya": "yua", "Otomi": "ote"}.items() <= out.items()
    assert codes(extractor, "Programming languages such as Python, Java and Rust.") == {}
    assert "Maya" not in codes(extractor, "The Maya, Aztec and Inca civilisations are studied.")


def test_an_abbreviation_in_a_list_is_no_language(extractor):
    assert codes(extractor, "The gap between Korean and U.S. medical contexts is large.") == {"Korean": "kor"}


def test_a_list_of_iso_codes_names_languages_and_a_script_is_no_language(extractor):
    out = codes(extractor, "Gains are largest on low-resource languages (e.g., sw, ko, ja). We check if, so, to.")
    assert out == {"Swahili": "swa", "Korean": "kor", "Japanese": "jpn"}
    out = codes(extractor, "Hindi text is often transliterated to Latin or code-mixed with English.")
    assert out == {"Hindi": "hin", "English": "eng"}


def test_latin_as_a_script_is_no_language(extractor):
    # "non-Latin" and what it is contrasted with name scripts, and so does "written in Latin script";
    # "non-English" still names English (annotators list it), and Latin texts are Latin
    assert codes(extractor, "It covers both Latin and non-Latin languages, and beats GPT-4 in non-Latin "
                            "languages such as Thai.") == {"Thai": "tha"}
    assert codes(extractor, "Chimera targets languages written in Latin script.") == {}
    assert codes(extractor, "We translate Latin texts into non-English languages.") == {"Latin": "lat", "English": "eng"}


def test_the_conjunction_before_the_last_code_is_no_language(extractor):
    # ("and zh" holds no "an", Aragonese; "or ta" no "or", Odia)
    out = codes(extractor, "Texts in 4 languages (ar, ca, uk, and zh) and low-resource languages (hi, bn, or ta).")
    assert out == {"Arabic": "ara", "Catalan": "cat", "Ukrainian": "ukr", "Chinese": "zho", "Hindi": "hin",
                   "Bangla": "ben", "Tamil": "tam"}


def test_hi_fi_is_no_language_pair(extractor):
    assert codes(extractor, "A Hi-Fi multi-speaker English dataset; En-De and hi-en results.") == \
        {"English": "eng", "German": "deu", "Hindi": "hin"}


def test_modern_standard_arabic_is_a_variety_of_arabic_and_chichewa_is_named_as_papers_write_it(extractor):
    found = langs(extractor, "Tweets in Modern Standard Arabic, Gulf Arabic and Nyanja; a Chichewa lexicon.")
    assert set(found) == {"Modern Standard Arabic", "Gulf Arabic", "Chichewa"}
    assert found["Modern Standard Arabic"].code == "arb" and "Arabic" in found["Modern Standard Arabic"].aliases
    assert found["Chichewa"].code == "nya" and "Nyanja" in found["Chichewa"].aliases


def test_scripts_named_with_another_or_as_a_base_are_no_languages(extractor):
    found = set(langs(extractor, "The dataset holds text in both the Latin and native scripts for 12 South Asian "
                                 "languages, and Kurdish written in the Arabic-based and Latin-based scripts."))
    assert found == {"Kurdish"}


def test_kurdish_varieties_by_the_names_papers_write(extractor):
    found = langs(extractor, "We support the two main dialects of Kurdish, Sorani and Kurmanji.")
    assert {name: e.code for name, e in found.items()} == {"Kurdish": "kur", "Sorani": "ckb", "Kurmanji": "kmr"}


def test_a_small_language_paired_with_an_accepted_one_by_a_hyphen_counts(extractor):
    found = langs(extractor, "Pre-training on French ASR improves Mboshi-French speech translation.")
    assert set(found) == {"French", "Mboshi"} and found["Mboshi"].code == "mdw"
    found = langs(extractor, "A corpus of code-switched Egyptian Arabic-English speech.")
    assert set(found) == {"Egyptian Arabic", "English"}  # (not Arabic on its own)


def test_small_and_dead_languages_named_by_what_is_done_in_them(extractor):
    found = langs(extractor, "Most tablets are written in Hittite and Elamite. We translate Hittite from "
                             "transliterations directly to English.")
    assert {"Hittite", "Elamite", "English"} <= set(found)
    assert (found["Hittite"].code, found["Elamite"].code) == ("hit", "elx")
    # names that are also other words still need "the X language"; programming languages are none
    found = langs(extractor, "The report is written in Moore and Smith's style; the tool is written in Python.")
    assert set(found) == set()


def test_a_sentence_opening_as_before_language_is_no_language(extractor):
    assert set(langs(extractor, "As language use reveals health, we study posts in English.")) == {"English"}


def test_a_name_decided_as_a_model_is_no_language(extractor):
    # "Tulu" is a language and a known model; listed with LLMs it is the model
    out = extractor.extract(PaperRecord(title="A paper", source="t:1", abstract=(
        "A gap remains between open LLMs (e.g., Tulu and LLaMA-2) and GPT-4 on Kannada questions.")))
    assert "Tulu" in {m.name for m in out.models}
    assert {lang.name for lang in out.languages} == {"Kannada"}


def test_a_language_name_that_names_a_model_throughout_is_no_language(extractor):
    # the paper names the Tulu model, so "Tulu 2" and "Tulu-V2-mix" hold no Tulu language either
    out = extractor.extract(PaperRecord(title="Adapting models with Tulu 2", source="t:1", abstract=(
        "Since the release of Tulu, open resources have grown. We incorporate them into Tulu, resulting in "
        "Tulu 2, a suite of improved Tulu models, and Tulu-V2-mix, a collection of instruction datasets.")))
    assert {"Tulu", "Tulu 2"} <= {m.name for m in out.models}
    assert out.languages == []
    # a language written inside another name still names the language
    found = langs(extractor, "We release Chinese-LLaMA, trained on Chinese and English text.")
    assert {"Chinese", "English"} <= set(found)


def test_a_cuisine_is_no_language(extractor):
    found = langs(extractor, "The RNN is integrated with a distance-dependent Chinese restaurant process to model "
                             "speakers, and evaluated on Chinese and English calls.")
    assert set(found) == {"Chinese", "English"}
    assert [m.start for m in found["Chinese"].mentions] == [111]


def test_an_ambiguous_name_given_the_role_of_a_language(extractor):
    found = langs(extractor, "A multilingual acoustic model is trained using Acholi as the target language.")
    assert set(found) == {"Acholi"} and found["Acholi"].code == "ach"  # (the registry's name is "Acoli")
    assert langs(extractor, "Acholi elders were interviewed.") == {}
    assert langs(extractor, "We use Python as the programming language.") == {}
