"""Cases: a situation inside a topic that its general steps do not fit ("she already took the
pills", "he locked himself in", "sent the money to a stranger's account"). Messages of our own,
written for this test; the reply must be the case's text for the reader, and a calm story or
another situation must keep the topic's own answer."""

import pytest

from bot.reply import compose
from tests.test_check import _check
from tests.test_check_rules import _line_after

TOLD = [
    # (44c) our own read: a wrong-way ride, a fake delivery at the door, pictures for sale
    ("the uber driver isnt going the way to my house and wont answer me", "en", "teen",
     "urgent_help", "in_the_car"),
    ("supirnya gak mau nurunin aku, jalannya beda dari biasanya, aku takut", "id", "teen",
     "urgent_help", "in_the_car"),
    ("có ai gõ cửa nói là giao hàng mà nhà em có đặt gì đâu, bố mẹ em đi đám cưới chưa về",
     "vi", "teen", "urgent_help", "at_the_door"),
    ("e ở nhà 1 mk mà có ng cứ bấm chuông xưng là bên điện lực đòi vào ktra, e sợ lắm", "vi",
     "teen", "urgent_help", "at_the_door"),
    ("someone is selling my ai nudes on telegram what do i do im 14", "en", "teen",
     "urgent_help", "images_spreading_now"),
    ("mình vừa uống hết một vỉ thuốc ngủ, giờ thấy chóng mặt, mình không muốn sống nữa",
     "vi", "teen", "self_harm", "pills_taken"),
    ("i swallowed a whole bunch of my dads painkillers 10 minutes ago, i want it to stop",
     "en", "teen", "self_harm", "pills_taken"),
    ("aku barusan minum obat tidur satu strip, aku udah gak mau hidup",
     "id", "teen", "self_harm", "pills_taken"),
    ("con tôi vừa uống cả vỉ thuốc ngủ, nó nói muốn chết", "vi", "parent", "self_harm",
     "pills_taken"),
    # the reader's own child, though "con bé" alone would be someone else's
    ("con bé nhà tôi vừa nhắn là đã uống mấy viên thuốc ngủ của bà, giờ nó không mở cửa",
     "vi", "parent", "self_harm", "pills_taken"),
    ("my brother locked himself in the bathroom and said he wants to end it all",
     "en", "teen", "friend_at_risk", "locked_in"),
    ("thằng bạn em nhắn là nó muốn chết rồi không nghe máy nữa, em lo quá",
     "vi", "teen", "friend_at_risk", "unreachable"),
    ("temenku posting mau bunuh diri terus hp nya mati, aku harus gimana",
     "id", "teen", "friend_at_risk", "unreachable"),
    ("có anh trên mạng rủ em đến khách sạn gặp, dặn đừng nói với ai, em có nên đi không",
     "vi", "teen", "urgent_help", "secret_meeting"),
    ("om om di game ngajak aku ketemuan di hotel, katanya jangan bilang ortu",
     "id", "teen", "urgent_help", "secret_meeting"),
    ("my son sent 2 million dong to a stranger's account for free skins in roblox, can i get "
     "it back", "en", "parent", "in_app_spending", "paid_stranger"),
    ("bạn cùng lớp em bị cả lớp lập group nói xấu, em phải làm sao để giúp bạn ấy",
     "vi", "teen", "cyberbullying", "friend_bullied"),
    ("temenku dibully terus di grup kelas, aku harus gimana", "id", "teen", "cyberbullying",
     "friend_bullied"),
    ("how do i block someone on instagram who keeps asking for pics", "en", "teen",
     "block_user", "asks_for_photos"),
    ("sahabatku upload foto obat banyak banget terus hpnya mati, aku takut", "id", "teen",
     "friend_at_risk", "pills"),
    ("em lại rạch tay rồi, lần này sâu hơn, máu không cầm được, bố mẹ ngủ hết rồi",
     "vi", "teen", "self_harm", "bleeding"),
    ("im on the roof of my building and i want to jump, nobody would care", "en", "teen",
     "self_harm", "high_place"),
    ("my uncle keeps coming into my room at night and touching me, he's here again tonight",
     "en", "teen", "urgent_help", "touched_now"),
    ("aku lagi ketemuan sama kenalan dari game, orangnya beda sama di foto, dia maksa aku "
     "ikut dia naik mobil sekarang", "id", "teen", "urgent_help", "leave_with_them"),
    ("tetangga sebelah rumah lagi mukulin anaknya, dari tadi anaknya teriak-teriak minta "
     "tolong", "id", None, "urgent_help", "next_door"),
    ("a car has been parked outside the school gate all afternoon and the driver keeps "
     "asking kids for my daughter by name", "en", "parent", "stalking", "near_now"),
    ("mn oi acc fb cua t bi hack r, no dang ib vay tien ban be t, lm sao lay lai dc", "vi",
     "teen", "account_hacked", "scamming_friends"),
    ("my son is on facetime right now with a man from a game who is telling him to undress "
     "or he will post his old pics", "en", "parent", "sextortion", "live_call"),
    ("em bi nguoi ta lay anh tren face ghep vao clip nong roi gui cho ca lop, em xau ho qua",
     "vi", "teen", "sextortion", "spread_fake"),
    ("someone made a fake nude of my daughter with an ai app and it's going round her school",
     "en", "parent", "deepfake_nudes", "spread_fake"),
    ("cho e hỏi cách đổi mk fb với, ng yêu cũ e hack r đăng ảnh nhạy cảm của e lên tường nhà "
     "e, cả lớp thấy r", "vi", "teen", "sextortion", "already_posted"),
    ("my best friend just facetimed me, she cut her arm and its bleeding a lot, she says dont "
     "tell her mum", "en", "teen", "friend_at_risk", "bleeding"),
    ("chú em say rồi, đang đánh mẹ em ngoài phòng khách, em với em gái trốn trong phòng",
     "vi", "teen", "urgent_help", "violence_at_home"),
    ("Saya wali kelas 5. Tadi murid saya cerita ke saya ayah tirinya sering masuk kamar dia "
     "malam-malam. Sekarang ayah tirinya sudah menunggu di depan sekolah", "id", "adult",
     "urgent_help", "told_adult"),
    ("the little boy next door has been alone since this morning, the door is locked from the "
     "outside and he won't stop crying", "en", "adult", "urgent_help", "left_alone"),
    ("bé nhà tôi 3 tuổi vừa ngã cầu thang, giờ nằm lờ đờ không khóc", "vi", "parent",
     "urgent_help", "injured"),
    ("my party ride bailed and some drunk older guy keeps offering to drive me home, im 15",
     "en", "teen", "urgent_help", "leave_with_them"),
    ("my 11 year old put 200 dollars of fortnite on the xbox with my card, can i get a refund",
     "en", "parent", "in_app_spending", "console"),
    ("bé nhà tôi 2 tuổi xem ipad cả buổi sáng có sao không", "vi", "parent", "screen_time",
     "young_child"),
    ("con tôi lớp 3, ngày nào cũng xem youtube shorts tới tối, lấy máy là khóc, nên cho bao lâu",
     "vi", "parent", "screen_time", "primary_child"),
    ("my 8 year old watches youtube all afternoon, how much is too much?", "en", "parent",
     "screen_time", "primary_child"),
    ("anak saya 7 tahun tiap hari nonton youtube berjam-jam, gimana batasinnya?", "id",
     "parent", "screen_time", "primary_child"),
    ("mẹ kế đuổi t ra khỏi nhà r, giờ t ngồi ngoài đường, trời tối r ko biết đi đâu", "vi",
     "teen", "urgent_help", "thrown_out"),
    ("chồng tôi đang say, vừa đánh con gái tôi chảy máu miệng", "vi", "parent", "urgent_help",
     "violence_at_home"),
    ("the school called, my son is bullying a boy in his class on instagram, what do i do",
     "en", "parent", "cyberbullying", "my_child_bullies"),
    ("hàng xóm khóa trái bé gái 4 tuổi ngoài ban công từ trưa, trời nắng, bé khóc mãi", "vi",
     "adult", "urgent_help", "left_alone"),
    ("bố dượng say rồi đang đạp cửa phòng em, em khóa trong rồi", "vi", "teen", "urgent_help",
     "violence_at_home"),
    ("Kak, adikku ngunci diri di kamar mandi bawa silet, dia gak mau buka pintunya", "id", "teen",
     "friend_at_risk", "locked_in"),
    ("thằng út nhà tôi 3 tuổi tuột tay ở chợ Bến Thành, tìm nửa tiếng chưa thấy", "vi", "parent",
     "missing_child", "lost_in_public"),
    ("my 6 year old wandered off at the water park, we've looked for 20 minutes", "en", None,
     "missing_child", "lost_in_public"),
    ("anakku 5 tahun lepas gandengan di mall, udah 15 menit gak ketemu", "id", "parent",
     "missing_child", "lost_in_public"),
    ("some guy says he's from the water company and wants to come in, he keeps trying the "
     "handle, i'm home with my little sisters", "en", "teen", "urgent_help", "at_the_door"),
    ("có người lạ cứ cố mở cửa nhà, bố mẹ đi vắng, em với em trai ở trong", "vi", "teen",
     "urgent_help", "at_the_door"),
    ("chồng tôi say rượu từ trưa, giờ đòi chở con 5 tuổi đi mua đồ bằng xe máy", "vi", "parent",
     "urgent_help", "drunk_driver"),
    ("my uncle is drunk and driving with my little cousin in the back, they just left", "en",
     None, "urgent_help", "drunk_driver"),
    ("My 14yo says a guy from roblox wants to meet her alone at the park tonight and told her "
     "not to tell me", "en", "parent", "urgent_help", "secret_meeting"),
    ("thằng bé 2 tuổi nhà chị tôi vừa nuốt mấy viên thuốc huyết áp của ông, giờ cứ lơ mơ", "vi",
     None, "urgent_help", "poisoned"),
    # a toddler who swallowed pills is poisoned, though "swallowed pills" is a self-harm cue
    ("my 2 year old got into the bathroom cabinet and swallowed some of my sleeping pills, hes "
     "getting really sleepy", "en", None, "urgent_help", "poisoned"),
    ("balita saya keminum cairan pembersih lantai, sekarang muntah muntah", "id", None,
     "urgent_help", "poisoned"),
    ("my son fell off the bunk bed, hit his head and is not moving", "en", None, "urgent_help",
     "injured"),
    ("the dad who picked up one of my players smelled like beer and could barely walk, and he "
     "just drove off with the boy in the back seat", "en", None, "urgent_help", "drunk_driver"),
    # a child telling abuse at home, the abuser there now: the child's own voice when unknown
    ("my stepdad does bad things to me when mom is at work and said if i tell he will hurt my "
     "mom. hes home now", "en", None, "urgent_help", "abuser_at_home"),
    ("chú em hay làm chuyện xấu với em khi mẹ đi làm, chú bảo nếu em kể thì chú làm hại mẹ. "
     "giờ mẹ đi làm rồi", "vi", None, "urgent_help", "abuser_at_home"),
    ("om aku suka ngapa-ngapain aku kalau mama kerja, dia bilang kalau aku cerita dia bakal "
     "nyakitin mama. sekarang dia di rumah", "id", None, "urgent_help", "abuser_at_home"),
    ("my daughter told me her uncle does bad things to her and if she tells he will kill her "
     "cat. he is with her at home now", "en", "parent", "urgent_help", "abuser_at_home"),
    # a child pulled from water and not breathing, a button battery swallowed
    ("HELP my little brother fell in the pool and isnt breathing", "en", None, "urgent_help",
     "injured"),
    ("cứu với em trai tôi bị đuối nước ở hồ bơi, vừa kéo lên mà không thở", "vi", None,
     "urgent_help", "injured"),
    ("tolong adikku kecebur kolam renang, udah diangkat tapi gak napas", "id", None,
     "urgent_help", "injured"),
    ("Tôi là cô giáo mầm non, một bé 4 tuổi vừa nuốt viên pin cúc áo, bé đang khóc", "vi", None,
     "urgent_help", "poisoned"),
    # a stranger luring a child into his car, still nearby: the police now
    ("my 9 year old just told me a man at the park asked her to come see puppies in his car, "
     "he's still there", "en", None, "stalking", "near_now"),
    ("con tôi 8 tuổi vừa kể có ông lạ ở công viên rủ nó lên xe xem chó con, ông ta vẫn đứng đó",
     "vi", "parent", "stalking", "near_now"),
    ("anak saya 7 tahun bilang ada om-om di taman ngajak dia masuk mobil lihat anak kucing, "
     "orangnya masih di sana", "id", "parent", "stalking", "near_now"),
    # a ten-year-old home alone, a man knocking who says he is from the power company
    ("mom is at work and a man keeps knocking and says hes from the power company and we have to "
     "open the door. im 10 and home alone with my little brother", "en", None, "urgent_help",
     "at_the_door"),
    # a dangerous challenge that left a child unresponsive: the ambulance, not the police
    ("my cousin tried the blackout challenge from tiktok and now he's unresponsive", "en", None,
     "urgent_help", "injured"),
    ("adikku ikut tantangan tahan napas, sekarang dipanggil gak bangun bangun", "id", None,
     "urgent_help", "injured"),
    # a teacher told of abuse at home: the adult the child told, not a meeting to refuse
    ("Saya wali kelas. Tadi seorang murid bercerita omnya sering masuk ke kamarnya malam-malam "
     "dan minta dia diam, malam ini dia pulang ke rumah itu lagi", "id", None, "urgent_help",
     "told_adult"),
    # a classmate's post about bringing a weapon to school tomorrow
    ("guy from my class posted that hes bringing a gun to school tomorrow and they will all "
     "see. is this serious", "en", None, "urgent_help", "threat_to_school"),
    ("thằng cùng lớp đăng story nói mai mang dao đến trường cho tụi nó biết tay, em có nên báo "
     "ai không", "vi", None, "urgent_help", "threat_to_school"),
    # a 10-year-old hiding while a parent beats a sibling
    ("my dad is hitting my little sister with the belt again and she is bleeding, im hiding in "
     "my room", "en", "teen", "urgent_help", "violence_at_home"),
    # a child seen taken into a car by a stranger, minutes ago
    ("a man i have never seen pushed the little girl from the playground into his car and drove "
     "off with her, i got part of the plate", "en", None, "urgent_help", "taken_now"),
    ("tôi vừa thấy một gã lạ bế đứa bé nhà bên lên xe ô tô rồi phóng xe đi mất, tôi nhớ được "
     "biển số", "vi", None, "urgent_help", "taken_now"),
    ("tadi anak kecil depan rumah dimasukkan ke mobil sama orang tidak dikenal, plat nomornya "
     "saya ingat sebagian", "id", None, "urgent_help", "taken_now"),
    # someone waiting at the end of the lane, staring at the house
    ("có một ông lạ chạy theo cháu tôi từ trường về, giờ vẫn đứng ở đầu ngõ cứ nhìn vào nhà",
     "vi", "parent", "stalking", "near_now"),
    # taken abroad on a job offer and held there
    ("anh trai em 17 tuổi sang campuchia làm việc theo lời một người quen trên facebook, vừa "
     "nhắn cứu anh, bị thu hộ chiếu, không cho về", "vi", "teen", "urgent_help", "held_abroad"),
    ("my cousin (17) took a job in cambodia through a guy on facebook, she just texted help, "
     "they took her passport and won't let her leave", "en", None, "urgent_help",
     "held_abroad"),
    ("kakakku kerja di kamboja lewat kenalan facebook, barusan chat tolong, paspornya ditahan "
     "dan gak boleh pulang", "id", "teen", "urgent_help", "held_abroad"),
    # a choking "challenge" watched live from afar: stop it and get someone there
    ("my brother is 13 and doing the blackout challenge on live right now with a belt around "
     "his neck, im at work", "en", None, "urgent_help", "choking_challenge"),
    ("em trai mình đang livestream làm thử thách nín thở, quấn khăn quanh cổ, mình ở xa không "
     "về kịp", "vi", None, "urgent_help", "choking_challenge"),
    # a household poison drunk by a child of any age
    ("con gai toi 5 tuoi uong nham nuoc lau san, dang oi", "vi", None, "urgent_help",
     "poisoned"),
    ("my toddler just drank some dishwasher detergent and is coughing, what do i do", "en",
     None, "urgent_help", "poisoned"),
    ("adikku keminum cairan pembersih lantai, sekarang muntah-muntah, mama belum pulang", "id",
     None, "urgent_help", "poisoned"),
    # a mother hit, the man coming for the child's room
    ("he slapped my mom and hes coming up the stairs, i locked myself in the bathroom", "en",
     "teen", "urgent_help", "violence_at_home"),
    ("bố dượng vừa tát mẹ em, giờ đang lên cầu thang, em khóa cửa phòng rồi", "vi", "teen",
     "urgent_help", "violence_at_home"),
    # a neighbour who hears it: the police from outside, not "lock yourself in"
    ("nhà bên cạnh đang đánh con, nghe tiếng thằng bé khóc thét, có nên báo không hay chuyện "
     "nhà người ta", "vi", None, "urgent_help", "next_door"),
    # a job abroad and a pickup tonight: the trip is still to stop
    ("chị họ em 17t được một người trên facebook rủ sang campuchia làm việc nhẹ lương cao, tối "
     "nay xe tới đón, em có nên nói với cô chú không", "vi", "teen", "urgent_help",
     "about_to_leave"),
    ("my cousin is 16 and a guy from instagram got her a modeling job in cambodia, they pick "
     "her up tomorrow morning and she told nobody but me", "en", "teen", "urgent_help",
     "about_to_leave"),
    ("toi nghe nha doi dien danh con bang roi may, thang be la het roi im luon, toi co nen bao "
     "cong an khong", "vi", None, "urgent_help", "next_door"),
    ("con trai tôi 2 tuổi vừa cắn vỡ viên giặt xả, miệng đầy bọt, tôi phải làm gì", "vi", None,
     "urgent_help", "poisoned"),
    ("my niece (15) is on tiktok live doing some breath holding challenge with a scarf, im "
     "watching from work what do i do", "en", None, "urgent_help", "choking_challenge"),
    ("anak saya 12 tahun mau ketemu teman dari roblox di mall jam 7 malam ini, dia minta saya "
     "jangan bilang ayahnya", "id", "parent", "urgent_help", "secret_meeting"),
    # location shared with friends: the setting the worry is about
    ("con toi 13 tuoi co nen cho bat chia se vi tri voi ban be khong", "vi", "parent",
     "privacy_settings", "location"),
    # a battery or a magnet swallowed, said plainly
    ("my daughter (3) swallowed two small round batteries from a toy, she seems ok but im "
     "scared", "en", None, "urgent_help", "poisoned"),
    # a pupil showing bruises, the man she named coming to collect her
    ("a boy in my after-school club showed me bruises on his back and says his stepdad did it, "
     "and his stepdad is coming to pick him up at 6", "en", "adult", "urgent_help",
     "told_adult"),
    # a man on a motorbike parked at the gate, staring in
    ("có ông lạ đậu xe máy ngay trước cổng nhà từ chiều, cứ nhìn vào trong nhà, con tôi sợ không "
     "dám ra ngoài", "vi", "parent", "stalking", "near_now"),
    # home alone, someone claiming to be from the water company will not leave
    ("e ở nhà 1 mình, có ông bảo là người của công ty nước đòi vào kiểm tra, e ko mở mà ổng vẫn "
     "đứng ngoài ko chịu đi", "vi", None, "urgent_help", "at_the_door"),
    # a sibling sworn to secrecy about tonight's meeting
    ("my 14yo sister is meeting a guy from fortnite at the park tonight and made me swear not "
     "to tell mom", "en", None, "urgent_help", "secret_meeting"),
]


