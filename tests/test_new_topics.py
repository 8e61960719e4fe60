"""The four topics added for what frightened people write (issue "What a frightened person
receives"): one message of our own per topic and style, written for this test (not copied from
the intents), answered with the topic; the danger-now ones urgent with 111 first."""

import pytest

from bot.reply import compose

CASES = [
    # friend_at_risk: someone else wants to die or hurts themselves
    ("Bạn cùng phòng của con gái tôi ở ký túc xá nhắn cho nó là muốn chết, giờ tôi phải làm gì?",
     "friend_at_risk", "vi"),
    ("ban cung lop cua con toi hay noi muon chet, con toi so lam", "friend_at_risk", "nd"),
    ("bn thân e nhắn muốn tự tử r off luôn, e lo quá mn ơi", "friend_at_risk", "tc"),
    ("my friend keeps saying she wants to die and I don't know how to help her",
     "friend_at_risk", "en"),
    ("teman sekelasku bilang mau bunuh diri, aku harus bilang ke siapa?", "friend_at_risk", "id"),
    # missing_child: gone, not answering
    ("Con trai tôi 13 tuổi đi học từ sáng đến giờ chưa về, gọi không được, tôi phải làm gì?",
     "missing_child", "vi"),
    ("con gai toi bo nha di tu toi qua, dien thoai tat may, toi phai bao cong an the nao",
     "missing_child", "nd"),
    ("em gái e đi đâu từ chiều h chưa về, gọi ko bắt máy, nhà e lo lắm", "missing_child", "tc"),
    ("my 12 year old didn't come home after school and isn't answering her phone",
     "missing_child", "en"),
    ("anak saya belum pulang dari kemarin dan HP-nya tidak aktif, harus lapor ke mana?",
     "missing_child", "id"),
    # in_app_spending: money spent in games and apps
    ("Con tôi nạp game hết 5 triệu bằng thẻ tín dụng của tôi, có đòi lại tiền được không?",
     "in_app_spending", "vi"),
    ("con toi mua vat pham trong game bang tai khoan google play cua toi, lam sao xin hoan tien",
     "in_app_spending", "nd"),
    ("e lỡ nạp game bằng thẻ của ba mấy triệu r, có cách nào lấy lại tiền ko",
     "in_app_spending", "tc"),
    ("my son spent $300 on in-app purchases on my iPad, can I get a refund from Apple?",
     "in_app_spending", "en"),
    ("anak saya belanja di game pakai kartu kredit saya sampai jutaan, bisa minta refund?",
     "in_app_spending", "id"),
    # stalking: follows across accounts, knows where they live
    ("Có người cứ lập tài khoản mới để nhắn tin cho con tôi dù con đã chặn, còn biết nhà chúng "
     "tôi ở đâu", "stalking", "vi"),
    ("co nguoi cu theo doi con toi tren moi mang xa hoi, chan roi lai lap nick moi",
     "stalking", "nd"),
    ("có thằng cứ lập nick mới nhắn e dù e chặn r, nó còn bik nhà e ở đâu", "stalking", "tc"),
    ("a guy keeps making new accounts to message my daughter after she blocks him and he knows "
     "our address", "stalking", "en"),
    ("ada orang yang terus bikin akun baru buat ngirim pesan ke anak saya padahal sudah diblokir",
     "stalking", "id"),
]
# A child gone or a stalker who knows the address is danger now: the broad urgent answer is
# as right as the special one (the special one is then its first button).
ALSO_RIGHT = {"missing_child": "urgent_help", "stalking": "urgent_help"}


@pytest.mark.parametrize("text, topic, style", CASES, ids=[f"{t}-{s}" for _, t, s in CASES])
def test_each_new_topic_is_answered_in_each_style(snapshot, text, topic, style):
    lang = "vi" if style in ("vi", "nd", "tc") else style
    reply = compose(snapshot, text, lang, None)
    assert reply.topic in (topic, ALSO_RIGHT.get(topic)), (reply.topic, reply.kind)
    buttons = [b.action for b in reply.buttons]
    assert reply.topic == topic or f"topic:{topic}" in buttons
    if snapshot.content.topics[topic].urgent and reply.urgent:
        assert "111" in reply.text.splitlines()[0] or "113" in reply.text.splitlines()[0]


@pytest.mark.parametrize(("text", "topic"), [
    ("how do i stop my 8 year old spending money on roblox?", "in_app_spending"),
    # followed home once, months ago: the stalking steps, not "your child is missing now"
    ("a few months back a man followed my son home from school, it stopped after we told the "
     "school. should we still be careful?", "stalking"),
])
def test_a_plain_english_worry_is_answered_by_its_new_topic(snapshot, text, topic):
    reply = compose(snapshot, text, "en", None)
    assert reply.topic == topic and reply.kind == "answer" and not reply.urgent


@pytest.mark.parametrize(("text", "lang", "topic"), [
    # words of danger inside quote marks, sent by someone the writer names: theirs, not the writer's
    ("Tôi là cô giáo chủ nhiệm. Một em trong lớp vừa nhắn cho tôi: 'cô ơi em uống hết lọ thuốc "
     "của bà rồi, em xin lỗi'. Tôi phải làm gì?", "vi", "friend_at_risk"),
    ('Coach here. One of my players just messaged me: "I took all the pills in the cabinet, '
     'sorry for everything". What do I do first?', "en", "friend_at_risk"),
    ('Murid saya barusan kirim pesan: "bu, aku udah minum semua obat di laci, maaf ya". Saya '
     "harus apa?", "id", "friend_at_risk"),
    # a pasted chat: the danger is in the lines of someone labelled as another person
    ("nó: t nuốt hết lọ thuốc r. t: m nói thật à?? nó: thật mà, buồn ngủ lắm. xong nó off luôn",
     "vi", "friend_at_risk"),
    ("her: i cant do this anymore, the pills are right here. me: where are you?? her: doesnt "
     "matter. shes my best friend, what do i do", "en", "friend_at_risk"),
    # the same chat with the writer's own child, who calls them "mẹ": the child's danger
    ("Tôi: con đâu rồi? Nó: con nuốt hết lọ thuốc rồi mẹ ơi. Giờ không nghe máy", "vi",
     "self_harm"),
])
def test_danger_in_someone_elses_words_is_theirs(snapshot, text, lang, topic):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == topic
    assert "111" in reply.text.split("\n")[0]


@pytest.mark.parametrize(("text", "lang"), [
    # the reader's own child quoted: their child's danger, never the answer for a friend
    ('My daughter just texted me: "I took all the pills in the cabinet, sorry mom". What do I do?',
     "en"),
    ("Con trai tôi vừa nhắn: 'bố ơi con uống hết lọ thuốc rồi'. Tôi phải làm gì?", "vi"),
    ("Anak saya kirim pesan 'maaf ma, aku udah minum semua obat', adiknya bilang pintunya dikunci",
     "id"),
])
def test_a_childs_own_words_quoted_by_the_parent_stay_the_childs(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic != "friend_at_risk"

