/* test-entity-recall.c: names the tagger must find and tell apart
 * (issue 12: units of state bodies, places, one entity per name), on
 * sentences written for the tests
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-tagger-private.h"
#include "redaksi-test-util.h"

typedef struct
{
  GPtrArray *entities;
  GPtrArray *tags;
} Tagged;

static void
tagged_clear (Tagged *t)
{
  g_clear_pointer (&t->entities, g_ptr_array_unref);
  g_clear_pointer (&t->tags, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tagged, tagged_clear)

static void
tag_text (const char *text,
          Tagged     *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);
  g_autoptr(RedaksiTagging) tagging = NULL;

  g_assert_no_error (error);
  tagging = redaksi_tagger_tag (redaksi_tagger_get_default (), document, NULL, &error);
  g_assert_no_error (error);
  out->entities = g_ptr_array_ref (redaksi_tagging_get_entities (tagging));
  out->tags = g_ptr_array_ref (redaksi_tagging_get_tags (tagging));
}

#define assert_mentions(t, text, canonical, type) \
  redaksi_test_assert_mentions ((t)->entities, text, canonical, type)

/* No entity is written @text. */
static void
assert_no_entity (Tagged     *t,
                  const char *text)
{
  for (guint i = 0; i < t->entities->len; i++)
    g_assert_cmpstr (redaksi_entity_get_text (t->entities->pdata[i]), !=, text);
}

/* No tag is named @name. */
static void
assert_no_tag (Tagged     *t,
               const char *name)
{
  for (guint i = 0; i < t->tags->len; i++)
    g_assert_cmpstr (redaksi_tag_get_name (t->tags->pdata[i]), !=, name);
}

/* "Polda DIY", "Polsek Cibungur": a unit of a state body and the place
 * it serves are one organisation, whatever the labeller made of the
 * place (a place, a person), and every spelling of it is one entity. */
static void
test_units_with_places (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Direktur Reskrimum Polda DIY Kombes Budi Santoso mengatakan pelaku sudah ditahan. "
            "Pelaku diserahkan ke Polsek Cibungur, lalu diperiksa tim gabungan Polresta Bekasi "
            "dan Polsek Cibungur pada Minggu malam.\n\n"
            "Menurut Budi, Kepolisian Daerah Daerah Istimewa Yogyakarta masih mencari satu "
            "pelaku lain. Seorang anggota Lanal Sorong berinisial K ikut diperiksa oleh "
            "penyidik dari Denpomal dan Polda Bali.\n\n"
            "Anggota Kodim 0735 dan Satgas Pangan ikut berjaga.", &t);
  assert_mentions (&t, "Polda DIY", "Polda Daerah Istimewa Yogyakarta", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Kepolisian Daerah Daerah Istimewa Yogyakarta", "Polda Daerah Istimewa Yogyakarta",
                   REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Polsek Cibungur", "Polsek Cibungur", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Polresta Bekasi", "Polresta Bekasi", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Lanal Sorong", "Lanal Sorong", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Denpomal", "Denpomal", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Kodim 0735", "Kodim 0735", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Satgas Pangan", "Satgas Pangan", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Budi Santoso", "Budi Santoso", REDAKSI_ENTITY_PERSON);
  assert_no_entity (&t, "DIY");
  assert_no_entity (&t, "Cibungur");
  assert_no_entity (&t, "Polresta Bekasi dan Polsek Cibungur");
}

/* "Kejaksaan Tinggi (Kajati) Jawa Timur": the office in brackets stays
 * out of the name; "(Kadin)" gives the short form the article uses
 * later; a name of three capitalised words after a unit word is a name
 * of its own, not a unit and its place. */