TOLD += [
    ("em trai toi dang khoa cua phong quay clip thu thach nhin tho, go cua ko mo", "vi", None,
     "urgent_help", "challenge_behind_door"),
    ("they said they will finish him at the school gate tomorrow, they sent a knife photo",
     "en", "parent", "urgent_help", "threatened_fight"),
    ("tụi nó chặn e sau trường, bảo chờ đủ người là xử e", "vi", "teen", "urgent_help",
     "threatened_fight"),
    ("aku kabur dari rumah, ada kakak dari tiktok mau jemput, aku boleh nginep di kosnya",
     "id", "teen", "urgent_help", "ran_away_pickup"),
    ("a guy from roblox booked a grab to pick her up at 9pm tonight, she is 13", "en",
     "parent", "urgent_help", "pickup_arranged"),
    ("con gái tôi 13 tuổi vừa khoe có anh quen trên tiktok hẹn tối nay 8h đón ở đầu ngõ đi ăn "
     "kem, dặn không được kể với bố mẹ", "vi", "parent", "urgent_help", "pickup_arranged"),
    ("tôi vừa thấy tin nhắn một người đàn ông hẹn nó 8h tối nay ở công viên, dặn đừng cho mẹ biết",
     "vi", "parent", "urgent_help", "pickup_arranged"),
    ("em trai toi dang tu quan day sac quanh co de quay tiktok, mat no tim roi", "vi", None,
     "urgent_help", "neck_now"),
    ("con trai toi 17t, nguoi ta hua viec o campuchia, 5h sang mai co xe den don", "vi",
     "parent", "urgent_help", "about_to_leave"),
    ("my 9 year old saw a video of a fight with blood on youtube and now has nightmares", "en",
     "parent", "harmful_content", "frightened_by_violence"),
    # a brother doing a rope trend behind a locked door; a gang waiting at the school gate
    ("em trai em đang khóa cửa phòng làm trend buộc dây vô cổ nín thở, em đập cửa mà nó không mở",
     "vi", "teen", "urgent_help", "challenge_behind_door"),
    ("kakak kelas mau ngeroyok aku, mereka nunggu di depan gerbang sekolah sekarang", "id",
     "teen", "urgent_help", "threatened_fight"),
    ("my mom works nights and her boyfriend comes into my room when she's gone", "en", "teen",
     "urgent_help", "abuser_at_home"),
    # the "online kidnapping" scam: a caller posing as police says the child is held
    ("vừa có người xưng là công an gọi, bảo con gái tôi đang bị tạm giữ, chuyển 100 triệu thì "
     "thả, con tôi tắt máy từ trưa", "vi", "parent", "urgent_help", "fake_police_ransom"),
    ("a man claiming to be police says my son is detained and i must pay to release him, my son "
     "isn't answering", "en", "parent", "urgent_help", "fake_police_ransom"),
    ("ada yang mengaku polisi bilang anak saya diamankan, harus transfer tebusan, anak saya tidak "
     "bisa dihubungi", "id", "parent", "urgent_help", "fake_police_ransom"),
    # money already paid to a shop that then blocked the buyer, told by the buyer
    ("e mua cái áo 300k trên page insta, ck r mà giờ shop chặn e luôn, có đòi lại được không",
     "vi", "teen", "scam_online_shopping", "already_paid"),
    ("my daughter paid 500k upfront to an instagram shop and now they blocked her", "en",
     "parent", "scam_online_shopping", "already_paid"),
    ("aku udah bayar jaket di toko online, sekarang aku diblokir penjualnya", "id", "teen",
     "scam_online_shopping", "already_paid"),
]


