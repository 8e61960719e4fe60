from bot.unanswered import group_similar


def test_similar_questions_group_together_biggest_first():
    texts = ["cach xoa tai khoan tiktok", "weather in hanoi tomorrow",
             "Cách xóa tài khoản TikTok?", "xoa tai khoan tiktok the nao",
             "weather hanoi tomorrow?"]
    groups = group_similar(texts)
    assert [g.size for g in groups] == [3, 2]
    assert groups[0].sample == "cach xoa tai khoan tiktok"
    assert set(groups[1].texts) == {"weather in hanoi tomorrow", "weather hanoi tomorrow?"}


def test_nothing_kept_gives_no_groups():
    assert group_similar([]) == []