static void
test_units_with_brackets (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Kepala Kejaksaan Tinggi (Kajati) Jawa Timur Andi Wibowo hadir dalam rapat itu. "
            "Ketua Kamar Dagang dan Industri (Kadin) Kota Malang, Rina Lestari, juga hadir.\n\n"
            "Rina mengatakan Kadin Malang siap membantu. Perkara itu disidangkan di Pengadilan "
            "Negeri Tindak Pidana Korupsi Surabaya pekan lalu.", &t);
  assert_mentions (&t, "Kejaksaan Tinggi (Kajati) Jawa Timur", "Kejaksaan Tinggi Jawa Timur",
                   REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Andi Wibowo", "Andi Wibowo", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Kamar Dagang dan Industri (Kadin) Kota Malang", "Kadin Kota Malang",
                   REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Kadin Malang", "Kadin Kota Malang", REDAKSI_ENTITY_ORGANIZATION);
  assert_no_entity (&t, "Pengadilan Negeri Tindak");
  assert_no_tag (&t, "Kejaksaan Tinggi");
}

/* "Nagari Malalak Timur", "perumahan Griyasari", "Pelabuhan Tanjung
 * Wangi": the name after a word for a kind of place is that place; a
 * port keeps its head. A regency's own short form ("Labura") is that
 * regency and ends the village's name before it. A village's head is
 * a person ("Kepala Desa Hendra Gunawan"). */
static void
test_headed_places (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Bantuan belum sampai ke warga Nagari Malalak Timur, Kecamatan Malalak, Kabupaten "
            "Agam. Sebagian warga mengungsi ke Kelurahan Karang Anyar, sementara yang lain "
            "bertahan di perumahan Griyasari.\n\n"
            "Kapal itu bersandar di Pelabuhan Tanjung Wangi setelah berlayar dari Desa Kuala "
            "Beringin Labura. Kepala Desa Hendra Gunawan menyambut kapal itu.", &t);
  assert_mentions (&t, "Malalak Timur", "Malalak Timur", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Griyasari", "Griyasari", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Pelabuhan Tanjung Wangi", "Pelabuhan Tanjung Wangi", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Kuala Beringin", "Kuala Beringin", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Labura", "Labuhanbatu Utara", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Hendra Gunawan", "Hendra Gunawan", REDAKSI_ENTITY_PERSON);
  assert_no_entity (&t, "Desa Kuala Beringin Labura");
  assert_no_entity (&t, "Nagari Malalak");
}

/* "SMAN 6 Malang", "SMP Negeri 2 Depok": a school is its level, its
 * number and the place it serves, one body however it is written, and
 * two numbers are two schools; "lulusan SMA" names none. */
static void
test_schools (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Siswa SMAN 6 Malang dan SMAN 1 Malang ikut lomba. SMAN 6 Malang juara. Siswa SMP "
            "Negeri 2 Depok dan SMPN 2 Depok hadir. Ia lulusan SMA di Bogor.", &t);
  assert_mentions (&t, "SMAN 6 Malang", "SMAN 6 Malang", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "SMAN 1 Malang", "SMAN 1 Malang", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "SMPN 2 Depok", "SMP Negeri 2 Depok", REDAKSI_ENTITY_ORGANIZATION);
  assert_no_entity (&t, "SMAN");
  assert_no_entity (&t, "SMA");
}

/* "KPU Denpasar Pada Para Paslon … Hari Raya Galungan": a title-case
 * headline's word of the grammar is no body after a unit, and
 * Galungan is a holiday. */
static void
test_headline_after_unit (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Ini Pesan KPU Denpasar Pada Para Paslon Agar Tak Kampanye Saat Hari Raya Galungan\n\n"
            "Kampanye tidak digelar saat hari Galungan.", &t);
  assert_mentions (&t, "KPU Denpasar", "KPU Denpasar", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Galungan", "Hari Raya Galungan", REDAKSI_ENTITY_EVENT);
  assert_no_entity (&t, "Pada");
}

/* "Mako Brimob", "Rusunawa Nipah Kuning": a command's headquarters and
 * rented flats are places, not people; "DPRP" is Papua's parliament. */
static void
test_headquarters_and_flats (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Personel disiagakan di area Kantor DPRP, Mako Brimob, dan lokasi strategis lainnya. "
            "Warga yang mengungsi ditempatkan di Rusunawa Nipah Kuning, Pontianak Barat.", &t);
  assert_mentions (&t, "Mako Brimob", "Mako Brimob", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Rusunawa Nipah Kuning", "Rusunawa Nipah Kuning", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "DPRP", "Dewan Perwakilan Rakyat Papua", REDAKSI_ENTITY_ORGANIZATION);
}