TOLD += [
    # already on the road to a border with the recruiter: the police before the crossing
    ("em họ tôi 16 tuổi đang ngồi trên xe khách với người môi giới, họ nói tối nay sang bên kia "
     "làm quán, gọi không nghe", "vi", None, "urgent_help", "on_the_way"),
    ("my sister texted that she's nearly at the border with the man who promised her a factory "
     "job and now she won't answer", "en", None, "urgent_help", "on_the_way"),
    ("sepupuku bilang udah dekat perbatasan sama agen yang janjiin kerja di pabrik, sekarang HP "
     "nya nggak aktif", "id", None, "urgent_help", "on_the_way"),
    ("adikku udah di bus ke perbatasan sama agen yang janjiin kerja di kafe, ktpnya dipegang agen",
     "id", "teen", "urgent_help", "on_the_way"),
    # gone to meet someone from online and unreachable: the meeting place, the contact's profile
    ("con trai tôi đi gặp một người quen qua game từ trưa, giờ tối rồi điện thoại tắt máy",
     "vi", "parent", "missing_child", "gone_to_meet"),
    ("my 13 year old went to meet a guy from discord at the mall and her phone is off now",
     "en", "parent", "missing_child", "gone_to_meet"),
    ("anak saya janjian ketemu orang dari game di stasiun, sekarang hpnya mati", "id", "parent",
     "missing_child", "gone_to_meet"),
    # a teacher told of a pick-up planned for after school today: keep the child at school
    ("one of my students says a guy from fortnite is picking her up after school today, "
     "he says he is 20", "en", "adult", "urgent_help", "pickup_arranged"),
    # a video call now, told by a parent outside the locked door
    ("con gái tôi đang gọi video với người lạ trong phòng, tôi nghe hắn bảo con cởi áo, cửa khóa",
     "vi", "parent", "sextortion", "live_call"),
    # a gang waiting after school: stay with adults, not the night-shelter steps
    # the school calls: a stranger at the gate to collect the child; a teacher; the child
    ("trường vừa gọi, có người đàn ông tự xưng là bác của cháu đứng ở cổng trường đòi đón cháu, "
     "nhà tôi không có ai như vậy", "vi", "parent", "stalking", "stranger_collecting"),
    ("the school called: a man who says he is her uncle wants to pick her up. she has no uncle",
     "en", "parent", "urgent_help", "stranger_collecting"),
    ("ada om-om ngaku om aku mau jemput di gerbang sekolah, padahal aku ga kenal", "id", "teen",
     "urgent_help", "stranger_collecting"),
    # the phone named: only that store's refund steps
    ("thằng bé lấy điện thoại android của tôi nạp game hết 2 triệu, đòi lại được không", "vi",
     "parent", "in_app_spending", "android"),
    ("my kid bought 80 dollars of gems on my iphone, how do i get it back", "en", "parent",
     "in_app_spending", "iphone"),
    ("aku kepencet beli diamond pakai akun google play mama, gimana ini", "id", "teen",
     "in_app_spending", "android"),
    ("anak2 sekolah sebelah ngancam: tungguin lo di gerbang pulang sekolah, habis lo. aku takut "
     "pulang", "id", "teen",
     "urgent_help", "threatened_fight"),
    # viewers of a live stream telling a child to undress: end the live, keep no copy; the
    # ranking's guess of self-harm does not override the case the message tells
    ("con bé nhà tôi đang livestream trên tiktok, mấy người xem cứ kêu nó cởi áo, tôi phải làm "
     "sao", "vi", "parent", "urgent_help", "live_undress"),
    ("my little sister is live on tiktok right now and people in the chat keep telling her to "
     "take her top off", "en", "teen", "urgent_help", "live_undress"),
    ("adikku lagi live di tiktok, penontonnya nyuruh dia buka baju terus", "id", None,
     "urgent_help", "live_undress"),
    # a friend live on a rooftop saying goodbye: the police to that place, words to step inside
    ("my friend is live on tiktok right now on her building roof crying and saying this is her "
     "last video", "en", "teen", "friend_at_risk", "high_place"),
    ("bạn em đang livestream trên sân thượng trường, khóc và nói đây là lần cuối", "vi", "teen",
     "friend_at_risk", "high_place"),
    # viewers asking a child on a live to "show more"
    ("my 12 year old is on a livestream and viewers keep sending gifts asking her to show more",
     "en", "parent", "urgent_help", "live_undress"),
    # pills swallowed for a clip, dizzy now; a toddler who swallowed a grandparent's pills
    ("bọn nó thách em uống 4 viên thuốc cảm 1 lúc để quay clip, giờ em chóng mặt buồn nôn", "vi",
     "teen", "urgent_help", "poisoned"),
    ("bé nhà tôi 2 tuổi nghịch nuốt mấy viên thuốc huyết áp của ông, có sao không", "vi", "parent",
     "urgent_help", "poisoned"),
    # an 8-year-old frightened by a killing in a cartoon, asked about by an older sibling
    ("adikku umur 7 nangis terus dan nggak mau tidur sendiri habis nonton video ada orang dibunuh",
     "id", None, "harmful_content", "frightened_by_violence"),
    # a plane ticket for tomorrow morning bought by an adult met online, in secret
    ("anak saya 13 tahun dibeliin tiket pesawat sama pacar online-nya buat besok pagi, disuruh "
     "rahasia", "id", "parent", "urgent_help", "pickup_arranged"),
    ("a man she met online bought her a plane ticket for tomorrow morning and told her not to "
     "tell us", "en", "parent", "urgent_help", "pickup_arranged"),
    # a cough-syrup dare that left a child hard to wake: the poison steps and the ambulance
    ("adikku ikut challenge minum obat batuk sebotol, sekarang gak bisa bangun", "id", None,
     "urgent_help", "poisoned"),
    # an adult has set a secret camera call with a child for tonight: that call must not happen
    ("anak saya 12 tahun disuruh om-om di Zalo nyalakan kamera malam ini jam 11 seperti biasa, "
     "jangan bilang mama", "id", "parent", "urgent_help", "camera_tonight"),
    ("a grown man on discord told my 11yo to turn on the camera tonight like always and not "
     "tell me", "en", "parent", "urgent_help", "camera_tonight"),
    # a loan app's debt collector spreading an edited nude and threatening a visit tonight
    ("adik saya 17 tahun pinjam di pinjol, sekarang DC-nya ngancam sebar foto editan dan mau "
     "datang malam ini", "id", None, "sextortion", "loan_collector"),
    # a parent who knows where the child is held: 113 and the place first
    ("con gái tôi 15 tuổi nhắn cứu con, bị người quen trên mạng giữ ở nhà nghỉ không cho về",
     "vi", "parent", "urgent_help", "held_abroad"),
    # a first phone for a child under 13: Family Link's three jobs, not TikTok's 13+ pairing
    ("con gái mình 8 tuổi sắp có điện thoại Android đầu tiên, cài gì để mình duyệt app và "
     "giới hạn giờ chơi?", "vi", "parent", "parental_controls", "under_13"),
    ("my 10 year old is getting her first phone, what parental controls should i set up",
     "en", "parent", "parental_controls", "under_13"),
    # a video shared in a group chat: Take It Down does not reach chats, report in the app first
    ("video riêng tư của em bị thằng kia gửi vào nhóm telegram của trường, làm sao gỡ đi",
     "vi", "teen", "intimate_image_removal", "in_a_group_chat"),
    ("someone shared my private pics in a group chat on telegram, how do i get them removed",
     "en", "teen", "intimate_image_removal", "in_a_group_chat"),
    # photos already posted: whether to delete them all is answered first
    ("I've posted hundreds of photos of my kids on Facebook over the years, should I delete "
     "them all now?", "en", "parent", "sharenting", "already_posted"),
    ("tôi đăng nhiều ảnh con lên facebook rồi, có cần xóa hết không", "vi", "parent",
     "sharenting", "already_posted"),
    # a modelling offer wanting ID and body photos and a deposit: what to refuse, no trip
    ("một shop thời trang rủ con gái tôi làm người mẫu ảnh, bắt gửi ảnh cccd với ảnh toàn "
     "thân và đóng cọc 1 triệu, có phải lừa không", "vi", "parent", "trafficking_job_offer",
     "modelling_offer"),
    ("a 'modelling agency' on instagram wants my full body photos in a swimsuit and a 500k "
     "registration fee, is this a real job offer?", "en", "teen", "trafficking_job_offer",
     "modelling_offer"),
]

