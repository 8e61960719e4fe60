"""The red-flag reader on the shipped content: signs named with their words, a verdict that
spares genuine notices, and the chat reply around it."""

import pytest

from bot.reply import Reply, check_reply, compose

SCAM_SMS = {
    "vi": "Vietcombank: Tài khoản của Quý khách sẽ bị khóa trong 24h. Vui lòng đăng nhập tại "
          "vietcombank-xacminh.top và nhập mật khẩu để xác thực.",
    "nd": "MoMo: Vi cua ban bi tam khoa. Nhap ma OTP vua nhan tai momo-hotro.vip/xacnhan "
          "truoc 23h59 hom nay de mo lai.",
    "en": "Your parcel is on hold. Pay the 2 USD redelivery fee within 24 hours at "
          "bit.ly/parcel-fee or it will be returned.",
    "id": "Selamat! Anda terpilih sebagai pemenang undian Rp 50.000.000. Transfer biaya admin "
          "Rp 250.000 dulu untuk klaim hadiah, hubungi WA 08xx.",
}


def _first_topic(reply: Reply) -> str | None:
    """The topic answered, or the first topic offered as a button."""
    return reply.topic or next((b.action.split(":", 1)[1] for b in reply.buttons
                                if b.action.startswith("topic:")), None)


@pytest.mark.parametrize("style", sorted(SCAM_SMS))
def test_a_pasted_scam_is_warned_with_the_words_that_show_it(snapshot, style):
    reading = snapshot.redflags.read(SCAM_SMS[style])
    assert reading.warning, reading
    for flag in reading.flags:
        assert flag.evidence.strip(), flag


@pytest.mark.parametrize(("text", "flag"), [
    ("Vui lòng đọc mã OTP vừa nhận cho nhân viên để hủy giao dịch", "otp_request"),
    ("Send me the verification code you just got", "otp_request"),
    ("Kirim kode OTP yang baru masuk ke HP kamu", "otp_request"),
    ("Nhập tên đăng nhập và mật khẩu tại đây để nhận quà", "password_request"),
    ("Enter your password to keep your account", "password_request"),
    ("vao techcombank-baomat.vip de xac nhan", "lookalike_domain"),
    ("claim at bit.ly/free-gift", "short_link"),
    ("Tặng 9999 kim cương miễn phí cho mọi tài khoản", "free_game_items"),
    ("Giữ bí mật chuyện này, đừng nói với bố mẹ nhé", "secrecy"),
    ("Download the app and share your screen so we can help", "app_install"),
    ("Gửi ảnh CCCD 2 mặt để xác thực", "personal_data_request"),
    ("Kết bạn Zalo 09xx để được hướng dẫn", "moves_off_platform"),
])
def test_each_sign_is_found_in_each_language(snapshot, text, flag):
    assert flag in snapshot.redflags.read(text).ids


@pytest.mark.parametrize("text", [
    "Ma OTP cua Quy khach la 482915. KHONG chia se ma nay voi bat ky ai.",
    "Login code: 48213. Do not give this code to anyone.",
    "BCA: JANGAN BERIKAN kode ini kepada siapapun. Kode OTP Anda: 739201.",
    "Viettel: Dang ky goi ST90 chi 90.000d/30 ngay. Chi tiet tai viettel.vn",
    "Trường kính mời phụ huynh dự họp đầu năm vào 8h sáng Chủ nhật tại phòng 204.",
    "tối nay leo rank ko, t cầm rừng nha",
    # the code given first, the warning in the next sentence
    "BIDV: Ma xac thuc dang nhap tren thiet bi moi la 3409x1. Khong cung cap ma cho bat ky ai.",
    "BCA: Kode OTP Anda 839921. RAHASIAKAN kode ini, jangan berikan kepada siapa pun.",
    "Techcombank: Mo the tin dung, tim hieu tai techcombank.com. Techcombank KHONG gui link "
    "yeu cau dang nhap qua SMS.",
    # a child telling a parent the bank's own warning, in chat shorthand
    "mẹ ơi con ck tiền học thêm cho cô trong app, bank gửi mã otp về, tin ghi ko đc đưa mã cho "
    "ai nên con tự nhập trong app r",
    # a shop whose own name is its domain is not a near-spelling of "shopee"
    "Your parcel from ShopEase will be delivered on Tuesday. No payment is due. Track at "
    "shopease.com/orders",
])
def test_genuine_notices_and_chats_are_not_called_scams(snapshot, text):
    assert not snapshot.redflags.read(text).warning


def test_the_check_reply_lists_flags_then_what_to_do_in_the_readers_language(snapshot):
    reply = check_reply(snapshot, SCAM_SMS["vi"], "vi", None)
    signs = snapshot.content.scam
    # both readings agree it is phishing: the head names that kind of scam, and says "almost
    # certainly" when the signs add up to sure_at
    sure = snapshot.redflags.read(SCAM_SMS["vi"], "vi").score >= signs.sure_at
    assert reply.text.startswith(signs.text("warning_kind_sure" if sure else "warning_kind",
                                            "vi", kind=signs.kind("scam_phishing", "vi")))
    assert signs.text("what_to_do", "vi").splitlines()[0] in reply.text
    assert "5656" in reply.text and reply.scam_warning and reply.flags
    assert reply.buttons[0].action == "hotline"


@pytest.mark.parametrize(("text", "sure"), [
    # a code asked for with a prize and a deadline: far past the warning
    ("Chúc mừng bạn được chọn nhận 5000 kim cương Free Fire! Gửi mã OTP vừa nhận về số điện "
     "thoại cho admin trong hôm nay để nhận quà, quá hạn sẽ hủy.", True),
    # a code asked for alone is a warning, no more
    ("Ban oi cho minh xin ma OTP vua gui ve may ban voi", False),
])
def test_a_check_says_almost_certainly_only_when_the_signs_add_up_to_sure_at(snapshot, text,
                                                                              sure):
    reply = check_reply(snapshot, text, "vi", None)
    signs = snapshot.content.scam
    heads = [signs.text(k, "vi").split("{")[0] for k in ("warning_sure", "warning_kind_sure")]
    score = snapshot.redflags.read(text, "vi").score
    assert reply.scam_warning and (score >= signs.sure_at) is sure, score
    assert any(reply.text.startswith(h) for h in heads) is sure, reply.text[:80]


def test_a_notice_describing_a_scam_is_never_called_almost_certainly_one(snapshot):
    """Police notices list every trick of a scam to warn people ("tội phạm giả danh…, người
    dân cảnh giác"): their signs may still warn, but never "almost certainly a scam"."""
    text = ("Cảnh giác thủ đoạn: kẻ gian nhắn 'Chúc mừng bạn được chọn nhận 5000 kim cương Free "
            "Fire! Gửi mã OTP vừa nhận về số điện thoại cho admin trong hôm nay để nhận quà, quá "
            "hạn sẽ hủy.'")
    signs = snapshot.content.scam
    assert snapshot.redflags.read(text, "vi").score >= signs.sure_at
    reply = check_reply(snapshot, text, "vi", None)
    heads = [signs.text(k, "vi").split("{")[0] for k in ("warning_sure", "warning_kind_sure")]
    assert not any(reply.text.startswith(h) for h in heads), reply.text[:80]


def test_nothing_found_is_said_honestly(snapshot):
    reply = check_reply(snapshot, "tối nay 8h đi học thêm nhé, nhớ mang vở", "vi", None)
    assert not reply.scam_warning
    assert reply.text.startswith(snapshot.content.scam.text("no_signs", "vi"))


def test_signs_that_do_not_add_up_are_shown_without_calling_it_safe(snapshot):
    reply = check_reply(snapshot, "Bạn đã trúng 1 phần quà, nhận tại đây: shopnho.vn/nhan",
                        "vi", None)
    signs = snapshot.content.scam
    assert not reply.scam_warning and "prize" in reply.flags
    assert reply.text.startswith(signs.text("some_signs", "vi"))
    assert signs.text("no_signs", "vi") not in reply.text


def test_a_sextortion_threat_gets_111_first_then_its_flags(snapshot):
    text = ("Nó nhắn: 'Trong 24h không chuyển 5 triệu thì tao gửi clip cho cả lớp mày'. "
            "Em phải làm sao?")
    reply = compose(snapshot, text, "vi", None)
    assert reply.urgent and "111" in reply.text.split("\n")[0]
    assert reply.scam_warning and "🚩" in reply.text


def test_a_threat_under_the_sextortion_answer_is_never_called_too_weak_for_a_scam(snapshot):
    """A blackmailer's deadline shown under the sextortion answer is a person's tricks: it was
    headed "not enough here to call it a scam" when its signs did not add up to a warning."""
    from bot.reply import _flag_lines

    text = "Còn 3 tiếng nữa. Không gửi thêm ảnh thì tao gửi ảnh của mày cho cô chủ nhiệm."
    scan = snapshot.redflags.read(text, "vi")
    signs = snapshot.content.scam
    assert not scan.warning and {"threat", "urgency"} <= set(scan.ids)
    lines = _flag_lines(snapshot, scan, "vi", text, "sextortion")
    assert lines.startswith(signs.text("warning_abuse", "vi")) and "🚩" in lines
    assert _flag_lines(snapshot, scan, "vi", text, "scam_phishing").startswith(
        signs.text("some_signs", "vi"))


def test_danger_to_a_child_is_never_turned_into_a_scam_check(snapshot):
    reply = compose(snapshot, "Chồng tôi đang say rượu đánh con ở phòng bên, tôi trốn trong "
                              "nhà tắm nhắn tin này cho bạn", "vi", None)
    assert reply.urgent and reply.kind != "check"


def test_the_writers_own_story_is_answered_by_its_topic_not_read_as_pasted(snapshot):
    own = ("Tài khoản Facebook của em bị hack rồi, nó đổi mật khẩu và đang nhắn tin mượn tiền "
           "bạn bè em, em phải làm sao")
    reply = compose(snapshot, own, "vi", "teen")
    assert reply.kind == "answer" and reply.topic == "account_hacked", (reply.kind, reply.topic)
    pasted = ('Tài khoản của em nhận tin này: "Bạn ơi cho mình mượn 2 triệu, chuyển gấp vào số '
              'tài khoản này nhé, mai mình trả"')
    assert compose(snapshot, pasted, "vi", "teen").kind == "check"


def test_a_pasted_request_for_a_childs_photos_gets_the_abuse_steps_not_the_money_ones(snapshot):
    text = ("ada yg dm aku minta foto pribadi katanya mau dijadiin model endorse, dibayar 500rb. "
            "itu aman ga?")
    reply = compose(snapshot, text, "id", "teen")
    grooming = snapshot.content.topics["grooming"].text_for("id", "teen")
    assert reply.kind == "check" and grooming.splitlines()[1] in reply.text
    assert snapshot.content.scam.text("what_to_do", "id").splitlines()[0] not in reply.text


def test_a_prize_link_on_a_domain_dressed_as_a_gift_desk_is_called_a_scam(snapshot):
    reply = check_reply(snapshot, "Bạn đã trúng 1 phần quà Free Fire, nhận tại đây: "
                        "nhanqua-ff.vip/nhan", "vi", "teen")
    assert reply.scam_warning and "lookalike_domain" in reply.flags


@pytest.mark.parametrize(("text", "sender"), [
    ("VCB: Quy khach vua dang ky dich vu chuyen tien quoc te", "vcb"),
    ('Ai biết tin này thật ko: "[MoMo] Ví của bạn sẽ bị tạm ngưng"', "momo"),
    ("🔥 Sự kiện Garena tri ân: tặng quân huy", "garena"),
    ("Permisi kak, dari JNE. Ini foto resinya", "jne"),
    ("FREE FIRE MOD MENU 2024, auto headshot", None),
    ("Tuyen CTV, LH Zalo chi Thao 08xx xxx xxx", None),
    ("CityBank Alert: Your card ending 4412 has been suspended", "citybank alert"),
    ("TAND TP thông báo: Bạn có giấy triệu tập xét xử", "tand tp"),
    ("Shop Thời Trang Nhà Mây: Đơn áo khoác của bạn đã được giữ", None),
    ("Ví MoMo của bạn có dấu hiệu truy cập bất thường và sẽ bị khóa", "momo"),
    ("Nếu không muốn thì chuyển 2 triệu vào ví MoMo số 09xx trước 9h", None),
    ("Login pakai akun Moonton kamu di situs ini biar diamond masuk", None),
])
def test_a_brand_is_the_claimed_sender_only_when_written_as_one(snapshot, text, sender):
    """A sender's label ("VCB:", "[MoMo]") or a claim to speak for a brand ("dari JNE") is
    impersonation when the message warns; a brand merely mentioned is not."""
    assert snapshot.redflags._sender(text) == sender


def test_a_weak_lead_for_an_urgent_topic_does_not_stop_the_red_flag_reading(snapshot):
    text = ("Chào anh/chị, em là nhân viên ngân hàng Vietcombank. Tài khoản có giao dịch lạ, để "
            "khóa khẩn cấp anh/chị cài AnyDesk ngay và đọc cho em dãy số trên màn hình.")
    reply = compose(snapshot, text, "vi", "parent")
    assert reply.kind == "check" and reply.scam_warning and "app_install" in reply.flags


@pytest.mark.parametrize("text", [
    "[TB] NẠP THẺ ĐỦ ĐẦY! Tặng 20% giá trị thẻ nạp trong ngày hôm nay, tiền KM dùng trong 15 "
    "ngày. Nạp thẻ online tại https://viettel.vn/naptienkm. Chi tiết gọi 198.",
    "(TB) Quý khách được cộng 50 điểm Viettel++ tháng này. Xem tại https://myvt.page.link/vtplus",
    "Bộ Công an khuyến cáo người dân kiểm tra phòng cháy chữa cháy tại canhsatpccc.gov.vn",
    "Ma OTP 653541 co hieu luc trong 3 phut, su dung de xac thuc dang ky tai khoan.",
])
def test_a_real_carrier_or_authority_message_on_its_own_sites_is_not_a_scam(snapshot, text):
    """Offers, dates and top-ups are what real services send: pointing only to their own
    domains (or a government site, or an app's own link), only hard signs would count."""
    assert not snapshot.redflags.read(text, "vi").warning


def test_a_scam_on_the_brands_own_site_still_warns_on_a_hard_sign(snapshot):
    text = ("Vietcombank: giao dich bat thuong. Vui long doc ma OTP cho nhan vien de huy, chi "
            "tiet tai vietcombank.com.vn")
    reading = snapshot.redflags.read(text, "vi")
    assert reading.warning and "otp_request" in reading.ids


@pytest.mark.parametrize("text", [
    "Ong (Ba) da du d!eu k1en NH4N T1EN ho tro tu quy BHTN. Bam vao www.qpwnm.icu de lay. "
    "QU4 H4N SE KH0NG DUOC CHAP NHAN.",
    "BAN da du dieu kien NHAN'TIEN ho tro. Bam'vao www.ukgpj.icu de lay. QUA HAN SE KHONG "
    "DUOC CHAP NHAN!",
])
def test_a_message_disguised_with_digits_for_letters_is_read_plainly(snapshot, text):
    reading = snapshot.redflags.read(text, "vi")
    assert reading.warning and {"prize", "urgency", "link"} <= set(reading.ids)


def test_a_link_on_a_cheap_suffix_weighs_more_than_one_on_a_real_name(snapshot):
    cheap = snapshot.redflags.read("Nhận quà tặng tại quatang2024.icu", "vi")
    real = snapshot.redflags.read("Nhận quà tặng tại shopnho.vn", "vi")
    assert cheap.score > real.score


@pytest.mark.parametrize(("text", "lang"), [
    ("Nhờ phụ huynh chuyển khoản tiền quỹ lớp trong hôm nay để cô kịp đặt in", "vi"),
    ("Can you pay this bill for me today, my banking app is broken", "en"),
    ("Tolong transfer sekarang buat bayar kos, nanti aku ganti", "id"),
])
def test_an_action_with_a_deadline_is_urgency_in_each_language(snapshot, text, lang):
    assert "urgency" in [f.id for f in snapshot.redflags.read(text, lang).flags]


def test_a_genuine_notice_passed_on_without_a_question_gets_an_honest_check(snapshot):
    text = ("Viettel: Tang 20% gia tri the nap trong ngay hom nay cho thue bao tra truoc. Chi tiet "
            "tai viettel.vn hoac goi 198")
    reply = compose(snapshot, text, "vi", "parent")
    assert reply.kind == "check" and not reply.scam_warning
    assert reply.text.startswith(snapshot.content.scam.text("no_signs", "vi"))



def test_a_notice_ending_in_thanks_is_not_answered_with_the_thanks_topic(snapshot):
    """A teacher's notice signed "Thank you!" read for signs: its buttons are about scams,
    not the bot's reply to a thank-you."""
    text = ("Hello parents, the school trip form is at forms.gle/abc123, please fill it in by "
            "Friday. Thank you so much!")
    reply = compose(snapshot, text, "en", None)
    assert reply.kind == "check" and not reply.scam_warning
    actions = [button.action for button in reply.buttons]
    assert len(actions) > 1
    assert not {"topic:thanks", "topic:about_bot", "topic:talk_to_human"} & set(actions)

@pytest.mark.parametrize(("text", "lang", "flag", "present"), [
    ("Thanh toán ngay để giữ đơn hàng", "vi", "money_transfer", True),
    ("Hạn thanh toán ngày 30/11, tra cứu trong ứng dụng", "vi", "money_transfer", False),
    ("Han thanh toan ngay 30/11", "vi", "money_transfer", True),  # typed plainly: either word
    ("Số lượng quà có hạn", "vi", "job_offer", False),
    # chat shorthand expands with its own diacritics: "acc" is "tài khoản", never "tại"
    ("fb báo có ng đăng nhập acc t ở máy lạ, hoá ra là t đăng nhập ở thư viện", "vi",
     "password_request", False),
    ("chỉ cần đăng nhập acc vô trang sự kiện là dc 10k kim cương", "vi", "password_request",
     True),
])
def test_diacritics_the_message_wrote_must_agree_with_the_cue(snapshot, text, lang, flag,
                                                               present):
    assert (flag in snapshot.redflags.read(text, lang).ids) is present


@pytest.mark.parametrize(("text", "lang", "present"), [
    # how the message came, in the asker's words: no request to move
    ("My mum got a WhatsApp from a new number. 'Hi Mum, it's me, pay this bill for me today, "
     "I'll pay you back.' Is it real?", "en", False),
    ("Số lạ nhắn Zalo cho con thế này. 'Cô là cô chủ nhiệm, phụ huynh chuyển tiền quỹ lớp vào "
     "số tài khoản này hôm nay.' Có thật không?", "vi", False),
    # the pasted message asking for the move still shows it
    ("Is this legit? 'You won a prize! Chat with me on WhatsApp to claim it today.'", "en", True),
    ("Bạn nhắn Zalo cho mình để chốt đơn nha, chuyển khoản cọc trước 50%", "vi", True),
])
def test_the_app_a_message_came_by_is_no_request_to_move(snapshot, text, lang, present):
    assert ("moves_off_platform" in snapshot.redflags.read(text, lang).ids) is present


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Nhà cung cấp sẽ ngừng cấp nước tới hộ gia đình bạn nếu chưa nộp phí", "vi", "threat"),
    ("Update your billing info to avoid suspension of the service", "en", "threat"),
    ("Kalau tidak bayar, fotomu kami sebar ke semua kontak", "id", "threat"),
    ("Chỉ còn 3 tiếng để nhận thưởng", "vi", "urgency"),
    ("Voting closes tonight so hurry", "en", "urgency"),
    ("Promo berakhir 2 jam lagi", "id", "urgency"),
    ("Vào đăng nhập tại trang sự kiện để nhận quà", "vi", "password_request"),
    ("Just log in with your Roblox account on our page", "en", "password_request"),
    ("Login akun kamu di situs kami ya", "id", "password_request"),
    ("Mình mất acc cũ rồi, đây là acc mới. Chuyển khoản giúp mình 2 triệu, cần gấp", "vi",
     "impersonation"),  # shown with a warning only
    ("Kami dari Polres, rekening Anda bermasalah. Transfer dana jaminan hari ini", "id",
     "impersonation"),
    ("Please add the admin on Discord to fix it", "en", "moves_off_platform"),
    ("Gửi tiền qua ví, sau đó ib Telegram cho chị", "vi", "moves_off_platform"),
    ("Payment by gift card only, no refunds", "en", "money_transfer"),
    ("Bayar pajak hadiah dulu sebelum hadiah dikirim", "id", "money_transfer"),
])
def test_signs_in_other_words_are_found(snapshot, text, lang, flag):
    assert flag in snapshot.redflags.read(text, lang).ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Tao có ảnh nóng của mày. Chuyển 2 triệu trong 1 tiếng không tao đăng lên nhóm lớp", "vi"),
    ("I have your pics. Pay 100 dollars in an hour or I post them to your school group", "en"),
    ("Aku punya fotomu. Transfer 500rb dalam 1 jam atau aku sebar ke grup sekolah", "id"),
])
def test_a_threat_checked_on_request_still_opens_with_111(snapshot, text, lang):
    reply = check_reply(snapshot, text, lang, None)
    assert reply.kind == "check" and reply.urgent and reply.topic == "sextortion"
    assert "111" in reply.text.split("\n")[0]
    assert "threat" in reply.flags



