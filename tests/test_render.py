"""Content is plain text; Telegram gets escaped HTML in messages under 4,096 characters."""

from bot.telegram.render import LIMIT, bold, html_chunks


def test_markup_in_content_is_escaped():
    escaped = "a &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;"
    assert html_chunks("a <b>bold</b> & <script>") == [escaped]
    assert bold("<x>") == "<b>&lt;x&gt;</b>"


def test_long_text_is_split_under_the_limit_without_losing_words():
    text = "\n".join(f"dòng {n} " + "chữ & ký hiệu < > " * 30 for n in range(60))
    chunks = html_chunks(text)
    assert len(chunks) > 1
    assert all(len(chunk) <= LIMIT for chunk in chunks)
    joined = "\n".join(chunks).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert joined.split() == text.split()


def test_one_enormous_word_is_still_cut_to_fit():
    chunks = html_chunks("&" * 10_000)
    assert all(len(chunk) <= LIMIT for chunk in chunks)
    assert sum(chunk.count("&amp;") for chunk in chunks) == 10_000
