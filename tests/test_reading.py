"""Readers: each format with good input, and each kind of bad input."""

from __future__ import annotations

import datetime

import zipfile
from pathlib import Path

import docx
import pytest

from policy_kg.graph.errors import InputError
from policy_kg.loaders.reading import (
    SUPPORTED_SUFFIXES,
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    MalformedInputError,
    ParseTimeoutError,
    UndecodableInputError,
    UnsupportedInputError,
    read_source,
)

INPUTS = Path(__file__).parent / "data" / "inputs"
SEED = Path(__file__).parents[1] / "examples" / "000_023085569cee03f2.txt"
GUANGDONG = "广东省印发《广东省数字经济促进条例》实施方案。\n\n深圳、广州两市为核心区。\n"


def pdf_bytes(*lines: str, created: str | None = None) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (ASCII, Helvetica); ``created`` (D:YYYYMMDD...) goes
    into its info dictionary."""
    shown = " 0 -20 Td ".join(f"({line}) Tj" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td {shown} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *([b"<< /CreationDate (%s) >>" % created.encode("ascii")] if created else []),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info = b" /Info %d 0 R" % len(objects) if created else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref)
    return bytes(out)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def raised(error: type[InputError], path: Path, **options: object) -> InputError:
    """The error reading ``path`` raises: exactly ``error``, one line naming the file, with a fix."""
    with pytest.raises(InputError) as caught:
        read_source(path, **options)
    exc = caught.value
    assert type(exc) is error
    assert str(path) in exc.message and "\n" not in exc.message
    assert exc.hint
    return exc


# ---------------------------------------------------------------- good input


@pytest.mark.unit
def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


@pytest.mark.unit
def test_utf8_text_is_read_as_is() -> None:
    source = read_source(SEED)
    assert (source.encoding, source.format, source.path) == ("utf-8", "text", SEED)
    assert source.text == SEED.read_text(encoding="utf-8")


@pytest.mark.unit
def test_byte_order_mark_is_recorded_and_dropped() -> None:
    source = read_source(INPUTS / "utf8_bom.txt")
    assert (source.encoding, source.text) == ("utf-8-sig", GUANGDONG)


@pytest.mark.unit
def test_gb18030_is_the_fallback() -> None:
    source = read_source(INPUTS / "gb18030.txt")
    assert (source.encoding, source.text) == ("gb18030", GUANGDONG)


@pytest.mark.unit
def test_given_encoding_overrides_the_candidates(tmp_path: Path) -> None:
    path = write(tmp_path / "big5.txt", "臺灣省政府公報。".encode("big5"))
    source = read_source(path, encoding="big5")
    assert (source.encoding, source.text) == ("big5", "臺灣省政府公報。")


@pytest.mark.unit
def test_given_encoding_that_does_not_fit(tmp_path: Path) -> None:
    exc = raised(UndecodableInputError, INPUTS / "gb18030.txt", encoding="utf-8")
    assert exc.code == "E123" and "utf-8" in exc.message


@pytest.mark.unit
def test_unknown_encoding_name() -> None:
    exc = raised(InputError, INPUTS / "gb18030.txt", encoding="no-such-codec")
    assert exc.code == "E120"


@pytest.mark.unit
def test_markdown_loses_its_markup() -> None:
    source = read_source(INPUTS / "notes.md")
    assert source.format == "markdown"
    assert source.text.split() == [
        "江苏发布制造业智能化改造行动计划",
        "本报讯",
        "近日,江苏省工业和信息化厅印发《江苏省制造业智能化改造和数字化转型三年行动计划》。",
        "主要任务",
        "计划明确,到2025年,全省规模以上工业企业全面实施智能化改造。",
    ]


def test_html_main_text_only() -> None:
    source = read_source(INPUTS / "page.html")
    assert (source.encoding, source.format) == ("utf-8", "html")
    assert source.text == (
        "浙江启动数字贸易先行示范区建设\n\n"
        "□本报记者 王小明\n\n"
        "6月1日,记者从省商务厅获悉,《浙江省数字贸易先行示范区建设方案》已印发。\n\n"
        "方案提出,到2025年,全省数字贸易进出口总额达到1万亿元。\n\n"
        "杭州、宁波两市率先建设。\n\n"
        "第二段文字在此。"
    )


def test_html_declared_charset(tmp_path: Path) -> None:
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>重庆高新区。</p></body></html>'
    source = read_source(write(tmp_path / "page.htm", html.encode("gb2312")))
    assert (source.encoding, source.text) == ("gb18030", "重庆高新区。")


def test_pdf_text_layer(tmp_path: Path) -> None:
    source = read_source(write(tmp_path / "page.pdf", pdf_bytes("Digital trade pilot zone", "Hangzhou and Ningbo")))
    assert (source.encoding, source.format) == (None, "pdf")
    assert source.text.split("\n") == ["Digital trade pilot zone", "Hangzhou and Ningbo"]


def test_a_pdf_or_word_document_is_dated_by_its_metadata(tmp_path: Path) -> None:
    from policy_kg.loaders.articles import extract_page

    pdf = write(tmp_path / "reply.pdf", pdf_bytes("State Council reply", created="D:20230615093000+08'00'"))
    [article] = extract_page(pdf)
    assert (article.extra["published"], article.extra["published_basis"]) == ("2023-06-15", "meta")
    document = docx.Document()
    document.add_paragraph("四川省印发实施方案。")
    document.core_properties.created = datetime.datetime(2021, 3, 5, 8, 0)
    document.save(str(tmp_path / "plan.docx"))
    [article] = extract_page(tmp_path / "plan.docx")
    assert (article.extra["published"], article.extra["published_basis"]) == ("2021-03-05", "meta")
    [undated] = extract_page(write(tmp_path / "plain.pdf", pdf_bytes("No date")))
    assert "published" not in undated.extra


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("四川省印发实施方案。")
    document.add_paragraph("   ")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "成都"
    table.cell(0, 1).text = "绵阳"
    document.add_paragraph("第二段。")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    source = read_source(path)
    assert (source.encoding, source.format) == (None, "docx")
    assert source.text == "四川省印发实施方案。\n\n成都\n\n绵阳\n\n第二段。"


# ---------------------------------------------------------------- bad input


@pytest.mark.unit
def test_empty_file(tmp_path: Path) -> None:
    assert raised(EmptyInputError, write(tmp_path / "empty.txt", b"")).code == "E121"


@pytest.mark.unit
def test_whitespace_only_file(tmp_path: Path) -> None:
    assert raised(EmptyInputError, write(tmp_path / "blank.txt", " \n\u3000\n".encode())).code == "E121"


@pytest.mark.unit
def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    assert raised(BinaryInputError, write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")).code == "E122"


@pytest.mark.unit
def test_binary_file_of_control_characters(tmp_path: Path) -> None:
    assert raised(BinaryInputError, write(tmp_path / "blob.md", bytes(range(1, 9)) * 20)).code == "E122"


@pytest.mark.unit
def test_undecodable_bytes(tmp_path: Path) -> None:
    exc = raised(UndecodableInputError, write(tmp_path / "bad.txt", "正文".encode() + b"\xff\xfe\xff"))
    assert exc.code == "E123" and "gb18030" in exc.message


@pytest.mark.unit
def test_html_without_tags(tmp_path: Path) -> None:
    assert raised(MalformedInputError, write(tmp_path / "page.html", "只是文字。".encode())).code == "E124"


def test_html_without_main_text(tmp_path: Path) -> None:
    html = b"<html><body><nav>home</nav><script>x()</script></body></html>"
    assert raised(EmptyInputError, write(tmp_path / "page.html", html)).code == "E121"


@pytest.mark.unit
def test_not_a_pdf(tmp_path: Path) -> None:
    assert raised(MalformedInputError, write(tmp_path / "page.pdf", b"<html></html>")).code == "E124"


def test_malformed_pdf(tmp_path: Path) -> None:
    exc = raised(MalformedInputError, write(tmp_path / "page.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages"))
    assert exc.code == "E124" and "malformed PDF" in exc.message


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    assert raised(EmptyInputError, write(tmp_path / "scan.pdf", pdf_bytes())).code == "E121"


def test_pdf_parsing_is_bounded_in_time(tmp_path: Path) -> None:
    path = write(tmp_path / "slow.pdf", pdf_bytes("text"))
    assert raised(ParseTimeoutError, path, parse_timeout=0.001).code == "E127"


@pytest.mark.unit
def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    assert raised(MalformedInputError, write(tmp_path / "plan.docx", b"PK\x03\x04 broken")).code == "E124"


def test_docx_zip_without_document(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "no word/document.xml here")
    assert raised(MalformedInputError, path).code == "E124"


@pytest.mark.unit
def test_file_over_the_size_limit() -> None:
    exc = raised(InputTooLargeError, SEED, max_bytes=1000)
    assert exc.code == "E125" and "1,000" in exc.message


@pytest.mark.unit
def test_unsupported_suffix(tmp_path: Path) -> None:
    assert raised(UnsupportedInputError, write(tmp_path / "table.xlsx", b"PK")).code == "E126"


@pytest.mark.unit
def test_missing_file(tmp_path: Path) -> None:
    assert raised(InputError, tmp_path / "missing.txt").code == "E120"


@pytest.mark.unit
def test_a_saved_pages_header_is_metadata_and_its_title_the_headline(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("source: https://example.org/a.html\ntitle: 标题\ndate: 2023-06-28 (dateline)\n---\n正文。\n",
                    encoding="utf-8")
    source = read_source(page)
    assert source.header == {"source": "https://example.org/a.html", "title": "标题", "date": "2023-06-28 (dateline)"}
    assert source.text.split() == ["标题", "正文。"]
    assert [source.text.index(w) for w in ("标题", "正文")] == [page.read_text(encoding="utf-8").index(w) for w in ("标题", "正文")]


@pytest.mark.unit
def test_text_that_only_looks_like_a_header_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("title: 标题\n正文。\n", encoding="utf-8")
    assert read_source(page).text == "title: 标题\n正文。\n" and read_source(page).header == {}