def test_the_kind_of_scam_outvotes_the_trick_it_uses(snapshot):
    """A free-items bait asking for a password on a fake page is a game scam first: the trick
    (a login page) is shared by every kind of scam."""
    from bot.redflags.reader import Flag, Reading
    from bot.reply import _flag_votes
    reading = Reading(tuple(Flag(f, "…") for f in
                            ("password_request", "lookalike_domain", "free_game_items")),
                      2.6, True, False)
    votes = _flag_votes(snapshot, reading)
    assert max(votes, key=votes.__getitem__) == "scam_game_items", votes


@pytest.mark.parametrize("text", [
    "Nhän ngay 88K MiẾnPhï khi dang ky tai qua-tet.cc/x7",
    "Kiem 5OOk möi ngay, chi cän dien thoai: lamviec-tainha.com",
    "Na.pVao nhan Th,uong ngay tai vip-quatang.com",
])
def test_a_link_in_a_message_that_hides_its_words_is_a_warning(snapshot, text):
    """Letters foreign to Vietnamese or marks inside words are written to slip past spam
    filters; no bank, shop or school writes like that."""
    assert snapshot.redflags.read(text, "vi").warning


@pytest.mark.parametrize("text", [
    "TP.HCM: Nhà trường thông báo lịch họp phụ huynh tại truong.edu.vn",
    "Viettel: tặng 20% thẻ nạp hôm nay, chi tiết tại viettel.vn",
    "Your sign-in code is Q7X4M. If you didn't ask for it, we'll help at accounts.example.com",
])
def test_an_address_code_or_contraction_is_not_a_hidden_word(snapshot, text):
    assert not snapshot.redflags.read(text, "vi").warning


@pytest.mark.parametrize(("text", "lang"), [
    ("Tặng tân thủ 100% nạp đầu nhận ngay, tài xỉu xóc đĩa uy tín tại kim-vip88.com", "vi"),
    ("Situs slot gacor, bonus new member 100%, maxwin tiap hari di gacor88.com", "id"),
    ("Online casino: 200% deposit bonus and free spins today at spin-wins.com", "en"),
])
def test_gambling_bait_with_a_link_is_a_warning(snapshot, text, lang):
    assert snapshot.redflags.read(text, lang).warning


def test_a_pasted_message_with_a_bare_link_is_read_for_flags(snapshot):
    reply = compose(snapshot, "Täng 500K, Nhän ngay tai qua88.cc/abc", "vi", None)
    assert reply.kind == "check" and reply.scam_warning


def test_hidden_words_warn_even_when_the_link_is_a_platforms_own(snapshot):
    """A chat invite on t.me is a platform's own link; words hidden from filters still warn."""
    text = "Kiem 5OOk möi ngay chi cän dien thoai, them Telegram: t.me/kiemtien_nhanh"
    assert snapshot.redflags.read(text, "vi").warning


@pytest.mark.parametrize(("text", "scam"), [
    ("Tài khoản của bạn vừa đăng nhập trên thiết bị mới. Nếu không phải bạn, vui lòng nhấn "
     "vào bao-mat-tk.net để hủy.", True),
    ("New sign-in to your account. If this wasn't you, secure it at acct-review.net", True),
    ("Transaksi Rp 2.500.000 berhasil. Jika bukan Anda, batalkan di cek-transaksi.net", True),
    ("Vietcombank: Giao dịch -2.000.000đ lúc 10:15. Nếu không phải Quý khách thực hiện, vui lòng "
     "gọi 1900545413.", False),
    ("New sign-in to your Google Account. If this wasn't you, review it at google.com", False),
])
def test_if_it_was_not_you_with_a_stranger_link_is_a_scam(snapshot, text, scam):
    """Banks ask you to call them or open their app; a stranger's link to "cancel" is the trap.
    The same words with no link, or with the sender's own site, are a genuine notice."""
    assert snapshot.redflags.read(text).warning is scam


@pytest.mark.parametrize(("text", "scam"), [
    ("Dang ky tang 68K, nap dau tang 200%, thang rut cuc nhanh. abcd1.qwerty.de", True),
    ("Cổng game mới: tặng tân thủ code 50K, nổ hũ bắn cá thưởng tuần lên tới 9.999K tại "
     "vui-choi.site", True),
    ("(TB) VinaPhone tặng riêng Quý khách 20% giá trị thẻ nạp vào HÔM NAY. Chi tiết gọi 18001091.",
     False),
    ("VNeID: Ma OTP 123456 co hieu luc trong 3 phut de kich hoat tai khoan. Khong cung cap ma "
     "cho bat ky ai.", False),
])
def test_a_betting_sign_up_bonus_is_a_scam_and_a_carrier_top_up_offer_is_not(snapshot, text,
                                                                             scam):
    assert snapshot.redflags.read(text, "vi").warning is scam


@pytest.mark.parametrize(("text", "flags"), [
    ("CityBank Alert: Your card has been suspended. Verify your identity at "
     "citybank-secure-login.com to restore access.", {"impersonation", "lookalike_domain"}),
    ("Toll road notice: You have an unpaid toll of 6.99 USD. Pay now at tollpay-billing.top",
     {"impersonation", "lookalike_domain"}),
])
def test_an_office_or_bank_no_list_knows_is_still_a_claimed_sender(snapshot, text, flags):
    """Senders the brand list does not know, named as one ("… Alert:", "… notice:"), and a
    page named for a service ("secure", "login", "billing") on a domain nobody lists."""
    reading = snapshot.redflags.read(text, "en")
    assert reading.warning and flags <= set(reading.ids)


def test_a_warning_covers_only_the_code_given_in_the_sentence_before_it(snapshot):
    """"Tell no one" after a transfer request is the scammer's secrecy, not a bank's security
    notice: the sentence before it keeps its transfer."""
    text = ("Kami dari Unit Siber Polda. Segera transfer seluruh saldo ke rekening penampungan. "
            "Jangan beritahu siapa pun.")
    assert "money_transfer" in snapshot.redflags.read(text, "id").ids


@pytest.mark.parametrize("text", [
    "t.ly/PDAB CVѴ phát ṱhưởng ae 1OOO ẖàng Tháng",  # Cyrillic and dot-below letters mixed in
    "Het tien ma khong muon phien nguoi khac, co den 1O0tr vnd (WaO0). Dang ki: coccit.xyz/r/1",
])
def test_a_link_beside_words_spelt_to_slip_past_filters_is_a_warning_alone(snapshot, text):
    """Letters from another alphabet inside Vietnamese words, the letter O among digits:
    no bank, shop or school writes so, whatever the link."""
    assert snapshot.redflags.read(text, "vi").warning


@pytest.mark.parametrize("text", [
    "Chào bạn, café sáng nay ở Quận 1 nhé, link menu: quancafe.vn/menu",
    "Mã đơn DH20O1 đã giao. Tổng 2.0 triệu, xem tại shopee.vn",
])
def test_ordinary_accents_and_codes_are_not_taken_for_disguise(snapshot, text):
    assert not snapshot.redflags.read(text, "vi").warning


@pytest.mark.parametrize("text", [
    "Thanh vien moi nhan 88k khong can nap. Rut ve ngan hang trong 5p. "
    "Z a l o: 0 3 7 x 2 9 1 8 4 6",
    "V i e t i n b a n k: Tai khoan cua ban dang bi tam giu. Cap nhat: t.ly/vtb-capnhat",
])
def test_words_spelt_out_letter_by_letter_are_read_and_count_as_hidden(snapshot, text):
    """"Z a l o" is Zalo to the reader and a disguise to a careful person."""
    assert snapshot.redflags.read(text, "vi").warning


@pytest.mark.parametrize(("text", "warned"), [
    ("[Sacombank] Giao dich -9.800.000 VND tai SHOPEEPAY. Neu khong phai ban thuc hien, goi ngay "
     "0 8 9 x . 6 6 2 . 1 1 7 de huy", True),
    ("[Sacombank] Giao dich -9.800.000 VND tai SHOPEEPAY. Neu khong phai ban thuc hien, goi "
     "1900 5555 88 de duoc ho tro", False),
])
def test_a_mobile_number_to_call_to_cancel_a_charge_is_a_warning_a_hotline_is_not(snapshot, text,
                                                                                 warned):
    assert snapshot.redflags.read(text, "vi").warning is warned


def test_betting_lures_with_a_contact_are_warned(snapshot):
    text = "Soi keo bong da mien phi, ty le thang 95%. Vao nhom Zalo 09xx.xx8.352 nhan keo VIP"
    reading = snapshot.redflags.read(text, "vi")
    assert reading.warning and {"easy_money", "moves_off_platform"} <= set(reading.ids)


def test_a_platform_named_only_as_the_way_to_log_in_does_not_make_the_page_a_look_alike(snapshot):
    """"Vote at binhchon-thieunhi.com, log in with Facebook": the page asks for a password,
    it does not pretend to be Facebook's own."""
    text = ("Bau chon giup em gai minh thi ve tranh voi nhe, vao binhchon-thieunhi.com dang nhap "
            "bang Facebook roi chon so 12.")
    reading = snapshot.redflags.read(text, "vi")
    assert reading.warning and "password_request" in reading.ids
    assert "lookalike_domain" not in reading.ids


@pytest.mark.parametrize("link", ["rutgon.io/vote-trang", "pndk.in/jne-asuransi"])
def test_a_shortener_named_for_what_it_does_is_a_short_link(snapshot, link):
    assert "short_link" in snapshot.redflags.read(f"Vote cho minh o day nha: {link}", "vi").ids


def test_a_topic_signal_decides_between_two_topics_the_flags_point_to(snapshot):
    """A code asked for points to phishing and to a friend's hijacked account; "sent to your
    number by mistake" names the second, so it is the first topic offered."""
    reply = compose(snapshot, "ê bạn ơi t lỡ gửi nhầm mã xác nhận fb về sđt của m, m chụp màn "
                    "hình tn mới nhất gửi t vs, t cần gấp ik", "vi", None)
    first = _first_topic(reply)
    assert reply.kind == "check" and first == "account_hacked"


def test_an_address_spelt_out_letter_by_letter_is_a_link(snapshot):
    reading = snapshot.redflags.read(
        "Tang 200k cho tai khoan moi, no hu truc tuyen. Dang ky: N e w 8 8 . b i z", "vi")
    assert reading.warning and "link" in reading.ids


@pytest.mark.parametrize(("text", "warned"), [
    ("Chuc mung thue bao 09xx xxx 412 trung thuong 1 xe SH Mode trong chuong trinh tri an khach "
     "hang. Lien he 08xx xxx 557 de lam thu tuc nhan giai.", True),
    ("Thuê bao của bạn sẽ bị thu hồi số sau 24h. Gọi lại 02xx xxx 7788 để cập nhật.", True),
    ("Chúc mừng Quý khách trúng thưởng chương trình tri ân. Chi tiết gọi 18001091 (miễn phí).",
     False),
])
def test_a_prize_or_threat_to_settle_by_calling_a_mobile_number_is_a_warning(snapshot, text,
                                                                            warned):
    """A carrier or shop gives its 1800 / 1900 hotline, never a mobile number."""
    assert snapshot.redflags.read(text, "vi").warning is warned


@pytest.mark.parametrize("text", [
    "BIDV: TK 21xxxx0963 +15,000,000VND 09:30 29/11/2025. SD: 18,740,220VND. ND: CTY ABC TT "
    "LUONG T11",
    "[MBBank] TK 19xxxxxxxx +200,000VND lúc 19:45 03/10. Số dư 1,250,000VND. ND: Me gui tien an "
    "sang, chuyen khoan lai cho ban nhe",
])
def test_the_payers_memo_in_a_balance_notice_is_not_read_as_the_bank_asking(snapshot, text):
    reading = snapshot.redflags.read(text, "vi")
    assert not reading.warning and not ({"job_offer", "money_transfer"} & set(reading.ids))


def test_a_memo_outside_a_balance_notice_is_read(snapshot):
    reading = snapshot.redflags.read(
        "Shop Hoa Mai xac nhan don. Vui long chuyen khoan coc 500k truoc 17h hom nay vao STK "
        "19xxxx7788. ND: ten + sdt", "vi")
    assert "money_transfer" in reading.ids


@pytest.mark.parametrize(("text", "lang"), [
    ("zalo mình bị khóa, tổng đài gửi mã xác nhận rồi, bạn chụp lại gửi mình với nha", "vi"),
    ("Roblox will email you a code, just send it to me so I can check your account", "en"),
    ("nanti ada kode OTP masuk ke hp kamu, kirimin ke aku ya, buat akun aku", "id"),
])
def test_a_code_named_before_the_request_for_it_is_asked_for(snapshot, text, lang):
    """People name the code first and ask for it after ("mã xác nhận…, chụp lại gửi mình")."""
    assert "otp_request" in snapshot.redflags.read(text, lang).ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Halo, maaf ganggu, tadi aku nggak sengaja kirim kode OTP 6 digit ke nomor kamu. Boleh "
     "tolong kirimkan kodenya ke aku? Buat masuk akun aku, makasih ya", "id"),
    ("ê m ơi t lỡ gửi mã xác thực zalo về số m r, m đọc giúp t 6 số đó nha", "vi"),
    ("hey could you send me the code youll get by sms in a minute, its for my insta", "en"),
])
def test_a_hijacked_friend_asking_for_the_code_gets_the_hijack_topic_first(snapshot, text, lang):
    """Whether it is answered as a topic or read as a pasted message, the signal "sent to your
    number by mistake" names the hijacked account over phishing."""
    reply = compose(snapshot, text, lang, None)
    first = _first_topic(reply)
    assert first == "account_hacked"


@pytest.mark.parametrize("text", [
    "Vietcombank TB: Quy khach nhan 500.000 VND tu Western Union. Nhan tien tai: "
    "https://sites.google.com/view/nhantien-quocte24h",
    "BCA: Rekening Anda diblokir sementara. Verifikasi data di bca-nasabah.web.app hari ini.",
])
def test_a_page_anyone_can_make_is_no_brands_own_site(snapshot, text):
    """Google owns sites.google.com, but not the page a stranger built there."""
    reading = snapshot.redflags.read(text, None)
    assert reading.warning and "lookalike_domain" in reading.ids


@pytest.mark.parametrize("text", [
    "Chúc mừng bạn được chọn nhận quà vòng quay may mắn, nhận ngay trong hôm nay tại "
    "t.me/quatang_vip",
    "Cổ máy chia tiền: dòng tiền đã nhân đôi chỉ sau một giây, vào nhóm zalo.me/g/abc123 ngay "
    "bây giờ",
])
def test_a_group_link_is_a_strangers_page_not_the_platforms_own_site(snapshot, text):
    """Telegram owns t.me, but a prize or a money machine offered in a stranger's channel is not
    Telegram's advert: the offers count (intents/_brands.yaml, group_links)."""
    reading = snapshot.redflags.read(text, "vi")
    assert reading.warning, reading
    assert "link" in reading.ids


def test_a_platforms_own_page_still_softens_its_offers(snapshot):
    reading = snapshot.redflags.read("Chúc mừng bạn được chọn nhận quà vòng quay may mắn, nhận "
                                     "ngay trong hôm nay tại zalo.me/quatang", "vi")
    assert not reading.warning


@pytest.mark.parametrize(("text", "lang"), [
    ("con bé nhà tôi nhận tin này trong game: 'em xinh ghê, anh tặng skin cho em nha, "
     "mà đừng kể với ba mẹ, gửi anh tấm selfie đi'", "vi"),
    ("My son got this on Roblox, is it ok? 'I can buy you robux every week, just send me a "
     "selfie and keep it our secret'", "en"),
])
def test_a_game_gift_for_photos_or_secrecy_is_answered_as_grooming(snapshot, text, lang):
    """Free items name a game-items scam and a top-up names a child's own spending, but a
    stranger's gift for a photo or a secret is grooming."""
    reply = compose(snapshot, text, lang, None)
    first = _first_topic(reply)
    assert first == "grooming"


def test_a_google_form_named_as_one_is_not_imitating_google(snapshot):
    """A teacher's "Google Form: forms.gle/…" names the brand that owns the page; a bank's
    name beside the same kind of page is still an imitation."""
    teacher = snapshot.redflags.read("e ơi chị gửi link nộp bài Google Form cô dặn nè, nộp trc "
                                     "9h tối nay nha: forms.gle/Ls7Qd2hVx9", "vi")
    assert "lookalike_domain" not in teacher.ids and not teacher.warning
    bank = snapshot.redflags.read("Vietcombank: xac thuc tai khoan tai forms.gle/abc123 "
                                  "truoc 17h", "vi")
    assert "lookalike_domain" in bank.ids and bank.warning


def test_a_sentence_glued_together_with_marks_counts_as_hidden(snapshot):
    reading = snapshot.redflags.read(
        "Tin:nh,anTu_Ng,anHa:ng.Ba,nTr:ung,Thu:ongXe:mTa,iqxz7.sh-n.com", None)
    assert reading.warning


def test_a_file_name_with_underscores_beside_a_school_link_is_not_hidden(snapshot):
    reading = snapshot.redflags.read(
        "Truong THCS Le Loi gui phu huynh Thong_bao_lich_hoc.pdf, xem them tai "
        "thcsleloi.edu.vn/thongbao", "vi")
    assert not reading.warning


def test_the_writers_own_loss_told_with_a_colon_is_answered_by_its_topic(snapshot):
    """A colon after one's own words is no sender's label: "I lost money: paid a deposit…"
    gets the steps for a fake shop, not a list of red flags in the writer's own words."""
    reply = compose(snapshot, "toi bi mat tien: chuyen coc 2tr cho shop ban giay tren fb roi "
                    "ho block toi, lam sao lay lai", "vi", None)
    assert reply.kind == "answer" and reply.topic == "scam_online_shopping"


def test_a_bank_notice_abbreviating_the_customer_with_a_mobile_to_call_is_a_warning(snapshot):
    reading = snapshot.redflags.read(
        "[VCB] Quy khach co giao dich 9.800.000d chua xac thuc. Neu khong phai QK, goi ngay "
        "0876xxx123 de huy", "vi")
    assert reading.warning and dict((f.id, f.evidence) for f in reading.flags)[
        "impersonation"] == "vcb"


