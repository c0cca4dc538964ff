"""kabar.clean, kabar.Coder with a custom dictionary, and bad input."""

import datetime

import pytest

import kabar
from conftest import FIXTURES


def test_clean_extracts_the_article():
    page = kabar.clean((FIXTURES / "page.html").read_text(encoding="utf-8"), url="https://kabar.example/x")
    assert set(page) == {"title", "url", "date", "lang", "site", "text"}
    assert page["title"] == "Iran dan Rusia bahas Suriah di Moskow"
    assert page["url"] == "https://kabar.example/2023/02/02/iran-rusia-suriah"
    assert page["date"] == "2023-02-02"
    assert page["lang"] == "id"
    assert page["site"] == "Kabar Contoh"
    assert "Mikhail Bogdanov" in page["text"]
    assert "Timnas menang" not in page["text"] and "Beranda" not in page["text"]
    # What clean gives, extract codes.
    events = kabar.extract(page["text"], title=page["title"], date=page["date"], lang=page["lang"])
    assert any(e["root"] == "04" and e["source"]["country"] == "IRN" for e in events)


def test_clean_of_nothing_is_empty():
    page = kabar.clean("")
    assert page["text"] == "" and page["title"] is None


TEXT = "Menteri Wiryo mengecam Presiden Prancis pada Rabu."


def test_coder_with_a_custom_dictionary():
    plain = kabar.Coder()
    custom = kabar.Coder(str(FIXTURES / "dict"))
    assert custom.dict_dir == str(FIXTURES / "dict")
    before = plain.extract(TEXT, lang="id", date="2023-02-02")
    after = custom.extract(TEXT, lang="id", date="2023-02-02")
    assert not any((e["source"] or {}).get("code") == "MYSGOV" for e in before)
    sources = [(e["source"] or {}).get("code") for e in after]
    assert "MYSGOV" in sources, after
    # The same coder for batches and rows.
    assert custom.extract_batch([{"text": TEXT, "lang": "id", "date": "2023-02-02"}]) == [after]
    assert custom.extract_rows([{"text": TEXT, "lang": "id", "date": "2023-02-02"}])[0]["source_code"] == "MYSGOV"
    # Module-level functions use the built-in dictionaries only.
    assert kabar.extract(TEXT, lang="id", date="2023-02-02") == before


def test_coder_keep_hypothetical():
    text = "Israel harus berunding dengan Palestina."
    assert kabar.Coder().extract(text, lang="id") == []
    assert kabar.Coder(keep_hypothetical=True).extract(text, lang="id")


def test_coder_dict_dir_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a directory"):
        kabar.Coder(str(tmp_path / "missing"))
    bad = tmp_path / "bad" / "actors"
    bad.mkdir(parents=True)
    (bad / "persons.tsv").write_text("Someone\tSomeone\tXXX not-a-date..\n", encoding="utf-8")
    with pytest.raises(ValueError, match="persons.tsv"):
        kabar.Coder(str(tmp_path / "bad"))
    with pytest.raises(ValueError, match="no dictionary"):
        kabar.Coder(str(tmp_path))


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda: kabar.extract(None), TypeError, "text must be a str, not NoneType"),
        (lambda: kabar.extract(b"bytes"), TypeError, "text must be a str, not bytes"),
        (lambda: kabar.extract("x", lang="fr"), ValueError, "unsupported language"),
        (lambda: kabar.extract("x", lang=1), TypeError, "lang must be a str or None"),
        (lambda: kabar.extract("x", date="yesterday"), ValueError, "is not a date"),
        (lambda: kabar.extract("x", date=20230201.0), TypeError, "date must be a str, a datetime.date or None"),
        (lambda: kabar.extract("x", id=[1]), TypeError, "id must be a str, an int or None"),
        (lambda: kabar.extract_batch("not docs"), TypeError, "docs must be a list"),
        (lambda: kabar.extract_batch({"text": "x"}), TypeError, "docs must be a list"),
        (lambda: kabar.extract_batch(5), TypeError, "docs must be a list"),
        (lambda: kabar.extract_batch([{"text": "x"}, "y"]), TypeError, r"docs\[1\] must be a dict"),
        (lambda: kabar.extract_batch([{"id": "a"}]), ValueError, r"docs\[0\]\[\"text\"\] is missing"),
        (lambda: kabar.extract_batch([{"text": 3}]), TypeError, r"docs\[0\]\[\"text\"\] must be a str"),
        (lambda: kabar.extract_rows([{"text": "x", "date": "2023-13-45"}]), ValueError, r"docs\[0\]\[\"date\"\]"),
        (lambda: kabar.extract_columns([{"text": "x", "lang": "xx"}]), ValueError, r"docs\[0\]\[\"lang\"\]"),
        (lambda: kabar.clean(None), TypeError, "html must be a str"),
    ],
)
def test_bad_input_raises_a_clear_error(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_accepted_spellings():
    text = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo kemarin."
    want = kabar.extract(text, lang="id", date="2023-02-02", id="7")
    assert kabar.extract(text, lang="ID ", date=datetime.datetime(2023, 2, 2, 9, 30), id=7) == want
    assert kabar.extract(text, lang="auto", date="2 Februari 2023", id="7") == kabar.extract(text, date="2023-02-02", id="7")
    assert kabar.extract(text, lang="", date="", id="", title="") == kabar.extract(text)


def test_types_and_docs():
    assert kabar.__version__
    assert kabar.extract.__doc__ and kabar.Coder.extract.__doc__ and kabar.clean.__doc__
    assert "kabar.Coder" in repr(kabar.Coder())