/* "Kapolda Berikan Arahan kepada Polres Jajaran": in a title-case
 * headline, a unit's subordinates are no unit of a place. */
static void
test_unit_subordinates (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Kapolda Jatim Berikan Arahan kepada Polres Jajaran\n\nKapolda meminta Polres jajaran siaga.",
            &t);
  assert_no_entity (&t, "Polres Jajaran");
}

/* "bawa ke Propam Mabes Polri": a police unit after "ke" is a body. */
static void
test_unit_after_ke (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("\"Kalau tidak sanggup, bawa ke Propam Mabes Polri,\" kata Kapolri.", &t);
  assert_mentions (&t, "Propam Mabes Polri", "Propam Mabes Polri", REDAKSI_ENTITY_ORGANIZATION);
}

/* "anak Kali Cibenda", "Pantai Karangsewu": a river's or a beach's head
 * and the name after it are one place, whatever the labeller took the
 * name for; "Dua Kali Mangkir" counts times. */
static void
test_feature_headed_places (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Sampah menumpuk di dekat anak Kali Cibenda. Wisatawan memadati Pantai Karangsewu "
            "sejak pagi.\n\nDua Kali Mangkir, Saksi Dijemput Paksa", &t);
  assert_mentions (&t, "Kali Cibenda", "Kali Cibenda", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Pantai Karangsewu", "Pantai Karangsewu", REDAKSI_ENTITY_LOCATION);
  assert_no_entity (&t, "Cibenda");
  assert_no_entity (&t, "Kali Mangkir");
}

/* "di Desa Sukorame Senin (14/11)": the day and its date end the
 * village's name. */
static void
test_headed_place_before_day (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Longsor kembali terjadi di Desa Sukorame Senin (14/11) pagi. Warga Desa Karangsari "
            "Selasa malam mengungsi ke balai desa.", &t);
  assert_no_entity (&t, "Sukorame Senin");
  assert_no_entity (&t, "Karangsari Selasa");
  for (guint i = 0; i < t.entities->len; i++)
    {
      const char *text = redaksi_entity_get_text (t.entities->pdata[i]);

      g_assert_null (strstr (text, "Senin"));
      g_assert_null (strstr (text, "Selasa"));
    }
}

/* "pos polisi di Glagah": a name right after "di" is a place, and so is
 * the same name where the labeller took it for a person. */
static void
test_place_after_di (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Selanjutnya saat disinggung apakah aksi teror di pos polantas Glagah berkaitan "
            "dengan aksi pelemparan bom di rumah ketua DPRD Magelang, Hadi enggan berspekulasi."
            "\n\nSebuah pos polisi di Glagah, Tawangsari, Kecamatan Pengasih, ditembaki orang "
            "tak dikenal pagi tadi.", &t);
  assert_mentions (&t, "Glagah", "Glagah", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Hadi", "Hadi", REDAKSI_ENTITY_PERSON);
}

/* "Long Name (Short Name)" defined in the text (issue class 9): a
 * short name of two words is the body too; a company's bracket holds
 * its form, "(persero)" written in lower case included, never its
 * short name; a long form nobody saw is a body when its letters and its
 * first word say so ("Tim Pemenangan Daerah (TPD)"), a thing when they
 * do not ("Bahan Bakar Minyak (BBM)"). */
static void
test_defined_short_names (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Perkara itu disidangkan di Pengadilan Negeri Tindak Pidana Korupsi (PN Tipikor) "
            "Surabaya. Terdakwa kasus suap pengurusan perkara PT Wahana Konstruksi Nusantara "
            "(PT WKN). Menurut jaksa, PN Tipikor akan memutus perkara pekan depan, sementara "
            "PT WKN membantah.\n\n"
            "Anak usaha PT Pertamina (persero) juga diperiksa. Ketua Tim Pemenangan Daerah (TPD), "
            "Rudi Hartono, menyebut TPD siap membantu. Harga Bahan Bakar Minyak (BBM) naik.", &t);
  assert_mentions (&t, "PN Tipikor", "Pengadilan Negeri Tindak Pidana Korupsi", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "PT Wahana Konstruksi Nusantara", "PT Wahana Konstruksi Nusantara",
                   REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "PT WKN", "PT Wahana Konstruksi Nusantara", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "PT Pertamina (persero)", "Pertamina", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Tim Pemenangan Daerah", "Tim Pemenangan Daerah", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "TPD", "Tim Pemenangan Daerah", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Rudi Hartono", "Rudi Hartono", REDAKSI_ENTITY_PERSON);
  assert_no_entity (&t, "(persero)");
  assert_no_tag (&t, "PN Tipikor");
  assert_no_tag (&t, "Bahan Bakar Minyak");
}

