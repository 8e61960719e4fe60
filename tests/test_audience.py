"""Parent or teen wording from the message itself, below an explicit /role choice."""

import pytest

from bot.reply import compose


@pytest.mark.parametrize(("text", "lang", "role"), [
    ("con tôi bị lừa mất acc game", "vi", "parent"),
    # a young parent calls themself "em" to the bot
    ("chị ơi con gái em 14 tuổi chưa về, gọi không được", "vi", "parent"),
    ("kak aku 13 thn, ada om2 di ml yg mau jemput aku nanti malem", "id", "teen"),
    ("mantanku bilang malam ini mau datang, aku masih 16 dan sendirian", "id", "teen"),
    ("im not safe", "en", "teen"),
    ("My son is being bullied in a group chat", "en", "parent"),
    ("anak saya dibully di grup kelas", "id", "parent"),
    ("em lớp 8, bị bạn bè chế ảnh trên mạng", "vi", "teen"),
    ("im 14 and people keep making fun of me online", "en", "teen"),
    ("aku kelas 8 dan dibully di grup", "id", "teen"),
    ("gimana cara ngomong sama anak soal orang asing di game?", "id", "parent"),
    ("cô ơi em ko chịu nổi nữa", "vi", "teen"),
    ("my stepdad keeps coming into my room at night", "en", "teen"),
    ("cứu e vs, có ng cứ nhắn tin đe dọa e, bảo bt nhà e r", "vi", "teen"),
    ("im scared, a guy from discord says he knows where i live", "en", "teen"),
    ("tolong aku, ada om om ngikutin aku dari sekolah", "id", "teen"),
    ("con nhà em bị người lạ nhắn tin dọa", "vi", "parent"),
    ("some guy dmd me that he'll wait for me after practice, what do i do", "en", "teen"),
    ("lam sao de tai khoan tiktok cua em chi nguoi quen moi xem duoc", "vi", "teen"),
    # an age followed by a relative is someone else's child: a sibling writes
    ("my 14yo sister is meeting a guy from discord tonight, what do i do", "en", None),
    ("my 14yo is meeting a guy from discord tonight, what do i do", "en", "parent"),
    # the age between "my" and the child
    ("someone is blackmailing my 16 yo daughter with a fake picture", "en", "parent"),
    ("my 9 year old son keeps crying after school", "en", "parent"),
    ("my 15 yo sister got a weird message", "en", None),
    # "mk" (mình) with a partner, a home: a teen's own chat
    ("mk vs ny cãi nhau, giờ ổng đứng trước cổng nhà mk", "vi", "teen"),
    ("mk đang ở chỗ ng quen trên fb, ảnh ko cho mk về", "vi", "teen"),
    ("app nào khóa tiktok theo giờ v, e nghiện quá", "vi", "teen"),
    # a teen's own story and followers; a parent naming the child still wins
    ("can she see that i viewed her story?", "en", "teen"),
    ("how do i hide my story from my aunt", "en", "teen"),
    ("my son posted my story on his page, how do I take it down", "en", "parent"),
    ("ad ơi cho e hỏi làm sao để ẩn story khỏi 1 người mà ko cần chặn", "vi", "teen"),
    ("tụi bạn trong lớp lập nhóm riêng ko có e rồi đăng story cười e, e buồn quá", "vi", "teen"),
    # (45d) a parent calling the child "thằng cu nhà em"; a teen alone, in "gue"
    ("cô ơi thằng cu nhà em bị người ta chở đi, giờ gọi không nghe máy", "vi", "parent"),
    ("penagih utang udah di depan rumah, gw sendirian", "id", "teen"),
    ("bà ơi cháu nó đang khóc, có đứa trên mạng dọa tung ảnh nó", "vi", "family"),
    # (68d) the age written with "th"
    ("aku 14 th, pembeli hp bekasku minta ketemu di hotelnya", "id", "teen"),
])
def test_role_is_guessed_from_the_wording(snapshot, text, lang, role):
    assert snapshot.audience.guess(snapshot.index.prepare(text, lang).words, lang) == role


def test_guessed_role_picks_that_wording_and_a_chosen_role_wins(snapshot):
    topic = snapshot.content.topics["cyberbullying"]
    if not (topic.parent.get("en") and topic.teen.get("en")):
        pytest.skip("cyberbullying has no parent/teen wording in English")
    guessed = compose(snapshot, "My son is being bullied in a group chat", "en", None)
    assert guessed.topic == "cyberbullying"
    assert guessed.text == topic.parent["en"].strip()
    chosen = compose(snapshot, "My son is being bullied in a group chat", "en", "teen")
    assert chosen.text == topic.teen["en"].strip()


def test_no_role_words_shows_the_shared_answer(snapshot):
    assert snapshot.audience.guess(snapshot.index.prepare("báo cáo zalo", "vi").words,
                                   "vi") is None


@pytest.mark.parametrize(("topic_id", "text", "lang"), [
    ("block_user", "Gimana cara blokir akun yang terus ganggu anak saya di Instagram?", "id"),
    ("block_user", "How do I block someone who keeps messaging my son?", "en"),
    ("intimate_image_removal", "ảnh nhạy cảm của con gái tôi bị đăng lên mạng, gỡ thế nào", "vi"),
])
def test_a_parent_is_answered_in_the_parents_wording(snapshot, topic_id, text, lang):
    """Blocking and image removal were written to the young person alone: a parent asking
    was told "you can block anyone who makes you uncomfortable"."""
    reply = compose(snapshot, text, lang, None)
    assert reply.topic == topic_id
    assert reply.text == snapshot.content.topics[topic_id].parent[lang].strip()