def test_free_of_charge_is_a_lure_not_a_guard_for_an_id_request(snapshot):
    """"Không mất phí" sells a loan; it does not protect the ID card asked for beside it."""
    reading = snapshot.redflags.read(
        "Ho tro vay nhanh, giai ngan trong ngay, khong mat phi, chi can co CCCD la vay duoc. "
        "LH Zalo 09xx xxx 731", "vi")
    assert "personal_data_request" in reading.ids


@pytest.mark.parametrize(("text", "flag"), [
    ("Cửa hàng cần tuyển nhân viên đặt hàng, mỗi ngày dễ dàng kiếm 700k ngay trên điện thoại.",
     "easy_money"),
    ("Anh là bạn cùng phòng của Nam đây, em gửi cho anh số người thân của Nam với, gấp lắm.",
     "personal_data_request"),
])
def test_order_placing_jobs_and_relatives_numbers_are_read(snapshot, text, flag):
    assert flag in snapshot.redflags.read(text, "vi").ids


def test_an_address_asked_for_as_give_it_to_me_is_a_personal_data_request(snapshot):
    reading = snapshot.redflags.read("em cho anh địa chỉ nhà với tên trường em học nhé, bí mật "
                                     "của hai anh em thôi", "vi")
    assert "personal_data_request" in reading.ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Linh ơi mình đây, cho mình mượn 500k chuyển vào STK 10xxxx4567 nhé, gấp lắm, đừng gọi "
     "nha vì mình đang không nghe máy được.", "vi"),
    ("Bro ini aku. Pinjam dulu Rp500.000 transfer ke GoPay 08xx, urgent banget. Jangan telpon "
     "ya, lagi rapat.", "id"),
])
def test_money_asked_for_in_a_hurry_by_someone_who_will_not_take_a_call_is_a_warning(
        snapshot, text, lang):
    """"Don't call me" is how a stranger on a friend's account avoids being found out."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and "impersonation" in reading.ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Oi Minh, cuoi tuan nay di xem phim voi nhom khong? Ban nao di thi bao minh de minh giu "
     "cho ngoi canh nhau.", "vi"),
    ("Instagram: Chung toi phat hien dang nhap moi vao tai khoan cua ban tu Chrome tren "
     "Windows. Neu do la ban, ban khong can lam gi. Neu khong, hay bao mat tai khoan trong "
     "ung dung.", "vi"),
])
def test_everyday_words_that_fold_like_scam_words_are_no_warning(snapshot, text, lang):
    """"giữ chỗ ngồi" is a seat, not a deposit; "bảo mật tài khoản" folds to hold "mất tài
    khoản", and logging "vào tài khoản" is no transfer into one."""
    assert not snapshot.redflags.read(text, lang).warning


def test_a_transfer_beside_dont_tell_anyone_is_still_a_transfer(snapshot):
    """"jangan beritahu" guards a bank's code; "transfer now and tell no one" is the scam."""
    text = ("Saya petugas Polres. Anak Anda ditahan. Transfer Rp15 juta sekarang ke rekening "
            "10xxxx4567 untuk penangguhan penahanan, jangan beritahu siapa pun.")
    ids = snapshot.redflags.read(text, "id").ids
    assert {"money_transfer", "threat", "secrecy"} <= set(ids)


@pytest.mark.parametrize(("text", "lang", "warned"), [
    ("t là Huy nè, acc cũ bị hack r nên lập acc mới. m cho t mượn 500k ck qua stk mẹ t nha",
     "vi", True),
    ("Mom it's Lan, I broke my phone, this is my new number. Can you send 3 million for the "
     "repair?", "en", True),
    ("b ơi sđt mới của t là 09xx xxx 552 nha, sim cũ hư r. lưu lại r nhắn zalo cho t", "vi",
     False),
])
def test_a_friend_on_a_new_account_asking_for_money_is_a_warning_alone(snapshot, text, lang,
                                                                        warned):
    """The strong cues of a claimed sender weigh 0.62: with money asked, a warning; a friend
    giving a new number and a Zalo contact, none."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning is warned


def test_shorthand_is_quoted_as_the_message_wrote_it(snapshot):
    reading = snapshot.redflags.read("t có clip m r. ck 2tr vào stk 10xxxx4567 trc tối nay, ko là "
                                     "t gửi cho ny m", "vi")
    evidence = dict((f.id, f.evidence) for f in reading.flags)
    assert evidence["money_transfer"].startswith("ck 2tr")  # not "chuyển khoản" nor "ck ck"


@pytest.mark.parametrize(("text", "lang"), [
    ("[CSGT] Phương tiện của quý vị vi phạm tốc độ. Quá 48 giờ không nộp phạt sẽ bị tước giấy "
     "phép lái xe. Nộp phạt trực tuyến tại csgt-nopphat.vn-gov.top", "vi"),
    ("KORLANTAS POLRI: Kendaraan Anda melanggar lampu merah. Bayar denda Rp500.000 dalam 1x24 "
     "jam di etle-denda.web.app atau STNK diblokir.", "id"),
])
def test_a_fake_traffic_fine_is_about_someone_posing_as_the_police(snapshot, text, lang):
    """Its threat of a fine also points to sextortion; the signal names the kind of scam."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning
    assert next(b.action for b in reply.buttons if b.action.startswith("topic:")) \
        == "topic:scam_impersonation"


@pytest.mark.parametrize("text", [
    "Trường THCS Nguyễn Du thông báo: phụ huynh đóng học phí học kỳ I qua ứng dụng SSC hoặc "
    "VNPay trước ngày 15/12. Nhà trường không thu tiền qua tài khoản cá nhân và không nhắn tin "
    "yêu cầu chuyển khoản.",
    "Trường THCS thông báo đóng học phí qua ứng dụng SSC trước ngày 20/12, nhà trường không thu "
    "qua tài khoản cá nhân",
])
def test_a_schools_fee_deadline_is_no_fee_before_a_prize(snapshot, text):
    """'học phí … trước ngày 15/12' holds 'phí' and 'trước'; a fee paid first is 'chuyển
    trước', 'trước khi nhận', 'để nhận'."""
    assert not snapshot.redflags.read(text, "vi").warning


def test_a_pasted_threat_to_send_pictures_to_the_school_group_is_danger_now(snapshot):
    text = ("Someone I met in a game sent me this: 'I have your pics. Pay 2 million rupiah via OVO "
            "by tonight or they go to your school group chat.' What do I do?")
    reply = compose(snapshot, text, "en", "teen")
    assert reply.urgent and "threat" in reply.flags


@pytest.mark.parametrize(("text", "lang"), [
    ("Minh oi, anh dang ket o benh vien, the ATM bi nuot. Em chuyen tam anh 3 trieu vao so "
     "0123xxxxxx ten LE VAN TAM nha, anh dang gap.", "vi"),
    ("Sis lagi di bandara, dompet ketinggalan. Bisa pinjem dulu 800rb ke rek BCA temanku? "
     "Tolong cepet ya, penting banget.", "id"),
])
def test_money_until_tonight_to_someone_elses_account_in_a_hurry_is_a_warning(snapshot, text,
                                                                              lang):
    """What a hijacked account sends to every contact: a strong money cue with time pressure."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and "money_transfer" in reply.flags


def test_a_friend_paying_back_without_hurry_is_no_warning(snapshot):
    reading = snapshot.redflags.read("ê t ck trả m 80k tiền bánh tráng hôm qua r nha", "vi")
    assert not reading.warning


def test_a_game_update_notice_is_not_read_as_work_in_japan(snapshot):
    """'cập nhật bản mới' holds 'nhật bản' once the words run together."""
    reading = snapshot.redflags.read("Liên Quân bảo trì 2 tiếng để cập nhật bản mới, đăng nhập "
                                     "lại sau bảo trì để nhận quà", "vi")
    assert "abroad" not in reading.ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Free Fire: Bảo trì máy chủ từ 1h đến 4h sáng mai. Quà đền bù gửi vào hòm thư trong game. "
     "Garena không bao giờ yêu cầu mật khẩu của bạn.", "vi"),
    ("Mobile Legends: maintenance tonight 01.00-04.00 WIB, 50 Diamond compensation in your "
     "in-game mail. Moonton never asks for your password.", "en"),
])
def test_a_game_notice_that_warns_against_scams_is_not_called_one(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert not reply.scam_warning


def test_a_label_with_a_threat_still_counts_when_a_code_phrase_looks_protective(snapshot):
    """'mã xác thực 6 số' reads like a code notice's 'mã xác thực #'; the label, the threat and
    the deadline still make it a warning."""
    text = ("[Garena Hỗ Trợ] tài khoản của bạn bị báo cáo, sẽ bị khóa vĩnh viễn sau 2h. Gửi mã "
            "xác thực 6 số vừa nhận cho admin để kháng nghị.")
    assert compose(snapshot, text, "vi", None).scam_warning


def test_an_own_story_quoting_the_scam_gets_its_topic_and_the_signs_of_the_quote(snapshot):
    """The question ("what now?") is answered by its topic; the message they quoted, in single
    quotes, still has its signs named below."""
    text = ("My son already sent them the code and now he can't get into his Instagram, what do "
            "we do? The message was: 'hey its Tom, I typed your number by mistake, can you send "
            "me the 6 digit code that just came to your phone? urgent'")
    reply = compose(snapshot, text, "en", "parent")
    assert reply.kind == "answer" and reply.topic == "account_hacked"
    assert reply.scam_warning and "otp_request" in reply.flags
    assert "🚩" in reply.text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("a có video của e r, ko ck 3tr thì a đăng, nói vs ai là a đăng ngay", "vi", "secrecy"),
    ("Rekening Anda diblokir sementara. Jangan beritahu keluarga, ini rahasia negara.", "id",
     "secrecy"),
    ("pass lại vé concert, ai lấy ck cọc trc, chỉ hnay thôi nha", "vi", "urgency"),
    ("Your WhatsApp account will be deactivated today unless you reply with the code.", "en",
     "urgency"),
])
def test_secrecy_and_time_pressure_in_their_chat_forms_are_read(snapshot, text, lang, flag):
    assert flag in snapshot.redflags.read(text, lang).ids


def test_a_threat_to_spread_ai_made_nudes_is_danger_now_but_a_past_leak_is_not_sextortion(
        snapshot):
    threat = ("Kami punya foto telanjang kamu hasil edit AI. Kalau tidak mau fotonya tersebar ke "
              "grup sekolah, kirim voucher Rp500 ribu hari ini.")
    assert compose(snapshot, threat, "id", None).urgent
    leaked = "Ada yang bikin foto telanjang palsu pakai wajah adik saya, sudah disebar di grup."
    hit = snapshot.crisis.assess(leaked).hit
    assert hit is None or hit.topic != "sextortion"


def test_an_installer_file_sent_as_an_invitation_is_a_warning_but_news_about_the_trick_is_not(
        snapshot):
    invitation = ("Assalamualaikum, undangan pernikahan kami ada di file ini ya 🙏\n"
                  "Undangan_Nikah_Rina_Budi.apk")
    reading = snapshot.redflags.read(invitation, "id")
    assert reading.warning and "app_install" in reading.ids
    news = "Hati-hati modus undangan nikah APK lagi marak, kasih tahu orang tua ya"
    assert not snapshot.redflags.read(news, "id").warning


@pytest.mark.parametrize(("text", "lang", "words"), [
    ("Someone sent this to my son, what do we do? 'Send 5 million VND to this MoMo number by "
     "tonight or your nudes go to your class group chat.'", "en", "nudes go to"),
    ("Con tôi nhận được tin này: 'Muốn anh xóa thì chuyển 5 triệu trước 12h đêm nay, mày mà "
     "kể với bố mẹ thì clip sẽ lên mọi group của trường.'", "vi", "muốn anh xóa"),
])
def test_a_threat_to_post_images_is_a_threat_flag_with_the_words_that_show_it(snapshot, text,
                                                                             lang, words):
    """The sextortion cues of the crisis reading show the threat; the reader borrows them
    (`from_crisis`) rather than repeating them, and names the person's own words."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and "111" in reply.text.split("\n", 1)[0]
    assert "threat" in reply.flags and reply.scam_warning
    assert words in reply.text


def test_a_threat_told_in_a_parents_own_words_is_not_called_a_scam_message(snapshot):
    """The threat borrowed from the crisis reading is a flag, but not what makes a parent's
    own story "a message with signs of a scam": only a message passed on is."""
    reply = compose(snapshot, "my son is crying, a guy says his nudes go to his whole class if "
                    "he doesn't pay 5 million tonight", "en", None)
    assert reply.urgent and reply.topic == "sextortion"
    assert "threat" in reply.flags
    assert not reply.scam_warning
    assert snapshot.content.scam.text("warning", "en") not in reply.text


@pytest.mark.parametrize(("text", "lang"), [
    ("Đơn hàng xách tay cần chuyển thêm 800k phí hải quan trước khi giao.", "vi"),
    ("New members must top up 500k to activate the account.", "en"),
])
def test_a_fee_to_pay_first_is_also_money_asked_for(snapshot, text, lang):
    ids = snapshot.redflags.read(text, lang).ids
    assert {"upfront_fee", "money_transfer"} <= set(ids), ids


def test_a_friends_team_meeting_in_a_game_app_is_no_claim_to_speak_for_it(snapshot):
    """"Team Garena" speaks for Garena; "cả team vô discord" is the friends' own team."""
    reading = snapshot.redflags.read("tối nay 8h cả team vô discord chơi Roblox nha, t gửi link "
                                     "server trong nhóm r đó, ai chưa vô đc thì ib t", "vi")
    assert "impersonation" not in reading.ids and not reading.warning
    assert "impersonation" in snapshot.redflags.read(
        "Team Garena: tặng 999 quân huy, đăng nhập tại garena-qua.top để nhận", "vi").ids


@pytest.mark.parametrize(("text", "lang"), [
    ("tolong, ada orang yang ngancam sebarin foto telanjang aku kalau aku gak transfer 1 juta "
     "malam ini", "id"),
    ("thằng đó dọa tung ảnh em lên nhóm lớp nếu em ko chuyển 2 triệu trước 10h tối nay", "vi"),
    ("a guy has my pics and says he'll post them on my school's page tonight unless i buy him "
     "gift cards", "en"),
    ("có người giữ ảnh nhạy cảm của em, bắt em chuyển 4 triệu trước 11h đêm nay không thì gửi "
     "cho cả lớp", "vi"),
    ("ng ta có ảnh e r, bảo trong 3 tiếng ko ck 2tr thì đăng lên fb tag cả nhà e", "vi"),
    ("cowok itu minta aku transfer 2 juta sebelum jam 10 malam ini, kalau nggak fotoku disebar "
     "ke grup kelas", "id"),
])
def test_a_threat_told_in_ones_own_words_gets_the_answer_without_a_scam_check(snapshot, text,
                                                                             lang):
    """Someone telling of the threat made to them needs the steps, not their own words read
    back as "a message with signs of a scam"."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == "sextortion"
    assert not reply.scam_warning and "🚩" not in reply.text


@pytest.mark.parametrize(("text", "lang", "topic"), [
    ("My daughter is 14. She isn't home, her phone is off, and her tablet still shows a chat: "
     "\"can't wait, I'll wait at the bus stop at 9, don't tell your dad\". It's 9:30.", "en",
     "missing_child"),
    ("Em gái tôi ở ký túc xá vừa nhắn: “chị cho mèo ăn giùm em, mật khẩu điện thoại là ngày sinh "
     "mẹ, em xin lỗi”. Gọi mãi không bắt máy.", "vi", "friend_at_risk"),
])
def test_a_plea_or_a_runaways_chat_quoted_in_a_danger_story_is_no_scam_to_read(
        snapshot, text, lang, topic):
    """Secrecy, haste or a password in a goodbye are what a scam shows too, but a frightened
    parent or sister gets the danger answer alone, not "this message shows signs of a scam"."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == topic
    assert not reply.scam_warning and "🚩" not in reply.text
    pasted = compose(snapshot, "My son got this, what do we do? 'I have your video. Send 3 "
                     "million VND to this MoMo number in 2 hours or your whole class sees it.'",
                     "en", None)
    assert pasted.urgent and pasted.scam_warning and "🚩" in pasted.text


def test_words_typed_without_diacritics_are_not_read_as_their_look_alikes(snapshot):
    """Without diacritics "biết nha" ("don't let your parents know, ok") is "biết nhà" (knows
    the house) and "anh gửi" (he sends) holds "ảnh" (a photo): a groomer's gift offer is
    grooming, not a stalker at the door nor a threat to send photos."""
    text = ("Be ngoan qua, anh tang be bo skin xin nhe. Add Zalo anh 0397 612 550 de anh gui, "
            "dung cho bo me biet nha.")
    reply = compose(snapshot, f"con toi nhan duoc tin nay: '{text}' co sao khong", "vi", None)
    assert not reply.urgent and reply.topic == "grooming"
    assert "threat" not in snapshot.redflags.read(text, "vi").ids
    told = "t biết nhà m ở đâu, tối nay ko chuyển 2tr thì cả trường m xem clip"
    assert compose(snapshot, told, "vi", None).urgent
    assert "threat" in snapshot.redflags.read("muốn a xóa thì chuyển 2tr, ko là a gửi cho ba mẹ "
                                              "e xem đó", "vi").ids


def test_a_weak_ranking_does_not_outvote_the_flags_for_the_scam_topic(snapshot):
    """A traffic-fine text ranks no scam topic well (its words are in no example); the
    ranking's cut-off must not leave the topic the flags name (an authority impersonated)
    below one that merely shares a word with it."""
    reply = compose(snapshot, "Cục CSGT thông báo: xe biển số 51K-223.09 vi phạm tốc độ, nộp "
                    "phạt 3.500.000đ trước 17h mai tại csgt-nopphat.gov-vn.cc để tránh bị tước "
                    "bằng lái", "vi", None)
    assert reply.kind == "check" and reply.scam_warning
    first = next(b.action for b in reply.buttons if b.action.startswith("topic:"))
    assert first == "topic:scam_impersonation"
    hijacked = compose(snapshot, "Chau oi chu vua doi sim nen Zalo bi loi, co ma xac nhan vua "
                       "gui vao may chau, chau chup gui chu voi", "vi", None)
    first = next(b.action for b in hijacked.buttons if b.action.startswith("topic:"))
    assert first == "topic:account_hacked"


