"""The core's promises, checked on the shipped content."""

from dataclasses import replace

import pytest

from bot.reply import HOTLINE_ACTION, _all_dangers, _sentences_agree, compose, topic_reply
from bot.snapshot import Snapshot


@pytest.mark.parametrize(("text", "lang"), [
    ("Có người lạ đang đứng chờ con tôi trước cổng nhà và đe dọa", "vi"),
    ("em muon chet", "vi"),
    ("A man is threatening my daughter right now", "en"),
    ("Saya ingin bunuh diri", "id"),
    ("hắn dọa tung ảnh nóng của em nếu em ko chuyển tiền", "vi"),
])
def test_danger_now_opens_with_111_in_every_language(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent
    assert reply.lang == lang
    assert "111" in reply.text.splitlines()[0]
    assert reply.buttons[0].action == HOTLINE_ACTION


def test_crisis_inside_an_ordinary_topic_still_puts_111_first(snapshot):
    reply = compose(snapshot, "Con tôi đi gặp bạn quen qua game, giờ đang gặp nguy hiểm", "vi",
                    None)
    assert reply.urgent
    assert "111" in reply.text.splitlines()[0]


def test_out_of_scope_is_not_answered_confidently(snapshot):
    reply = compose(snapshot, "Công thức nấu phở bò ngon", "vi", None)
    assert reply.topic is None
    assert reply.kind in ("fallback", "suggest")
    assert "111" in reply.text
    assert any(b.action == HOTLINE_ACTION for b in reply.buttons)


def test_confident_answer_carries_related_topics_and_hotline(snapshot):
    reply = compose(snapshot, "Làm sao để báo cáo một video xấu trên TikTok?", "vi", None)
    assert reply.kind == "answer" and reply.topic == "report_tiktok"
    actions = [b.action for b in reply.buttons]
    assert actions[0] == HOTLINE_ACTION
    assert any(a.startswith("topic:") for a in actions[1:])


def test_unsure_match_offers_at_most_three_topics(snapshot):
    replies = [compose(snapshot, text, "vi", None) for text in
               ("mạng", "tài khoản", "ảnh", "con tôi", "báo cáo")]
    suggesting = [r for r in replies if r.kind == "suggest"]
    assert suggesting, [r.kind for r in replies]
    for reply in suggesting:
        assert 1 <= len(reply.suggestions) <= 3
        assert reply.topic is None


def test_reply_is_in_the_language_of_the_message(snapshot):
    assert compose(snapshot, "how do I block someone on instagram", "vi", None).lang == "en"
    assert compose(snapshot, "cara blokir orang di instagram", "vi", None).lang == "id"
    assert compose(snapshot, "chặn người lạ trên zalo", "en", None).lang == "vi"


def test_audience_changes_the_wording_where_the_content_has_variants(snapshot):
    topic = next(t for t in snapshot.content.topics.values() if t.parent and t.teen)
    parent = topic_reply(snapshot, topic.id, "vi", "parent")
    teen = topic_reply(snapshot, topic.id, "vi", "teen")
    assert parent.text != teen.text


def test_every_answer_in_every_language_names_111(snapshot):
    for topic in snapshot.content.topics.values():
        for lang in ("vi", "en", "id"):
            for audience in (None, "parent", "teen"):
                assert "111" in topic.text_for(lang, audience), (topic.id, lang, audience)


def test_a_story_is_answered_when_its_one_clear_sentence_agrees_with_the_whole(snapshot):
    """Context sentences pull the whole message's score down; the sentence that asks decides."""
    story = ("Nhà tôi có hai đứa, đứa lớn lớp 9, đứa bé lớp 4. Cả hai được dùng máy tính bảng "
             "sau giờ học để học tiếng Anh nhưng giờ đứa nào cũng xem video tới tối. Thu máy thì "
             "chúng khóc lóc, cả nhà cãi nhau suốt. Có cách nào cài để iPad tự khóa khi hết giờ "
             "không?")
    whole = snapshot.index.match(snapshot.index.prepare(story, "vi"))
    assert whole.topic is None, "the whole story alone should not be sure; pick a harder one"
    reply = compose(snapshot, story, "vi", None)
    assert (reply.kind, reply.topic) == ("answer", "screen_time")


def test_a_story_whose_sentences_point_two_ways_is_not_settled_by_its_sentences(snapshot):
    story = ("Con tôi 12 tuổi. Có người lạ trên Roblox cứ nhắn tin đòi ảnh của cháu. "
             "Tối nào cháu cũng chơi game tới 2 giờ sáng.")
    whole = snapshot.index.match(snapshot.index.prepare(story, "vi"))
    assert _sentences_agree(snapshot, story, whole, "vi") is None


def test_neighbouring_leaders_answer_the_first_when_both_lead_the_rest(snapshot):
    """harmful_content and report_youtube list each other as related: close between them, far
    ahead of the third, the first is answered (the second follows as a button)."""
    index = snapshot.index
    assert ("harmful_content", "report_youtube") in index.neighbours
    close_pair = (("harmful_content", 0.60), ("report_youtube", 0.58), ("screen_time", 0.30))
    assert index._decide(close_pair, 5.0) == "harmful_content"
    strangers = (("harmful_content", 0.60), ("scam_phishing", 0.58), ("screen_time", 0.30))
    assert index._decide(strangers, 5.0) is None


@pytest.mark.parametrize("text, lang", [
    ("bạn thân em vừa nhắn là nó muốn chết, em phải làm gì", "vi"),
    ("my best friend just told me she wants to kill herself tonight", "en"),
    ("sahabatku bilang dia pengen bunuh diri, aku harus gimana", "id"),
    ("I think my friend wants to kill herself", "en"),
    ("my friend sent me a pic of pills. she said goodbye and now she's not picking up", "en"),
    ("bạn em nói muốn chết, em sợ quá", "vi"),
    ('Bạn em nhắn: "tao đang đứng trên sân thượng, tạm biệt mày". Em phải làm gì', "vi"),
    ("Anak saya cerita temannya sering melukai diri sendiri pakai cutter", "id"),
    ('my cousin just messaged me "i want to die, tell mum i love her" and won\'t pick up', "en"),
    ("đứa ngồi cạnh em trong lớp cứ lấy dao rọc giấy cứa tay, em không dám nói", "vi"),
    # a teacher or coach about a pupil ("lớp tôi" is my class, not the reader speaking)
    ("lớp tôi chủ nhiệm có một em tự rạch tay, tôi nên làm gì", "vi"),
    ("I coach a junior team and one of my boys says he wants to kill himself", "en"),
    ("Saya guru, salah satu siswa di kelas saya bilang ingin bunuh diri", "id"),
    # the friend's own words quoted with single quotes: their "I", not the reader's
    ("bạn thân em đăng status 'mình mệt rồi, không muốn sống nữa', em phải làm sao", "vi"),
    ("my cousin posted 'sorry for everything, look after my dog' and now she isnt answering",
     "en"),
    ("temanku chat 'maaf sudah jadi beban' terus hpnya gak aktif", "id"),
    ("my classmate wrote an essay about his own funeral and seems really calm about it", "en"),
    ("my classmate is sitting on the edge of the roof of our dorm and won't come down", "en"),
    ("temanku duduk di pinggir atap gedung sekolah dan nggak mau turun", "id"),
])
def test_a_friend_in_danger_is_answered_for_the_friend(snapshot, text, lang):
    """Another person named before the danger words is the one at risk, unless the reader then
    speaks of themselves or the story is about the reader's own child (the next test)."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == "friend_at_risk", (reply.topic, reply.text[:80])
    assert "111" in reply.text.splitlines()[0]
    assert "topic:self_harm" in [b.action for b in reply.buttons]


@pytest.mark.parametrize("text, lang", [
    ("em muốn chết, bạn em chẳng ai hiểu em", "vi"),
    ("em hay tu lam dau ban than", "vi"),  # "bản thân" (oneself), not "bạn thân" (a friend)
    ("aku suka nyilet tangan, temanku tidak tahu", "id"),
    ("I want to die, my friends don't even notice me", "en"),
    ("aku pengen mati aja, temanku ga ada yang peduli", "id"),
    ("my best friend left me and i want to die", "en"),
    ("my friend said i should kill myself", "en"),
    ("anak saya bilang dia capek hidup dan mau mengakhiri semuanya", "id"),
    ("my sister says im a burden, i want to kill myself", "en"),
    ("em muốn chết, bạn thân cũng bỏ em rồi", "vi"),
    ("con gái tôi cãi nhau với bạn thân, tối nay nó nói muốn chết", "vi"),
    ("con gái tôi khóc cả tối, nó nói muốn chết", "vi"),
    ("My son texted his friends goodbye and gave away his guitar", "en"),
])
def test_the_readers_own_danger_keeps_the_self_harm_answer(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == "self_harm", (reply.topic, reply.text[:80])


@pytest.mark.parametrize("text, lang", [
    ("co thang nao dung truoc cong nha toi tu chieu, nhan tin cho con gai toi la biet nha "
     "o dau. gio no van dung do", "vi"),
    ("there's a guy outside my house right now, he keeps making new accounts after i block "
     "him and just sent me a photo of our front door", "en"),
])
def test_a_person_waiting_outside_gets_the_stalking_steps_not_the_broad_ones(snapshot, text,
                                                                            lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == "stalking"
    assert "111" in reply.text.splitlines()[0] and "113" in reply.text
    assert "topic:urgent_help" in [b.action for b in reply.buttons]


def test_a_teen_held_somewhere_is_not_answered_as_a_missing_child(snapshot):
    text = ("I'm at a karaoke bar and the man who offered me a job won't let me leave, he took "
            "my ID and my phone is almost dead")
    reply = compose(snapshot, text, "en", None)
    assert reply.urgent and reply.topic == "urgent_help"




@pytest.mark.parametrize(("text", "lang"), [
    ("Ma aku pamit ke warung dulu ya, nanti hp aku gak aktif soalnya lowbat", "id"),
])
def test_leave_to_go_out_is_not_a_farewell(snapshot, text, lang):
    """"pamit" is also asking leave to go to the shop: a goodbye needs more than that."""
    assert snapshot.crisis.assess(text).hit is None



def test_a_stranger_at_the_gate_while_a_teen_is_home_alone_gets_the_stalking_steps(snapshot):
    reply = compose(snapshot, "e sợ lắm, có 1 ông cứ đứng trước cổng nhà e từ chiều, ổng nhắn "
                    "biết e ở nhà 1 mình", "vi", "teen")
    assert reply.urgent and reply.topic == "stalking"
    assert "113" in reply.text.splitlines()[0]


@pytest.mark.parametrize(("text", "lang"), [
    ("Tao da quay lai cuoc goi video hom qua. Neu may khong chuyen tien thi tao dang len nhom "
     "truong", "vi"),
    ("Aku udah rekam video call kita, transfer sekarang atau aku sebar", "id"),
    # the threat said without "post" or "share"
    ("nó nhắn: tao có hết ảnh của mày rồi, muốn tao xóa thì chuyển 1 triệu", "vi"),
    ("if i block him the photos go to my dad and my whole class he says", "en"),
])
def test_a_threat_over_images_is_sextortion(snapshot, text, lang):
    reply = compose(snapshot, text, lang, "teen")
    assert reply.urgent and reply.topic == "sextortion", (reply.kind, reply.topic)


def test_a_story_whose_every_guess_is_a_danger_opens_with_111(snapshot):
    """No cue fires and no topic leads clearly, but the guesses are self-harm and a missing
    child: whichever it is, the hotline comes first."""
    text = ("my son has been giving away his games to friends and this evening he is nowhere in "
            "the house and his bike is gone too, the back door was open")
    assert snapshot.crisis.assess(text).hit is None
    reply = compose(snapshot, text, "en", None)
    assert reply.kind == "suggest" and reply.urgent
    assert all(snapshot.content.topics[t].urgent for t in reply.suggestions)
    assert "111" in reply.text.split("\n")[0]


def test_a_pick_up_plan_guessed_as_one_dangers_special_cases_gets_no_banner(snapshot):
    """A missing child, a stalker and 'a child in danger' are one danger and its special cases:
    the words of every pick-up, no alarm."""
    assert not _all_dangers(snapshot, ("missing_child", "stalking", "urgent_help"))
    assert _all_dangers(snapshot, ("self_harm", "missing_child"))


@pytest.mark.parametrize(("text", "lang"), [
    ("hi. i dont really know why im writing this. nobody would notice if i was gone. "
     "thanks for reading", "en"),
    ("Mình viết mấy dòng này vì không biết nói với ai. Cảm ơn vì đã đọc.", "vi"),
])
def test_a_pleasantry_is_never_offered_beside_a_frightened_message(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    offered = {b.action for b in reply.buttons} | {f"topic:{t}" for t in reply.suggestions}
    assert reply.topic not in ("thanks", "greeting")
    assert not offered & {"topic:thanks", "topic:greeting"}, offered


def test_no_tour_of_the_bot_under_an_urgent_reply(snapshot):
    """"Where are you??" in a pasted chat reads to the ranking like a question about the bot;
    a niece on the road to the border needs the police, not "About this bot"."""
    text = ("Me: where are you?? Her: almost at the border, Linhs cousin says the restaurant "
            "job is ready. Me: who is driving? Her: some guy, he has my ID card now, its fine.")
    reply = compose(snapshot, text, "en", None)
    assert reply.urgent and "topic:about_bot" not in {b.action for b in reply.buttons}
    ui = replace(snapshot.content.ui, not_under_danger=())
    unlisted = Snapshot.build(replace(snapshot.content, ui=ui))
    assert "topic:about_bot" in {b.action for b in compose(unlisted, text, "en", None).buttons}


def test_a_threat_to_post_images_stays_sextortion_whatever_the_ranking_prefers(snapshot):
    """"You think deleting it ends this?" reads like despair to the ranking; the cue says a
    threat to post the images, a danger with no broader case the ranking may know better."""
    reply = compose(snapshot, "m nghĩ m xóa tin nhắn là xong hả? ảnh m gửi t vẫn lưu hết đó. tối "
                    "nay 9h mà ko nạp 2tr vào tk này thì cả lớp m sẽ thấy. kể vs ai là t đăng "
                    "liền, ko giỡn đâu", "vi", None)
    assert reply.urgent and reply.topic == "sextortion"


def test_a_danger_nobody_told_of_is_not_offered(snapshot):
    """A beating at home is not a missing child: an urgent topic the message is not close to
    frightens and crowds the phone; the broad danger of a special case stays a tap away."""
    reply = compose(snapshot, "my moms boyfriend is drunk and hitting her and now hes coming for "
                    "me and my little brother. were hiding in the closet. im 11", "en", None)
    actions = [b.action for b in reply.buttons]
    assert reply.urgent and "topic:missing_child" not in actions
    assert "topic:stalking" not in actions


@pytest.mark.parametrize(("lang", "audience"), [("vi", "parent"), ("vi", "teen"), ("en", None),
                                                ("id", "parent"), ("id", "teen")])
def test_an_unsure_reply_near_danger_still_gives_a_first_step(snapshot, lang, audience):
    text = {"vi": "con bé khóc nhiều lắm, không chịu nói ai nhắn tin, tôi sợ lắm",
            "en": "everything feels pointless lately and i keep thinking everyone would be "
                  "fine without me around",
            "id": "anak saya nangis terus dari tadi, gak mau bilang siapa yang chat dia, saya "
                  "takut banget"}[lang]
    reply = compose(snapshot, text, lang, audience)
    assert reply.kind == "suggest" and reply.urgent
    police = {"vi": "113", "en": "113", "id": "110"}[lang]
    assert police in reply.text.split("\n\n", 1)[1]


def test_a_quoted_line_is_no_second_question(snapshot):
    """"He wrote 'see you at the gate this afternoon'" is his words, not the reader asking
    about in-app purchases."""
    reply = compose(snapshot, "akun gak dikenal kirim foto rumahku sama foto aku di kantin "
                    "sekolah tadi. katanya 'nanti sore aku tunggu di gerbang ya'. udah aku blok "
                    "tapi dia bikin akun baru terus", "id", None)
    assert reply.urgent and reply.topic == "stalking"
    assert all(b.action != "topic:in_app_spending" for b in reply.buttons)


def test_a_friend_answer_with_nobody_named_is_the_writers_own_danger(snapshot):
    reply = compose(snapshot, "Em uong may vien thuoc giam dau roi, khoang 20 vien, tai em ghet "
                    "ban than qua. Gio bung hoi dau. Co can noi voi ai khong hay ngu mot giac "
                    "la het?", "vi", None)
    assert reply.urgent and reply.topic == "self_harm"


def test_a_drunk_cousin_breaking_in_is_danger_at_home_not_a_stalker(snapshot):
    """The cue named a person banging on the door (stalking); the whole message is clearly
    about someone at home breaking in."""
    reply = compose(snapshot, "ae ơi cứu t vs, thằng anh họ say xỉn đang đập cửa phòng t đòi "
                    "vào, t chốt cửa r mà nó bảo phá cửa 😭😭 nhà ko có ai", "vi", None)
    assert reply.urgent and reply.topic == "urgent_help"


@pytest.mark.parametrize(("text", "lang"), [
    ("học sinh lớp tôi nhắn là đang trên xe khách đi cùng một chị quen trên mạng hứa việc làm, "
     "chị ấy vừa thu hết điện thoại của cả nhóm, em ấy sợ lắm", "vi"),
    ("my cousin texted from a van, the woman who offered them jobs took everyone's phones and "
     "she's scared", "en"),
    ("adikku naik travel sama orang yang janjiin kerja, barusan semua hp diambil, dia takut",
     "id"),
])
def test_a_job_trip_where_the_phones_were_taken_is_danger_now(snapshot, text, lang):
    """Trafficking told as it happens: not a job-offer question to read for scam signs."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and "111" in reply.text.splitlines()[0]


@pytest.mark.parametrize(("text", "lang"), [
    ("bé nhà hàng xóm ngã xuống ao, vớt lên rồi mà môi tím, không khóc", "vi"),
    ("my nephew fell into the pond, we pulled him out of the water but his lips are blue and "
     "he's limp", "en"),
    ("adikku kecebur kolam renang, udah diangkat tapi bibirnya biru dan lemas", "id"),
])
def test_a_child_pulled_from_water_gets_the_ambulance_first(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == "urgent_help"
    assert "115" in reply.text.splitlines()[0]


def test_a_pleas_quote_in_a_story_does_not_turn_the_story_into_a_scam_check(snapshot):
    """The sister's "cứu c" is quoted; "việc nhẹ lương cao" is the writer's own account of how
    she was lured, not a message to read for signs. The danger steps stand alone."""
    text = ('anh trai e 17t sang campuchia làm theo 1 ng quen trên fb bảo việc nhẹ lương cao, '
            'sáng nay a nhắn "ở đây bị thu hộ chiếu r, cứu a" xong mất liên lạc luôn')
    reply = compose(snapshot, text, "vi", None)
    assert reply.urgent
    assert not reply.scam_warning
    assert "🚩" not in reply.text


def test_signs_inside_the_quote_are_still_read_in_an_urgent_story(snapshot):
    text = ('con gái tôi vừa nhận tin nhắn "chuyển 5 triệu trong 1 giờ nữa không tao gửi ảnh '
            'nóng của mày cho cả lớp", nó đang khóc')
    reply = compose(snapshot, text, "vi", None)
    assert reply.urgent
    assert "🚩" in reply.text


def test_a_self_introduction_is_no_second_request_beside_a_danger(snapshot):
    """'I'm the form teacher of class 8' scores high on screen time (teachers ask about it),
    but barely ahead of two other topics: no screen-time button on a suicide reply."""
    text = ("Tôi là giáo viên chủ nhiệm lớp 8. Tối nay một học sinh nhắn cho tôi: 'cô ơi em xin "
            "lỗi, từ mai cô không phải lo cho em nữa'. Tôi gọi lại thì em không nghe máy.")
    reply = compose(snapshot, text, "vi", None)
    assert reply.urgent
    assert "topic:screen_time" not in [b.action for b in reply.buttons]


@pytest.mark.parametrize(("text", "lang", "topic"), [
    ("is it ok to let my 12yo have instagram if i follow her account", "en", "age_requirements"),
    ("có nên cho con 11 tuổi dùng tiktok không", "vi", "age_requirements"),
    ("anak saya 11 tahun boleh punya instagram gak", "id", "age_requirements"),
    ("my 11 year old says someone in fortnite offered her vbucks if she sends a pic in her "
     "swimsuit, what should i do", "en", "grooming"),
    ("gimana cara ngatur screen time anak", "id", "screen_time"),
    # friends leaving a teen out is bullying, not a friend in danger
    ("the girls i sit with at lunch made a snap group without me, what do i do", "en",
     "cyberbullying"),
    ("đứa bạn thân nhất bơ em mấy hôm nay, cả nhóm cũng không rủ em đi chơi nữa, em phải làm sao",
     "vi", "cyberbullying"),
    ("sahabatku tiba2 nge-unfollow aku dan satu geng ikut ngejauhin, aku harus gimana", "id",
     "cyberbullying"),
    # signing off to the bot is no child gone missing
    ("aku pamit dulu ya, mau tidur", "id", "thanks"),
    ("ok bye, going to sleep", "en", "thanks"),
    # thanks after a fright that came to nothing is thanks, not an alarm
    ("thanks, my daughter is home safe now, she was at her cousin's", "en", "thanks"),
    ("cảm ơn bạn, con tôi về nhà an toàn rồi", "vi", "thanks"),
    # "pamit main" is leave asked to go and play; the friend in it is where the child never came
    ("anak saya pamit main ke rumah temen dari jam 2 siang, sekarang udah jam 10 malam, hpnya "
     "mati, temennya bilang dia gak pernah dateng", "id", "missing_child"),
])
def test_everyday_questions_said_plainly_get_their_topic(snapshot, text, lang, topic):
    """Wordings of my own that got an unsure reply or another topic (review rounds)."""
    assert compose(snapshot, text, lang, None).topic == topic


@pytest.mark.parametrize(("text", "lang", "topic"), [
    ("my nephew (6) keeps getting weird cartoon videos on youtube kids where they hurt each "
     "other, isnt that app meant to be safe", "en", "harmful_content"),
    ("Bagaimana cara mengatur Family Link supaya anak saya tidak bisa unduh aplikasi sendiri?",
     "id", "parental_controls"),
])
def test_a_named_app_question_gets_its_topic(snapshot, text, lang, topic):
    assert compose(snapshot, text, lang, None).topic == topic


def test_a_friends_goodbye_that_thanks_the_reader_is_the_friends_danger(snapshot):
    """"cảm ơn em", "dặn em": the reader is the one thanked, not the one in danger."""
    reply = compose(snapshot, "Bạn thân em vừa nhắn cảm ơn em vì mấy năm làm bạn, dặn em nuôi hộ "
                    "con chó, rồi tắt máy. Em gọi không được.", "vi", None)
    assert reply.urgent and reply.topic == "friend_at_risk"


@pytest.mark.parametrize("text", ["Ok em", "ok e", "Bố xong chưa"])
def test_a_few_common_words_are_never_answered_as_a_topic(snapshot, text):
    """"ok" is "được": a pair of common words is rare in the examples, not a subject; "e" is
    the Vietnamese chat word for "em", so the reply stays in Vietnamese."""
    reply = compose(snapshot, text, "vi", None)
    assert not reply.urgent and reply.topic is None and reply.lang == "vi"


@pytest.mark.parametrize(("text", "lang", "topic"), [
    ("cảm ơn", "vi", "thanks"), ("roblox report", "en", "report_games"),
    ("Perundungan siber", "id", "cyberbullying")])
def test_small_talk_and_a_sure_pair_of_words_are_still_answered(snapshot, text, lang, topic):
    assert compose(snapshot, text, lang, None).topic == topic


def test_a_danger_read_from_one_sentence_needs_the_whole_to_lead_for_it(snapshot):
    """A child's 'I'll be late, dad picks me up at the gate at 6' ranks a missing child and a
    stalker alike: no danger answer and no alarm from one sentence's say."""
    text = ("mẹ ơi con đến nơi r, xe buýt trễ xíu. chiều con về trễ vì ở lại tập văn nghệ, 6h bố "
            "đón con ở cổng trường nha")
    assert not compose(snapshot, text, "vi", None).urgent


def test_a_friends_danger_told_as_past_gets_the_friends_answer(snapshot):
    """Unsure between self-harm and a friend at risk, a story told as past with a friend named
    was "not sure" with self-harm first."""
    reply = compose(snapshot, "năm ngoái thằng bạn t từng nói muốn chết, giờ nó ổn rồi. t chỉ "
                              "muốn biết dấu hiệu để để ý bạn bè", "vi", None)
    assert reply.topic == "friend_at_risk" and not reply.urgent


def test_the_writers_own_goodbye_naming_a_sibling_is_not_the_friends_answer(snapshot):
    """Told now, not as past: the letters and the things given away are the writer's own."""
    text = ("Aku udah nulis surat buat mama dan kakak, udah aku taruh di meja belajar. "
            "Baju-bajuku udah aku bagiin ke adik. Malam ini aku mau pergi dengan tenang.")
    reply = compose(snapshot, text, "id", None)
    assert reply.urgent and reply.topic != "friend_at_risk"


def test_a_pasted_notice_that_closes_with_thanks_is_not_thanked_back(snapshot):
    """A school's group invitation or a bank's credit notice signed "Terima kasih" was answered
    "sama-sama, senang bisa membantu": its courtesy is the sender's, not the reader's thanks."""
    text = ("Pengumuman SMP Negeri 2: Pembayaran uang study tour Rp150.000 dapat diserahkan ke "
            "wali kelas masing-masing mulai Rabu. Terima kasih.")
    reply = compose(snapshot, text, "id", None)
    assert reply.topic != "thanks"
    assert snapshot.content.topics["thanks"].text_for("id", None) not in reply.text
    assert compose(snapshot, "terima kasih banyak ya, sangat membantu", "id", None).topic \
        == "thanks"


def test_a_bare_what_do_i_do_now_adds_no_second_topic_button(snapshot):
    """"Apa yang harus saya lakukan sekarang?" asks about the danger itself; it matched the
    hacked-account examples and put "Akun dibajak" under a self-harm answer."""
    reply = compose(snapshot, "Video pribadi anak saya disebar ke grup sekolah. Sekarang dia "
                    "mengunci diri di kamar mandi, bilang mau mati saja. Apa yang harus saya "
                    "lakukan sekarang?", "id", "parent")
    assert reply.urgent and reply.topic == "self_harm"
    assert "topic:account_hacked" not in [b.action for b in reply.buttons]


@pytest.mark.parametrize(("text", "lang"), [
    ("what is sextortion?", "en"),
    ("apa itu sextortion?", "id"),
    ("sextortion là gì vậy", "vi"),
])
def test_a_danger_word_shared_by_languages_keeps_the_message_language(snapshot, text, lang):
    """"sextortion" is a cue in more than one language: the reader's own language answers.
    Asked what the word means it is not danger now (46h), and the topic still leads."""
    reply = compose(snapshot, text, "vi", None)
    assert not reply.urgent
    assert reply.topic == "sextortion" or reply.suggestions[:1] == ("sextortion",)
    assert reply.lang == lang


def test_a_pasted_senders_voice_is_not_the_readers(snapshot):
    """A grandmother pastes a message that speaks as "em": the steps are for an adult, not a
    child told to show it to a parent."""
    text = ('moi nhan dc tin zalo nay, de ten la co giao chu nhiem cua chau. co that ko a: '
            '"Chi oi em la co chu nhiem lop 4A day a. Chau bi nga dang o benh vien, chi chuyen '
            'truoc 12 trieu vao STK 0123456789 de lam thu tuc mo gap nhe, em dang o day voi chau"')
    reply = compose(snapshot, text, "vi", None)
    assert reply.scam_warning
    assert "bố mẹ" not in reply.text


def test_the_signs_shown_from_a_quoted_message_are_the_messages_own(snapshot):
    """A parent's story around the quote ("she already sent her full name and address") was
    shown back as the scam asking for personal data; a story quoting only a few words keeps
    the signs it tells."""
    pasted = ('Anak saya dapat pesan WA ini, apakah ini asli? "SELAMAT!! Nomor Anda terpilih '
              'sebagai PEMENANG undian dengan hadiah motor. Untuk klaim hadiah silahkan transfer '
              'biaya administrasi Rp 750.000 ke rek BRI. Info: bit.ly/klaim-hadiah" Anak saya '
              'sudah sempat kirim nama lengkap dan alamat rumah ke nomor itu.')
    reply = compose(snapshot, pasted, "id", None)
    assert reply.scam_warning and "personal_data_request" in reply.flags
    assert "nama lengkap" not in reply.text.split("Yang perlu dilakukan")[0]
    assert "🚩" in reply.text
    story = ('Có trang Facebook "tuyển mẫu ảnh teen" nhắn cho con gái tôi 16 tuổi, đòi gửi ảnh '
             'CCCD, ảnh toàn thân và đặt cọc 2 triệu "phí hồ sơ". Có phải lừa đảo không?')
    signs = compose(snapshot, story, "vi", None).text.split("⚠️")[-1]
    assert "ảnh cccd" in signs and "cọc 2 triệu" in signs


def test_a_frightened_asker_hears_first_that_asking_was_right(snapshot):
    quote = ('"Phụ huynh chú ý: cháu bị tai nạn đang cấp cứu, chuyển gấp 15 triệu vào STK '
             '0123456789 để bệnh viện làm thủ tục mổ ngay."')
    calm = snapshot.content.scam.text("calm_first", "vi")
    scared = compose(snapshot, f"Tin này có thật không, tôi sợ quá: {quote}", "vi", None)
    plain = compose(snapshot, f"Tin này có thật không: {quote}", "vi", None)
    assert scared.scam_warning and plain.scam_warning
    assert scared.text.startswith(calm) and calm not in plain.text


def test_a_long_story_with_a_second_question_names_it_under_the_answer(snapshot):
    """A grandmother asking about game charges and, at the end, how many hours of screen a
    day is normal heard nothing about the hours: the second question's topic is named and
    its button comes first."""
    story = ("Good evening. My daughter works abroad so her son lives with me, he is 11 and "
             "mostly a good boy. This week the bank sent me a statement with twenty small "
             "charges from Google Play, about 2 million dong in all, for things in a football "
             "game on his tablet. He said he did not know it was real money and I believe him. "
             "I just want to stop it happening again and see if any of it comes back. I am not "
             "good with phones and his mother is too far away to help with this. Also he "
             "stays on the tablet until midnight most days, how many hours a day is normal for "
             "a boy of 11?")
    reply = compose(snapshot, story, "en", None)
    title = snapshot.content.topics["screen_time"].title_for("en")
    assert reply.topic == "in_app_spending"
    assert reply.text.endswith(snapshot.content.ui.text("also_asked", "en", topic=title))
    assert reply.buttons[1].action == "topic:screen_time"
    one = story.rsplit(" Also", 1)[0]
    assert "also asked" not in compose(snapshot, one, "en", None).text


def test_a_cousin_flying_abroad_for_work_is_not_read_as_sextortion(snapshot):
    """"terbang" (to fly) once lost its "ter" as a prefix and met "bang" (what a teen calls an
    older man) in the sextortion examples: a trip abroad for a job was answered as
    sextortion, with its deadline steps."""
    reply = compose(snapshot, "Sepupu saya 16 tahun besok pagi terbang ke Atlantis, katanya "
                    "kerja di restoran.", "id", None)
    assert reply.topic == "trafficking_job_offer", reply.topic