/* Events named after their kind: a congress with its number and body,
 * the same congress named later without its number, a tragedy with
 * its place written in lower case; "Pilpres" in an article about
 * "Pilpres 2019" is that election, and a place the labeller saw in
 * "Pilpres" is the event the gazetteer knows. */
static void
test_events (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Kericuhan usai tragedi Kanjuruhan masih diselidiki. Musyawarah Nasional (Munas) IX "
            "Kadin Indonesia digelar di Bali. Calon ketua bersaing menjelang Munas Kadin.\n\n"
            "Partisipasi pemilih pada Pilpres 2019 naik. Menurut dia, Pilpres berlangsung damai.",
            &t);
  assert_mentions (&t, "tragedi Kanjuruhan", "Tragedi Kanjuruhan", REDAKSI_ENTITY_EVENT);
  assert_mentions (&t, "Musyawarah Nasional (Munas) IX Kadin Indonesia", "Munas IX Kadin Indonesia",
                   REDAKSI_ENTITY_EVENT);
  assert_mentions (&t, "Munas Kadin", "Munas IX Kadin Indonesia", REDAKSI_ENTITY_EVENT);
  assert_mentions (&t, "Pilpres", "Pilpres 2019", REDAKSI_ENTITY_EVENT);
  assert_no_tag (&t, "Kadin");
  assert_no_tag (&t, "Pemilihan Presiden");
}

/* Two dated events of one kind leave the generic one generic. */
static void
test_two_dated_events (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Partisipasi pemilih pada Pilpres 2019 lebih tinggi daripada Pilpres 2014. "
            "Menurut dia, Pilpres selalu berlangsung damai.", &t);
  assert_mentions (&t, "Pilpres", "Pemilihan Presiden", REDAKSI_ENTITY_EVENT);
}

/* redaksi_gazetteer_lookup() takes the text whole: a name at its end
 * does not make it that name. */
static void
test_lookup_whole (void)
{
  RedaksiGazetteer *gazetteer = redaksi_gazetteer_get_default ();
  const char *name = NULL;

  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "Kadin Indonesia", NULL, &name, NULL));
  g_assert_cmpstr (name, ==, "Kadin");
  g_assert_false (redaksi_gazetteer_lookup (gazetteer, "Munas Kadin", NULL, NULL, NULL));
  g_assert_false (redaksi_gazetteer_lookup (gazetteer, "Rapat Polri", NULL, NULL, NULL));
}

/* One name spelt two ways in one article is one entity under the
 * spelling it writes more often, whichever comes first: a letter
 * dropped ("Anidya"), a space dropped ("Newport"), a hyphen ("Shin
 * Taeyong", also when each is written once). Short names a letter
 * apart stay apart ("Ali", "Alim"), and so do two people a letter
 * apart named once each. */
static void
test_spelling_variants (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Dua calon ketua umum, Anidya Bakrie dan Arsjad Rasjid, berkunjung ke Semarang. "
            "Presiden meresmikan Makassar New Port pada Kamis.\n\n"
            "Menurut Arnaz, Anindya Bakrie sempat salat bersama warga. Makassar Newport akan "
            "menjadi ikon baru, kata Ali.\n\n\"Saya setuju,\" ujar Alim. Anindya Bakrie "
            "juga setuju. Kapal besar akan bersandar di Makassar New Port.\n\n"
            "Warga bernama Budi Sedibaba hadir. Menurut Budi Sudibaba, acara lancar.\n\n"
            "Pelatih Shin Tae-yong memanggil 28 pemain. Menurut Shin Taeyong, pemain muda siap.", &t);
  assert_mentions (&t, "Anidya Bakrie", "Anindya Bakrie", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Anindya Bakrie", "Anindya Bakrie", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Makassar Newport", "Makassar New Port", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Ali", "Ali", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Alim", "Alim", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Budi Sudibaba", "Budi Sudibaba", REDAKSI_ENTITY_PERSON);
  assert_no_tag (&t, "Anidya Bakrie");
  /* The same letters hyphenated otherwise: one name, each written once. */
  assert_mentions (&t, "Shin Taeyong", "Shin Tae-yong", REDAKSI_ENTITY_PERSON);
}