# A child with the adult grooming them, now: the danger's case, told under grooming too, opens
# with the hotline itself (no banner above it); a pamit (farewell) before a trip abroad tomorrow.
TOLD += [
    ("ông chú hàng xóm hay cho bé quà, dặn đừng nói với mẹ, giờ bé đang ở nhà ông ấy một mình",
     "vi", "parent", "grooming", "with_the_adult_now"),
    ("ông chú hàng xóm hay cho bé quà, dặn đừng nói với mẹ, giờ bé đang ở nhà ông ấy một mình",
     "vi", None, "grooming", "with_the_adult_now"),
    ("my daughter is on a video call with a man from discord right now and he told her to lock "
     "the door", "en", "parent", "urgent_help", "with_the_adult_now"),
    ("om-om dari game lagi video call sama adikku sekarang, nyuruh dia kunci pintu kamar", "id",
     "teen", "urgent_help", "with_the_adult_now"),
    ("anak saya pamit kerja ke Thailand besok pagi, katanya semua dibiayai", "id", "parent",
     "urgent_help", "about_to_leave"),
]

TOLD += [
    # a child's sexual image passed around a group now: report the post and the group, no copy
    ("ảnh nhạy cảm của con gái tôi đang bị phát tán trong nhóm zalo của trường", "vi", "parent",
     "urgent_help", "images_spreading_now"),
    ("a fake nude of me is going around the class group chat right now", "en", "teen",
     "urgent_help", "images_spreading_now"),
    ("foto telanjang anak saya lagi disebar di grup sekolah", "id", "parent", "urgent_help",
     "images_spreading_now"),
    # the call under way with the door to shut or the bathroom to go to: the same steps
    ("my son is in a discord vc rn and the man wants him to take the tablet into the bathroom",
     "en", "parent", "urgent_help", "with_the_adult_now"),
    # (52a) a child on a call now with a fake police officer, teacher or parent: hang up first
    ("em đang nghe điện thoại của người tự xưng công an, họ đòi mã otp của mẹ và cấm em cúp máy",
     "vi", "teen", "urgent_help", "scam_call_now"),
    ("my daughter's on the phone with a man who says he's police, he told her not to hang up",
     "en", "parent", "urgent_help", "scam_call_now"),
    ("anakku lagi ditelepon orang yang ngaku polisi, katanya gak boleh tutup telepon sampai "
     "transfer", "id", "parent", "urgent_help", "scam_call_now"),
    ("có người lạ cứ gọi cho e bảo là bên công an, bắt e ko đc tắt máy, e sợ quá", "vi", "teen",
     "urgent_help", "scam_call_now"),
    # (52g) bullied, done with school and worn out: someone to talk to, not "get somewhere safe"
    ("em met lam roi ngay nao cung bi ca lop che anh, em khong muon di hoc nua", "vi", "teen",
     "urgent_help", "bullied_worn_out"),
    ("my daughter says she doesn't want to go to school anymore, she's bullied every day and so "
     "tired", "en", "parent", "urgent_help", "bullied_worn_out"),
    ("aku gak mau sekolah lagi, tiap hari dibully satu kelas, aku udah capek", "id", "teen",
     "urgent_help", "bullied_worn_out"),
    # (53k) a child told by someone online to take a parent's money now: stop, tell a parent
    ("chú trong game bảo con lấy tiền trong ví mẹ chuyển cho chú ngay bây giờ", "vi", "teen",
     "urgent_help", "take_parents_money"),
    ("a lady on whatsapp says i have to take money out of mums purse right now for her", "en",
     None, "urgent_help", "take_parents_money"),
    ("anak saya disuruh teman di game ambil uang di dompet mama sekarang", "id", "parent",
     "urgent_help", "take_parents_money"),
    # (53n) a cloned parent's voice asking the child for a code: hang up first
    ("my son got a call in his dads voice asking for the code on his phone", "en", "parent",
     "urgent_help", "scam_call_now"),
    # (54b) a scam under way with money about to go or a code already given: stop, the bank
    ("ông tôi đang đứng trước cây atm, người gọi bảo chú tôi bị tai nạn cần tiền gấp", "vi",
     "parent", "urgent_help", "money_going_now"),
    ("e lỡ đọc mã otp cho họ r, giờ tài khoản của mẹ đang bị trừ tiền", "vi", "teen",
     "urgent_help", "money_going_now"),
    ("my mum is at the atm now because a caller says my brother was in an accident", "en", "teen",
     "urgent_help", "money_going_now"),
    ("nenek lagi di atm sekarang, katanya cucunya kecelakaan dan harus transfer", "id", "parent",
     "urgent_help", "money_going_now"),
    # (54k) an undressed photo asked for with a game reward or a secret: the photo-pressure steps
    ("chú trong game đòi em gửi ảnh không mặc đồ, bảo gửi thì tặng kim cương", "vi", "teen",
     "urgent_help", "photo_pressure"),
    ("om di grup minta foto tanpa baju, katanya rahasia, nanti dikasih diamond", "id", "teen",
     "urgent_help", "photo_pressure"),
    # on a call now and asked for a password or to log in: hang up first
    ("em đang call với một người bảo là admin, họ bắt em đăng nhập tài khoản để nhận quà", "vi",
     "teen", "urgent_help", "scam_call_now"),
]


