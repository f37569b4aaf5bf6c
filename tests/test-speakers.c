/* test-speakers.c: who said a quote — the speaking subject, appositions,
 * titles, and what may be a speaker
 *
 * Every example is written for these tests in the patterns of Indonesian
 * news; the names are made up.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-test-util.h"

typedef struct
{
  const char *name;
  const char *text;
  const char *speakers;  /* of every quote, "|"-separated; "-" for none */
  const char *issues;    /* codes, comma-separated, in text order */
} SpeakerCase;

static const SpeakerCase cases[] = {
  /* 1. A -nya, dia or ia cue: the subject who spoke last, not the
   * person named last as an object or a possessor. */
  { "subject/object-of-preposition",
    "BEKASI - Banjir merendam ratusan rumah sejak Minggu.\n"
    "Warga bernama Sari Wulandari (41) mengaku bantuan dari Presiden Joko Widodo belum tiba. "
    "\"Kami masih menunggu sejak tiga hari lalu,\" pungkasnya.",
    "Sari Wulandari", "" },
  { "subject/possessor",
    "JAKARTA - Pengamat politik Rudi Santosa menilai desa tertinggal di bawah pemerintahan "
    "Susilo Bambang Yudhoyono.\n"
    "\"Jalan desa tidak pernah menjadi prioritas,\" tegasnya.",
    "Rudi Santosa", "" },
  { "subject/policy-of",
    "Ekonom Dewi Kartika menjelaskan dampak kebijakan Menteri Keuangan Bambang Sutrisno. "
    "\"Harga pangan bisa naik dua kali lipat,\" jelas dia.",
    "Dewi Kartika", "" },
  { "subject/carried-across-paragraphs",
    "Kepala desa Hendra Gunawan menuturkan kisah warganya.\n"
    "Bantuan dari Gubernur Ridwan Hakim sudah datang pekan lalu.\n"
    "\"Kami berterima kasih, tetapi jumlahnya belum cukup,\" ujarnya.",
    "Hendra Gunawan", "" },
  { "subject/new-speaker-takes-over",
    "Budi Santoso mengatakan harga cabai naik.\n"
    "Sementara itu, pedagang bernama Siti Rahayu menyebut pasokan berkurang.\n"
    "\"Petani gagal panen karena hujan,\" katanya.",
    "Siti Rahayu", "" },
  { "subject/new-subject-takes-over",
    "Budi Santoso mengatakan harga cabai naik.\n"
    "Rina Marlina datang ke pasar pagi itu.\n"
    "\"Saya hanya beli sedikit,\" kata dia.",
    "Rina Marlina", "" },
  /* A name after a comma that "yang …" describes, in a sentence whose
   * subject came first, is what the subject acts on. */
  { "subject/described-apposition-is-no-subject",
    "Menteri Koperasi dan UKM, Hendra Wijaya, ikut merespons pernyataan putra bungsu Presiden "
    "keenam Bambang Sutrisno (BS), Rizal Hakim atau Jalu, yang menyebut ekonomi era ayahnya lebih "
    "baik.\n"
    "Ia mengatakan bahwa ketua fraksi itu keliru. \"Situasi global sekarang berbeda,\" katanya.",
    "Hendra Wijaya", "" },
  /* The people of a list ("X, Menteri Y Z, dan lainnya") are no
   * subjects a later -nya points back to. */
  { "subject/listed-people-are-no-subjects",
    "Mereka diantaranya Menteri Sosial Hendra Wijaya, Menteri Agama Rizal Hakim, Menteri Dalam Negeri "
    "Budi Santoso, dan lainnya.\n"
    "Mantan gubernur ini memprediksi ekonomi minus tiga.\n"
    "\"Perkiraan kita di angka minus tiga,\" katanya.",
    "-", "quote-no-attribution" },
  /* A one-word name that opens the sentence before a verb of speech,
   * named nowhere else, is the subject a later -nya points back to;
   * a word such as "Warga" is nobody. */
  { "subject/lone-name-opens-sentence",
    "Air sungai meluap sejak Sabtu malam.\n"
    "Tarmizi menuturkan, air sudah masuk ke rumah warga sejak pagi. "
    "\"Kami tidak sempat menyelamatkan barang,\" ujarnya.",
    "Tarmizi", "" },
  { "subject/common-word-opens-sentence",
    "Air sungai meluap sejak Sabtu malam.\n"
    "Warga mengatakan, air sudah masuk ke rumah sejak pagi. "
    "\"Kami tidak sempat menyelamatkan barang,\" ujarnya.",
    "-", "quote-no-attribution" },
  /* A title holder "dari" a body, then a comma: the name after it. */
  { "title/from-body-then-comma",
    "Rupiah melemah terhadap dolar pekan ini.\n"
    "\"Inflasi bulan ini diperkirakan naik,\" kata Pengamat Ekonomi dari Lembaga Kajian "
    "Nusantara, Rini Astuti saat dihubungi, Senin.",
    "Rini Astuti", "" },
  /* A day is when, never who: "tanya wartawan pada Rabu" is asked by
   * the reporter, as "kata warga" is said by a resident. */
  { "day-is-no-speaker",
    "Menteri itu hanya tersenyum saat ditanya soal kabar tersebut.\n"
    "\"Bu, ada info mengenai Ibu mundur,\" tanya wartawan pada Rabu.",
    "wartawan", "" },
  /* A Papuan district ("Distrik Walesi") is a place, not the subject a
   * later -nya points back to. */
  { "subject/papuan-district-is-a-place",
    "Kapolres Jayawijaya, AKBP Hendra Simanjuntak, mengunjungi Kampung Jagara, Distrik Walesi, pada "
    "Jumat.\n"
    "\"Keamanan adalah tugas kita bersama,\" katanya.",
    "Hendra Simanjuntak", "" },
  /* The one a story picks out of a crowd ("Salah satunya X, yang …")
   * is whom a later -nya points back to. */
  { "subject/picked-out-of-crowd",
    "Ribuan orang mengikuti acara itu di halaman kantor gubernur.\n"
    "Salah satunya Rudi, yang datang bersama istri dan anaknya. Pria yang berasal dari Boja ini "
    "mengaku senang.\n"
    "\"Harapannya daerah ini bisa lebih baik,\" katanya.",
    "Rudi", "" },
  /* A name the story introduces ("warga bernama Ahmad") is a new person,
   * not the official it named in full before. */
  { "subject/introduced-given-name",
    "Gubernur Jawa Tengah Ahmad Luthfiansyah meninjau lokasi banjir.\n"
    "Seorang warga bernama Ahmad mengaku rumahnya terendam. \"Air datang malam hari,\" katanya.",
    "Ahmad", "" },
  { "subject/described-subject-alone",
    "Sementara itu, pedagang pasar, Siti Rahayu, yang sudah berjualan 20 tahun, menyebut pasokan "
    "berkurang.\n"
    "\"Petani gagal panen karena hujan,\" katanya.",
    "Siti Rahayu", "" },
  { "subject/passive-subject-is-no-speaker",
    "Deputi Penindakan KPK Asep Rahmat menjelaskan asal uang itu.\n"
    "\"Uang dikumpulkan dari para pejabat dinas,\" ujarnya.\n"
    "Selain itu, Bupati Hasan Basri disebut juga memakai uang itu untuk berlibur.\n"
    "\"Yang terakhir itu mau ke Malaysia,\" tegasnya.",
    "Asep Rahmat|Asep Rahmat", "" },
  /* 2. A name after a comma is the speaker; the role before it is his. */
  { "apposition/role-of-other-person",
    "\"Klien kami tidak bersalah dan akan mengajukan banding,\" kata pengacara Lisa, Andi Wibowo.",
    "Andi Wibowo", "" },
  { "apposition/title-and-place",
    "\"Antrean sudah berkurang sejak pekan lalu,\" kata Lurah Sukajadi, Asep Saripudin.",
    "Asep Saripudin", "" },
  { "apposition/name-then-role",
    "\"Pasokan aman sampai Lebaran,\" kata Andi Wibowo, Kepala Bulog Jawa Barat.",
    "Andi Wibowo", "" },
  { "apposition/before-verb",
    "\"Air mulai surut,\" kata Kapolsek Cilincing Teguh Prasetyo.\n"
    "Budi Hartono, Ketua RT 05, mengatakan, \"Warga kami sudah mengungsi semua.\"",
    "Teguh Prasetyo|Budi Hartono", "" },
  { "apposition/name-inside-commas",
    "\"Air mulai surut,\" kata Kapolsek Cilincing Teguh Prasetyo.\n"
    "Kepala BPBD Kabupaten Garut, Dedi Permana, menyampaikan: \"Kami menurunkan 45 personel.\"",
    "Teguh Prasetyo|Dedi Permana", "" },
  { "apposition/long-title",
    "\"Sistem baru siap dipakai,\" kata Direktur Teknologi dan Operasional Bank Sentosa, "
    "Sasmita Wijaya di Jakarta, Jumat.",
    "Sasmita Wijaya", "" },
  { "apposition/not-a-day",
    "\"Defisit masih terkendali,\" kata Menteri Keuangan Sri Wahyuni, Senin.",
    "Sri Wahyuni", "" },
  /* The rank after the comma says a person follows, even one whose
   * first name the word list has as a proper noun (Muhammad). */
  { "apposition/rank-after-office-comma",
    "\"Yang bersangkutan sudah diperiksa,\" kata Kepala Seksi Humas Polres Metro Jakarta Barat, "
    "Kompol Muhammad Rifai saat dihubungi di Jakarta, Kamis.",
    "Muhammad Rifai", "" },
  { "apposition/rank-after-kasi",
    "\"Pelaku sudah kami amankan,\" kata Kasi Humas Polres Bogor, AKP Muhammad Rifai, Senin.",
    "Muhammad Rifai", "" },
  /* A capitalised word inside a lower-case description (a country) is
   * no name: the name comes after its comma. */
  { "apposition/after-description-with-country",
    "\"Kemenangan ini untuk seluruh rakyat,\" ujar pencetak gol Indonesia, Rizky Pratama setelah "
    "pertandingan.",
    "Rizky Pratama", "" },
  /* 3. A title alone: the person the article introduced with it. */
  { "title/president",
    "JAKARTA - Presiden Joko Widodo meresmikan jalan tol di Jawa Tengah, Senin.\n"
    "\"Jalan tol ini memangkas waktu tempuh dua jam,\" kata Presiden.",
    "Joko Widodo", "" },
  { "title/minister",
    "Menteri Perhubungan Sugeng Riyadi meninjau pelabuhan. Ia didampingi Wali Kota Hasan Basri.\n"
    "\"Kapal tambahan siap mengangkut pemudik,\" ujar Menteri.",
    "Sugeng Riyadi", "" },
  { "title/kapolda",
    "Kapolda Jawa Timur Irjen Teguh Prasetyo memimpin apel pagi.\n"
    "\"Semua personel siaga,\" kata Kapolda.",
    "Teguh Prasetyo", "" },
  { "title/abbreviation",
    "Menteri Keuangan Sri Wahyuni membuka rapat anggaran.\n"
    "\"Defisit tetap di bawah tiga persen,\" kata Menkeu.",
    "Sri Wahyuni", "" },
  { "title/spelled-out",
    "Menkeu Sri Wahyuni membuka rapat anggaran.\n"
    "\"Defisit tetap di bawah tiga persen,\" kata Menteri Keuangan.",
    "Sri Wahyuni", "" },
  { "title/unnamed",
    "JAKARTA - Jalan tol baru di Jawa Tengah diresmikan, Senin.\n"
    "\"Jalan tol ini memangkas waktu tempuh dua jam,\" kata Presiden.",
    "-", "quote-speaker-unnamed" },
  { "title/unnamed-with-place",
    "MEDAN - Polisi menangkap dua pencuri motor di Medan Johor.\n"
    "\"Keduanya sudah kami tahan,\" kata Kapolsek Medan Johor.",
    "-", "quote-speaker-unnamed" },
  /* "Kasi" (kepala seksi) is an office: the place after its unit is
   * nobody's name. */
  { "title/unnamed-kasi",
    "BOGOR - Polisi menangkap dua pencuri motor di Cibinong.\n"
    "\"Keduanya sudah kami tahan,\" kata Kasi Humas Polres Bogor.",
    "-", "quote-speaker-unnamed" },
  { "title/then-nya",
    "Presiden Joko Widodo meresmikan bendungan di Jawa Tengah. Ia didampingi Gubernur Ganjar Pratama.\n"
    "\"Air untuk sawah sudah cukup,\" kata Presiden.\n"
    "\"Petani bisa panen dua kali setahun,\" ujarnya.",
    "Joko Widodo|Joko Widodo", "" },
  { "title/unnamed-then-nya",
    "MEDAN - Polisi menangkap dua pencuri motor di Medan Johor.\n"
    "\"Keduanya sudah kami tahan,\" kata Kapolsek Medan Johor. "
    "\"Kami masih mencari pelaku ketiga,\" ujarnya.",
    "-|-", "quote-speaker-unnamed" },
  /* 4. A person, or an organisation that the text says spoke. */
  { "kind/organisation-statement",
    "\"Ketiga tersangka kini ditahan di Medan,\" kata Polri dalam keterangannya, Selasa.",
    "Kepolisian Negara Republik Indonesia", "" },
  { "kind/organisation-without-statement",
    "Rapat koordinasi digelar di Jakarta. "
    "\"Kami tidak akan mentolerir pelanggaran,\" kata Kementerian Dalam Negeri.",
    "-", "" },
  { "kind/place",
    "\"Pasar kembali ramai sejak jalan dibuka,\" kata Bekasi.",
    "-", "" },
  { "kind/newspaper",
    "\"Harga minyak dunia terus turun,\" tulis harian Kompas.",
    "-", "" },
  { "kind/organisation-statement-acronym",
    "\"Ekspor naik sepuluh persen,\" kata Badan Pusat Statistik (BPS) dalam siaran persnya, Senin.",
    "Badan Pusat Statistik", "" },
  { "kind/village",
    "\"Kami sudah melapor ke polisi,\" kata warga Desa Sukamaju.",
    "-", "" },
  /* 5. A speaker carried over is no missing attribution. */
  { "carried/quote-paragraphs",
    "JAKARTA - Menteri Keuangan Sri Wahyuni menjelaskan kondisi anggaran, Senin.\n"
    "\"Defisit masih terkendali di bawah tiga persen,\" kata Sri Wahyuni.\n"
    "\"Penerimaan pajak tumbuh sebelas persen dibanding tahun lalu.\"\n"
    "\"Belanja negara tetap kami jaga agar tepat sasaran.\"\n",
    "Sri Wahyuni|Sri Wahyuni|Sri Wahyuni", "" },
  { "carried/jelas-dia-two-paragraphs-later",
    "JAKARTA - Menteri Keuangan Sri Wahyuni menjelaskan kondisi anggaran, Senin.\n"
    "\"Defisit masih terkendali di bawah tiga persen,\" kata Sri Wahyuni.\n"
    "Pemerintah juga menyiapkan dana cadangan untuk tahun depan.\n"
    "Dana itu disimpan di rekening khusus Bank Indonesia.\n"
    "\"Dana itu untuk bencana dan keadaan darurat lainnya,\" jelas dia.",
    "Sri Wahyuni|Sri Wahyuni", "" },
  { "carried/katanya-two-paragraphs-later",
    "Petani bernama Joko Susilo mengeluhkan harga pupuk.\n"
    "Harga pupuk naik dua kali sejak awal tahun.\n"
    "Sebagian petani beralih ke pupuk kandang.\n"
    "\"Kami tidak punya pilihan lain,\" katanya.",
    "Joko Susilo", "" },
  /* 6. A description after the cue that points back to the last
   * speaker: "ujar pria kelahiran Bandung", "kata mantan jubir KPK itu". */
  { "anaphor/description-with-commas",
    "Selepas pertandingan, pelatih sementara tim nasional, Rudi Santosa, sangat menyesal.\n"
    "\"Dua gol lawan adalah hadiah dari kami,\" ucap pelatih asal Manado, Sulawesi Utara, itu.",
    "Rudi Santosa", "" },
  { "anaphor/man-born-in",
    "Ketua panitia Bayu Prakoso menjelaskan persiapan lomba.\n"
    "\"Peserta datang dari dua belas provinsi,\" kata Bayu.\n"
    "Dua pelari nasional, Rudi Hartanto dan Wawan Setiadi, sudah mendaftar.\n"
    "\"Rudi bahkan sempat berlatih bersama saya di stadion,\" ujar pria kelahiran Bandung, 3 Mei 1980.",
    "Bayu Prakoso|Bayu Prakoso", "" },
  { "anaphor/former-spokesman-that",
    "\"Rapat kabinet digelar pekan depan,\" kata Hendra Wijaya di Istana.\n"
    "\"Semua menteri harus hadir dan tidak saling serang,\" ujar mantan jubir Komisi Anti Korupsi (KAK) itu.",
    "Hendra Wijaya|Hendra Wijaya", "" },
  { "anaphor/former-director-the-said",
    "Menteri Energi Sutrisno Adi menjelaskan rencana itu.\n"
    "\"Kontrolnya harus berpihak ke nasional,\" ujar mantan Direktur Utama PT Baja Nusantara (persero) tersebut.",
    "Sutrisno Adi", "" },
  { "anaphor/not-before-a-name",
    "\"Anak saya belum pulang sejak kemarin,\" kata ibu Sarinah Putri di rumahnya.",
    "Sarinah Putri", "" },
  /* 7. A title listing several fields before the name. */
  { "title-list/and",
    "\"Bukti itu masih dikumpulkan penyidik,\" kata Kabag Hukum dan Humas KAK Rahmat Hidayat di kantornya.",
    "Rahmat Hidayat", "" },
  { "title-list/commas-and",
    "\"Kita bisa maju bersama,\" ujar Wakil Ketua Bidang Organisasi, Keanggotaan, dan Pemberdayaan Daerah "
    "Hipmi Andika Pratama dalam acara buka puasa.",
    "Andika Pratama", "" },
  /* 8. An office set off by a comma still introduces the person. */
  { "title/office-comma-rank",
    "Kapolres Sorong, AKBP Yosef Siregar menegaskan dua warga sudah ditahan.\n"
    "\"Keduanya melawan petugas,\" ujar Kapolres kepada wartawan.",
    "Yosef Siregar", "" },
  /* 9. The subject of a speech verb is the speaker even after a long
   * title; names inside what he said are not. */
  { "subject/after-title-list",
    "Deputi Bidang Energi, Industri Strategis, dan Media Fajar Sentosa mengatakan, dirinya belum tahu usulan itu.\n"
    "\"Saya belum tahu siapa yang diajukan,\" kata dia.",
    "Fajar Sentosa", "" },
  { "subject/inside-reported-clause",
    "\"Satu tersangka sudah ditangkap,\" kata Kapolres Asahan AKBP Dodi Firmansyah.\n"
    "Dodi mengatakan setelah videonya viral, pelaku bernama Ucok (38) melarikan diri ke Samosir.\n"
    "\"Dia ditangkap saat tidur di sebuah gubuk,\" ujarnya.",
    "Dodi Firmansyah|Dodi Firmansyah", "" },
  { "subject/new-subject-same-paragraph",
    "Budi Santoso mengatakan harga cabai naik. Rina Marlina datang ke pasar pagi itu.\n"
    "\"Saya hanya beli sedikit,\" kata dia.",
    "Rina Marlina", "" },
  { "subject/after-menurut",
    "\"Ini perkara pribadi,\" tutur Kapolsek Gambir Kompol Gunadi Wibisono.\n"
    "Menurut Gunadi, pertengkaran itu melibatkan enam orang. Sementara Yanto sendiri tidak berada di tempat.\n"
    "\"Dulu itu komunitas lari, ada perseteruan,\" jelasnya.",
    "Gunadi Wibisono|Gunadi Wibisono", "" },
  { "subject/after-menurut-dia",
    "\"Pelabuhan baru memangkas biaya logistik,\" kata Budi Santika melalui keterangan resmi.\n"
    "Menurut dia, dermaga itu dibangun sejak 2016. Andi Rahman, kontraktornya, sudah menyelesaikan tahap pertama. "
    "\"Dengan begitu, pelabuhan dapat diresmikan tahun ini,\" pungkasnya.",
    "Budi Santika|Budi Santika", "" },
  /* 10. A quote paragraph after "Ia bercerita …": the person "ia" is. */
  { "carried/after-pronoun-subject",
    "\"Belum ada tenda untuk kami,\" kata Darto Sulistyo.\n"
    "Walaupun sudah dua jam mengantre, Darto mengaku belum mendapat beras.\n"
    "\"Sampai sekarang belum dipanggil,\" ujar Darto.\n"
    "Ia bercerita sangat berharap mendapat bantuan terpal.\n"
    "\"Terpal memang sangat kami butuhkan karena hujan terus turun setiap malam.\"",
    "Darto Sulistyo|Darto Sulistyo|Darto Sulistyo", "" },
  /* 11. A headline quote: said by whoever says it again in the story. */
  { "headline/said-again-later",
    "\"Kami Sudah Menderita, Kini Harus Cari Bantuan Sendiri\"\n"
    "MAMUJU - Ratusan korban gempa mengantre bantuan di depan kantor bupati, Selasa.\n"
    "\"Kami sudah menderita karena gempa, sekarang harus cari bantuan sendiri,\" kata Rahmat Saleh.",
    "Rahmat Saleh|Rahmat Saleh", "" },
  /* 12. A short name is the article's earlier full name, whatever
   * namesake the gazetteer knows or however the tagger read it. */
  { "short-name/gazetteer-namesake",
    "Aktivis lingkungan Susi Wulandari menolak rencana tambang itu.\n"
    "\"Kami akan terus menolak sampai rencana itu dibatalkan,\" kata Susi.",
    "Susi Wulandari", "" },
  { "short-name/read-as-place",
    "JAKARTA. Menteri Energi dan Sumber Daya Mineral (ESDM) Sudirman Wibowo mengungkapkan presiden tak ingin "
    "membubarkan anak usaha PT Pertamina (persero).\n"
    "Meski begitu, perusahaan itu diperlukan untuk negara. \"Presiden bilang, tidak harus dibubarkan,\" "
    "ujar Sudirman, Sabtu (1/11).",
    "Sudirman Wibowo", "" },
  /* 13. Only the surname tagged: the given name before it is his. */
  { "short-name/given-name-before-surname",
    "Jaksa penuntut umum mengaku mempersilakan terdakwa berbicara.\n"
    "\"Silakan bebas saja terdakwa bicara apa mau mengaku atau tidak,\" kata Jaksa Bagito Muwardi "
    "saat tiba di Pengadilan Negeri Jakarta Pusat, Rabu.",
    "Bagito Muwardi", "" },
  /* 14. "akui X": a cue the research list lacks. */
  { "cue/akui",
    "Warga Kampung Sukasari mendirikan tenda darurat.\n"
    "\"Kami sekeluarga belum menerima bantuan dari kantor camat,\" akui Darman Hadi (35) saat ditemui, Rabu.",
    "Darman Hadi", "" },
  /* 15. A closing mark typed as an opening one still closes the quote,
   * which keeps its cue. */
  { "marks/closing-typed-as-opening",
    "Kapolda Jabar Irjen Mochtar Iskandar memberi sambutan.\n"
    "\u201cTernyata hal itu tidak terjadi,\u201d ujar Mochtar. "
    "\u201cKasihan petugasnya, wartawan jangan menambah ramai masalah itu \u201c, tegasnya.",
    "Mochtar Iskandar|Mochtar Iskandar", "quote-punctuation,quote-punctuation" },
  /* 16. "ujar da.": "dia" mistyped points back like "dia", and is no
   * speaker a later "ujar dia" could point back to. */
  { "pronoun/mistyped-dia",
    "\"Kami siap membantu warga,\" kata Kepala Pelaksana BPBD Rudi Wibowo di Cianjur.\n"
    "\"Soalnya hampir tiap hari diguyur hujan,\" ujar da.\n"
    "\"Warga sudah kami imbau mengungsi,\" ujar dia.",
    "Rudi Wibowo|Rudi Wibowo|Rudi Wibowo", "" },
  /* 17. Suspects and victims the story names are no speakers a "-nya"
   * points back to. */
  { "pronoun/past-suspects",
    "\"Rampok emas sudah kita ungkap,\" kata Kepala Polda Riau, Irjen Pol Nandang di Pekanbaru, Selasa.\n"
    "Tiga tersangka BN, BS, dan OY berperan sebagai eksekutor dan ditangkap di Pekanbaru.\n"
    "\"Polisi sudah dilatih beladiri kepolisian,\" ungkapnya.",
    "Nandang|Nandang", "" },
  { "pronoun/past-victims",
    "\"Meninggal bukan karena rubuhan bangunan,\" tutur Kepala Pusat Data BNPB Agus Wibowo.\n"
    "Agus menyebut dua korban ada di Kabupaten Lebak. Korban lain yaitu Salam (95) yang meninggal "
    "akibat kelelahan ketika dievakuasi.\n"
    "\"Korban di Sukabumi meninggal karena terpeleset saat mengungsi,\" jelasnya.",
    "Agus Wibowo|Agus Wibowo", "" },
  /* 18. After a cue, a long office and its unit: the unknown word that
   * ends them is the holder. */
  { "name/after-long-office",
    "\"Dari sebanyak 30 kasus DBD tersebut, tidak ada penderita yang meninggal dunia,\" kata Kepala "
    "Seksi Pencegahan dan Pengendalian Penyakit Menular Dinkes Kabupaten Sleman Dulzaini di Sleman, Sabtu.",
    "Dulzaini", "" },
  /* 19. "Atin salah satu pedagang beras mengatakan": a name only the
   * sentence's apposition describes, before its verb of speech. */
  { "name/apposition-before-verb",
    "Harga beras di pasar tradisional sudah menyentuh Rp15 ribu per kilogram.\n"
    "Atin salah satu pedagang beras mengatakan kenaikan harga terjadi sejak awal tahun. "
    "\u201cDalam sebulan tidak ada penurunan harga beras,\u201d ujarnya.",
    "Atin", "" },
  /* 20. "Bahkan Arteriapun mengancam": "-pun" written onto a name is
   * the same person, whom a later "-nya" means. */
  { "name/with-pun",
    "\"Tugas kami membuat undang-undang,\" kata anggota Komisi III DPR Arteria Dahlan.\n"
    "Lebih lanjut Arteria meminta Komnas HAM tidak lagi mengkritisi DPR RI, Bahkan Arteriapun "
    "mengancam akan mengeluarkan borok Komnas HAM.\n"
    "\"Jadi jangan kritisi DPR, Pak,\" tandasnya.",
    "Arteria Dahlan|Arteria Dahlan", "" },
  /* 21. A title that lists its fields with "dan", then a comma and the
   * name. */
  { "title/fields-then-comma",
    "Tanah longsor merusak rumah warga di Kampung Cigarehong.\n"
    "\"Betul, sampai sekarang mereka masih mengungsi,\" kata Staff Kedaruratan dan Logistik BPBD "
    "Kabupaten Bogor, Jalaludin saat dihubungi melalui telepon, Selasa.",
    "Jalaludin", "" },
  /* 22. A body's acronym in brackets between the title and the name. */
  { "title/acronym-aside",
    "\"Masyarakat juga banyak yang kecewa,\" kata Direktur Eksekutif Indonesia Political Review (IPR) "
    "Ujang Komarudin saat dihubungi, Minggu.",
    "Ujang Komarudin", "" },
  /* 23. An age between commas ("Samirin, 46,") marks a person. */
  { "name/age-between-commas",
    "Para nelayan di Kecamatan Ayah memutuskan libur melaut akibat cuaca ekstrem.\n"
    "Seorang nelayan Samirin, 46, mengungkapkan, faktor keselamatan menjadi pertimbangan. "
    "\u201cLagi tidak karuan. Hampir setiap hari hujan-angin,\u201d ungkapnya.",
    "Samirin", "" },
  /* 24. "dr" without its full stop is a title: the name after it opens
   * the clause though an adverb that is also a cue ("tegas") stands
   * before its verb. */
  { "title/dr-without-stop",
    "Kepala Dinkes Katingan dr Robertus Pamuryanto secara tegas membantah informasi tersebut.\n"
    "\u201cSebab apabila memang positif itu kasus DBD, pihak rumah sakit pasti menghubungi,\u201d "
    "jelasnya, Kamis (9/1).",
    "Robertus Pamuryanto", "" },
  /* 25. An office's other form after "atau", and a region in capitals
   * after it ("Wagub DKI"): the short form finds the holder. */
  { "title/other-form-with-region",
    "Wakil Gubernur atau Wagub DKI Jakarta Ahmad Riza Patria sepakat dengan pesan itu.\n"
    "\"Yang namanya wali kota dan bupati harus menjadi pelayan masyarakat,\" kata Wagub DKI di Balai "
    "Kota, Jumat.",
    "Ahmad Riza Patria", "" },
  /* 26. A short title in lower case ("dr") after an office's place opens
   * the name; a role word ("warga") after a name does not. */
  { "title/honorific-after-place",
    "\u201cCovid 19 adalah pandemi. Jadi bukan aib,\u201d ucap kadis kesehatan Provinsi Sumut dr Alwi "
    "melalui pesan WhatsApp, Sabtu.\n"
    "\u201cLebih baik mengungsi ke rumah kerabat saja,\u201d ujar Jazuli warga Dusun Ngebum.",
    "Alwi|Jazuli", "" },
  /* 27. After a quote, the cue's office, a comma and its holder: a
   * later "tutur Kapolsek" is the holder. */
  { "title/office-comma-holder-after-quote",
    "\u201cKejadian sekitar pukul 11.40 WIB,\u201d ungkap Kapolsek Anjongan, Iptu Roberd kepada "
    "wartawan, Sabtu.\n"
    "\u201cKita tunggu saja nanti korban kembali ke sini,\u201d tutur Kapolsek.",
    "Roberd|Roberd", "" },
  /* No false carry-over: nobody to point back to. */
  { "carried/nobody",
    "Suasana rapat memanas sejak siang.\n\"Ini tidak adil dan kami menolak!\" katanya.",
    "-", "quote-no-attribution" },
};