/* "Komisi VII DPR": a commission of a body and its number is one
 * organisation, one per number; "Komisi Pemberantasan Korupsi" is no
 * numbered commission. */
static void
test_numbered_units (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Anggota Komisi VII DPR yang membidangi pertambangan, Satya Yudha, menilai kinerja "
            "itu. Komisi III DPR RI memanggil Kapolri. Komisi Pemberantasan Korupsi (KPK) diam. "
            "Komisi VII DPR RI setuju.", &t);
  assert_mentions (&t, "Komisi VII DPR", "Komisi VII DPR", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Komisi VII DPR RI", "Komisi VII DPR", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Komisi III DPR RI", "Komisi III DPR RI", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi",
                   REDAKSI_ENTITY_ORGANIZATION);
}

/* "Menteri BUMN": a minister's title names the ministry the gazetteer
 * knows as "Kementerian" and the same words; the minister stays a
 * person of their own. */
static void
test_ministries_in_titles (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Menteri Energi dan Sumber Daya Mineral (ESDM) Sudirman Said mengungkapkan hal itu. "
            "Dia belum tahu usulan dari Menteri BUMN. Menteri Kesehatan Budi Gunadi Sadikin "
            "hadir.", &t);
  assert_mentions (&t, "Energi dan Sumber Daya Mineral", "Kementerian Energi dan Sumber Daya Mineral",
                   REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "BUMN", "Kementerian Badan Usaha Milik Negara", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Kesehatan", "Kementerian Kesehatan", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Sudirman Said", "Sudirman Said", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Budi Gunadi Sadikin", "Budi Gunadi Sadikin", REDAKSI_ENTITY_PERSON);
}

/* Bodies the gazetteer knows from public lists: a Polda's directorate
 * by its structure's name, the 2019 coalitions. */
static void
test_gazetteer_bodies (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Kasus itu kini ditangani Ditreskrimum sejak pekan lalu, sementara Ditresnarkoba "
            "menangani kasus lain. Badan Pemenangan Nasional Koalisi Indonesia Adil Makmur "
            "membantah tudingan itu.", &t);
  assert_mentions (&t, "Ditreskrimum", "Direktorat Reserse Kriminal Umum", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Ditresnarkoba", "Direktorat Reserse Narkoba", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Koalisi Indonesia Adil Makmur", "Koalisi Indonesia Adil Makmur",
                   REDAKSI_ENTITY_ORGANIZATION);
}

/* "jasad Afriansyah Markus Sitompul": a rare first word the labeller
 * left out is part of the name; a title, a place the gazetteer knows
 * and a common word are not. */
static void
test_name_edges (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Tim dokter memeriksa luka di jasad Afriansyah Markus Sitompul pada Senin. Warga "
            "Bekasi Rudi Hartono melihat kejadian itu, kata Presiden Joko Widodo.", &t);
  assert_mentions (&t, "Afriansyah Markus Sitompul", "Afriansyah Markus Sitompul", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Rudi Hartono", "Rudi Hartono", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Joko Widodo", "Joko Widodo", REDAKSI_ENTITY_PERSON);
  assert_no_entity (&t, "Markus Sitompul");
  assert_no_entity (&t, "Bekasi Rudi Hartono");
}

/* "Mukhtarudin mengatakan": a one-word name opening a sentence before a
 * verb of speech is a person, though the story names them only there;
 * "Ekonom menilai", "Warga menuturkan" and an acronym are not. */