@pytest.mark.parametrize(("text", "lang", "audience", "topic", "case"), TOLD)
def test_a_situation_told_gets_its_own_text(snapshot, text, lang, audience, topic, case):
    reply = compose(snapshot, text, lang, audience)
    item = snapshot.content.topics[topic]
    assert reply.topic == topic
    # A message read for its signs has them after the answer ("is this a real job offer?").
    body = reply.text.split("\n\n⚠️", 1)[0] if reply.kind == "check" else reply.text
    home = next(c for c in item.cases if c.id == case).home
    if reply.urgent and not item.urgent and not snapshot.content.topics[home].urgent:
        # The learned reading took it as possible danger now ("the school called… what do i
        # do"): its banner opens the reply, the case's own text follows whole.
        banner, body = body.split("\n\n", 1)
        assert "111" in banner.split("\n")[0]
    assert body == item.text_for(lang, audience, case)
    assert body != item.text_for(lang, audience)


@pytest.mark.parametrize(("text", "lang", "audience", "topic"), [
    # the topic, without the situation: its own answer
    ("bạn thân em cứ nói muốn chết, em phải làm sao", "vi", "teen", "friend_at_risk"),
    ("my son spent 50 dollars on robux with my card, can i get a refund", "en", "parent",
     "in_app_spending"),
])
def test_without_the_situation_the_topic_answers(snapshot, text, lang, audience, topic):
    reply = compose(snapshot, text, lang, audience)
    assert reply.topic == topic
    assert reply.text == snapshot.content.topics[topic].text_for(lang, audience)