@pytest.mark.parametrize(("text", "lang"), [
    ("We have the webcam recording from last night. Pay $500 in bitcoin to the wallet below "
     "within 24 hours and it gets deleted. Otherwise all your contacts receive it.", "en"),
    ("m nghĩ t ko giữ clip đó à. tối nay ko ck 1tr vào stk này thì t gửi hết cho cả lớp m vs "
     "phụ huynh.", "vi"),
    ("Chào bạn, mình có đoạn clip lúc bạn gọi video tối qua. Nạp 2 triệu vào ví hoặc mua thẻ "
     "Garena gửi mã cho mình là clip được xóa. Không thì 8h tối mai cả lớp và phụ huynh của "
     "bạn đều nhận được.", "vi"),
])
def test_a_pasted_threat_to_spread_a_video_for_money_is_danger_first(snapshot, text, lang):
    """Pasted with no word of the person who received it, an extortion message still gets 111
    first: its pictures, its price and its audience name the threat, even when its words are
    in no crisis cue."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and "111" in reply.text.split("\n", 1)[0]
    assert "sextortion" in (reply.topic, *reply.suggestions,
                            *(b.action.removeprefix("topic:") for b in reply.buttons))


def test_a_bank_named_only_as_the_account_to_pay_into_is_no_impersonation(snapshot):
    paid = snapshot.redflags.read("Tao có video call của mày. Chuyển 3 triệu vào STK 0451000xxx "
                                  "Vietcombank trước 8h tối nay, không thì gửi cho cả lớp.", "vi")
    assert "impersonation" not in paid.ids and "money_transfer" in paid.ids
    claimed = snapshot.redflags.read("Vietcombank: Tài khoản của quý khách bị tạm khóa. Xác minh "
                                     "tại vcb-xacminh.top trong 24h.", "vi")
    assert "impersonation" in claimed.ids
    assert "impersonation" not in snapshot.redflags.read(
        "sorry, I had bad buyers before. send the 2 million deposit to my Vietinbank account "
        "today or I sell it to someone else", "en").ids


def test_a_pasted_game_top_up_offer_is_the_game_items_scam_not_a_childs_spending(snapshot):
    reply = compose(snapshot, "Có anh trong game Liên Quân nhắn con tôi: “Anh có mã nạp quân huy "
                    "nội bộ, rẻ hơn nạp ở shop 5 lần. Em gửi anh tài khoản với mật khẩu, anh "
                    "nạp thẳng cho, xong chuyển khoản sau.” Có nên tin không?", "vi", None)
    first = reply.topic or next(b.action.removeprefix("topic:") for b in reply.buttons
                                if b.action.startswith("topic:"))
    assert reply.scam_warning and first == "scam_game_items"
    spent = compose(snapshot, "toi phat hien tai khoan google play cua toi bi tru 1.990.000d cho "
                    "goi VIP pass, chac thang nho bam nham, co cach nao lay lai tien khong",
                    "vi", None)
    assert spent.topic == "in_app_spending"


def test_a_reply_shows_the_three_weightiest_signs_and_json_keeps_them_all(snapshot):
    """A phone screen has room for three signs; `ask --json` lists every one found."""
    text = ("Is this real? 'SHOPEE: Chúc mừng bạn trúng thưởng iPhone 15! Nộp phí 300k trước 23h "
            "hôm nay để nhận quà, không thì mất giải. Gửi mã OTP và nhấn shopee-quatang.xyz, "
            "đừng nói với ai'")
    reply = compose(snapshot, text, "vi", None)
    shown = [line for line in reply.text.splitlines() if line.startswith("🚩")]
    assert reply.scam_warning and len(reply.flags) > 3 and len(shown) == 3
    signs = snapshot.content.scam.signs
    named = [f for f in reply.flags if signs[f].explain["vi"] in reply.text]
    hidden = [f for f in reply.flags if f not in named]
    assert len(named) == 3 and hidden
    assert min(signs[f].weight for f in named) >= max(signs[f].weight for f in hidden)


def test_a_sign_implied_by_another_is_not_shown_twice(snapshot):
    reply = compose(snapshot, "Is this legit? 'Congratulations! You won a laptop. Pay a 15 dollar "
                    "delivery fee first to claim it'", "en", None)
    assert {"upfront_fee", "money_transfer"} <= set(reply.flags)
    why = snapshot.content.scam.signs["money_transfer"].explain["en"]
    assert why not in reply.text


def test_a_login_link_gets_steps_for_the_real_app_not_a_call_back(snapshot):
    text = ("is this real?? 'Roblox: your account will be banned in 24h. Verify your login now at "
            "rob1ox-secure.com/verify'")
    reply = compose(snapshot, text, "en", "parent")
    steps = snapshot.content.scam.text("what_to_do_link", "en")
    assert reply.scam_warning and steps in reply.text
    assert snapshot.content.scam.text("what_to_do", "en") not in reply.text
    money = compose(snapshot, "is this real? 'Hi mum, new number, my phone broke. Can you "
                    "transfer 2 million to this account today, I'll explain later'", "en", None)
    assert snapshot.content.scam.steps_for["scam_impersonation"]["en"] in money.text


@pytest.mark.parametrize(("text", "lang", "topic"), [
    ("tin này thật ko: 'CHUC MUNG THUE BAO DA TRUNG THUONG XE SH. NOP PHI 1.500.000D TAI "
     "nhanqua-tri-an.top DE NHAN GIAI'", "vi", "scam_fake_prize"),
    ("ini beneran? 'Dicari freelancer like & follow video TikTok, 1 tugas Rp40.000, wajib top up "
     "Rp100.000 untuk membuka tugas, hubungi admin di Telegram'", "id", "scam_online_jobs"),
])
def test_a_scam_of_a_known_kind_gets_that_kinds_steps(snapshot, text, lang, topic):
    """A prize asks a fee, a task job a top-up: the steps say so, not "call your bank"."""
    reply = compose(snapshot, text, lang, "parent")
    assert reply.kind == "check" and reply.scam_warning
    assert snapshot.content.scam.steps_for[topic][lang] in reply.text
    teen = compose(snapshot, text, lang, "teen")
    assert snapshot.content.scam.text("what_to_do_teen", lang) in teen.text


def test_a_parents_story_of_a_threat_is_answered_without_a_scam_banner(snapshot):
    """"Con gái tôi kể là nó bắt chuyển 3 triệu…": the threat is told, not pasted; the
    sextortion steps answer it and no list of signs follows. The blackmailer's own words,
    pasted alone, keep their signs."""
    told = compose(snapshot, "Con gái tôi 15 tuổi vừa khóc kể là người yêu qua mạng giữ ảnh của "
                   "nó, bắt chuyển 5 triệu trước 9 giờ tối nay không thì gửi cho cả lớp", "vi",
                   None)
    assert told.topic == "sextortion" and told.urgent and not told.scam_warning
    assert "🚩" not in told.text
    pasted = compose(snapshot, "Chào em, cuộc gọi tối qua anh quay lại hết rồi, anh có danh sách "
                     "bạn bè Facebook của em. Không muốn clip bị phát tán thì chuyển 10 triệu "
                     "trong hôm nay", "vi", None)
    assert pasted.urgent and pasted.scam_warning and "🚩" in pasted.text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Mẹ ơi chị Lan nhắn thế này: 'em mua giúp chị 2 thẻ Viettel 200k rồi chụp mã gửi chị nhé, "
     "tối chị trả'", "vi", "money_transfer"),
    ("is this ok? 'hey im locked out of my acc, i'll send a code to your phone, just screenshot it "
     "and send it back'", "en", "otp_request"),
    ("'Em xinh quá, gửi anh vài tấm ảnh nhé, chuyện này chỉ hai anh em biết thôi'", "vi",
     "secrecy"),
])
def test_everyday_wordings_of_a_sign_are_read(snapshot, text, lang, flag):
    assert flag in compose(snapshot, text, lang, None).flags


@pytest.mark.parametrize(("text", "lang"), [
    ("Livin' by Mandiri: Transfer masuk Rp250.000 dari IBU SRI ke rekening 137xxxx891. Berita: "
     "uang buku", "id"),
    ("BNI: Transfer masuk Rp150.000 dari PAPA ke rekening Anda. Berita: bayar les", "id"),
])
def test_a_notice_of_money_received_asks_for_no_transfer(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert "money_transfer" not in reply.flags and not reply.scam_warning


@pytest.mark.parametrize(("text", "lang"), [
    ("có phải lừa không? 'Chi cục Thuế thông báo: mã số thuế cá nhân của ông/bà bị sai lệch, sẽ bị "
     "xử phạt. Cập nhật CCCD tại thue-canhan.top trước 17h'", "vi"),
    ("is this real? 'Tax Department: you have an unpaid penalty of 3,000,000 VND. Pay at "
     "gdt-taxvn.cc within 24 hours or your account will be frozen'", "en"),
])
def test_an_office_claiming_to_write_is_impersonation_before_its_link(snapshot, text, lang):
    """A tax office or the police "writing" with a link: the claim is the scam people must learn
    to doubt (call the office yourself), so its topic comes first."""
    reply = compose(snapshot, text, lang, None)
    first = reply.topic or (reply.suggestions[0] if reply.suggestions else None)
    assert reply.scam_warning and first == "scam_impersonation"



def test_signs_under_a_grooming_answer_are_no_scam_and_gifts_win_trust(snapshot):
    """A teen's story of an adult who sends skins and wants secrecy: the signs are a person
    after a child. Calling it "a scam" or gifts "a trick to steal game accounts" misleads."""
    reply = compose(snapshot, "có a trên ig nhắn e bảo a 19t, khen e xinh hoài, hay tặng skin vs "
                    "dặn đừng kể ai. v có sao ko ạ, a ấy còn rủ qua tele nc riêng", "vi", None)
    signs = snapshot.content.scam
    assert reply.scam_warning and "free_game_items" in reply.flags
    # The calm first step comes first; the signs that gave it away follow.
    steps = snapshot.content.topics["grooming"].text_for("vi", "teen")
    assert reply.topic == "grooming" and reply.text.startswith(steps.splitlines()[0])
    assert f"\n\n{signs.text('warning_abuse', 'vi')}" in reply.text
    assert signs.signs["free_game_items"].explain_abuse["vi"] in reply.text
    assert signs.signs["free_game_items"].explain["vi"] not in reply.text
    scam = compose(snapshot, "Garena tặng 9999 kim cương miễn phí, đăng nhập tại garena-qua.top "
                   "để nhận trước 23h", "vi", None)
    assert scam.text.startswith(signs.text("warning_kind_sure", "vi",
                                           kind=signs.kind("scam_game_items", "vi")))


@pytest.mark.parametrize(("text", "lang"), [
    ("Chúc mừng thuê bao trúng xe máy trong chương trình tri ân khách hàng Viettel, đóng phí "
     "trước bạ 2.000.000đ vào STK 1903 6674 2201 để nhận", "vi"),
    ("Congratulations! You won a phone in the Grab 10th Anniversary Draw. Pay the 199,000 VND "
     "delivery fee at grab-rewards.shop before midnight", "en"),
    ("Cong ty TNHH Thuong mai Shopee Viet tuyen cong tac vien, nap tien lam nhiem vu, hoa hong "
     "20% moi don. Dang ky: cutt.ly/viec-lam-99", "vi"),
])
def test_a_brand_named_as_the_giver_or_employer_is_claimed_to_speak_for(snapshot, text, lang):
    """'tri ân khách hàng Viettel', 'Grab 10th Anniversary', 'Công ty TNHH … Shopee': the message
    says it comes from the brand."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and "impersonation" in reading.ids


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Đặt cọc qua STK để giữ máy, chỉ còn 3 chiếc cuối", "vi", "urgency"),
    ("shop nhắn chuyển thêm 500k để kích hoạt đơn, nhận hàng sẽ hoàn lại toàn bộ", "vi",
     "upfront_fee"),
    ("top up 300k to unlock your withdrawal, then pay 500k to activate the VIP level", "en",
     "upfront_fee"),
    ("Vui lòng cập nhật địa chỉ và số thẻ ngân hàng tại trang này", "vi",
     "personal_data_request"),
    ("rủ đi làm mẫu ảnh bên Thái 1 tuần, bao vé máy bay", "vi", "abroad"),
    ("Do not discuss this case with anyone, including your family", "en", "secrecy"),
    ("We need online assistants to boost product ratings, paid per task", "en", "job_offer"),
])
def test_scarcity_a_fee_to_unlock_card_details_a_job_abroad_and_a_gag_are_signs(
        snapshot, text, lang, flag):
    assert flag in snapshot.redflags.read(text, lang).ids


def test_flags_that_point_hard_to_a_close_scam_topic_name_it_over_a_childs_own_spending(snapshot):
    """"admin Garena… gửi anh mật khẩu để anh nạp vào acc" shares the words of a child's own
    top-up, but a password asked for and free diamonds are a game-item scam."""
    reply = compose(snapshot, "Con trai tôi 11 tuổi được một người trong Free Fire nhắn: 'Anh là "
                    "admin Garena, em được tặng 5000 kim cương, gửi anh tên đăng nhập Facebook với "
                    "mật khẩu để anh nạp vào acc cho.' Cháu suýt gửi rồi. Tôi nên làm gì?", "vi",
                    None)
    assert _first_topic(reply) == "scam_game_items"
    assert reply.scam_warning


def test_a_grandmother_wanting_to_see_where_a_teen_is_is_no_scam_nor_a_threat(snapshot):
    """"bà e muốn cài app để biết e ở đâu": the writer's own family, and "to know where I am" is
    no "I know where you are"."""
    text = ("bà e muốn cài app để biết e ở đâu, a trai e bảo ko sao nma e thấy kì kì 😅 share vị "
            "trí vs gđ có ok ko ns thật đi")
    reply = compose(snapshot, text, "vi", None)
    assert reply.kind != "check" and not reply.scam_warning and not reply.urgent
    assert "threat" not in snapshot.redflags.read(text, "vi").ids
    assert "threat" in snapshot.redflags.read("a biết e ở đâu rồi, tối nay ko chuyển tiền thì "
                                              "đừng trách", "vi").ids


@pytest.mark.parametrize(("text", "flag", "present"), [
    # typed plainly, a data plan's "dung luong" and a call's "chat luong" hold "lương"
    ("Dung luong Data con lai cua goi BIG: 1207 MB, su dung den 23:59", "job_offer", False),
    ("Dich vu THOAI CHAT LUONG CAO 4G (VoLTE) mien phi", "job_offer", False),
    ("Tuyen nhan vien kho, luong 10 trieu/thang", "job_offer", True),
    # a cue that writes the whole everyday phrase still fires
    ("Thanh ly iPhone, so luong co han, coc truoc 1 trieu", "urgency", True),
    # typed with diacritics, "dùng lương" is not the data plan
    ("dùng lương tháng này mua điện thoại", "job_offer", True),
    # "ca nhan" (personal) holds no "nhắn" (send): a notice about ID cards asks for nothing
    ("Ca nhan khong su dung so ho khau thi mang the CCCD khi lam thu tuc",
     "personal_data_request", False),
    ("Nhan anh CCCD 2 mat cho minh qua Zalo nhe", "personal_data_request", True),
    # a shop's address, and the products it supplies, are no data request and no "only 185 left"
    ("Địa chỉ: 185 Nguyễn Thái Sơn, chuyên cung cấp sản phẩm điện thoại chính hãng",
     "personal_data_request", False),
    ("Cửa hàng ở dia chi 185 ng Thai Son giảm 500k cuối năm", "urgency", False),
])
def test_an_everyday_word_holding_a_cue_word_is_not_the_cue(snapshot, text, flag, present):
    assert (flag in snapshot.redflags.read(text, "vi").ids) is present


def test_a_carrier_notice_whose_only_contact_is_its_free_line_is_not_a_scam(snapshot):
    notice = ("Chuc mung Quy khach! Thue bao cua Quy khach se duoc cong 10.000 diem Viettel++ "
              "trong 24h neu chua nhan qua Tet tu Viettel. Chi tiet LH 198 (0d). Tran trong.")
    lure = ("Chuc mung Quy khach! Thue bao cua Quy khach se duoc cong 10.000 diem Viettel++ "
            "trong 24h neu chua nhan qua Tet tu Viettel. Chi tiet LH 0912 345 678.")
    assert not snapshot.redflags.read(notice, "vi").warning
    assert snapshot.redflags.read(lure, "vi").warning


def test_a_package_code_said_twice_is_no_disguise(snapshot):
    text = ("Quy khach da dang ky thanh cong goi ST7K: 7.000d/ngay co 1GB. Truy cap "
            "https://viettel.vn/kttk de kiem tra uu dai. De huy gia han, soan HUY ST7K gui 191.")
    assert not snapshot.redflags.read(text, "vi").warning


def test_a_police_advisory_about_sextortion_is_neither_a_threat_nor_danger_now(snapshot):
    """Parents receive these notices and paste them: they describe a kind of crime."""
    advisory = ("[TB] Bộ Công an cảnh báo: Xuất hiện tình trạng tội phạm lợi dụng hình ảnh, "
                "video của người dân trên không gian mạng để cắt, ghép tạo nội dung nhạy cảm "
                "nhằm đe doạ, tống tiền. Khuyến cáo người dân: không chuyển tiền.")
    reply = compose(snapshot, advisory, "vi", "parent")
    assert not reply.urgent and not reply.scam_warning
    told = compose(snapshot, "Bộ Công an cảnh báo thủ đoạn này rồi. Giờ có người đang dọa "
                             "tung ảnh nóng của con tôi nếu không chuyển tiền", "vi", "parent")
    assert told.urgent and told.topic == "sextortion"


def test_a_blackmailers_message_pasted_bare_gets_111_then_its_signs(snapshot):
    text = ("I know you're 15 and I have the pictures you sent. Send $300 in Steam cards in "
            "the next 6 hours or every follower of yours gets them.")
    reply = compose(snapshot, text, "en", None)
    assert reply.urgent and reply.topic == "sextortion" and reply.scam_warning
    story = ("some guy i met on snapchat has pics of me and says if i dont send $300 in gift "
             "cards by midnight he sends them to my school")
    told = compose(snapshot, story, "en", None)
    assert told.urgent and not told.scam_warning


def test_a_message_asked_about_with_no_signs_gets_the_honest_check_not_a_guessed_topic(
        snapshot):
    text = ('tin nay that khong: "Dung luong data con lai cua quy khach la 0 MB. De mua them '
            'goi, soan tin gui 191. CSKH 198 (0d)"')
    reply = compose(snapshot, text, "vi", None)
    assert reply.kind == "check" and not reply.scam_warning
    assert reply.text.startswith(snapshot.content.scam.text("no_signs", "vi"))


@pytest.mark.parametrize(("text", "lang", "shown"), [
    ("hi mum i dropped my phone, can u transfer 4 million for a new one its urgent", "en",
     "transfer 4 million"),
    ("Ma ini aku, tolong transfer 2 juta buat bayar kos hari ini ya", "id", "transfer 2 juta"),
])
def test_words_ending_on_an_amount_show_its_unit(snapshot, text, lang, shown):
    """"transfer 4" alone reads as a cut-off quote: the amount's unit belongs to it."""
    reading = snapshot.redflags.read(text, lang)
    assert {f.id: f.evidence for f in reading.flags}["money_transfer"] == shown


@pytest.mark.parametrize(("text", "lang"), [
    ("MoMo: Ban vua nhan 200.000d tu TRAN VAN BINH, loi nhan: tien sach vo. So du vi: 350.000d. "
     "Xem chi tiet trong ung dung MoMo.", "vi"),
    ("(TB) Bay Phu Quoc chi tu 990K, nhieu diem den hap dan dang cho ban kham pha. Dat ve tren "
     "VNPT Money nhan ngay uu dai 200.000d tai km.vnptmoney.vn/ve", "vi"),
    ("Grab: Your driver is on the way with your order from the bakery. Track the driver in the "
     "Grab app and enjoy your meal!", "en"),
])
def test_a_services_notice_passed_on_is_read_for_its_signs_not_as_danger(snapshot, text, lang):
    """A label at the head ("MoMo:", "(TB)") says a service wrote it: "đang chờ bạn" (waiting
    for you) in an advert is no one outside, and the honest reading beats a danger menu."""
    reply = compose(snapshot, text, lang, None)
    assert not reply.urgent
    assert reply.kind == "check" and not reply.scam_warning


def test_a_person_named_with_an_app_in_a_label_is_no_service_notice(snapshot):
    reading = snapshot.redflags.read("Temenku di Discord: 'lo orang terakhir yang aku chat', "
                                     "habis itu dia offline", "id")
    assert not reading.notice
    assert snapshot.redflags.read("Ví MoMo: Bạn vừa nhận 50.000đ", "vi").notice


@pytest.mark.parametrize(("text", "lang", "flag", "quote"), [
    # the stretch from a sign's first word to its last, not its parts with "…" between
    ("Garena tặng 9999 kim cương cho bạn may mắn", "vi", "free_game_items", "tặng 9999 kim cương"),
    # one word alone is widened to what it says
    ("Grandma, can you pay a bill for me today? I lost my card", "en", "money_transfer",
     "pay a bill"),
])
def test_a_signs_quote_reads_as_the_message_wrote_it(snapshot, text, lang, flag, quote):
    flags = {f.id: f.evidence for f in snapshot.redflags.read(text, lang).flags}
    assert flags.get(flag) == quote, flags