static void
test_lone_speaking_openers (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Laporan warga sudah diterima kantor kelurahan.\n\n"
            "Sukarjan mengatakan pihaknya akan memeriksa laporan itu pekan depan.\n\n"
            "Ekonom menilai harga beras masih akan naik. Warga menuturkan bantuan belum datang. "
            "BPKD menyatakan anggaran sudah cair.", &t);
  assert_mentions (&t, "Sukarjan", "Sukarjan", REDAKSI_ENTITY_PERSON);
  assert_no_entity (&t, "Ekonom");
  assert_no_entity (&t, "Warga");
  for (guint i = 0; i < t.entities->len; i++)
    if (g_strcmp0 (redaksi_entity_get_text (t.entities->pdata[i]), "BPKD") == 0)
      g_assert_cmpint (redaksi_entity_get_entity_type (t.entities->pdata[i]), !=, REDAKSI_ENTITY_PERSON);
}

/* "Hari Raya Idul Fitri", where the labeller read a person into "Idul
 * Fitri": the holiday the gazetteer knows, one tag however written. */
static void
test_holiday_in_full (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Pedagang khawatir harga naik lagi menjelang Hari Raya Idul Fitri. Mudik Lebaran "
            "dimulai pekan depan.", &t);
  assert_mentions (&t, "Hari Raya Idul Fitri", "Idul Fitri", REDAKSI_ENTITY_EVENT);
  assert_mentions (&t, "Lebaran", "Idul Fitri", REDAKSI_ENTITY_EVENT);
}

/* "kata Nana" after "Nana Sumarna (62)": the person the article names,
 * not the one the gazetteer knows by that nickname. */
static void
test_short_name_of_article_person (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Warga lainnya, Nana Sumarna (62) juga menuturkan hal senada.\n\n"
            "\"Sekarang air masuk semua ke rumah,\" kata Nana.", &t);
  assert_mentions (&t, "Nana", "Nana Sumarna", REDAKSI_ENTITY_PERSON);
}

/* Sports pages call clubs by their nicknames. */
static void
test_club_nicknames (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Manajer Persib, Umuh Muchtar senang atas kemenangan anak-anak Maung Bandung. Dua gol "
            "kemenangan tim Macan Putih dicetak pada babak kedua.", &t);
  assert_mentions (&t, "Maung Bandung", "Persib", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Macan Putih", "Persik Kediri", REDAKSI_ENTITY_ORGANIZATION);
  assert_no_entity (&t, "Bandung");
}

/* "Pelatih Persija, Sudirman yang menyebut …", "kata Sudirman": one
 * name, also an area of Jakarta, that speaks twice is a person; the
 * area named as a place, or a city that speaks, stays a place. */
static void
test_speaking_mononyms (void)
{
  g_auto(Tagged) person = { 0 }, area = { 0 }, city = { 0 };

  tag_text ("Pelatih Persija, Sudirman yang menyebut timnya siap meruntuhkan rekor.\n\n"
            "\"Grafik permainan kami selalu meningkat,\" kata Sudirman sebelum laga.", &person);
  assert_mentions (&person, "Sudirman", "Sudirman", REDAKSI_ENTITY_PERSON);
  tag_text ("Pelatih Persija, Sudirman yang menyebut timnya siap.\n\n"
            "\"Kami siap,\" kata Sudirman. Kantornya ada di Sudirman, Jakarta.", &area);
  assert_mentions (&area, "Sudirman", "Sudirman", REDAKSI_ENTITY_LOCATION);
  tag_text ("\"Pasar ramai lagi,\" kata Bekasi. Bekasi mengatakan jalan sudah dibuka.", &city);
  assert_mentions (&city, "Bekasi", "Bekasi", REDAKSI_ENTITY_LOCATION);
}

/* The first entity written @text. */
static RedaksiEntity *
entity_written (Tagged     *t,
                const char *text)
{
  for (guint i = 0; i < t->entities->len; i++)
    if (g_str_equal (redaksi_entity_get_text (t->entities->pdata[i]), text))
      return t->entities->pdata[i];
  g_error ("no entity “%s”", text);
  return NULL;
}

/* Offices written as one clipped word ("Karopenmas", "Kapusdatin",
 * "Kalak") open their holder's title; they are nobody's name. */