def test_pills_taken_leads_with_the_ambulance_and_keeps_111_on_the_first_line(snapshot):
    reply = compose(snapshot, "em đã uống hết lọ thuốc của mẹ rồi, em mệt lắm, không muốn sống",
                    "vi", "teen")
    first = reply.text.splitlines()[0]
    assert reply.urgent
    assert first.index("115") < first.index("111")
    assert "Chưa làm gì" not in reply.text  # the steps for someone who has not acted yet


def test_a_call_recorded_earlier_is_not_told_to_end_now(snapshot):
    """Most threats follow a call recorded before; "end the call now" would mean nothing.
    Typed plainly, "dang video call cua em len nhom" is a threat to post it, not a call."""
    item = snapshot.content.topics["sextortion"]
    for text in ("someone recorded our video call last night and now wants 5 million or he "
                 "posts it", "thang do noi 30 phut nua la no dang video call cua em len nhom lop"):
        reply = compose(snapshot, text, "en" if text.startswith("some") else "vi", "teen")
        assert reply.topic == "sextortion" and reply.urgent
        assert reply.text != item.text_for(reply.lang, "teen", "live_call")


def test_a_case_of_a_danger_is_not_told_for_a_calm_story(snapshot):
    """Last year's overdose is no reason for "call 115 now"."""
    item = snapshot.content.topics["self_harm"]
    reply = compose(snapshot, "năm ngoái em đã uống thuốc ngủ, giờ em ổn rồi nhưng vẫn hay buồn",
                    "vi", "teen")
    assert not reply.urgent
    assert reply.text != item.text_for("vi", "teen", "pills_taken")


def test_a_case_without_when_or_with_a_repeated_id_is_an_error(content_copy):
    path = content_copy / "answers" / "friend_at_risk.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: unreachable", "  - id: locked_in", 1),
                    encoding="utf-8")
    repeated = _line_after(path, "cases:", "id: locked_in", "answer:", "id: locked_in")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/friend_at_risk.yaml:{repeated}: case 'locked_in' twice" in result.stdout

    path.write_text(text.replace("    when:\n", "    whenever:\n", 1), encoding="utf-8")
    case = _line_after(path, "cases:", "- id: ")
    name = path.read_text(encoding="utf-8").splitlines()[case - 1].split("id: ")[1].strip()
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert (f"answers/friend_at_risk.yaml:{case + 1}: unknown key 'whenever' — did you mean "
            "'when'?") in result.stdout
    assert (f"answers/friend_at_risk.yaml:{case}: case '{name}' has no 'when' cues"
            in result.stdout)


def test_a_case_text_is_checked_like_every_answer(content_copy):
    """An urgent topic's case must open with 111 too, and speak to its own reader."""
    path = content_copy / "answers" / "self_harm.yaml"
    at = _line_after(path, "cases:", "    answer:", "      en: |")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[at] = "        🚑 Call 115 now, don't wait to see what happens."
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert (f"answers/self_harm.yaml:{at}: urgent answer 'case pills_taken/answer/en' does "
            "not open with 111") in result.stdout


def test_a_case_shared_into_an_urgent_topic_still_opens_with_111(snapshot):
    """The photo-asking case is written under blocking (no 111 first) and also told under
    stalking, whose replies are urgent."""
    reply = compose(snapshot, "some guy keeps dming me asking for pics and when i block him he "
                    "makes a new account. im 14", "en", "teen")
    case = snapshot.content.topics["stalking"].text_for("en", "teen", "asks_for_photos")
    assert reply.topic == "stalking" and reply.urgent
    assert "111" in reply.text.splitlines()[0]
    assert reply.text.endswith(case)