def test_a_bank_named_only_as_where_to_pay_is_quoted_by_its_name_and_not_impersonated(
        snapshot):
    text = ("Chúc mừng bạn trúng thưởng xe máy. Để nhận giải vui lòng nộp phí 2 triệu vào stk "
            "0123456789 Vietinbank và gửi ảnh cccd qua zalo")
    flags = {f.id: f.evidence for f in snapshot.redflags.read(text, "vi").flags}
    assert "impersonation" not in flags and "upfront_fee" in flags, flags


def test_words_quoted_in_a_story_are_not_a_pasted_message(snapshot):
    """A grandmother's words, quoted in a parent's question about posting photos: the
    sharenting answer, not a scam check."""
    text = ("Bà nội hay đăng ảnh tắm của bé lên Facebook để công khai. Tôi nói thì bà bảo 'ảnh "
            "cháu bà thì bà đăng, có sao đâu'. Có nguy hiểm thật không?")
    reply = compose(snapshot, text, "vi", None)
    assert reply.kind == "answer" and reply.topic == "sharenting", (reply.kind, reply.topic)


@pytest.mark.parametrize(("text", "lang"), [
    ("Zalo giống hệt cô chủ nhiệm nhắn: phụ huynh chuyển 900k học phí vào stk 0123 trước 4h chiều "
     "nay. Nhưng tên tài khoản không phải tên cô", "vi"),
    ("The 'teacher' on WhatsApp wants 50 dollars for the trip sent to a bank account by tonight, "
     "but the name on the account doesn't match", "en"),
    ("Akun yang ngaku wali kelas minta transfer uang study tour hari ini, tapi nama rekening bukan "
     "nama bu guru", "id"),
])
def test_an_account_in_another_name_than_the_sender_claims_is_impersonation(snapshot, text,
                                                                            lang):
    """The name on the account to pay into is not the teacher's who writes: someone posing as
    her. ("ảnh đại diện", a profile picture, is no 'điền', fill in.)"""
    reading = snapshot.redflags.read(text, lang)
    assert "impersonation" in reading.ids and reading.warning
    assert "personal_data_request" not in reading.ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Cháu nhà chị đang bị tạm giữ ở đồn vì đánh nhau, chuyển 15 triệu để bảo lãnh", "vi"),
    ("Your daughter has been arrested and is in custody, pay the bail by transfer", "en"),
    ("Anak Bapak sedang ditahan di kantor polisi, transfer uang jaminan ke rekening ini", "id"),
])
def test_a_child_held_by_police_for_money_is_a_warning(snapshot, text, lang):
    """The "online kidnapping" script: police never take bail by transfer, so a child "held"
    and money asked is enough to warn (impersonation's strong cues with the transfer)."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and "impersonation" in reading.ids


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Chị ơi em là cô chủ nhiệm lớp 5A, bé bị ngã đang cấp cứu, chị chuyển gấp 10 triệu vào tài "
     "khoản bác sĩ nhé. Có thật không?", "vi", "scam_impersonation"),
    ("is this real? 'Congratulations! You won an iPhone 15. Pay 200k shipping fee to claim: "
     "bit.ly/xyz'", "en", "scam_fake_prize"),
])
def test_the_warning_names_the_kind_of_scam_both_readings_agree_on(snapshot, text, lang, kind):
    """"Is this real?" is answered in the first line: a known kind of scam, by its name."""
    signs = snapshot.content.scam
    reply = compose(snapshot, text, lang, None)
    assert reply.kind == "check" and reply.scam_warning
    sure = snapshot.redflags.read(text, lang).score >= signs.sure_at
    assert reply.text.splitlines()[0] == signs.text(
        "warning_kind_sure" if sure else "warning_kind", lang, kind=signs.kind(kind, lang))



@pytest.mark.parametrize("text", [
    "acc fb cua minh bi hack roi, no doi mk luon, gio dang nhan tin cho ban be minh vay tien",
    "tài khoản zalo của em bị hack rồi, nó đổi mật khẩu và nhắn cho bạn bè em xin tiền",
])
def test_a_hacked_account_told_by_its_owner_gets_the_recovery_steps_not_a_scam_verdict(
        snapshot, text):
    """"nó đổi mk … nhắn tin cho bạn bè" tells what the thief did; nobody asks for a password."""
    reply = compose(snapshot, text, "vi", None)
    assert reply.kind == "answer" and reply.topic == "account_hacked", (reply.kind, reply.topic)
    assert not reply.scam_warning


@pytest.mark.parametrize("text", [
    "doc bao thay vu nu sinh bi doa tung clip ma so qua, nen cai dat gi cho con",
    "con gui tin nhan cho me ma so qua",
])
def test_but_afraid_typed_without_marks_is_not_a_code_number(snapshot, text):
    """"mà sợ" without its marks is "ma so", the same letters as "mã số": with "đọc" or
    "gửi" nearby it once read as a request to read out a code."""
    assert "otp_request" not in snapshot.redflags.read(text, "vi").ids


@pytest.mark.parametrize(("text", "lang", "flag"), [
    # An office of the state writes from gov.vn: under its label a link elsewhere is a
    # stranger's site, even on a .vn name (no brand list knows every office).
    ("Bo Tai Chinh thong bao: ho so nhan ho tro cua ban da duoc duyet, hoan tat xac nhan tai "
     "hotro-nguoidan.vn truoc 20h toi nay", "nd", "impersonation"),
    ("[Cong an phuong] Yeu cau cong dan cap nhat thong tin cu tru tai cutru-online.com de tranh "
     "bi phat", "nd", "impersonation"),
    # A debt collector pressing a relative by a deadline.
    ("Em trai anh/chi la Tran Van Binh no 40 trieu qua han, khong thay thien chi tra no. Truoc 16h "
     "hom nay khong thanh toan ben em se chuyen ho so qua xu ly", "nd", "threat"),
    ("Ông Lê Văn Tâm đã khai số ông là người thân. Khoản vay quá hạn, trong hôm nay không thanh "
     "toán bên tôi sẽ xuống nhà làm việc", "vi", "threat"),
    # An account handed over with its password and a balance: a fake exchange shows the money
    # until a fee is paid to withdraw it.
    ("Tai khoan cua ban da duoc kich hoat. Mat khau: hq7781. So du 2,350 USDT, rut tien tai "
     "vq-coin.net", "nd", "easy_money"),
    ("Hey, I'm quitting trading. Login: xtrade-pro.net pass: Kx!2231, balance 8,000 USDT, "
     "withdraw it and keep half", "en", "easy_money"),
])
def test_real_sms_kinds_are_warned_with_the_sign_that_carries_them(snapshot, text, lang, flag):
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


def test_an_office_of_the_state_linking_to_its_own_site_is_no_warning(snapshot):
    reading = snapshot.redflags.read(
        "Bo Y te thong bao: lich tiem chung mo rong thang 12 xem tai moh.gov.vn", "nd")
    assert not reading.warning, reading


@pytest.mark.parametrize(("text", "lang"), [
    ("EVNHANOI: Tam ngung cap dien de sua chua luoi dien tu 8h den 11h ngay 14/12 tai to 3, "
     "phuong Mai Dich. Xin loi quy khach vi su bat tien nay.", "nd"),
    ("Tiệm hoa Cúc Vàng xác nhận đơn bó hoa sinh nhật giao 18h thứ Bảy. Đã cọc 150.000đ, "
     "còn lại 350.000đ khi nhận hàng.", "vi"),
])
def test_a_planned_outage_and_a_paid_deposit_are_no_warning(snapshot, text, lang):
    reading = snapshot.redflags.read(text, lang)
    assert not reading.warning, reading


def test_a_first_deposit_bonus_of_a_betting_site_is_a_prize(snapshot):
    assert "prize" in snapshot.redflags.read(
        "CA CUOC BONG DA - nap lan dau tang ngay 150k, rut 5 phut: keo99 . vip", "nd").ids


@pytest.mark.parametrize(("text", "lang"), [
    ("[TB] Công an tỉnh cảnh báo: thủ đoạn giả danh cán bộ thuế gọi điện yêu cầu chuyển tiền, "
     "cài ứng dụng lạ. Người dân cảnh giác, không làm theo.", "vi"),
    ("(TB) Bo TT&TT de nghi nguoi dan canh giac voi thu doan gia mao ngan hang yeu cau chuyen "
     "khoan, tra cuu dia chi web tai tinnhiemmang.vn", "nd"),
])
def test_an_offices_public_warning_about_scams_is_no_scam(snapshot, text, lang):
    """A warning names every trick it warns of; it asks nothing of the reader."""
    assert not snapshot.redflags.read(text, lang).warning


def test_a_public_warning_with_a_strangers_link_is_still_read(snapshot):
    reading = snapshot.redflags.read(
        "[TB] Cảnh giác thủ đoạn lừa đảo mới! Kiểm tra tài khoản của bạn có bị lộ tại "
        "kiemtra-taikhoan.top, nhập mật khẩu để xác minh.", "vi")
    assert reading.warning, reading


def test_vinaphones_own_data_notice_is_no_look_alike(snapshot):
    reading = snapshot.redflags.read(
        "(TB) Quy khach da dung het data khuyen mai cua VinaPhone. Chi tiet tai "
        "https://myvnpt.com.vn/goicuoc", "nd")
    assert "lookalike_domain" not in reading.ids and not reading.warning


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Ban da du dieu kien NH4N T1EN hoan thue, xac nhan tai: [LINK]", "nd", "link"),
    ("Nguoi than cua ban bi tai nan dang cap cuu tai BV tinh, can chuyen gap 15tr vien phi. "
     "Goi bac si Long 09xx xxx xxx", "nd", "impersonation"),
    ("Xoa lich su CIC, xoa no xau trong 5 ngay, dam bao vay lai duoc. LH 09xx xxx xxx", "nd",
     "easy_money"),
    ("Don hang bi huy, ban duoc hoan tien do giao tre 1.200.000d. Nhan truoc 21h hom nay tai "
     "bit.ly/hoan-don", "nd", "prize"),
    ("DIEN LUC thong bao khach hang co 2 hoa don chua thanh toan. De nghi quy khach thanh toan "
     "trong vong 3 ngay ke tu khi nhan duoc tin nhan nay.", "nd", "urgency"),
])
def test_more_real_sms_kinds_are_warned_59b(snapshot, text, lang, flag):
    """59b (real SMS, the looked-at half, and sms_dev60): an address the person pasting took
    out, a relative's accident with a doctor to pay, a credit history wiped, a refund to claim
    through a short link, a bill that gives days counted from the message."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


@pytest.mark.parametrize(("text", "lang"), [
    ("Me oi con gui link bai tap: [link] me xem giup con nhe", "nd"),
    ("EVNHANOI thong bao: tien dien ky 11/2026 cua KH PD12000123456 la 412.300d. Thanh toan "
     "qua app EVNHANOI hoac ngan hang.", "nd"),
])
def test_a_link_taken_out_or_a_named_bill_alone_is_no_warning_59b(snapshot, text, lang):
    assert not snapshot.redflags.read(text, lang).warning


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Cho minh muon 2 trieu den toi minh tra nhe, chuyen vao STK 0123 4567 89 ten Le Thi Mai, "
     "day la tai khoan em gai minh", "nd", "impersonation"),
    ("Ban oi dt minh het tien, mua giup minh 3 the Viettel 200k roi chup ma gui cho minh, ve "
     "minh tra", "nd", "impersonation"),
    ("Kami dari Kantor Pajak. Terdeteksi tunggakan pajak atas nama Anda. Hubungi petugas "
     "0812 3456 7890 hari ini", "id", "threat"),
    ("Hey! I've been doing crypto arbitrage with a mentor, 15% weekly returns, want the link?",
     "en", "easy_money"),
])
def test_a_third_persons_account_a_card_for_a_phone_out_of_credit_and_more_59h(
        snapshot, text, lang, flag):
    """59h (sms_dev61, read this round): a loan into a sister's account, top-up cards for a
    phone out of credit, a tax office with a mobile number, weekly returns."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


def test_a_package_file_sent_with_a_parcel_notice_is_read_for_its_signs_59h(snapshot):
    reply = compose(snapshot, "Paket Anda tertahan. Cek foto paket di file ini: Cek_Paket.apk",
                    "id", None)
    assert reply.scam_warning and "app_install" in reply.flags, reply.text


def test_a_tax_refund_to_claim_through_a_link_taken_out_is_a_warning_59j(snapshot):
    reply = compose(snapshot, "Ban co khoan tien hoan thue 1.800.000d chua nhan, xac nhan tai "
                              "[LINK] truoc 16h hom nay", "vi", None)
    assert reply.scam_warning and "prize" in reply.flags, reply.text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Mo the tin dung han muc 100 trieu, vui long cung cap so the va ma CVV de duyet ho so",
     "nd", "password_request"),
    ("To confirm your refund please reply with the card number and CVV", "en",
     "password_request"),
    ("Untuk verifikasi hadiah, kirim nomor kartu dan kode CVV ke admin", "id",
     "password_request"),
    ("San vang online VNGOLD lai 1,5%/ngay, rut bat ky luc nao: vngold-vip.top", "nd",
     "easy_money"),
])
def test_a_card_security_code_asked_or_daily_interest_promised_is_a_warning_60b(
        snapshot, text, lang, flag):
    """60b (sms_dev62, read this round): the code on the back of a card asked like a PIN; a
    daily interest rate written with a decimal ("1,5%/ngày")."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


@pytest.mark.parametrize(("text", "lang"), [
    ("Truong THCS Kim Dong: diem thi hoc ky cua hs Le An da duoc cap nhat tren SMAS, phu huynh "
     "dang nhap de xem", "nd"),
    ("Vietinbank: Tuyet doi khong cung cap ma OTP, ma CVV cho bat ky ai", "nd"),
])
def test_a_school_notice_to_log_in_and_a_bank_warning_about_cvv_are_no_scam_60b(
        snapshot, text, lang):
    assert not snapshot.redflags.read(text, lang).warning


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Mình đã chuyển cọc qua cổng thanh toán, bạn nhập thẻ để nhận tiền nhé: chotot-coc.pro",
     "vi", "password_request"),
    ("Ảnh của bạn đang lan truyền trên mạng, xem tại pic-view.cc/a/77 trước khi bị xóa", "vi",
     "threat"),
    ("Nhiem vu hom nay: 3 don ho tro shop, hoan von + hoa hong 20%, nhan ma don qua CSKH", "nd",
     "easy_money"),
    ("Cap nuoc Gia Dinh: quy khach no tien nuoc 2 thang, se ngung cap nuoc neu khong thanh toan "
     "truoc 17h hom nay tai capnuoc-gd.top", "nd", "threat"),
])
def test_a_card_to_receive_money_shop_staff_on_zalo_and_more_60d(snapshot, text, lang, flag):
    """60d (sms_dev63, read this round): a buyer's payment "received" by typing one's card,
    "your photo is going round", tasks with capital back, water cut for a bill unpaid."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


def test_a_water_maintenance_notice_is_no_threat_60d(snapshot):
    text = ("Cap nuoc Gia Dinh thong bao tam ngung cap nuoc tu 22h den 4h de sua duong ong. "
            "Ma KH 0411223, vui long tru nuoc. Chi tiet tren app CapNuocGD.")
    assert not snapshot.redflags.read(text, "vi").warning


@pytest.mark.parametrize(("text", "lang"), [
    ("Chao anh, sang nay em chuyen nham 2.000.000d vao tai khoan cua anh. Anh kiem tra roi chuyen "
     "lai giup em vao STK 1903 2211 0099 nhe", "nd"),
    ("Hi, I sent money to your account by mistake this morning. Please transfer it back to "
     "account 0049 1122 3344, thanks", "en"),
    ("Permisi kak, tadi saya salah transfer Rp800.000 ke rekening kakak. Tolong dikembalikan ke "
     "rekening BRI 0021 3344 5566 ya", "id"),
])
def test_money_sent_by_mistake_and_asked_back_is_a_warning_61c(snapshot, text, lang):
    """61c (sms_dev64-65, read this round): "I sent money to you by mistake" in one sentence,
    "send it back to this account" in the next: the money is often a loan's payout, and the
    request alone is the warning."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and "money_transfer" in reading.ids, reading


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Công an phường thông báo: căn cước của anh/chị đang bị sử dụng để mở tài khoản cờ bạc, liên "
     "hệ cán bộ 0329 111 222 trước 16h hôm nay", "vi", "urgency"),
    ("SHOPEE: don hang bi huy, nhan tin Zalo CSKH 0792 000 111 de nhan lai tien", "nd", "prize"),
    ("Chuyên gia chứng khoán: mã ABC hôm nay tăng trần, vào nhóm Zalo kín nhận khuyến nghị", "vi",
     "easy_money"),
    ("Paket Anda tertahan, unduh aplikasi Cek Resi (APK) untuk konfirmasi alamat", "id",
     "app_install"),
])
def test_a_police_mobile_a_refund_on_zalo_and_more_61c(snapshot, text, lang, flag):
    """61c (sms_dev64-65): a police notice naming a mobile number to call today, a refund
    through a Zalo number, a stock tip group, an app's installer named by its kind."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


@pytest.mark.parametrize(("text", "lang"), [
    ("GHTK: Don hang S21975.BO.MN4.A2 cua ban dang duoc giao, shipper se goi truoc khi giao. Theo "
     "doi tren app GHTK.", "nd"),
    ("EVNHANOI: Tam ngung cap dien de bao tri tu 7h den 16h ngay 09/04 khu vuc phuong Dich Vong. "
     "Xem lich cat dien tren app EVNHANOI.", "nd"),
    ("Truong MN Hoa Sen: hoc phi thang 3 cua be la 3.450.000d, phu huynh dong truoc ngay 10/03 "
     "qua chuyen khoan hoac tai van phong truong.", "nd"),
    ("Vietjet: chuyến bay VJ123 bị hủy, quý khách gọi tổng đài 1900 1886 để được hoàn tiền.",
     "vi"),
])
def test_an_order_code_an_outage_a_school_fee_and_an_airline_refund_are_no_scam_61c(
        snapshot, text, lang):
    """61c: an order code with dots is no address; a planned power cut threatens nothing; a
    school fee's deadline is no fee asked first; a refund through the airline's own hotline."""
    assert not snapshot.redflags.read(text, lang).warning


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Don hang SPX123 bi hoan vi chua thanh toan phi COD chenh lech 30k, lien he shipper 0389 000 "
     "111 de chuyen khoan", "nd", "upfront_fee"),
    ("Buu pham tu Nhat Ban dang bi giu tai hai quan do chua dong thue, lien he 0947 000 222 de nop "
     "3.500.000d", "nd", "upfront_fee"),
    ("Co Mai GVCN thong bao dong quy lop 300k han chot chieu nay, Zalo lop bi loi nen co nhan qua "
     "so nay 0836 000 333", "nd", "moves_off_platform"),
])
def test_a_cod_difference_customs_tax_and_a_broken_class_group_are_warnings_61g(
        snapshot, text, lang, flag):
    """61g (sms_dev66, read this round: 64/70 warned on arrival)."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


def test_a_mistaken_transfer_naming_the_senders_child_is_still_read_as_pasted_61g(snapshot):
    """"Itu uang berobat anak saya": the sender's child, not the reader's: the message is one
    received, and its signs are shown."""
    text = ("Maaf Bu, saya salah transfer Rp900.000 ke rekening Ibu, itu uang sekolah anak saya. "
            "Mohon dikembalikan ke rekening BNI 0011 2233 4455 ya")
    reply = compose(snapshot, text, "id", None)
    assert reply.scam_warning and "money_transfer" in reply.flags, reply.text


def test_a_child_telling_mum_never_to_read_out_the_code_is_no_scam_61g(snapshot):
    text = ("Me oi ma OTP ngan hang gui ve thi me tu nhap vao app thoi, dung doc cho ai, ke ca "
            "nguoi xung la nhan vien ngan hang")
    assert not snapshot.redflags.read(text, "vi").warning