static void
test_clipped_offices (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Karopenmas Divisi Humas Polri Brigjen Dedi Prasetyo mengatakan hal itu. Kapusdatin Humas "
            "BNPB Sutopo Purwo Nugroho menambahkan data korban.\n\n"
            "\"Kami siap,\" kata Kalak BPBD Bogor Rudi Hartono.", &t);
  assert_no_entity (&t, "Karopenmas");
  assert_no_entity (&t, "Kapusdatin Humas");
  assert_no_entity (&t, "Kalak");
  g_assert_cmpstr (redaksi_entity_get_role (entity_written (&t, "Rudi Hartono")), ==, "Kalak BPBD Bogor");
  g_assert_cmpstr (redaksi_entity_get_role (entity_written (&t, "Sutopo Purwo Nugroho")), ==, "Kapusdatin Humas BNPB");
}

/* "16 Pelaku Perusakan Polsek Bayah Ditangkap": the verb a title-case
 * headline capitalises after a name is no part of it. */
static void
test_headline_verb (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("16 Pelaku Perusakan Polsek Bayah Ditangkap\n\n"
            "Serang - Sebanyak 16 pelaku perusakan Polsek Bayah ditangkap oleh kepolisian.", &t);
  assert_mentions (&t, "Polsek Bayah", "Polsek Bayah", REDAKSI_ENTITY_ORGANIZATION);
  assert_no_entity (&t, "Polsek Bayah Ditangkap");
}

/* After a cue and a long office with its unit, the unknown word that
 * ends them is the holder ("… Dinkes Kabupaten Sleman Dulzaini di
 * Sleman"); a word before a body's acronym in brackets ends the body
 * ("Indonesia Political Review (IPR)"), no holder. */
static void
test_office_holder_after_cue (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("\"Tidak ada penderita yang meninggal,\" kata Kepala Seksi Pencegahan dan Pengendalian Penyakit "
            "Menular Dinkes Kabupaten Sleman Dulzaini di Sleman.\n\n"
            "\"Banyak yang kecewa,\" kata Direktur Eksekutif Indonesia Political Review (IPR) Ujang "
            "Komarudin saat dihubungi.", &t);
  assert_mentions (&t, "Dulzaini", "Dulzaini", REDAKSI_ENTITY_PERSON);
  assert_no_entity (&t, "Political Review");
  assert_no_entity (&t, "Review");
}

/* "Puruk Cahu, gemakalteng.co.id – …": a title-case place before an
 * outlet's lower-case domain opens the dateline; "Hari" of "Hari Jadi
 * ke-22" is no one's name. */
static void
test_dateline_before_domain (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Harjad ke-22, Murung Raya Terus Bergerak Maju\n\n"
            "Puruk Cahu, gemakalteng.co.id – Pemerintah Kabupaten Murung Raya menggelar upacara "
            "peringatan Hari Jadi ke-22 Kabupaten Murung Raya di halaman kantor bupati, Senin.", &t);
  assert_mentions (&t, "Puruk Cahu", "Puruk Cahu", REDAKSI_ENTITY_LOCATION);
  assert_no_entity (&t, "Hari");
}

/* "Mas Emil" beside Khofifah is Emil Dardak, not Ridwan Kamil ("Kang
 * Emil"); "Insha Allah", "Allah SWT" are no one's names. */
static void
test_ambiguous_nicknames (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("\"Semangat Bu Khofifah dan Mas Emil, sabar ya, tetap semangat,\" kata seorang warga. "
            "Gubernur Jawa Barat, Kang Emil, ikut hadir.\n\n"
            "\"Mohon waktu untuk saya jawab, Insha Allah,\" kata Masyhuri. Insha Allah kami datang, "
            "atas izin Allah SWT.", &t);
  assert_mentions (&t, "Kang Emil", "Ridwan Kamil", REDAKSI_ENTITY_PERSON);
  for (guint i = 0; i < t.entities->len; i++)
    if (g_str_equal (redaksi_entity_get_text (t.entities->pdata[i]), "Emil"))
      g_assert_cmpstr (redaksi_entity_get_canonical (t.entities->pdata[i]), !=, "Ridwan Kamil");
  assert_no_entity (&t, "Insha Allah");
  assert_no_entity (&t, "Allah");
  assert_no_entity (&t, "Allah SWT");
}

