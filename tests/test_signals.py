"""`signals:` phrases mark a topic out in a long story whose other words pull elsewhere. Each
case is a message of our own, measured with and without the topic's signals: the signal must
be what makes the difference, and a message without one must score the same."""

from dataclasses import replace

import pytest

from bot.matcher import MatchIndex

CASES = [
    ("in_app_spending",
     "thằng út nhà tôi tiêu gần hai triệu vào mấy gói trong trò chơi, ngân hàng báo trừ tiền "
     "liên tục, giờ xin hoàn tiền ở google play được không"),
    ("stalking", "a man from her old school keeps showing up and now he followed her home twice"),
    ("missing_child", "anak tetangga saya belum pulang sejak siang, orang tuanya panik sekali"),
    ("grooming", "người lạ trong game nhắn con tôi là anh nạp kim cương cho em, em chỉ cần gửi "
     "anh vài tấm ảnh mặc đồ ngủ"),
    ("grooming", "some older player on fortnite keeps asking my boy for pics of himself without "
     "a shirt, he told me today"),
    ("parental_controls", "my son turns 10 next week and gets his first phone, what should i "
     "set up on it before i hand it over"),
]


@pytest.fixture(scope="module")
def without_signals(snapshot) -> MatchIndex:
    content = snapshot.content
    plain = {t: replace(topic, signals=()) for t, topic in content.topics.items()}
    return MatchIndex(replace(content, topics=plain))


@pytest.mark.parametrize("topic, text", CASES, ids=[t for t, _ in CASES])
def test_a_signal_lifts_its_topic(snapshot, without_signals, topic, text):
    with_signal = dict(snapshot.index.match(snapshot.index.prepare(text, "vi")).ranked)
    plain = dict(without_signals.match(without_signals.prepare(text, "vi")).ranked)
    gain = with_signal.get(topic, 0.0) - plain.get(topic, 0.0)
    assert gain == pytest.approx(snapshot.index.tuning.signal_weight, abs=0.02)


def test_a_message_without_signals_scores_as_before(snapshot, without_signals):
    text = "làm sao để đặt mật khẩu mạnh cho tài khoản facebook của con"
    with_signal = snapshot.index.match(snapshot.index.prepare(text, "vi")).ranked
    plain = without_signals.match(without_signals.prepare(text, "vi")).ranked
    assert with_signal == plain


def test_a_combined_signal_needs_all_its_parts(snapshot, without_signals):
    """"lập nick mới" alone is a hacked friend's excuse; after a block it is a stalker's."""
    text = "nick cũ của tớ bị hack nên tớ lập nick mới, kết bạn lại nhé"
    with_signal = dict(snapshot.index.match(snapshot.index.prepare(text, "vi")).ranked)
    plain = dict(without_signals.match(without_signals.prepare(text, "vi")).ranked)
    assert with_signal.get("stalking", 0.0) == pytest.approx(plain.get("stalking", 0.0))


def test_a_teachers_story_of_a_group_set_up_to_mock_a_pupil_is_cyberbullying_not_a_paste(
        snapshot):
    from bot.reply import compose
    reply = compose(snapshot, "lop toi chu nhiem co nhom zalo rieng, nghe noi tui no lap them "
                              "nhom moi de che cuoi mot ban nu, lay anh ban ay ghep chu roi tha "
                              "tim. toi la co giao nen vao nhom can thiep hay bao phu huynh",
                    "vi", None)
    assert reply.topic == "cyberbullying" and not reply.scam_warning