def test_a_link_with_a_path_longer_than_the_search_window_is_still_a_link_61g():
    """61c's order-code rule ("an ending that runs on into a digit is no address") is for a
    host alone: a phishing link's long path runs on past the 200 characters searched."""
    from bot.redflags.links import find_links

    links = find_links("vao https://abc-vip.top/" + "a1" * 150 + " ngay")
    assert [link.domain for link in links] == ["abc-vip.top"], links


@pytest.mark.parametrize(("text", "lang", "flag"), [
    # solicitation with a contact or a link
    ("Em gai xinh phuc vu tan phong, sex tron goi, add Zalo 0901 222 333 dat lich", "nd",
     "moves_off_platform"),
    ("anh oi em buon qua, vao xem em live khong che nhe: hotlive99.fun/ngoc", "nd", "link"),
    ("hot girls near you tonight, live show no cover: girlslive-now.fun", "en", "link"),
    # an office of the state moving people to a personal Zalo
    ("Cong an xa Tan Phu de nghi ong/ba ket ban Zalo 0938 111 222 de cap nhat lai dinh danh "
     "muc 2", "nd", "impersonation"),
    # a teacher's "changed account"
    ("Co chu nhiem thong bao: nha truong vua doi tai khoan thu quy lop, phu huynh chuyen 500k "
     "vao STK 0123 4567 890 (LE THI HOA) nhe", "nd", "impersonation"),
    # a fee to "make the file", stock tips, a code to a bot, no cash on delivery
    ("Anh thanh toán để em làm hồ sơ vay luôn trong hôm nay nhé, 450k thôi ạ", "vi",
     "upfront_fee"),
    ("Tuan nay room VIP co 2 ma sap tang manh, anh ket ban Zalo em de vao nhom nhe", "nd",
     "easy_money"),
    ("Tai khoan cua ban dang nhap la, gui ma xac minh cho @HoTroVN_bot de khoa phien ngay", "nd",
     "otp_request"),
    ("Shop thanh ly quat dieu hoa 299k, khong nhan COD, chuyen khoan 100% truoc de giu hang", "nd",
     "upfront_fee"),
    ("THONG BAO: PH dong hoc phi qua cong moi hocphi-online.pay-edu.net truoc thu 6, qua han "
     "he thong tu dong huy ten", "nd", "threat"),
])
def test_new_kinds_of_scam_sms_are_warned_62i(snapshot, text, lang, flag):
    """62i (sms_dev67-68 and the real SMS dev half, read this round)."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


@pytest.mark.parametrize("text", [
    "ACB: TK 1234xxx5 +12,500,000VND 05/12 09:10. GD: CONG TY ABC TRA LUONG T11. SD 20,100,000VND",
    "Ma xac thuc dang nhap VCB Digibank tren thiet bi moi la 123456. Neu khong phai ban, goi "
    "1900 545413. Khong cung cap ma cho bat ky ai.",
    "Cuc CSGT: phuong tien cua ban co vi pham. Tra cuu tai csgt.vn, den Doi CSGT de giai quyet.",
    "Me oi neu ai goi xung ngan hang hoi ma OTP thi me dung doc nha, nhieu nguoi bi lua lam",
])
def test_a_salary_a_login_code_a_traffic_notice_and_a_childs_warning_are_no_scams_62i(
        snapshot, text):
    """A salary paid ("trả lương T11" read as an amount), a login code whose "never share" comes
    two sentences later, a notice pointing to csgt.vn, a child warning a parent."""
    assert not snapshot.redflags.read(text, "vi").warning, snapshot.redflags.read(text, "vi")


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Nhom VIP coin: tin hieu BTC chinh xac 95%, nap toi thieu 3 trieu, rut lai hang ngay. "
     "Lien he Zalo 0917 000 111", "nd", "easy_money"),
    ("Keo bong da chau Au ty le cao, nap rut sieu toc, hoan tra moi ngay. Vao ngay keo-88.net",
     "nd", "easy_money"),
    ("Xem video nóng không che 18+ miễn phí mỗi ngày tại clip-hd18.site", "vi", "link"),
    ("Con o benh vien, mat het giay to, video call vua roi me thay roi do, chuyen con 5tr vao tk "
     "nay nhe: 0972 000 111", "nd", "impersonation"),
    ("Sorry, wrong number! Since we're chatting, I trade crypto with my cousin's team and made "
     "40% last month", "en", "easy_money"),
])
def test_the_second_batch_of_scam_sms_is_warned_62m(snapshot, text, lang, flag):
    """62m (sms_dev69, read this round: 61/70 warned on arrival at 18235d6)."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


def test_a_stock_group_pasted_without_diacritics_is_no_grooming_cue_62m(snapshot):
    """'Tham gia qua t3l3gram', 'đang nhận thêm thành viên' folded read as a gift ("quà") moved
    to Telegram while "đang nhắn": a crisis cue, 111 first and no warning."""
    text = ("Nhom phan tich co phieu mien phi dang nhan them 50 thanh vien, loi nhuan 30%/tuan. "
            "Tham gia qua t3l3gram @abcprofit")
    reply = compose(snapshot, text, "vi", None)
    assert reply.scam_warning and not reply.urgent, reply.text


def test_a_friend_stuck_somewhere_asking_for_card_codes_is_warned_62n(snapshot):
    """62n (sms_dev71): cards bought for a friend and their codes photographed (money_transfer,
    strong) with "stuck at the airport" (urgency) add up to a warning; either alone does not."""
    text = ("E tao Minh ne, tao dang ket o san bay Noi Bai, mua giup tao 4 the VIETTEL 100k roi "
            "chup ma gui qua day, toi ve tao tra")
    reading = snapshot.redflags.read(text, "vi")
    assert reading.warning and {"money_transfer", "urgency"} <= set(reading.ids), reading
    stuck = "Tao dang ket o san bay, chuyen bay tre 2 tieng"
    assert not snapshot.redflags.read(stuck, "vi").warning


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Dat phong khach san 2 dem cua quy khach bi tu choi the. Thanh toan lai tai "
     "phong-xacnhan.vip truoc 18h", "nd", "money_transfer"),
    ("Chuyến tàu SE3 của quý khách đổi giờ chạy. Bấm doi-ve-tau.com để xác nhận và nhận hoàn "
     "tiền chênh lệch trước 10h", "vi", "prize"),
    ("Chị ơi em là Nam bạn của Hằng, Hằng đang bận nên nhờ em mượn chị 3 triệu, tối Hằng chuyển "
     "trả chị. Chị chuyển vào tk em nhé", "vi", "money_transfer"),
    ("Penerbangan Anda dibatalkan. Untuk refund silakan konfirmasi data kartu di "
     "refund-tiket.care-id.net", "id", "password_request"),
    ("hi it's Kim, lost my phone so this is my new number. can u get me 2 google play cards and "
     "send photo of the codes? pay u back tmr", "en", "money_transfer"),
])
def test_scam_sms_of_travel_and_friends_are_warned_63h(snapshot, text, lang, flag):
    """63h (sms_dev72 read this round, 65/70 warned on arrival; sms_dev70 kept unread last
    round, 65/70): paying again at a link, a refund "difference" behind a link, money
    borrowed for a friend "in a meeting", card details for a refund, gift cards' codes."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


@pytest.mark.parametrize("text", [
    "VNPost: Buu gui EB000000000VN se phat trong ngay. Tra cuu tai app My Vietnam Post.",
    "Cap nuoc Ben Thanh: Hoa don T11 so tien 98.000d. Thanh toan tai app CSKH cua cong ty.",
])
def test_a_notice_pointing_to_its_own_app_is_no_scam_63h(snapshot, text):
    """Without diacritics "tại app" (in the app) is "tải app" (download the app): a notice
    that says where to look something up or pay is no app installed."""
    reading = snapshot.redflags.read(text, "vi")
    assert "app_install" not in reading.ids and not reading.warning, reading


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Có phải bạn trong video này không?? cả trường đang xem kìa: clip-truong.xyz/a1", "vi",
     "link"),
    ("is this you in this video?? everyone is sharing it lol vid-share.top/x", "en", "link"),
    ("Nhom VIP chung khoan mien phi: ma co phieu tuan nay du kien tang 35%, tham gia "
     "qua t3l3gram @vipck", "nd", "easy_money"),
    ("Me oi con day, dien thoai con hong mic nen nhan tin. Con can 8 trieu, me chuyen vao tai "
     "khoan chu Hai giup con, toi con gui lai", "nd", "money_transfer"),
])
def test_the_second_batch_of_scam_sms_is_warned_63m(snapshot, text, lang, flag):
    """63m (sms_dev73, read this round: 63/70 warned on arrival): "is this you in this video"
    beside a link that is not a known site (an alarm phrase: the link alone is the lure); a
    stock "VIP group"; a parent's "broken microphone" and money into an uncle's account."""
    reading = snapshot.redflags.read(text, lang)
    assert reading.warning and flag in reading.ids, reading


@pytest.mark.parametrize(("text", "lang"), [
    ("[BHXH] Ho so BHXH cua ban bi tam dung do sai thong tin. Goi 0912 345 678 gap can bo Nguyen "
     "Van Long truoc 16h hom nay de cap nhat.", "vi"),
    ("Phòng kế toán công ty thông báo: thưởng Tết của anh/chị đã được duyệt 12.000.000đ. Vui lòng "
     "gọi 0918 223 456 gặp chị Hoa kế toán để xác nhận STK trước 17h ngày 15/12.", "vi"),
    ("Dana bantuan Rp 2.400.000 sudah cair. Hubungi petugas Rudi 0812 3456 7890 dan siapkan "
     "kode OTP yang masuk ke HP Anda.", "id"),
    ("Chị ơi em là bạn của Long con chị, Long bị tai nạn đang cấp cứu, chị chuyển vào số tài "
     "khoản của em 8 triệu gấp để đóng viện phí ạ.", "vi"),
    ("Bố đây, bố mượn máy chú Hải nhắn. Bố đang ở viện với ông, cần 4 triệu đóng viện phí gấp. "
     "Con chuyển vào STK 0123 4567 890 tên NGUYEN VAN HAI nhé.", "vi"),
])
def test_officers_mobiles_and_friends_of_a_child_asking_money_are_warned_64c(snapshot, text,
                                                                           lang):
    """64c (sms_dev74/75/76): an officer named with a personal mobile while money, a code or a
    deadline is asked; a child's "friend" with an accident and "my account" to pay into (read
    as the reader's own story before: "tài khoản của em"); a relative on a borrowed phone."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and "impersonation" in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Vietcombank: TK 0071xxx123 -350,000VND luc 05-12-2026 19:20. SD 4,120,000VND. Ref "
     "MBVCB.8812345678.CK tien nuoc T11.", "vi"),
    ("Vinaphone: Chuc mung Quy khach duoc cong 10.000d vao TK khuyen mai. Han dung den "
     "31/12/2026. Chi tiet LH 9191.", "vi"),
    ("Phong CSGT thong bao: xe BKS 30A-xxx.45 co vi pham chua xu ly. Moi chu xe den tru so de "
     "giai quyet. Khong nop phat qua tai khoan ca nhan.", "vi"),
    ("Giao hàng Nhanh: đơn GHN8812 đang giao, shipper Tuấn 0903 112 334 sẽ gọi bạn trước khi "
     "tới.", "vi"),
])
def test_genuine_notices_of_this_round_are_not_warned_64c(snapshot, text, lang):
    """64c: a transfer's reference ("MBVCB.8812345678.CK") is no address (".ck" takes any
    label as its suffix); a carrier's four-digit line is its own line; a police notice that says
    never to pay into a personal account protects; a shipper's mobile is no officer's."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Me oi con bi nga xe dang cap cuu, can 10tr mo gap. Me chuyen vao STK 0123456789 Vietinbank "
     "ten Tran Van Nam la bac si truc giup con nhe.", "vi", "impersonation"),
    ("Kak maaf, tadi aku daftar Grab salah 1 angka jadi pake nomor kakak, ada kode masuk kan?",
     "id", "otp_request"),
    ("Anda tercatat sbg kontak darurat sdr BUDI yg menunggak pinjaman Rp 5.000.000. Segera lunasi "
     "hari ini atau data Anda kami sebar.", "id", "threat"),
    ("Nhom kin phan tich co phieu cua thay Nam: tin hieu mua hom nay, muc tieu x3 trong 1 thang. "
     "Tham gia: t.me/thaynam_ck", "vi", "easy_money"),
    ("Ho tro lay lai tien bi lua qua mang 100%, chi tra phi khi thanh cong. Zalo 0912 888 111",
     "vi", "upfront_fee"),
])
def test_the_second_batch_of_scam_sms_is_warned_64d(snapshot, text, lang, flag):
    """64d (sms_dev77/78): a hospital bill paid into a "doctor's" account, a code sent to the
    reader by a sign-up "mistake", a loan app's "emergency contact", free stock signals in a
    closed group, a "recovery" of money lost to scams."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("SJC: mở sổ tích lũy vàng online, nhận lãi 2,5%/tuần, cam kết mua lại cao hơn thị trường. "
     "Đăng ký tại sjc-vangonline.top", "vi", "easy_money"),
    ("SAWACO thông báo: hóa đơn nước của quý khách quá hạn, sẽ ngưng cấp nước ngày mai. Thanh "
     "toán tại sawaco-hoadon.com", "vi", "lookalike_domain"),
    ("PLN: tagihan listrik Anda menunggak, pemutusan hari ini. Bayar melalui petugas kami Pak "
     "Joko no rek BRI 0123xxxx.", "id", "impersonation"),
    ("Paket COD kakak sudah di gudang, ada biaya asuransi 50rb yang harus dibayar duluan ke "
     "nomor DANA ini.", "id", "upfront_fee"),
])
def test_scam_sms_of_the_first_batch_are_warned_65c(snapshot, text, lang, flag):
    """65c (sms_dev79/80): a gold scheme paying weekly interest; a water company's name in a
    fake domain; a utility's "officer" collecting into his own account; a courier fee first."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Bu, uang kas kelas sudah saya transfer ke rekening sekolah, buktinya nanti aku kirim ke "
     "WA ibu ya", "id"),
    ("Cơ quan thuế: hồ sơ hoàn thuế của bạn đã được duyệt, tiền hoàn về tài khoản đã đăng ký. "
     "Cơ quan thuế không gọi điện yêu cầu cài đặt ứng dụng.", "vi"),
])
def test_a_receipt_sent_on_and_a_notice_saying_what_it_never_does_are_not_warned_65c(
        snapshot, text, lang):
    """65c: "aku kirim ke" alone read as a threat to send something on; a tax office saying it
    never calls to have an app installed protects, as "never share this code" does."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Halo pak, saya dari CS BRI, kartu bapak mau diganti chip. Nanti ada kode OTP masuk, "
     "tolong disebutkan ke saya ya.", "id", "otp_request"),
    ("Halo kak, admin DANA di sini. Selamat, saldo bonus 2jt sudah siap, top up dulu 150rb "
     "untuk aktivasi biar saldonya masuk.", "id", "upfront_fee"),
    ("Royal Mail: your parcel is on hold. A small fee of £2.10 is required to rearrange "
     "delivery: royalmail-parcels.info", "en", "lookalike_domain"),
    ("Soi kèo đêm nay, tỉ lệ ăn 1.9, đăng ký bằng mã giới thiệu nhận ngay 88K tại k9bet . club",
     "vi", "easy_money"),
])
def test_scam_sms_of_the_second_batch_are_warned_65f(snapshot, text, lang, flag):
    """65f (sms_dev81/82): a bank 'officer' asking the code read out to him, a bonus released
    after a top-up, a courier's small fee on a look-alike domain, betting tips with a referral
    code."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


def test_a_shop_saying_it_does_nothing_by_message_is_not_warned_65f(snapshot):
    """65f: a carrier's shop asking people to bring their ID card in person, "nothing by message
    or link", is what the real sender writes."""
    text = ("Cửa hàng Viettel Nam Định: đổi sim 4G miễn phí tại cửa hàng, mang căn cước ra trực "
            "tiếp, không hỗ trợ qua tin nhắn hay link.")
    assert not compose(snapshot, text, "vi", None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Ê mày, tao đăng ký Grab mà nhập nhầm số mày, nó gửi mã về máy mày rồi, đọc giúp tao với",
     "vi", "otp_request"),
    ("Hệ thống Zalo: tk của bạn đăng nhập ở thiết bị lạ, rep mã 6 số vừa nhận để chặn ngay",
     "vi", "otp_request"),
    ("PH chú ý: cô Lan đổi số, từ nay thu quỹ lớp 300k qua stk mới của cô, hạn tối mai", "vi",
     "impersonation"),
])
def test_scam_sms_of_the_third_batch_are_warned_65i(snapshot, text, lang, flag):
    """65i (sms_dev83/84): a code sent "by mistake" to the reader's number, a code asked back to
    "block a device", a teacher's new number collecting class money into a new account."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


def test_a_post_office_asking_to_bring_an_id_card_is_not_warned_65i(snapshot):
    """65i: a post office asking the reader to collect a parcel in person with an ID card."""
    text = "VNPost: Quy khach co buu gui tai buu cuc Cau Giay, vui long den nhan, mang theo CCCD."
    assert not compose(snapshot, text, "vi", None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Mẹ ơi con ngã ở trường, đây là máy cô giáo, mẹ chuyển gấp 3tr vào số này nhé", "vi",
     "impersonation"),
    ("Thầy giám thị báo: con anh chị dùng điện thoại trong phòng thi, gọi số này để xử lý kín, "
     "có mất phí", "vi", "secrecy"),
    ("Kế toán trường thông báo đổi tài khoản thu học phí, PH chuyển vào STK mới bên dưới.",
     "vi", "impersonation"),
    ("Hi, it's Mr. Lee, texting from my personal number since my school phone died. Please "
     "send the $30 trip money via Venmo today.", "en", "impersonation"),
    ("Anak ibu jatuh di sekolah dan sekarang di IGD, segera transfer biaya operasi ke rekening "
     "dokter.", "id", "money_transfer"),
    ("Dear parent, your child's exam registration is incomplete. To avoid cancellation, reply "
     "with the code we just sent to your phone.", "en", "otp_request"),
    ("Tuyển bạn nữ 15-17 tuổi đi làm mẫu ở Thái Lan, bao ăn ở, bố mẹ không cần đi theo", "vi",
     "secrecy"),
])
def test_scam_sms_about_schools_and_children_are_warned_66a(snapshot, text, lang, flag):
    """66a (sms_dev85, 25 of 70 not warned on arrival at 1437b80): a child's accident told from
    "the teacher's phone", an invigilator settling it quietly for a fee, the school's account
    "changed", a teacher on a personal number, hospital money to a doctor's account, a code
    asked back, a modelling trip abroad where parents need not come."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