def test_also_in_naming_no_topic_is_an_error(content_copy):
    path = content_copy / "answers" / "block_user.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "also_in: [stalking]", "also_in: [stalker]"), encoding="utf-8")
    at = _line_after(path, "cases:", "also_in:")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/block_user.yaml:{at}: 'stalker' in 'also_in' is not a topic" in result.stdout


def test_a_case_brings_its_own_buttons(snapshot):
    """Money sent to a stranger leads to game scams and the police, not to screen time."""
    reply = compose(snapshot, "my son sent 2 million dong to a stranger's account for free skins "
                    "in roblox, can i get it back", "en", "parent")
    case = next(c for c in snapshot.content.topics["in_app_spending"].cases
                if c.id == "paid_stranger")
    shown = [b.action.split(":", 1)[1] for b in reply.buttons if b.action.startswith("topic:")]
    assert set(case.related[:2]) <= set(shown)
    assert "screen_time" not in shown and "parental_controls" not in shown


def test_a_case_related_topic_that_does_not_exist_is_an_error(content_copy):
    path = content_copy / "answers" / "in_app_spending.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "related: [scam_game_items, report_police", "related: [scam_game_item, report_police"),
        encoding="utf-8")
    at = _line_after(path, "cases:", "id: paid_stranger", "related:")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert (f"answers/in_app_spending.yaml:{at}: related topic 'scam_game_item' of case "
            "'paid_stranger' does not exist") in result.stdout


def test_a_threat_to_post_is_not_told_the_images_are_already_out(snapshot):
    reply = compose(snapshot, "nó dọa nếu em không chuyển 2 triệu thì nó sẽ đăng ảnh nóng lên "
                    "nhóm lớp cho cả lớp xem", "vi", "teen")
    assert reply.urgent and reply.topic == "sextortion"
    assert "không phải lỗi" in reply.text and "bị tung ra" not in reply.text


def test_a_child_who_told_an_adult_is_kept_from_the_person_named(snapshot):
    """A pupil's whisper about who comes into her room, with that person at the gate: the
    adult is told not to hand her over, and 111 comes first."""
    reply = compose(snapshot, "One of my pupils told me her uncle comes into her room at night "
                    "and touches her. He is at the school gate now to pick her up", "en", None)
    assert reply.topic == "urgent_help" and reply.urgent
    assert "111" in reply.text.splitlines()[0]
    assert "don't hand them over" in reply.text


@pytest.mark.parametrize(("text", "lang", "topic"), [
    # an adult in a position of trust, in secret: grooming's steps, not "a child in danger now"
    ("my son's tutor messages him late at night and told him it's their secret, he's 12", "en",
     "grooming"),
    # a stranger's sexual pictures sent to a teen
    ("có 1 acc lạ gửi ảnh nóng cho t qua insta, ghê quá", "vi", "grooming"),
    # a classmate's nude images passed around: getting them taken down
    ("someone in my daughter's class is sharing nude pics of another girl on snapchat", "en",
     "intimate_image_removal"),
])
def test_everyday_stories_of_abuse_get_their_topic(snapshot, text, lang, topic):
    assert compose(snapshot, text, lang, None).topic == topic


@pytest.mark.parametrize(("text", "lang", "topic"), [
    # a pupil's goodbye letter with a pet left in the teacher's care, then silence
    ("Một học sinh lớp 9 để lại thư 'cảm ơn thầy vì tất cả', nhờ tôi chăm con chó của em, giờ em "
     "tắt máy", "vi", "friend_at_risk"),
    # a neighbour's child beaten and screaming, heard through the wall
    ("tetangga depan rumah lagi mukulin anaknya, anaknya menjerit minta ampun", "id",
     "urgent_help"),
    # bruises, and the child begging the coach not to tell the parent coming to pick him up
    ("one of my players has bruises on his neck and begged me not to tell his dad, who is "
     "picking him up in ten minutes", "en", "urgent_help"),
])
def test_danger_told_by_an_adult_nearby_is_urgent(snapshot, text, lang, topic):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == topic


def test_a_short_aside_is_not_read_as_a_second_question(snapshot):
    """A grandparent's question about game time: a three-word fragment a connector split off
    ("sampai tengah malam") is no second question, so an aside ("Saya kurang paham
    teknologi") cannot pair with it and choose in-app spending."""
    reply = compose(snapshot, "Cucu saya umur 9 tahun main game terus sampai tengah malam. "
                    "Bagaimana cara membatasi waktunya di HP? Saya kurang paham teknologi.", "id",
                    None)
    assert reply.topic in (None, "screen_time") and reply.topic != "in_app_spending"
    first = reply.topic or reply.suggestions[0]
    assert first == "screen_time"



@pytest.mark.parametrize(("text", "lang", "case"), [
    ("Mấy đứa bạn đang rủ thằng em mình trèo ra lan can cầu để quay clip nhảy xuống sông", "vi",
     "dare_now"),
    ("my brother's friends dared him to jump off the bridge railing for a tiktok, he's up there "
     "now", "en", "dare_now"),
    ("adikku ikut challenge minum obat batuk sebotol, sekarang gak bisa bangun", "id",
     "poisoned"),
])
def test_a_dare_under_way_is_a_dare_gone_wrong_not_a_wish_to_die(snapshot, text, lang, case):
    """The jump and the bottle are self-harm words too; done for a clip or a trend, the
    danger answer and its dare, poison or injury steps come instead of the suicide text."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == "urgent_help"
    told = next(c for c in snapshot.content.topics["urgent_help"].cases if c.id == case)
    assert reply.text == told.text_for(lang, None)


@pytest.mark.parametrize(("text", "lang"), [
    # the "Blue Whale challenge" is self-harm, not a dare for a clip
    ("con tôi đang làm thử thách cá voi xanh, nó nói tối nay sẽ nhảy từ sân thượng", "vi"),
    ("i want to jump off the bridge tonight, nobody would even notice", "en"),
])
def test_without_a_dare_for_others_the_jump_stays_self_harm(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic in ("self_harm", "friend_at_risk")


def test_a_teen_who_swallowed_pills_keeps_the_self_harm_answer(snapshot):
    """Only a child too young to mean it turns swallowed pills into poisoning."""
    reply = compose(snapshot, "i swallowed a bunch of my mums sleeping pills, i just want to "
                    "sleep forever", "en", None)
    assert reply.urgent
    assert reply.topic == "self_harm"


@pytest.mark.parametrize(("text", "lang", "voice"), [
    ("mệt quá rồi, gom được mấy vỉ thuốc ngủ, chắc đêm nay là hết 🙂 cũng chẳng ai quan tâm", "vi",
     None),
    ("em mệt lắm rồi, thuốc em để sẵn trên bàn, tối nay em ngủ luôn không dậy nữa", "vi", "teen"),
    ("im so tired of everything, saved up pills and tonight is the night, nobody cares", "en",
     "teen"),
    ("he said he wants to die tonight and the pills are gone from the cabinet", "en", "adult"),
    ("aku udah capek banget, obatnya udah aku kumpulin, malam ini selesai aja", "id", "teen"),
    ("dia bilang malam ini mau minum semua obat tidur, aku harus gimana", "id", None),
])
def test_a_self_harm_message_with_no_role_words_offers_no_parent_button(snapshot, text, lang,
                                                                        voice):
    """Whoever writes it is most likely the one in danger: no button about talking with
    one's child. The text speaks to the writer when the message is theirs alone (an "I" and
    nobody else), to the one helping when it only passes on another's words ("he said…"),
    and otherwise is the text written for either reader."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == "self_harm"
    assert reply.text == snapshot.content.topics["self_harm"].text_for(lang, voice)
    assert "topic:talk_with_child" not in [b.action for b in reply.buttons]