static RedaksiReport *
check_text (const char *text)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(GError) error = NULL;
  RedaksiReport *report;

  report = redaksi_quote_checker_check (checker, document, NULL, NULL, &error);
  g_assert_no_error (error);
  return report;
}

static char *
speakers_of (RedaksiReport *report)
{
  GPtrArray *quotes = redaksi_report_get_quotes (report);
  g_autoptr(GString) speakers = g_string_new (NULL);

  for (guint i = 0; i < quotes->len; i++)
    {
      const char *speaker = redaksi_quote_get_speaker (g_ptr_array_index (quotes, i));

      g_string_append_printf (speakers, "%s%s", i > 0 ? "|" : "", speaker != NULL ? speaker : "-");
    }
  return g_string_free (g_steal_pointer (&speakers), FALSE);
}

static char *
issue_codes (RedaksiReport *report)
{
  GPtrArray *issues = redaksi_report_get_issues (report);
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < issues->len; i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? "," : "",
                            redaksi_issue_get_code (g_ptr_array_index (issues, i)));
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static void
test_case (gconstpointer data)
{
  const SpeakerCase *c = data;
  g_autoptr(RedaksiReport) report = check_text (c->text);
  g_autofree char *speakers = speakers_of (report);
  g_autofree char *codes = issue_codes (report);

  g_assert_cmpstr (speakers, ==, c->speakers);
  g_assert_cmpstr (codes, ==, c->issues);
}