def test_a_club_sign_up_saying_it_costs_nothing_is_not_warned_66a(snapshot):
    """66a: "biaya pendaftaran" alone was a fee asked first; a school saying there is none is
    not a scam."""
    text = ("Pengumuman: pendaftaran ekskul dibuka minggu depan di ruang OSIS, gak ada biaya "
            "pendaftaran.")
    assert not compose(snapshot, text, "id", None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Làm xong 10 nhiệm vụ đầu là được vào nhóm VIP của shop, vào nhóm VIP thì phải góp vốn 2 "
     "triệu nhưng lãi cao lắm nha bạn", "vi", "easy_money"),
    ("Butuh sewa rekening atas nama pelajar atau mahasiswa, bayaran 1jt per bulan, cukup kasih "
     "buku tabungan, kartu ATM dan nomor HP yang terdaftar", "id", "personal_data_request"),
    ("Typing job from home, $3 per page, paid every Friday by PayPal. Starter kit is $40, fully "
     "refundable after your first week. Reply YES to join.", "en", "upfront_fee"),
    ("Dicari model remaja untuk katalog baju, biaya pendaftaran Rp200rb nanti dikembalikan kalau "
     "lolos, kirim foto full body ke DM ya kak", "id", "upfront_fee"),
    ("Kami beli kartu SIM aktif yang udah registrasi NIK, harga 50rb per kartu, pakai KTP orang "
     "tua juga bisa kok, chat admin aja ya", "id", "easy_money"),
])
def test_job_scams_for_students_are_warned_66d(snapshot, text, lang, flag):
    """66d (sms_dev86, 9 of 70 not warned on arrival at 7891515): a 'VIP group' that takes
    capital after paid tasks, a bank account rented from a student, a typing job's starter kit,
    a casting's registration fee "refunded if you pass", registered SIM cards bought."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize("text", [
    ("Viettel Post xác nhận lịch phỏng vấn nhân viên kho lúc 9h thứ 5 tại bưu cục Cầu Giấy. "
     "Không cần chuyển khoản bất cứ khoản phí nào."),
    ("Nhà sách Fahasa tuyển nhân viên thời vụ. Nộp hồ sơ qua website chính thức fahasa.com. "
     "Fahasa không tuyển dụng qua Telegram."),
])
def test_a_real_employers_notice_is_not_warned_66d(snapshot, text):
    """66d: "không cần chuyển khoản" (no transfer needed) protects as "never share this code"
    does; fahasa.com is the bookshop's own site, not a near-spelling of Lazada's."""
    reply = compose(snapshot, text, "vi", None)
    assert not reply.scam_warning and "lookalike_domain" not in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Nhân viên nhà mạng cần quý khách đọc lại mã vừa nhận để hoàn tất nâng cấp SIM, tuyệt đối "
     "không tắt máy.", "vi", "otp_request"),
    ("Thông báo từ nhà mạng: SIM của bạn có trong danh sách thu hồi. Gọi lại số này trước 20h "
     "hôm nay để giữ số.", "vi",
     "threat"),
    ("Your driving license will be revoked unless the camera fine is paid today to the account "
     "below.", "en", "threat"),
    ("BPJS: saldo JHT Anda bisa dicairkan tanpa antri, hubungi admin kami via WA.", "id",
     "easy_money"),
])
def test_carrier_fine_and_pension_scams_are_warned_67a(snapshot, text, lang, flag):
    """67a (sms_dev88, 6 of 70 not warned on arrival at 23e8eff): a code read back to a
    "carrier" (and "tuyệt đối không" alone, as in "don't switch off", no longer reads as a
    security warning), a SIM "on the list to be revoked", a licence revoked unless a fine is
    paid, a pension "paid out without queueing" through a chat admin."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


def test_a_carrier_thanking_for_updated_subscriber_details_is_not_warned_67a(snapshot):
    """67a: a carrier confirming the owner's details were updated asks for nothing."""
    text = ("Cảm ơn quý khách đã cập nhật thành công thông tin thuê bao tại cửa hàng MobiFone. "
            "Chi tiết LH 9090.")
    assert not compose(snapshot, text, "vi", None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Bạn đã được đăng ký tự động bảo hiểm Bảo Việt 199.000đ/tháng. Nếu không đồng ý, vào "
     "baoviet-tuchoi.top và đăng nhập ngân hàng để hủy.", "vi", "lookalike_domain"),
    ("Nhóm đầu tư vàng hôm nay lãi 10% theo tín hiệu của thầy, ai chưa vào lệnh thì nạp thêm vốn "
     "qua thư ký.", "vi", "easy_money"),
    ("Sinh viên cần tiền gấp? Bên em cho vay 5 triệu trong ngày, chỉ cần gửi ảnh CCCD và thẻ sinh "
     "viên, không cần bố mẹ biết.", "vi", "secrecy"),
    ("Your $3,000 loan is ready, no credit check. Claim it within 15 minutes at "
     "fastcash-loans.co", "en", "easy_money"),
    ("This is the collections office. Pay $200 by gift card today or we will contact your "
     "employer.", "en", "threat"),
    ("Ảnh của mày tao có đủ. Tối nay không chuyển 5tr thì tao đăng lên nhóm lớp.", "vi",
     "money_transfer"),
    ("Việc nhập liệu tại nhà, 1 trang 50k, chỉ cần đóng phí tài liệu 150k là làm được luôn.",
     "vi", "upfront_fee"),
])
def test_loan_insurance_and_investment_scams_are_warned_67b(snapshot, text, lang, flag):
    """67b (sms_dev89, 10 of 70 not warned on arrival at b7deb30): an insurer's name in a
    cancel link that asks a bank login, an investment group on "the teacher's signals", a loan
    "your parents need not know", "no credit check", a collector calling an employer and asking
    gift cards, "không chuyển 5tr thì tao đăng"."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize("text", [
    "Prudential: hợp đồng của Quý khách đến kỳ đóng phí ngày 15/01, có thể đóng qua ứng dụng "
    "hoặc tại văn phòng.",
    "Anh ơi tháng này em đóng phí bảo hiểm cho bố mẹ rồi nhé, biên lai em để trên bàn.",
])
def test_an_insurance_premium_due_or_paid_is_not_warned_67b(snapshot, text):
    """67b: "đóng phí" alone was read as a fee asked before a prize or job; a premium due or
    paid in the family is not one."""
    assert not compose(snapshot, text, "vi", None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("LÌ XÌ TỪ CÔNG TY: mỗi nhân viên 1.500.000đ. Bấm lixi-nhanvien.top, chọn ngân hàng và đăng "
     "nhập để nhận tiền.", "vi", "password_request"),
    ("Poin m-banking Anda hangus hari ini, tukar di poin-bank.web.app dengan login user dan "
     "password m-banking.", "id", "password_request"),
    ("Chúc mừng chị trúng minigame trên live, quà là tai nghe. Chị chuyển 200k phí bảo hiểm hàng "
     "để bên em gửi đi nha.", "vi", "upfront_fee"),
    ("Congratulations, you're our lucky visitor today! Claim your free phone now, you only need "
     "to cover the $3.99 shipping.", "en", "upfront_fee"),
    ("Alo cháu, chú mới đổi số. Chú trúng thưởng mà phải đóng thuế trước 3 triệu, cháu chuyển "
     "giúp chú nha.", "vi", "upfront_fee"),
    ("Tài khoản Instagram của bạn bị xâm nhập. Để khôi phục, gửi mã 6 số vừa nhận cho đội hỗ trợ "
     "trong Direct.", "vi", "otp_request"),
])
def test_prize_and_reward_scams_are_warned_67c(snapshot, text, lang, flag):
    """67c (sms_dev90, 11 of 70 not warned on arrival at 235058a): a bonus paid by logging in
    to a bank on a page, points swapped with the m-banking password, a prize whose "insurance",
    tax or shipping is paid first, a code sent to "support" in the app."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Grab: Bạn được tặng 2 mã giảm 20% cho GrabFood, đã thêm vào mục Ưu đãi trong ứng dụng. Hạn "
     "dùng đến 31/12.", "vi"),
    ("Liên Quân: Chúc mừng bạn hoàn thành nhiệm vụ tuần, phần thưởng đã được gửi vào Túi đồ.",
     "vi"),
    ("Roblox: your Premium payout of 450 Robux has been added to your account.", "en"),
    ("Phòng nhân sự: thưởng Tết sẽ chuyển vào tài khoản lương của anh chị ngày 05/02.", "vi"),
    ("Hội chợ xuân của trường có bốc thăm trúng thưởng, mỗi em một vé miễn phí, phụ huynh không "
     "cần đóng thêm tiền.", "vi"),
])
def test_rewards_waiting_in_the_senders_own_app_are_not_warned_67c(snapshot, text, lang):
    """67c: a reward put in the app's own offers, bag or account, with no link, number or other
    app, is where the real service keeps it; a fee or a transfer said not to be needed is not
    asked for."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


def test_a_transfer_asked_inside_the_app_is_still_warned_67c(snapshot):
    """67c: pointing into an app sets aside the offer and the sender's name, not money asked."""
    text = ("MoMo: bạn trúng 5 triệu, vào mục Sự kiện trong ứng dụng rồi chuyển phí nhận thưởng "
            "300k vào số tài khoản 0123456789.")
    reply = compose(snapshot, text, "vi", None)
    assert reply.scam_warning and "upfront_fee" in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Ơi mình lỡ gửi nhầm mã về số bạn, bạn chụp màn hình gửi lại mình với, đang gấp lắm nha.",
     "vi", "otp_request"),
    ("Nick của mày tao giữ rồi, muốn lấy lại thì chuyển 500k vào tài khoản này trước 8h tối nay.",
     "vi", "threat"),
    ("Kính gửi phụ huynh, cô Mai đây. Nhà trường thu gấp phí học liệu 300k, phụ huynh chuyển vào "
     "stk cá nhân này trước 5h chiều giúp cô.", "vi", "impersonation"),
    ("Video của bạn đã bị ghi lại, nếu không chuyển 2 triệu trong 24h video sẽ được gửi cho bạn "
     "bè.", "vi", "money_transfer"),
    ("Hai ini aku Rina, hp lamaku ilang jadi pake nomor baru. Bisa pinjem 300rb dulu gak, besok "
     "aku ganti ya, darurat banget.", "id", "impersonation"),
])
def test_account_and_code_scams_are_warned_67d(snapshot, text, lang, flag):
    """67d (sms_dev91, 10 of 70 not warned on arrival at 9b83896): a code "sent by mistake",
    a hijacked account held for money, a school fee on a teacher's personal account in a hurry,
    "if you don't transfer", a friend on a new number borrowing until tomorrow."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Cô chủ nhiệm nhắn: hôm nay các con được dặn không bao giờ đưa mã OTP cho ai kể cả người "
     "quen, phụ huynh nhắc lại giúp cô.", "vi"),
    ("Mẹ vừa đổi mật khẩu Zalo rồi, ai nhắn xin mã thì con đừng đưa nha.", "vi"),
    ("Kata sandi akun kamu berhasil diubah. Kalau bukan kamu, amankan akun lewat aplikasi.",
     "id"),
])
def test_a_password_changed_or_a_code_never_to_give_is_not_warned_67d(snapshot, text, lang):
    """67d (sms_dev91, 6 of 50 genuine messages warned on arrival): a password already changed,
    a school telling children never to give a code."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Bé Su nhà em 4 tuổi bị ung thư máu, cần tiền ghép tủy gấp. Ai thương bé xin ủng hộ qua STK "
     "0123456789 tài khoản cá nhân của mình.", "vi", "impersonation"),
    ("Mohon bantuannya bapak ibu, donasi buat adik yang kena leukemia dan harus operasi minggu ini "
     "bisa transfer ke rek pribadi saya BRI 0123456789.", "id", "impersonation"),
    ("Flood relief for the families up north!! please donate to my personal paypal, our team "
     "account isn't ready yet, every dollar counts.", "en", "impersonation"),
    ("Viettel thông báo anh chị cần đóng phí cọc thiết bị 300k để được thay modem mới.", "vi",
     "upfront_fee"),
    ("Việc nhẹ: đặt đơn hàng ảo, vốn bỏ ra được hoàn lại sau 10 phút kèm hoa hồng 15%.", "vi",
     "upfront_fee"),
    ("Akun Shopee kamu udah aku ambil alih, saldo sama vouchernya masih ada. Transfer 300rb ke "
     "aku malam ini kalau mau balik.", "id", "threat"),
    ("Your flight was cancelled. To get the refund, reconfirm your card at "
     "vietjet-refunds.online today.", "en", "personal_data_request"),
])
def test_travel_bill_and_charity_scams_are_warned_68a(snapshot, text, lang, flag):
    """68a (sms_dev92, 17 of 70 not warned on arrival at 605e436): a sick child's appeal paid
    into a private account, a relief team's "personal PayPal", an equipment deposit, the
    "capital you put in" of a fake booking job, an account held for money, card details asked
    to reconfirm a cancelled flight's refund."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Vietnam Airlines: Chuyến bay VN213 của Quý khách khởi hành lúc 08:15 ngày 12/12. Vui lòng "
     "có mặt tại sân bay trước 2 giờ. Chi tiết tại vietnamairlines.com.", "vi"),
    ("Trường THCS Lê Lợi phát động quyên góp sách vở cho học sinh vùng lũ, các con mang đến "
     "lớp nộp cô chủ nhiệm trước thứ Sáu.", "vi"),
])
def test_a_real_flight_notice_and_a_school_book_drive_are_not_warned_68a(snapshot, text, lang):
    """68a: the airline's own domain and a book drive handed in at school are not scams."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Kết quả xét nghiệm của bạn có chỉ số bất thường, liên hệ ngay bác sĩ Minh 0900 000 111, "
     "không tự ý đến viện khác.", "vi", "secrecy"),
    ("hasil tes darah ibu tidak normal, hubungi dokter Sari di WA 0812 0000 1111, jangan ke rs "
     "lain dulu ya", "id", "impersonation"),
    ("City Clinic: your lab results came back abnormal. Please call Dr. Lee directly on 0903 000 "
     "111 and don't go to another clinic.", "en", "secrecy"),
    ("Phòng khám nhắc lịch hẹn sáng mai. Nhân viên sẽ gọi cho bạn, vui lòng cung cấp mã này "
     "để hoàn tất: 551203.", "vi", "otp_request"),
    ("Nhà thuốc báo đơn hàng thanh toán lỗi, vui lòng nhập lại thông tin thẻ tại "
     "nhathuoc-donhang.top trong 30 phút.", "vi", "personal_data_request"),
    ("Poin member kamu hangus hari ini, tukar sekarang di poin-member.shop dengan login "
     "m-banking anda ya.", "id", "password_request"),
    ("Anh ơi em là y tá, vợ anh phải mổ gấp, anh chuyển tạm ứng 20tr vào số tk 0123456789 "
     "giúp em để kịp làm thủ tục.", "vi", "money_transfer"),
])
def test_health_scams_are_warned_68b(snapshot, text, lang, flag):
    """68b (sms_dev93, 20 of 70 not warned on arrival at ba46b1b): "abnormal results, call
    this doctor, don't go to another hospital", a code read to "staff who will call", card
    details typed again on a link, a bank login on a points page, a surgery advance."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("VNVC: Bé An có lịch tiêm nhắc lúc 8h ngày 15/12 tại VNVC Hoàng Văn Thụ. Tra cứu lịch "
     "tại vnvc.vn hoặc gọi tổng đài.", "vi"),
    ("Kết quả xét nghiệm của bạn đã có, xem trên ứng dụng của bệnh viện hoặc nhận tại quầy số "
     "3.", "vi"),
])
def test_a_real_vaccine_reminder_and_a_result_ready_are_not_warned_68b(snapshot, text, lang):
    """68b: the vaccination centre's own domain and a result to collect at the desk."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Hello from the admissions office: your daughter's place is confirmed once the $300 deposit "
     "is sent to my personal Zelle, our portal is down this week.", "en", "impersonation"),
    ("Nilai ujian kamu bisa naik, ada orang dalam panitia, pasti lolos. DP 1jt dulu ya, sisanya "
     "setelah pengumuman keluar minggu depan.", "id", "upfront_fee"),
    ("Dana kursus kamu Rp 900.000 sudah dikembalikan. Konfirmasi rekening di bit.ly/dana-kursus "
     "dalam 1x24 jam ya supaya tidak hangus.", "id", "personal_data_request"),
    ("i have screenshots of you from the class call, send $200 by tonight or everyone in your "
     "class gets them", "en", "threat"),
])
def test_education_scams_are_warned_68c(snapshot, text, lang, flag):
    """68c (sms_dev94, 11 of 70 not warned on arrival at 6ada987): a deposit to a staff
    member's personal payment app, an "insider" raising scores for a down payment, a bank
    account "confirmed" on a link, screenshots held over a whole class."""
    reply = compose(snapshot, text, lang, None)
    assert flag in reply.flags and (reply.scam_warning or reply.urgent), reply.as_dict()