@pytest.mark.parametrize(("text", "lang"), [
    ("she just told me she took a bunch of pills", "en"),
    ("nó vừa nhắn là nó đã uống hết vỉ thuốc ngủ rồi", "vi"),
    ("dia barusan bilang udah minum satu strip obat tidur", "id"),
])
def test_pills_taken_told_of_another_speaks_to_the_one_helping(snapshot, text, lang):
    """Only a pronoun names who took them: the reply is for the one helping, not "tell an
    adult you took pills"."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic == "self_harm"
    case = next(c for c in snapshot.content.topics["self_harm"].cases if c.id == "pills_taken")
    assert reply.text == case.text_for(lang, "adult")
    assert reply.text != case.text_for(lang, None)


@pytest.mark.parametrize(("written", "broken", "said"), [
    ("for_young_child: urgent_help", "for_young_child: poisoning",
     "'for_young_child: poisoning' is not a topic id"),
    ("unknown_reader: teen", "unknown_reader: student",
     "'unknown_reader: student' is not a reader"),
    ("for_a_dare: urgent_help", "for_a_dare: dare",
     "'for_a_dare: dare' is not a topic id"),
])
def test_a_crisis_group_setting_with_a_wrong_value_is_an_error(content_copy, written, broken,
                                                                said):
    path = content_copy / "intents" / "_crisis.yaml"
    text = path.read_text(encoding="utf-8")
    assert written in text
    path.write_text(text.replace(written, broken), encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert said in result.stdout


def test_a_child_alone_asked_to_open_the_door_is_told_not_to_first(snapshot):
    reply = compose(snapshot, "bo me chau di vang, co chu nao go cua bao la ban cua bo, bao "
                              "chau mo cua cho chu vao lay do, chau co nen mo khong", "vi", None)
    assert reply.urgent and reply.text.startswith("🚓 Đừng mở cửa")


@pytest.mark.parametrize(("text", "lang", "audience", "topic"), [
    ("a guy kept making new accounts to message her last year, he stopped months ago, should we"
     " still report it", "en", "parent", "stalking"),
    ("a friend said last month she wanted to die, she seems fine now, should i tell someone",
     "en", "teen", "friend_at_risk"),
    ("hôm qua bé nhà tôi đi lạc ở siêu thị, giờ tìm thấy rồi, nên dạy bé gì", "vi", None,
     "missing_child"),
    ("my son got lost at the fair yesterday, hes safe now, what should i teach him", "en", None,
     "missing_child"),
])
def test_an_urgent_topic_with_nothing_of_now_gets_its_calm_text(snapshot, text, lang, audience,
                                                                 topic):
    reply = compose(snapshot, text, lang, audience)
    item = snapshot.content.topics[topic]
    assert (reply.topic, reply.urgent) == (topic, False)
    assert item.not_now is not None
    assert reply.text == item.not_now.text_for(lang, audience)
    assert not reply.text.startswith("📞")


@pytest.mark.parametrize(("text", "lang", "topic"), [
    # the person is near: the case, urgent
    ("the guy who keeps making new accounts is outside my house right now", "en", "stalking"),
    # knowing the school, with nothing of the past: urgent (only_past)
    ("someone keeps making new accounts after i block him and now he knows my school", "en",
     "stalking"),
    # a friend's words with nothing of the past stay urgent (only_past)
    ("my friend posted goodbye everyone and now she is not answering her phone", "en",
     "friend_at_risk"),
    ("bạn thân em cứ nói muốn chết, em phải làm sao", "vi", "friend_at_risk"),
])
def test_the_calm_text_never_replaces_danger_now(snapshot, text, lang, topic):
    reply = compose(snapshot, text, lang, None)
    assert (reply.topic, reply.urgent) == (topic, True)
    assert "111" in reply.text.splitlines()[0]


def test_a_calm_text_in_a_topic_that_is_not_urgent_is_an_error(content_copy):
    path = content_copy / "answers" / "grooming.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nsources:\n", "\nnot_now:\n  answer:\n    vi: a\n    en: a\n"
                                 "    id: a\nsources:\n", 1), encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert "answers/grooming.yaml" in result.stdout
    assert "'not_now' in a topic that is not urgent" in result.stdout


@pytest.mark.parametrize(("text", "lang"), [
    # a seller's own "transfer first, then I send it" is the scam's sign, not a buyer's story
    ("shop t bán acc ff full skin giá 80k, ck trc r t gửi tk mk liền, ib zalo nha", "vi"),
    ("Em đặt mua tai nghe trên page, shop nhắn: 'Chuyển khoản trước 100% qua STK 0123xxx, "
     "không chuyển trong 30 phút đơn sẽ bị hủy'. Có nên chuyển không ạ?", "vi"),
])
def test_a_seller_asking_to_be_paid_first_is_read_for_its_signs(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.kind == "check" and reply.scam_warning


def test_a_younger_brother_told_to_come_alone_tonight_gets_the_secret_meeting_steps(snapshot):
    reply = compose(snapshot, "someone in a game told my brother (10) to come to the park alone "
                    "tonight for free skins", "en", None)
    assert reply.urgent and "should not go" in reply.text


@pytest.mark.parametrize(("text", "lang", "opening"), [
    ("anakku ketemuan sama om2 dari ff kemarin, udah pulang dan aman, perlu lapor polisi gak", "id",
     "Saat ini tidak ada yang dalam bahaya"),
    ("gia su con toi di gap ban quen tren mang roi khong lien lac duoc thi goi 113 hay 111 truoc? "
     "chua co gi xay ra dau", "vi", "Hiện không ai gặp nguy hiểm"),
])
def test_a_danger_over_or_asked_ahead_gets_the_calm_steps_not_the_alarm_52e(snapshot, text, lang,
                                                                            opening):
    """52e (calm_dev45, just over): a message answered from urgent_help but calmed read the
    alarm ("danger is happening now: call 113"); it gets urgent_help's not_now text."""
    reply = compose(snapshot, text, lang, None)
    assert not reply.urgent and reply.topic == "urgent_help"
    assert reply.text.startswith(opening)