/* A description that points back with nobody before it to point to
 * ("kata petugas itu" at a story's start) still says who spoke: its
 * words are the speaker's text, and the quote is not unattributed. */
static void
test_described_alone (void)
{
  const char *text = "Sebuah video viral memperlihatkan petugas menolak wawancara.\n"
                     "\"Tunggu di sini dulu ya,\" kata petugas keamanan itu kepada wartawan.";
  g_autoptr(RedaksiReport) report = check_text (text);
  GPtrArray *quotes = redaksi_report_get_quotes (report);
  RedaksiQuote *quote;

  g_assert_cmpuint (quotes->len, ==, 1);
  quote = g_ptr_array_index (quotes, 0);
  g_assert_null (redaksi_quote_get_speaker (quote));
  g_assert_cmpstr (redaksi_quote_get_speaker_text (quote), ==, "petugas keamanan itu");
  g_assert_cmpuint (redaksi_report_get_issues (report)->len, ==, 0);
}

/* The finding for a title alone names the title, and no quote's speaker
 * is ever the title itself. */
static void
test_unnamed_finding (void)
{
  const char *text = "Jalan tol baru diresmikan.\n\"Waktu tempuh jadi dua jam,\" kata Presiden.";
  g_autoptr(RedaksiReport) report = check_text (text);
  GPtrArray *issues = redaksi_report_get_issues (report);
  RedaksiIssue *issue;
  const RedaksiRange *range;

  g_assert_cmpuint (issues->len, ==, 1);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpint (redaksi_issue_get_severity (issue), ==, REDAKSI_SEVERITY_WARNING);
  g_assert_nonnull (strstr (redaksi_issue_get_message (issue), "Presiden"));
  range = redaksi_issue_get_range (issue);
  g_assert_cmpuint (range->start, ==, strstr (text, "Presiden") - text);
  g_assert_cmpuint (range->end, ==, range->start + strlen ("Presiden"));
}

/* One person speaking through a long article: the work per quote does
 * not grow with the article (a generous bound, not a benchmark). */
static void
test_long_article (void)
{
  g_autoptr(GString) text = g_string_new ("Ekonom Dewi Kartika menilai harga pangan naik.\n");
  g_autoptr(RedaksiReport) report = NULL;
  gint64 start;
  GPtrArray *quotes;

  for (guint i = 0; i < 3000; i++)
    g_string_append (text, "Bantuan dari Presiden Joko Widodo belum tiba di desa itu. "
                           "\"Kami masih menunggu kiriman beras,\" ujarnya.\n");
  start = g_get_monotonic_time ();
  report = check_text (text->str);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
  quotes = redaksi_report_get_quotes (report);
  g_assert_cmpuint (quotes->len, ==, 3000);
  g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, 2999)), ==, "Dewi Kartika");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/redaksi/speakers/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/redaksi/speakers/unnamed-finding", test_unnamed_finding);
  g_test_add_func ("/redaksi/speakers/described-alone", test_described_alone);
  g_test_add_func ("/redaksi/speakers/long-article", test_long_article);
  return g_test_run ();
}