/* "Menurut Sekda Depok, Hardiono, …": an office and its place name no
 * one; the name after their comma is the holder. */
static void
test_office_of_place_then_holder (void)
{
  g_auto(Tagged) t = { 0 };

  tag_text ("Menurut Sekda Depok, Hardiono, status KLB belum ditetapkan. Acara itu dihadiri Sekda Edy "
            "Rasyadi dan Bupati Busyro Karim.", &t);
  assert_no_entity (&t, "Sekda Depok");
  assert_no_entity (&t, "Sekda");
  assert_mentions (&t, "Hardiono", "Hardiono", REDAKSI_ENTITY_PERSON);
  g_assert_cmpstr (redaksi_entity_get_role (entity_written (&t, "Hardiono")), ==, "Sekda Depok");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/entity-recall/units-with-places", test_units_with_places);
  g_test_add_func ("/redaksi/entity-recall/lone-speaking-openers", test_lone_speaking_openers);
  g_test_add_func ("/redaksi/entity-recall/units-with-brackets", test_units_with_brackets);
  g_test_add_func ("/redaksi/entity-recall/headed-places", test_headed_places);
  g_test_add_func ("/redaksi/entity-recall/headed-place-before-day", test_headed_place_before_day);
  g_test_add_func ("/redaksi/entity-recall/feature-headed-places", test_feature_headed_places);
  g_test_add_func ("/redaksi/entity-recall/schools", test_schools);
  g_test_add_func ("/redaksi/entity-recall/unit-subordinates", test_unit_subordinates);
  g_test_add_func ("/redaksi/entity-recall/unit-after-ke", test_unit_after_ke);
  g_test_add_func ("/redaksi/entity-recall/headquarters-and-flats", test_headquarters_and_flats);
  g_test_add_func ("/redaksi/entity-recall/headline-after-unit", test_headline_after_unit);
  g_test_add_func ("/redaksi/entity-recall/place-after-di", test_place_after_di);
  g_test_add_func ("/redaksi/entity-recall/defined-short-names", test_defined_short_names);
  g_test_add_func ("/redaksi/entity-recall/events", test_events);
  g_test_add_func ("/redaksi/entity-recall/two-dated-events", test_two_dated_events);
  g_test_add_func ("/redaksi/entity-recall/lookup-whole", test_lookup_whole);
  g_test_add_func ("/redaksi/entity-recall/spelling-variants", test_spelling_variants);
  g_test_add_func ("/redaksi/entity-recall/numbered-units", test_numbered_units);
  g_test_add_func ("/redaksi/entity-recall/ministries-in-titles", test_ministries_in_titles);
  g_test_add_func ("/redaksi/entity-recall/gazetteer-bodies", test_gazetteer_bodies);
  g_test_add_func ("/redaksi/entity-recall/name-edges", test_name_edges);
  g_test_add_func ("/redaksi/entity-recall/holiday-in-full", test_holiday_in_full);
  g_test_add_func ("/redaksi/entity-recall/short-name-of-article-person", test_short_name_of_article_person);
  g_test_add_func ("/redaksi/entity-recall/club-nicknames", test_club_nicknames);
  g_test_add_func ("/redaksi/entity-recall/speaking-mononyms", test_speaking_mononyms);
  g_test_add_func ("/redaksi/entity-recall/clipped-offices", test_clipped_offices);
  g_test_add_func ("/redaksi/entity-recall/headline-verb", test_headline_verb);
  g_test_add_func ("/redaksi/entity-recall/office-holder-after-cue", test_office_holder_after_cue);
  g_test_add_func ("/redaksi/entity-recall/dateline-before-domain", test_dateline_before_domain);
  g_test_add_func ("/redaksi/entity-recall/ambiguous-nicknames", test_ambiguous_nicknames);
  g_test_add_func ("/redaksi/entity-recall/office-of-place-then-holder", test_office_of_place_then_holder);
  return g_test_run ();
}