def test_a_reward_shown_in_the_senders_own_app_is_not_warned_68c(snapshot):
    """68c: an airline's congratulations pointing "trong mục … trên ứng dụng của bạn", with no
    link and no number, is the real service speaking."""
    text = ("Vietjet: Chúc mừng bạn đã hoàn thành chuyến bay VJ123. Điểm thưởng có trong mục Tài "
            "khoản trên ứng dụng của bạn.")
    assert not compose(snapshot, text, "vi", None).scam_warning


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Em chào chị, từ tháng 1 chị chuyển tiền nhà vào STK 1029 3384 7711 ACB tên PHAM THI LOAN "
     "nhé. TK cũ bị khóa rồi chị ạ.", "vi", "impersonation"),
    ("Kính gửi các hộ: nộp phí an ninh quý IV 200.000đ vào tài khoản cá nhân của tổ trưởng, số "
     "0987654321 MB.", "vi", "impersonation"),
    ("Bạn ơi từ tháng này mình thu tiền trọ thay bác chủ, chuyển vào TK 0611 2233 4455 VIB nhé, "
     "đừng gọi chủ nhà vì bác đang mệt.", "vi", "secrecy"),
    ("Nhận việc giao nước đóng bình, lương ngày 400k. Người mới đóng trước tiền đồng phục 350k "
     "qua MoMo.", "vi", "upfront_fee"),
    ("Điện lực thông báo thay công tơ điện tử miễn phí, hộ gia đình vui lòng chuyển trước tiền "
     "công tơ 900k để được xếp lịch.", "vi", "upfront_fee"),
    ("BQL chung cư: đăng ký gửi xe tháng 1 trực tuyến, vui lòng điền tại bql-guixe.site kèm số "
     "thẻ ngân hàng để trừ phí tự động.", "vi", "password_request"),
    ("Pemberitahuan penghuni: iuran bulan depan ke rekening baru BRI 1122 3344 a.n. SUTRISNO. "
     "Rekening lama sudah tidak aktif.", "id", "impersonation"),
    ("Akun Telkomsel kamu dipakai orang lain, hubungi admin di WA 0812 1111 2222 dan siapkan "
     "kode OTP yang masuk.", "id", "otp_request"),
    ("Hi it's your landlord, my bank changed so pay January rent into sort code 11-22-33 acc "
     "44556677, don't use the old account.", "en", "impersonation"),
    ("FINAL NOTICE: your gas account is unpaid and will be disconnected in 3 hours. Call billing "
     "on 1-800-555-0199 now.", "en", "threat"),
    ("oops I sent you $250 by accident on cashapp, could you send it to my sister's account "
     "instead? mine got locked", "en", "money_transfer"),
    ("FPT Telecom: nâng cấp modem miễn phí, cài ứng dụng tại fpt-nangcap.net để kỹ thuật viên "
     "kích hoạt từ xa.", "vi", "lookalike_domain"),
])
def test_household_bill_and_rent_scams_are_warned_69a(snapshot, text, lang, flag):
    """69a (sms_dev95, 14 of 70 not warned on arrival at 3aa3e11): a landlord's or a manager's
    "new account" because the old one is blocked, fees paid into an official's personal
    account, "don't call the owner", uniforms or a meter paid in advance, a card number typed on
    a sign-up page, a code to have ready for "CS", power cut within hours, a mistaken payment
    to be sent to another account, an FPT look-alike."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Mẹ ơi tin nhắn bảo chuyển nhầm tiền đó là lừa đảo đó, mẹ đừng chuyển lại nha.", "vi"),
    ("Mã OTP 48213 của quý khách dùng để xác thực giao dịch. Tuyệt đối không cung cấp mã cho "
     "bất kỳ ai.", "vi"),
    ("EVN thông báo: ngừng cấp điện từ 7 giờ đến 11 giờ ngày 20/12 để bảo trì lưới điện khu "
     "vực phường 5.", "vi"),
])
def test_a_childs_warning_a_real_code_and_a_planned_outage_are_not_warned_69a(
        snapshot, text, lang):
    """69a: a child telling a parent the wrong-transfer text is a scam, a genuine OTP notice and
    a planned outage with hours of the day are no scams."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang"), [
    ("Nhân viên ngân hàng sẽ gọi, bạn đọc mã OTP 6 số gửi về máy cho họ để hoàn tiền.", "vi"),
    ("Halo kak, dari tim admin. Kirim kode OTP 6 digit yang masuk ke nomor kakak ke admin ya, "
     "biar akunmu bisa aktif lagi hari ini.", "id"),
])
def test_a_code_counted_in_digits_is_no_code_given_69a(snapshot, text, lang):
    """69a: "mã OTP 6 số" counts a code's digits; read as a code given ("mã OTP 482913 …")
    it made the sentence a genuine notice, so the request was not seen. ## in the content
    now stands for a code of three digits or more."""
    reply = compose(snapshot, text, lang, None)
    assert "otp_request" in reply.flags and reply.scam_warning, reply.as_dict()


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Ê Hà, cho t mượn 3 triệu nha, app ngân hàng t đang lỗi mà phải trả tiền hàng gấp. Chuyển "
     "vào STK 0123 4567 89 tên TRAN VAN BINH giúp t, mai t trả.", "vi", "impersonation"),
    ("Mẹ ơi con mới đổi số, mẹ lưu số này nha. Mẹ chuyển con 2 triệu đóng tiền học thêm vào tài "
     "khoản của bạn con giúp con với.", "vi", "impersonation"),
    ("Con bị khóa zalo rồi mẹ ơi, nó gửi mã về máy mẹ đó, mẹ đọc cho con 6 số nha, con cần mở "
     "lại gấp để nộp bài.", "vi", "otp_request"),
    ("Chị Hoa bạn mẹ em đây. Mẹ em nhờ chị nhắn em chụp mặt trước mặt sau thẻ ngân hàng của mẹ "
     "gửi chị để làm hồ sơ vay nhé.", "vi", "password_request"),
    ("Bên mình nhận lấy lại nick Liên Quân bị hack trong 30 phút, uy tín, chỉ cần gửi tài khoản "
     "mật khẩu và 150k phí là xong.", "vi", "upfront_fee"),
    ("Ma, ini aku, ganti nomor. Nanti kalau ada kode WhatsApp masuk ke hp mama tolong kirimin ke "
     "aku ya, penting banget.", "id", "otp_request"),
    ("Pak ini Rina, nomor lama gak aktif, simpen nomor ini ya. Lagi butuh 800rb buat bayar "
     "praktikum, bisa transfer sekarang ke BRI 1234 5678?", "id", "impersonation"),
    ("Grandpa it's Sam, I'm in jail after a fender bender and need bail money. My lawyer will "
     "call you, please don't tell dad.", "en", "impersonation"),
    ("hey my insta got taken over so I'm on my alt, can you buy me 2 google play gift cards? i'll "
     "pay you back friday", "en", "money_transfer"),
    ("Instagram: your account was reported for copyright violation and will be disabled within "
     "24 hours. Appeal now to keep it.", "en", "threat"),
])
def test_family_voice_and_platform_scams_are_warned_69b(snapshot, text, lang, flag):
    """69b (sms_dev96, 23 of 70 not warned on arrival at the first batch's commit): a friend's
    loan because "my bank app is down", a child's "new number", six digits read out, photos of
    both sides of a card, a paid account "recovery", a WhatsApp code to forward, a grandchild
    "in jail" with a lawyer calling, gift cards from an "alt", an account disabled within
    hours."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


def test_a_blackmailers_sum_or_a_threat_shows_its_money_demand_69b(snapshot):
    """69b: "Kirim 2jt atau …" is money asked, so a bare blackmail text gets 111 and its
    signs."""
    text = "Aku punya foto kamu. Transfer 1jt atau aku sebar ke semua temen kamu malam ini."
    reply = compose(snapshot, text, "id", None)
    assert reply.urgent and reply.scam_warning and "money_transfer" in reply.flags, \
        reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Mẹ ơi thứ 6 lớp con đi dã ngoại, cô bảo nộp 200k, mẹ gửi tiền mặt cho con mang đi nhé.",
     "vi"),
    ("Instagram: 482913 is your login code. Don't share it with anyone.", "en"),
])
def test_a_childs_real_request_and_a_real_login_code_are_not_warned_69b(snapshot, text, lang):
    """69b: a real school-trip fee paid in cash and a genuine login code."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


def test_a_payment_into_a_friends_account_is_no_password_request_69c(snapshot):
    """69c: "chuyển … vào tk bạn con giúp con" pays into a friend's account; it was shown as a
    request for a password ("vào tài khoản bạn … giúp" is also "log into your account")."""
    reply = compose(snapshot, "mẹ ơi con mới đổi số, mẹ chuyển giúp con 1 triệu vào tk bạn con "
                    "nha, tối con về nói", "vi", None)
    assert reply.scam_warning and "impersonation" in reply.flags, reply.as_dict()
    assert "password_request" not in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("hey, can you send me the slides for tomorrow's class? I lost the file by accident", "en"),
    ("Kredivo: Tagihan Anda Rp 480.000 jatuh tempo 12 Des. Bayar lewat aplikasi untuk "
     "menghindari denda. Abaikan jika sudah membayar.", "id"),
])
def test_a_wildcard_cue_is_not_cut_by_a_yaml_comment_69c(snapshot, text, lang):
    """69c: a cue written bare as "send # or" is read by YAML as "send" and a comment, so every
    "send" or "bayar" was money asked; the cues are quoted now ('send # or')."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Chào bạn, bên mình tuyển cộng tác viên đánh giá khách sạn online, mỗi ngày kiếm 400k, "
     "nhắn lại nếu quan tâm nhé.", "vi", "easy_money"),
    ("Hi, a friend passed me your number. Remote job rating hotels, $80-150 per day, reply YES.",
     "en", "easy_money"),
    ("Permisi Bu, saya dapat nomor Ibu dari grup arisan. Mau tawarin investasi emas, profit 8% "
     "seminggu dijamin, boleh saya telpon?", "id", "easy_money"),
    ("Bạn ơi nick mình bị khóa, cho mình số điện thoại để mình nhờ nhận mã giúp với.", "vi",
     "otp_request"),
    ("Aduh sori, ada kode 6 angka kekirim ke hp kamu, itu punyaku, tolong kirim balik ya.", "id",
     "otp_request"),
    ("Bu, ini dari Polres, anak Ibu terlibat masalah di sekolah. Telpon balik nomor ini segera, "
     "jangan bicara dulu ke siapa-siapa.", "id", "secrecy"),
    ("Tôi có hình anh ở nhà nghỉ. Gọi lại trước 9h tối nếu không muốn vợ anh xem.", "vi",
     "threat"),
])
def test_call_back_lures_with_a_sign_are_warned_70a(snapshot, text, lang, flag):
    """70a (sms_dev98, 45 of 70 not warned on arrival at 1ace75d): a daily wage for rating
    hotels, weekly returns on gold, "receive a code for me", a code "sent to your phone" to
    send back, a "police station" asking for silence, a spouse shown pictures unless one calls
    back."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Anh ơi em shipper đây, em đứng dưới sảnh gọi không được, anh gọi lại em nhé.", "vi"),
    ("Phòng khám nhắc lịch tái khám của bé sáng thứ Bảy, cần đổi lịch xin gọi lại số này.", "vi"),
    ("Bu, ini wali kelas Dimas, mohon telpon saya kalau sempat, bukan hal darurat.", "id"),
    ("Sorry, wrong number, I meant to text my landlord!", "en"),
])
def test_genuine_call_back_messages_are_not_warned_70a(snapshot, text, lang):
    """70a: a courier, a clinic, a teacher and a wrong number asking to call back are
    ordinary."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Bên thu hồi nợ đây. Nợ app 5 triệu quá hạn rồi, không trả trong hôm nay thì mai anh em lên "
     "công ty gặp sếp mày nói chuyện cho biết mặt.", "vi", "threat"),
    ("Selamat pagi Pak, saya dari bagian penagihan. Karena sistem gangguan, cicilan bulan ini "
     "transfer ke rekening pribadi saya dulu ya.", "id", "money_transfer"),
    ("You were listed as a reference for a loan. Pay today or your photo goes out to all your "
     "contacts with the word SCAMMER.", "en", "threat"),
    ("Akun Anda akan dibekukan karena tunggakan. Verifikasi data dengan membalas kode OTP yang "
     "baru masuk ke nomor Anda.", "id", "otp_request"),
    ("Tài khoản nhiệm vụ của bạn đang âm 2.000.000đ do làm sai đơn, cần nộp bù để rút được "
     "tiền gốc và hoa hồng.", "vi", "upfront_fee"),
])
def test_illegal_debt_collection_and_task_traps_are_warned_70b(snapshot, text, lang, flag):
    """70b (sms_dev99, 23 of 70 not warned on arrival at 6d79673): a collector coming home or
    to the office, an instalment into a collector's own account, a reference's photo sent to
    every contact, a code to reply with, a top-up to withdraw a task account."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang"), [
    ("Dari tim collection resmi: tagihan Ibu sudah lewat 20 hari. Silakan bayar lewat aplikasi. "
     "Kami tidak menerima transfer ke rekening pribadi.", "id"),
    ("Bên em là bộ phận chăm sóc khách hàng, chị thanh toán kỳ này qua ứng dụng nhé, bên em "
     "không thu tiền qua tài khoản cá nhân của nhân viên.", "vi"),
])
def test_a_lenders_own_reminders_are_not_warned_70b(snapshot, text, lang):
    """70b (sms_dev99's genuine messages, 8 of 50 warned on arrival): a lender's collection
    team saying it takes no transfers to personal accounts is not a collector asking for one
    (the money cue of 70b reads debt words, not "chuyển" or "đóng")."""
    assert not compose(snapshot, text, lang, None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Tài khoản Apple của bạn vừa bị đổi mật khẩu từ một thiết bị lạ. Nếu không phải bạn, khôi "
     "phục ngay tại appleid-khoiphuc.com.vn để giữ dữ liệu.", "vi", "lookalike_domain"),
    ("ê acc zalo t bị hack rồi, m gửi t cái mã 6 số zalo vừa gửi về máy m để t lấy lại acc nha",
     "vi", "otp_request"),
    ("iCloud: thanh toán gói 200GB không thành công, bản sao lưu đã dừng. Cập nhật thẻ ngay tại "
     "bit.ly/icloud-the-moi kẻo mất ảnh.", "vi", "personal_data_request"),
    ("Phụ huynh lớp 5B chú ý: nhà trường thu tiền sách qua ví MoMo số 0901 000 222 tên Trần Văn "
     "Nam, hạn nộp chiều nay.", "vi", "money_transfer"),
    ("Bro akun WA gue kena hack, tadi ada kode 6 angka masuk ke hp lo kan? kirim ke gue ya",
     "id", "otp_request"),
])
def test_wallet_and_subscription_scams_are_warned_70c(snapshot, text, lang, flag):
    """70c (sms_dev100, 9 of 70 not warned on arrival at ec2fb95): a look-alike link or a code
    asked of the reader is the sender's, whatever story words it carries ("tài khoản của bạn
    vừa bị đổi mật khẩu", "acc t bị hack rồi"): read as a paste, not the writer's own story; a
    card to re-enter after a failed payment; a school fee into a personal wallet."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


def test_a_friends_warning_about_a_code_given_away_is_not_a_scam_70c(snapshot):
    """70c: read as a paste because it names a code given, a friend's warning that a hack came
    from giving a code away is ordinary ("vì gửi mã cho" tells a cause, asks nothing)."""
    text = ("m ơi nhớ đừng đưa mã OTP cho ai nha, hôm qua con Vy bị hack fb vì gửi mã cho đứa giả "
            "làm admin đó, giờ nó đang lấy lại acc")
    assert not compose(snapshot, text, "vi", None).scam_warning, text


@pytest.mark.parametrize(("text", "lang"), [
    ("Ngân hàng: khoản vay của quý khách đã được duyệt. Ngân hàng không thu bất kỳ khoản phí nào "
     "trước khi giải ngân, mời quý khách đến chi nhánh ký hợp đồng.", "vi"),
    ("Your loan application has been approved. We never charge a fee before the money is paid "
     "out; please visit your branch to sign.", "en"),
    ("Pengajuan pinjaman Anda disetujui. Kami tidak memungut biaya apa pun sebelum pencairan, "
     "silakan datang ke kantor cabang.", "id"),
])
def test_a_lender_saying_it_charges_nothing_first_asks_no_fee_70e(snapshot, text, lang):
    """70e (a reply read at the end of round 70): a bank's "no fee before disbursement" was
    warned as a fake prize, its fee words read as a fee asked. `no_fee` phrases cancel the fee
    in their sentence; the general protective phrases still do not (see the next test)."""
    reply = compose(snapshot, text, lang, None)
    assert not reply.scam_warning and "upfront_fee" not in reply.flags, reply.as_dict()


def test_a_courier_fee_after_prepaid_is_still_asked_70e(snapshot):
    """70e: "người gửi đã thanh toán trước, nhưng phát sinh phí…" promises nothing: the fee is
    asked (it was unwarned when protective phrases were let cancel fees)."""
    text = ("“Chào chị, em là shipper GHTK. Đơn của chị người gửi đã thanh toán trước, nhưng phát "
            "sinh phí vận chuyển vượt tuyến 32.000đ. Chị quét mã QR em gửi để thanh toán giúp "
            "em, xong em giao ngay.”")
    reply = compose(snapshot, text, "vi", None)
    assert reply.scam_warning and "upfront_fee" in reply.flags, reply.as_dict()


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Chị ơi em ở bên thuế phường, chị còn khoản hoàn thuế chưa nhận, chị chụp 2 mặt căn cước "
     "gửi em nhé", "vi", "impersonation"),
    ("Akun Coretax Anda belum aktif, akan dikenakan sanksi Rp 500 ribu. Silakan hubungi "
     "petugas pajak via WhatsApp.", "id", "threat"),
    ("PLN: meteran listrik diganti gratis, mohon transfer biaya pasang Rp 200.000 ke rekening "
     "a.n. petugas hari ini", "id", "money_transfer"),
    ("Traffic Police Department: a camera fined your scooter. Pay at vn-fines-online.info or "
     "your passport will be flagged at departure.", "en", "threat"),
    ("Your tax refund of $310 is waiting for you. Confirm your card details at "
     "refund-claims-portal.com to receive it.", "en", "prize"),
])
def test_officials_fines_and_refunds_that_are_fake_are_warned_71a(snapshot, text, lang, flag):
    """71a (sms_dev101, authorities and utilities, 64 of 70 warned on arrival at bad7e37): a
    "tax officer of the ward" asking for ID photos, a sanction settled over WhatsApp, a fee into
    an account "a.n. petugas" (a single-letter abbreviation ends no sentence), a fine with a
    passport flagged at departure, and a refund "waiting for you"."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


def test_a_tax_offices_own_refund_notice_is_not_a_prize_71a(snapshot):
    """71a (sms_dev101): a genuine refund notice, paid into the account on file, was warned as a
    prize with money asked."""
    text = ("Cục Thuế: hồ sơ hoàn thuế TNCN năm 2025 của bạn đã được duyệt. Số tiền hoàn sẽ chuyển "
            "vào tài khoản đã đăng ký. Tra cứu trên ứng dụng eTax Mobile.")
    assert not compose(snapshot, text, "vi", None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Shipper đây ạ, hàng người thân đặt cho bà, phí thu hộ 560 nghìn, bà chuyển khoản trước "
     "giúp cháu nhé", "vi", "upfront_fee"),
    ("Đơn của em bị lỗi hệ thống, em chuyển thêm 300k để đẩy đơn, tối chị hoàn lại cả hai "
     "khoản", "vi", "upfront_fee"),
    ("Chị ơi em chuyển dư 900 nghìn tiền mua giày, chị chuyển lại phần dư vào tài khoản bạn em "
     "giúp em, em cần gấp", "vi", "money_transfer"),
    ("Bên em hoàn tiền đơn thất lạc, anh cài ứng dụng hỗ trợ qua link rồi bật quyền trợ năng "
     "cho em nhé", "vi", "app_install"),
    ("Mình mua cái quạt của bạn trên Chợ Tốt rồi, bạn vào chotot-nhanthanhtoan.shop nhập thẻ "
     "ngân hàng để tiền về", "vi", "lookalike_domain"),
    ("Woi ini aku Dimas, nomor lamaku hilang. Transferin 400rb dulu ya buat bayar ongkir, besok "
     "aku ganti", "id", "impersonation"),
])
def test_shopping_and_delivery_scams_are_warned_71b(snapshot, text, lang, flag):
    """71b (sms_dev102, delivery and marketplaces, 59 of 70 warned on arrival at d2086a9): cash
    on delivery for a parcel "a relative ordered", an order "stuck" until more is paid, money
    "sent too much" to be sent back elsewhere, accessibility rights for a "support" app, a Chợ
    Tốt look-alike, and a friend whose "old number is lost"."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()


@pytest.mark.parametrize("text", [
    "Dạ cái tủ vẫn còn anh, anh qua xem rồi trả tiền mặt hoặc chuyển khoản tại chỗ, em không "
    "nhận cọc trước đâu.",
    "Shopee: Mã miễn phí vận chuyển đã vào Kho Voucher của bạn, mở ứng dụng để dùng trước 12/12.",
])
def test_a_seller_who_takes_no_deposit_or_a_voucher_in_the_app_is_not_a_scam_71b(snapshot, text):
    """71b (sms_dev102): a seller paid on the spot and a free-shipping code in the app's own
    voucher box were warned as fees asked first."""
    assert not compose(snapshot, text, "vi", None).scam_warning, text


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Xin lỗi em nhắn nhầm số. Mà anh có biết chơi vàng kỹ thuật số không, tháng rồi em lãi gần "
     "30 triệu, em chỉ cho nhé", "vi", "easy_money"),
    ("Robot giao dịch tự động, mỗi tháng lãi 50%, không cần kiến thức, chỉ còn 10 suất hôm nay",
     "vi", "easy_money"),
    ("Soi cầu xổ số miền Bắc chuẩn 99%, mỗi ngày gửi 2 số đẹp, không trúng hoàn tiền, chuyển "
     "200k để vào nhóm VIP của anh", "vi", "easy_money"),
    ("Bạn bị lừa qua sàn ảo? Luật sư hỗ trợ thu hồi 90% số tiền, nhắn Telegram để được tư vấn",
     "vi", "upfront_fee"),
    ("Scammed by a crypto site? Our fund recovery team gets your money back. Small case opening "
     "deposit of $100 applies.", "en", "upfront_fee"),
    ("Anda korban robot trading atau investasi online? Tim pengacara kami bisa balikin dana Anda, "
     "cukup bayar biaya berkas 1 juta saja, hubungi admin.", "id", "upfront_fee"),
    ("Bocoran angka togel hari ini langsung dari orang dalam, dijamin tembus, harga 100rb per "
     "angka, transfer ke e-wallet admin ya kak.", "id", "easy_money"),
    ("Ini Mama, hp mama rusak jadi pakai nomor ini dulu. Transfer 3jt ke rekening teman mama ya",
     "id", "impersonation"),
    ("Tài khoản chứng khoán của quý khách được nâng hạng, vui lòng cập nhật mật khẩu giao dịch "
     "tại chungkhoan-vip.com", "vi", "password_request"),
])
def test_investment_betting_and_recovery_lures_are_warned_71c(snapshot, text, lang, flag):
    """71c (sms_dev103, investment, betting and recovery lures, 57 of 70 warned on arrival at
    aba65ca): a wrong number turning to gold profits, a trading robot, lottery tips, a recovery
    of lost money for a fee (vi/en/id), a parent on a borrowed number paying into a friend's
    account, a trading password to update."""
    reply = compose(snapshot, text, lang, None)
    assert reply.scam_warning and flag in reply.flags, reply.as_dict()
