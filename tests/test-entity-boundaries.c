/* test-entity-boundaries.c: where entities start and end, and which
 * entity a mention refers to, on sentences written for these tests
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "redaksi-tagger-private.h"
#include "redaksi-test-util.h"

static RedaksiTagging *
tag (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);
  RedaksiTagging *tagging;

  g_assert_no_error (error);
  tagging = redaksi_tagger_tag (redaksi_tagger_get_default (), document, NULL, &error);
  g_assert_no_error (error);
  return tagging;
}

/* The @nth (from 0) mention written @text, or NULL. */
static RedaksiEntity *
nth_mention (RedaksiTagging *tagging,
             const char     *text,
             guint           nth)
{
  GPtrArray *entities = redaksi_tagging_get_entities (tagging);

  for (guint i = 0; i < entities->len; i++)
    if (g_str_equal (redaksi_entity_get_text (entities->pdata[i]), text) && nth-- == 0)
      return entities->pdata[i];
  return NULL;
}

static void
assert_mention (RedaksiTagging    *tagging,
                const char        *text,
                guint              nth,
                RedaksiEntityType  type,
                const char        *canonical)
{
  RedaksiEntity *e = nth_mention (tagging, text, nth);

  if (e == NULL)
    g_error ("no mention “%s” (#%u)", text, nth);
  g_assert_cmpstr (redaksi_entity_type_to_string (redaksi_entity_get_entity_type (e)), ==,
                   redaksi_entity_type_to_string (type));
  g_assert_cmpstr (redaksi_entity_get_canonical (e), ==, canonical);
}

/* No mention holds any of the bytes of @words. */
static void
assert_no_mention_within (RedaksiTagging *tagging,
                          const char     *text,
                          const char     *words)
{
  GPtrArray *entities = redaksi_tagging_get_entities (tagging);
  const char *at = strstr (text, words);
  gsize start, end;

  g_assert_nonnull (at);
  start = (gsize) (at - text);
  end = start + strlen (words);
  for (guint i = 0; i < entities->len; i++)
    {
      const RedaksiRange *r = redaksi_entity_get_range (entities->pdata[i]);

      if (r->start < end && start < r->end)
        g_error ("“%s” is tagged as “%s”", words, redaksi_entity_get_text (entities->pdata[i]));
    }
}

/* 8. A short name is the earliest full name holding its words, also
 * where the labeller did not see it; never a different person who
 * only shares a word with it. */
static void
test_short_names (void)
{
  static const char text[] =
    "JAKARTA - Warga Cilincing, Dian Puspita, mengeluhkan banjir yang merendam rumahnya.\n\n"
    "\"Air masuk sampai lutut,\" kata Dian.\n\n"
    "Menurut Puspita, bantuan belum datang. Dian Sastrowardoyo juga hadir di lokasi. "
    "Budi Santoso dan Budi Hartono meninjau lokasi. Hartono menyebut pompa rusak.\n\n"
    "\"Kami sudah melapor ke kelurahan sejak pagi,\" kata Dian";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Dian", 0, REDAKSI_ENTITY_PERSON, "Dian Puspita");
  assert_mention (tagging, "Puspita", 0, REDAKSI_ENTITY_PERSON, "Dian Puspita");
  /* The last word of the article, after a cue. */
  assert_mention (tagging, "Dian", 1, REDAKSI_ENTITY_PERSON, "Dian Puspita");
  assert_mention (tagging, "Dian Sastrowardoyo", 0, REDAKSI_ENTITY_PERSON, "Dian Sastrowardoyo");
  assert_mention (tagging, "Budi Santoso", 0, REDAKSI_ENTITY_PERSON, "Budi Santoso");
  assert_mention (tagging, "Hartono", 0, REDAKSI_ENTITY_PERSON, "Budi Hartono");
}

/* 8. The same when the full name comes after the short one, and when a
 * shorter full name stands for a longer one. */
static void
test_short_names_chain (void)
{
  static const char text[] =
    "Rahmat Siregar Hadir di Sidang\n\n"
    "MEDAN - Rahmat Hidayat Siregar hadir di Pengadilan Negeri Medan, Selasa. "
    "Kuasa hukumnya menyebut Rahmat Siregar kooperatif. Siregar tidak menjawab pertanyaan wartawan.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Rahmat Siregar", 1, REDAKSI_ENTITY_PERSON, "Rahmat Hidayat Siregar");
  assert_mention (tagging, "Siregar", 0, REDAKSI_ENTITY_PERSON, "Rahmat Hidayat Siregar");
}

/* 6. A title before a company and a person: the company is one
 * entity, the person another, with the title and company as role. */
static void
test_title_chains (void)
{
  static const char text[] =
    "JAKARTA - Direktur Utama PT Sinar Laut (Persero) Budi Hartono mengatakan perusahaan "
    "akan menambah armada tahun depan.\n\n"
    "Ketua Kamar Dagang dan Industri (Kadin) Jawa Tengah Rina Lestari menyambut rencana itu. "
    "Direktur Utama BTN Hadi juga hadir. Bos Lippo Group Anton Salim menolak berkomentar.";
  g_autoptr(RedaksiTagging) tagging = tag (text);
  RedaksiEntity *e;

  assert_mention (tagging, "PT Sinar Laut (Persero)", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "PT Sinar Laut (Persero)");
  assert_mention (tagging, "Budi Hartono", 0, REDAKSI_ENTITY_PERSON, "Budi Hartono");
  e = nth_mention (tagging, "Budi Hartono", 0);
  g_assert_cmpstr (redaksi_entity_get_role (e), ==, "Direktur Utama PT Sinar Laut (Persero)");
  assert_mention (tagging, "Rina Lestari", 0, REDAKSI_ENTITY_PERSON, "Rina Lestari");
  e = nth_mention (tagging, "Rina Lestari", 0);
  g_assert_cmpstr (redaksi_entity_get_role (e), ==,
                   "Ketua Kamar Dagang dan Industri (Kadin) Jawa Tengah");
  assert_mention (tagging, "Hadi", 0, REDAKSI_ENTITY_PERSON, "Hadi");
  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Hadi", 0)), ==, "Direktur Utama BTN");
  assert_mention (tagging, "Lippo Group", 0, REDAKSI_ENTITY_ORGANIZATION, "Lippo Group");
  assert_mention (tagging, "Anton Salim", 0, REDAKSI_ENTITY_PERSON, "Anton Salim");
  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Anton Salim", 0)), ==,
                   "Bos Lippo Group");
}

/* 7. A name before an age in brackets is a person. */
static void
test_age_in_brackets (void)
{
  static const char text[] =
    "SURABAYA - Pemilik warung, Wulan (30), mengaku kehilangan tas di Pasar Turi. "
    "Sutarjo Wiraguna (50), warga Cilincing, melihat kejadian itu. "
    "Bayi bernama Kenanga (2) selamat.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Wulan", 0, REDAKSI_ENTITY_PERSON, "Wulan");
  assert_mention (tagging, "Sutarjo Wiraguna", 0, REDAKSI_ENTITY_PERSON, "Sutarjo Wiraguna");
  assert_mention (tagging, "Kenanga", 0, REDAKSI_ENTITY_PERSON, "Kenanga");
}

/* 9. An acronym the article defines means what the article says, over
 * the gazetteer's body with the same letters. */
static void
test_defined_acronym (void)
{
  static const char text[] =
    "JAKARTA - Badan Pemenangan Nasional (BPN) menggelar rapat di Jakarta. "
    "Juru bicara BPN menyebut rapat membahas strategi kampanye. "
    "BPN akan mengumumkan hasilnya pekan depan.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  for (guint n = 0; n < 3; n++)
    {
      assert_mention (tagging, "BPN", n, REDAKSI_ENTITY_ORGANIZATION, "Badan Pemenangan Nasional");
      g_assert_null (redaksi_entity_get_id (nth_mention (tagging, "BPN", n)));
    }
}

/* 9. Without a definition, the gazetteer's body stays. */
static void
test_undefined_acronym (void)
{
  g_autoptr(RedaksiTagging) tagging = tag ("JAKARTA - BPN menerbitkan sertifikat tanah warga.");

  assert_mention (tagging, "BPN", 0, REDAKSI_ENTITY_ORGANIZATION, "Badan Pertanahan Nasional");
}

/* 10. Page leftovers and common words that open a sentence are no
 * names; a place of several words stays one; two joined names are two
 * people. */
static void
test_not_entities (void)
{
  static const char text[] =
    "JAKARTA - Macet panjang terjadi di ruas tol menuju Makassar New Port sejak pagi.\n\n"
    "SCROLL TO CONTINUE WITH CONTENT\n\n"
    "Ekonom menilai kemacetan merugikan pengusaha.\n\n"
    "ADVERTISEMENT\n\n"
    "Pasangan Prabowo Subianto-Sandiaga Uno menyapa warga.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Macet");
  assert_no_mention_within (tagging, text, "SCROLL TO CONTINUE WITH CONTENT");
  assert_no_mention_within (tagging, text, "Ekonom");
  assert_no_mention_within (tagging, text, "ADVERTISEMENT");
  assert_mention (tagging, "Makassar New Port", 0, REDAKSI_ENTITY_LOCATION, "Makassar New Port");
  assert_mention (tagging, "Prabowo Subianto", 0, REDAKSI_ENTITY_PERSON, "Prabowo Subianto");
  assert_mention (tagging, "Sandiaga Uno", 0, REDAKSI_ENTITY_PERSON, "Sandiaga Uno");
}

/* 10. A name the gazetteer knows, glued to a common word in a title-case
 * line, keeps its entry once the word is trimmed: one entity, not a
 * second one of the same name. */
static void
test_trimmed_name_keeps_entry (void)
{
  static const char text[] =
    "JAKARTA - Basuki Tjahaja Purnama (Ahok) memenuhi panggilan polisi, Senin.\n\n"
    "Ahok tiba di kantor polisi pukul 09.00 dan diperiksa selama enam jam.\n\n"
    "Sebelumnya, Ahok Diperiksa, Bareskrim Polri Dalami Laporan Warga\n\n"
    "Polisi belum menyampaikan hasil pemeriksaan itu.";
  g_autoptr(RedaksiTagging) tagging = tag (text);
  GPtrArray *tags = redaksi_tagging_get_tags (tagging);

  assert_mention (tagging, "Ahok", 2, REDAKSI_ENTITY_PERSON, "Basuki Tjahaja Purnama");
  for (guint i = 0; i < tags->len; i++)
    g_assert_cmpstr (redaksi_tag_get_name (tags->pdata[i]), !=, "Ahok");
}

/* 10. A page's call to follow the outlet elsewhere names apps, not
 * what the article is about. */
static void
test_follow_us_lines (void)
{
  static const char text[] =
    "MEDAN - Harga cabai di Pasar Petisah naik dua kali lipat sejak pekan lalu.\n\n"
    "Cek Berita dan Artikel yang lain di Google News\n\n"
    "Pedagang menyebut pasokan dari Brastagi berkurang.\n\n"
    "Klik WhatsApp Channel & Google News\n\n"
    "Ikuti kami di Instagram";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Google News\n\nPedagang");
  assert_no_mention_within (tagging, text, "WhatsApp Channel & Google News");
  assert_no_mention_within (tagging, text, "Instagram");
  assert_mention (tagging, "Pasar Petisah", 0, REDAKSI_ENTITY_LOCATION, "Pasar Petisah");
}

static void
assert_no_hyphenated (RedaksiTagging *tagging)
{
  GPtrArray *entities = redaksi_tagging_get_entities (tagging);

  for (guint i = 0; i < entities->len; i++)
    g_assert_null (strchr (redaksi_entity_get_text (entities->pdata[i]), '-'));
}

/* 10. Two people the gazetteer knows, joined in one word, are those two
 * people; two places ("perang Rusia-Ukraina", "kereta cepat
 * Jakarta-Bandung") are those two places, not a person or a body. */
static void
test_joined_pair (void)
{
  static const char text[] =
    "JAKARTA - Relawan Prabowo-Sandiaga menggelar deklarasi di Bandung, Minggu. "
    "Mereka mengaku bukan bagian dari tim resmi Prabowo-Sandi.";
  static const char places_text[] =
    "Inflasi dunia melonjak karena perang Rusia-Ukraina. Kereta cepat Jakarta-Bandung mulai "
    "beroperasi. Hubungan AS-China kembali memanas.";
  g_autoptr(RedaksiTagging) tagging = tag (text);
  g_autoptr(RedaksiTagging) places = tag (places_text);

  assert_mention (tagging, "Prabowo", 0, REDAKSI_ENTITY_PERSON, "Prabowo Subianto");
  assert_mention (tagging, "Sandiaga", 0, REDAKSI_ENTITY_PERSON, "Sandiaga Uno");
  assert_mention (tagging, "Prabowo", 1, REDAKSI_ENTITY_PERSON, "Prabowo Subianto");
  assert_mention (tagging, "Sandi", 0, REDAKSI_ENTITY_PERSON, "Sandiaga Uno");
  assert_no_hyphenated (tagging);
  assert_mention (places, "Rusia", 0, REDAKSI_ENTITY_LOCATION, "Rusia");
  assert_mention (places, "Ukraina", 0, REDAKSI_ENTITY_LOCATION, "Ukraina");
  assert_mention (places, "Jakarta", 0, REDAKSI_ENTITY_LOCATION, "DKI Jakarta");
  assert_mention (places, "Bandung", 0, REDAKSI_ENTITY_LOCATION, "Bandung");
  assert_mention (places, "AS", 0, REDAKSI_ENTITY_LOCATION, "Amerika Serikat");
  assert_mention (places, "China", 0, REDAKSI_ENTITY_LOCATION, "China");
  assert_no_hyphenated (places);
}

/* 6. A company name that no bracket or "Tbk" closes still ends where
 * its officer's name begins. */
static void
test_company_then_officer (void)
{
  static const char text[] =
    "JAKARTA - Direktur Utama PT Pertamina Budi Santoso mengatakan stok solar aman. "
    "Rapat itu juga dihadiri Direktur Utama PT PLN Rina Lestari dan Dirut PT Pelindo IV Andi Wibowo.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Budi Santoso", 0, REDAKSI_ENTITY_PERSON, "Budi Santoso");
  assert_mention (tagging, "Rina Lestari", 0, REDAKSI_ENTITY_PERSON, "Rina Lestari");
  assert_mention (tagging, "Andi Wibowo", 0, REDAKSI_ENTITY_PERSON, "Andi Wibowo");
  assert_mention (tagging, "PT Pertamina", 0, REDAKSI_ENTITY_ORGANIZATION, "Pertamina");
  assert_mention (tagging, "PT Pelindo IV", 0, REDAKSI_ENTITY_ORGANIZATION, "PT Pelindo IV");
  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Budi Santoso", 0)), ==,
                   "Direktur Utama PT Pertamina");
}

/* 10. Common words capitalised in a title-case headline, never written
 * with a capital in the body, are no names; a body sentence as full of
 * capitals keeps its one-word name. */
static void
test_headline_words (void)
{
  static const char text[] =
    "Warga Protes Suara Azan Terlalu Keras, Lurah Turun Tangan\n\n"
    "Jangan Sok Tahu Soal Banjir, Begini Kata Camat\n\n"
    "Preman Pasar yang Viral Ini Ngumpet di Hutan\n\n"
    "BOGOR - Lurah Cibinong, Sarwono, menemui warga yang mengeluhkan pengeras suara masjid, Jumat. "
    "Pengurus masjid berjanji mengecilkan volume pengeras suara.\n\n"
    "Sementara itu Kasat Reskrim Polres Bogor, AKP Wiratmoko menambahkan bahwa pelaku merupakan "
    "warga Tanjung Pasir, Kecamatan Teluk Naga, Kabupaten Tangerang. Pelaku sudah ditahan.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Azan");
  assert_no_mention_within (tagging, text, "Sok");
  assert_no_mention_within (tagging, text, "Begini");
  assert_no_mention_within (tagging, text, "Hutan");
  assert_mention (tagging, "Sarwono", 0, REDAKSI_ENTITY_PERSON, "Sarwono");
  assert_mention (tagging, "Wiratmoko", 0, REDAKSI_ENTITY_PERSON, "Wiratmoko");
}

/* Duplicates: a regional body written with the region's short form is
 * the same body as with its full name. */
static void
test_regional_unit (void)
{
  static const char text[] =
    "BANDUNG - Polda Jawa Barat menahan dua tersangka penipuan arisan daring, Senin. "
    "Kabid Humas Polda Jabar menyebut kerugian korban mencapai Rp 2 miliar. "
    "Kasus itu dilimpahkan dari Polres Cimahi. DPRD Jatim juga menerima laporan serupa.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Polda Jabar", 0, REDAKSI_ENTITY_ORGANIZATION, "Polda Jawa Barat");
  assert_mention (tagging, "Polda Jawa Barat", 0, REDAKSI_ENTITY_ORGANIZATION, "Polda Jawa Barat");
  assert_mention (tagging, "DPRD Jatim", 0, REDAKSI_ENTITY_ORGANIZATION, "DPRD Jawa Timur");
}

/* Partial names: a rare first name after a title, or a name the
 * labeller cut in two, is part of the one person. */
static void
test_name_after_title (void)
{
  static const char text[] =
    "PADANG - \"Kami akan menghadirkan lima saksi,\" kata Jaksa Ardito Muwardi saat tiba di Pengadilan Negeri Padang. "
    "Kasat Reskrim Polres Pariaman, AKP Yayang Rizki Pratama mengatakan berkas sudah lengkap. "
    "Menteri Koordinator Bidang Kemaritiman Rizal Ramli tidak hadir.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Ardito Muwardi", 0, REDAKSI_ENTITY_PERSON, "Ardito Muwardi");
  assert_mention (tagging, "Yayang Rizki Pratama", 0, REDAKSI_ENTITY_PERSON, "Yayang Rizki Pratama");
  assert_mention (tagging, "Rizal Ramli", 0, REDAKSI_ENTITY_PERSON, "Rizal Ramli");
}

/* 9. An acronym of a place joined from several words stands for the
 * whole place, not for the words the labeller first took for a person. */
static void
test_acronym_of_joined_place (void)
{
  static const char text[] =
    "MAKASSAR - Pemerintah menargetkan perluasan Makassar New Port (MNP) rampung tahun depan. "
    "Kapasitas MNP akan mencapai dua juta peti kemas per tahun.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Makassar New Port", 0, REDAKSI_ENTITY_LOCATION, "Makassar New Port");
  assert_mention (tagging, "MNP", 0, REDAKSI_ENTITY_LOCATION, "Makassar New Port");
}

/* A regional body labelled as a body and a place side by side is one
 * body, whichever form of the place the article uses. */
static void
test_regional_body_and_place (void)
{
  static const char text[] =
    "SEMARANG - Pengusaha di bawah naungan Kadin Jawa Tengah menggelar pertemuan, Selasa. "
    "Ketua Kadin Jateng menyebut ekspor mebel naik.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Kadin Jawa Tengah", 0, REDAKSI_ENTITY_ORGANIZATION, "Kadin Jawa Tengah");
  assert_mention (tagging, "Kadin Jateng", 0, REDAKSI_ENTITY_ORGANIZATION, "Kadin Jawa Tengah");
}

/* "Tanjung" cut off: a place head and the word after it are one place,
 * also where the labeller took the word for a person or saw nothing. */
static void
test_headed_places (void)
{
  static const char text[] =
    "MEDAN - Polisi menyebut pelaku merupakan warga Tanjung Sarang, Kecamatan Kualuh Hilir. "
    "Korban harus naik perahu dari Desa Kuala Lumpang Labura menuju rumah sakit.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Tanjung Sarang", 0, REDAKSI_ENTITY_LOCATION, "Tanjung Sarang");
  assert_mention (tagging, "Kuala Lumpang", 0, REDAKSI_ENTITY_LOCATION, "Kuala Lumpang");
}

/* 10. Acronyms of things and documents are no bodies. */
static void
test_thing_acronyms (void)
{
  static const char text[] =
    "DEPOK - Polisi memeriksa rekaman CCTV sebuah minimarket di Jalan Raya Sawangan.\n\n"
    "\"Kata tetangga yang melihat rekaman CCTV Dimas ditarik lalu dibawa kabur naik motor,\" tuturnya.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "CCTV sebuah");
  assert_mention (tagging, "Dimas", 0, REDAKSI_ENTITY_PERSON, "Dimas");
}

/* A made-up name word for @n: four syllables, one per base-16 digit. */
static void
append_name_word (GString *out,
                  guint    n)
{
  static const char * const syllables[] = {
    "ba", "di", "ka", "ra", "su", "to", "wi", "na", "lu", "me", "ri", "ja", "po", "se", "ha", "yo",
  };

  for (guint k = 0; k < 4; k++, n /= 16)
    {
      const char *syllable = syllables[n % 16];

      g_string_append_c (out, k == 0 ? g_ascii_toupper (syllable[0]) : syllable[0]);
      g_string_append_c (out, syllable[1]);
    }
}

/* 8, and issue 11: 40,000 people who share the word "Budi", each
 * 3-word name followed by another person's 2-word name. Each short
 * name costs one lookup: CPU time grows with the article, not with
 * the square of its names (a safety bound, far above the need). */
static void
test_many_names_share_a_word (void)
{
  g_autoptr(GString) text = g_string_new ("");
  g_autoptr(RedaksiTagging) tagging = NULL;
  GPtrArray *entities;
  clock_t started = clock ();
  double seconds;
  guint short_names = 0;

  for (guint i = 0; i < 20000; i++)
    {
      g_string_append (text, "Warga bernama Budi ");
      append_name_word (text, 3 * i);
      g_string_append_c (text, ' ');
      append_name_word (text, 3 * i + 1);
      g_string_append (text, " hadir di balai desa. Menurut Budi ");
      append_name_word (text, 3 * i + 2);
      g_string_append (text, i % 4 == 3 ? ", acara lancar.\n\n" : ", acara lancar. ");
    }
  tagging = tag (text->str);
  seconds = (double) (clock () - started) / CLOCKS_PER_SEC;
  g_test_message ("%.2f s of CPU for %" G_GSIZE_FORMAT " bytes", seconds, text->len);
  g_assert_cmpfloat (seconds, <, 10.0);
  entities = redaksi_tagging_get_entities (tagging);
  for (guint i = 0; i < entities->len; i++)
    {
      RedaksiEntity *e = entities->pdata[i];

      /* A different person who shares "Budi" is no full name of it. */
      if (strlen (redaksi_entity_get_text (e)) == strlen ("Budi Babababa"))
        {
          g_assert_cmpstr (redaksi_entity_get_canonical (e), ==, redaksi_entity_get_text (e));
          short_names++;
        }
    }
  g_assert_cmpuint (short_names, >=, 19000);
}

/* Precision: words that are no names, and spans that hold more than
 * the name (issue #12). */

/* A lower-case word that locates a place ("kawasan", "kompleks") is no
 * part of its name; a place head it leaves alone names nothing. */
static void
test_locator_words (void)
{
  static const char text[] =
    "Polisi menangkap pelaku di kawasan Kemang, Jakarta Selatan, Selasa (3/5) malam.\n\n"
    "Warga berkumpul di kompleks Candi Plaosan, Klaten, Minggu.\n\n"
    "Rapat digelar di kantor Nagari pada Senin pagi, kata Wali Nagari Sungai Pua.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Kemang", 0, REDAKSI_ENTITY_LOCATION, "Kemang");
  assert_mention (tagging, "Candi Plaosan", 0, REDAKSI_ENTITY_LOCATION, "Candi Plaosan");
  assert_no_mention_within (tagging, text, "kawasan");
  assert_no_mention_within (tagging, text, "kompleks");
  assert_no_mention_within (tagging, text, "kantor Nagari");
}

/* Words of offices, ranks and generic units alone ("Kepolisian
 * Daerah", "AKBP", "Sekda") name no one: the place or the person after
 * them does. */
static void
test_office_phrases (void)
{
  static const char text[] =
    "Kepala Kepolisian Daerah (Kapolda) Jawa Tengah Irjen Ahmad Luthfi hadir.\n\n"
    "Kepala Biro Hubungan Masyarakat (Karo Humas) Polri, Brigjen Budi, menjelaskan.\n\n"
    "Kapolres Bogor, Ajun Komisaris Besar Polisi (AKBP) Rio Wahyu, menegaskan hal itu.\n\n"
    "Hal itu disampaikan Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejaksaan Agung, "
    "Ketut Sumedana.\n\n"
    "Vice President Corporate Communications PT Telkom, Andi Rahman, mengatakan itu.\n\n"
    "Petugas dari Kepolisian Daerah ikut berjaga.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  /* The unit with the place it serves is a body; the unit alone is not. */
  assert_mention (tagging, "Kepolisian Daerah (Kapolda) Jawa Tengah", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Polda Jawa Tengah");
  assert_no_mention_within (tagging, text, "Kepolisian Daerah ikut");
  assert_no_mention_within (tagging, text, "Biro Hubungan Masyarakat (Karo Humas)");
  assert_no_mention_within (tagging, text, "Ajun Komisaris Besar Polisi (AKBP)");
  assert_no_mention_within (tagging, text, "Pusat Penerangan Hukum");
  assert_no_mention_within (tagging, text, "Vice President Corporate Communications");
  assert_mention (tagging, "Ahmad Luthfi", 0, REDAKSI_ENTITY_PERSON, "Ahmad Luthfi");
  assert_mention (tagging, "Rio Wahyu", 0, REDAKSI_ENTITY_PERSON, "Rio Wahyu");
  assert_mention (tagging, "Kejaksaan Agung", 0, REDAKSI_ENTITY_ORGANIZATION, "Kejaksaan Agung");
  assert_mention (tagging, "Polri", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Kepolisian Negara Republik Indonesia");
}

/* 10. Greetings and interjections are no names, nor part of the name
 * after them. */
static void
test_greetings (void)
{
  static const char text[] =
    "\"Assalamualaikum Sari,\" kata Yanto.\n\n"
    "\"Assalamualaikum Warahmatullahi Wabarakatuh,\" sapa Tri.\n\n"
    "\"Alhamdulillah Sari sudah pulang,\" kata Yanto.\n\n"
    "\"Terima Kasih, Tuhan,\" tulis Rina.\n\n"
    "Sebelum pulang, Dina mengucapkan Terima Kasih kepada polisi.\n\n"
    "\"Insyaallah Lebaran nanti kami pulang,\" kata Yanto.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Assalamualaikum Warahmatullahi Wabarakatuh");
  assert_no_mention_within (tagging, text, "Alhamdulillah");
  assert_no_mention_within (tagging, text, "Terima Kasih, Tuhan");
  assert_no_mention_within (tagging, text, "Terima Kasih kepada");
  assert_no_mention_within (tagging, text, "Insyaallah");
  assert_mention (tagging, "Sari", 0, REDAKSI_ENTITY_PERSON, "Sari");
  assert_mention (tagging, "Sari", 1, REDAKSI_ENTITY_PERSON, "Sari");
}

/* Two bodies joined by "dan" are two names; a company's short name in
 * brackets is that company again, and its legal form alone no company; a foreign
 * legal form ends a company's name. */
static void
test_coordinated_and_company_names (void)
{
  static const char text[] =
    "Pelaku ditangkap tim gabungan Polresta Bogor dan Polsek Cibinong pada Minggu (7/10) malam.\n\n"
    "Direktur PT Sinar Kencana Abadi (PT SKA) ditahan jaksa.\n\n"
    "Ia memimpin anak usaha PT Pertamina (persero), PT Petral.\n\n"
    "Kasus itu melibatkan Pertamina Energy Trading Limited (Petral) di Singapura.\n\n"
    "Ketua Kamar Dagang dan Industri Indonesia hadir.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Polresta Bogor", 0, REDAKSI_ENTITY_ORGANIZATION, "Polresta Bogor");
  assert_mention (tagging, "Polsek Cibinong", 0, REDAKSI_ENTITY_ORGANIZATION, "Polsek Cibinong");
  assert_mention (tagging, "PT Sinar Kencana Abadi", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "PT Sinar Kencana Abadi");
  /* The short name in brackets is the same company, not a second one. */
  assert_mention (tagging, "PT SKA", 0, REDAKSI_ENTITY_ORGANIZATION, "PT Sinar Kencana Abadi");
  /* Canonical names of the gazetteer's bodies are its own business. */
  g_assert_nonnull (nth_mention (tagging, "PT Pertamina (persero)", 0));
  assert_mention (tagging, "Pertamina Energy Trading Limited", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Pertamina Energy Trading Limited");
  g_assert_nonnull (nth_mention (tagging, "Kamar Dagang dan Industri Indonesia", 0));
}

/* Capitalised dictionary words are no names where every word may have
 * a capital: after an outlet's dash (its domain in lower case too), in
 * a title-case headline, in an
 * office's title or a phrase of common words, or with "-nya". Names
 * that are dictionary words stay names after a title ("Kompol
 * Mustakim") and after a place's head. */
static void
test_capitalised_common_words (void)
{
  static const char text[] =
    "Cerita Warga Garut Bolak-balik ke Kantor Desa Minta Bantuan tapi Tak Dapat\n\n"
    "Kompas.com - 12/03/2022, 10:00 WIB\n\n"
    "KOMPAS.com - Ratusan warga di Kabupaten Garut, Jawa Barat, mengungsi.\n\n"
    "jpnn.com - LAMA tak terdengar kabarnya, penyanyi itu kembali berkarier.\n\n"
    "Menteri Perencanaan dan Tata Ruang hadir di Bandung.\n\n"
    "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi hadir.\n\n"
    "\"Kami belum tahu,\" kata Rina ditemui di Kantornya, Bandung, Kamis (4/10).\n\n"
    "Kanitreskrim Polsek Tanah Abang Kompol Mustakim mengatakan hal itu.\n\n"
    "Ketua Umum Partai Buruh Said Iqbal hadir.\n\n"
    "\"Kami siap,\" kata Rudi di Istana Wakil Presiden, Jalan Merdeka Selatan, Jakarta Pusat, Kamis.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Kantor Desa Minta Bantuan");
  assert_no_mention_within (tagging, text, "Ratusan");
  assert_no_mention_within (tagging, text, "LAMA");
  assert_no_mention_within (tagging, text, "Tata Ruang");
  /* A minister's title names the ministry, whole, never its fields alone. */
  assert_mention (tagging, "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", 0,
                  REDAKSI_ENTITY_ORGANIZATION,
                  "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi");
  assert_no_mention_within (tagging, text, "Kantornya");
  assert_mention (tagging, "Mustakim", 0, REDAKSI_ENTITY_PERSON, "Mustakim");
  assert_mention (tagging, "Partai Buruh", 0, REDAKSI_ENTITY_ORGANIZATION, "Partai Buruh");
  assert_mention (tagging, "Rina", 0, REDAKSI_ENTITY_PERSON, "Rina");
  assert_mention (tagging, "Jalan Merdeka Selatan", 0, REDAKSI_ENTITY_LOCATION, "Jalan Merdeka Selatan");
}

/* Spans that hold more than one name, or a word of none: a rank after
 * a place, a description before an acronym's name, a street after what
 * stands in it, a street named after a person. */
static void
test_place_and_body_spans (void)
{
  static const char text[] =
    "Polisi menahan tiga tersangka. Kapolda Sumatra Utara Komjen (Pol) Budi Hartono mengatakan hal itu.\n\n"
    "Peresmian alat pemindai di Tempat Penimbunan Sementara TPS Lamong, Surabaya, digelar Rabu.\n\n"
    "Ferry berbicara di Kantor TKN Jalan Cemara, Menteng, Jakarta Pusat.\n\n"
    "Rapat bertempat di Jl.Haji Agus Salim Kecamatan Menteng pada Kamis.\n\n"
    "Peresmian bertempat di Jl.Sultan Iskandar Raya, Banda Aceh.\n\n"
    "Partai itu masih menyisakan empat nama di kursi menteri Kabinet Indonesia Bersatu II.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Komjen");
  g_assert_nonnull (nth_mention (tagging, "Sumatra Utara", 0));
  assert_mention (tagging, "TPS Lamong", 0, REDAKSI_ENTITY_LOCATION, "TPS Lamong");
  assert_no_mention_within (tagging, text, "Tempat Penimbunan Sementara");
  assert_mention (tagging, "Jalan Cemara", 0, REDAKSI_ENTITY_LOCATION, "Jalan Cemara");
  assert_mention (tagging, "Jl.Haji Agus Salim", 0, REDAKSI_ENTITY_LOCATION, "Jl.Haji Agus Salim");
  g_assert_nonnull (nth_mention (tagging, "Banda Aceh", 0));
  g_assert_nonnull (nth_mention (tagging, "Kabinet Indonesia Bersatu II", 0));
}

/* A rank written with its service ("Kombes Pol.", "Mayjen TNI") or
 * "Purn": the service is the rank's, the name after it a person's,
 * whichever way the labeller cut them. */
static void
test_rank_service (void)
{
  static const char text[] =
    "\"Kami akan merilisnya besok,\" kata Kapolres Metro Jakarta Pusat Kombes Pol. Hengki Haryadi.\n\n"
    "\"Wartawan bisa saja dipanggil,\" ujar Brigjen Pol. Ketut Untung Yoga kepada wartawan.\n\n"
    "\"Situasi aman,\" ujar Pangdam Jaya Mayjen TNI Dudung Abdurachman.\n\n"
    "Ketua Panitia Seleksi Komjen Purn Imam Sudjarwo membuka rapat.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Hengki Haryadi", 0, REDAKSI_ENTITY_PERSON, "Hengki Haryadi");
  assert_mention (tagging, "Ketut Untung Yoga", 0, REDAKSI_ENTITY_PERSON, "Ketut Untung Yoga");
  assert_mention (tagging, "Dudung Abdurachman", 0, REDAKSI_ENTITY_PERSON, "Dudung Abdurachman");
  assert_mention (tagging, "Imam Sudjarwo", 0, REDAKSI_ENTITY_PERSON, "Imam Sudjarwo");
  assert_no_mention_within (tagging, text, "Pol.");
  assert_no_mention_within (tagging, text, "Purn");
}

/* English job titles in business news: the title's words are no one's
 * name, and a company's name the labeller cut after them is no person. */
static void
test_english_title_head (void)
{
  static const char text[] =
    "JAKARTA - Perseroan membukukan laba bersih Rp342 miliar.\n\n"
    "\"Kami bekerja keras,\" urai Helmy Santoso, Corporate Secretary Tower Bersama Infrastruktur, di Jakarta.\n\n"
    "\"Kami siap,\" kata Vice President Corporate Communications Pertamina Fajriyah Usman.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Helmy Santoso", 0, REDAKSI_ENTITY_PERSON, "Helmy Santoso");
  assert_mention (tagging, "Fajriyah Usman", 0, REDAKSI_ENTITY_PERSON, "Fajriyah Usman");
  assert_no_mention_within (tagging, text, "Corporate Secretary Tower");
}

/* "Ditjen" (Direktorat Jenderal) heads a body's name, as "Kementerian"
 * does: the words after it name a body, not a person, all of them
 * where their acronym follows. */
static void
test_ditjen_body (void)
{
  static const char text[] =
    "Polisi menggandeng Ditjen Kependudukan dan Catatan Sipil (Dukcapil) Kemendagri untuk mengetahui identitas pelaku.";
  g_autoptr(RedaksiTagging) tagging = tag (text);
  RedaksiEntity *ditjen = nth_mention (tagging, "Ditjen Kependudukan dan Catatan Sipil", 0);

  g_assert_nonnull (ditjen);
  g_assert_cmpint (redaksi_entity_get_entity_type (ditjen), ==, REDAKSI_ENTITY_ORGANIZATION);
}

/* A district court written in full, as "PN" and with its city's short
 * name is one body; the spokesperson's office before it is no part of
 * its name, and the name before that office is a person's. A village
 * in Lampung is a "pekon"; a "Paur" (perwira urusan) is a post. */
static void
test_court_unit (void)
{
  static const char text[] =
    "Fredrich mendaftarkan praperadilan di Pengadilan Negeri Jakarta Selatan, Senin.\n\n"
    "Pejabat Humas PN Jaksel Achmad Guntur menjelaskan jadwal itu dipercepat.\n\n"
    "\"Sidang digelar 5 Februari,\" kata Humas Pengadilan Negeri Surabaya Suparno.\n\n"
    "Sementara Murdian Humas Pengadilan Negeri (PN) Kota Agung, Tanggamus mengklarifikasi melalui "
    "konferensi pers.\n\n"
    "Warga Pekon Way Nipah mengungsi ke balai pekon.\n\n"
    "Polres Tanggamus belum punya Paur Humas sendiri.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Murdian", 0, REDAKSI_ENTITY_PERSON, "Murdian");
  assert_mention (tagging, "Way Nipah", 0, REDAKSI_ENTITY_LOCATION, "Way Nipah");
  assert_no_mention_within (tagging, text, "Paur Humas");

  assert_mention (tagging, "Pengadilan Negeri Jakarta Selatan", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Pengadilan Negeri Jakarta Selatan");
  assert_mention (tagging, "PN Jaksel", 0, REDAKSI_ENTITY_ORGANIZATION, "Pengadilan Negeri Jakarta Selatan");
  assert_mention (tagging, "Pengadilan Negeri Surabaya", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Pengadilan Negeri Surabaya");
  assert_no_mention_within (tagging, text, "kata Humas");
  assert_no_mention_within (tagging, text, "Pejabat Humas");
}

/* Crime news gives suspects by their initials: "AS" given so is that
 * suspect all through the story, not Amerika Serikat. */
static void
test_initials (void)
{
  static const char text[] =
    "Polisi menangkap tersangka berinisial AS di sebuah kafe di Lhokseumawe, Aceh.\n\n"
    "Tersangka AS (21) diduga menghasut massa. Tim Sat Reskrim lalu membawa AS ke Polres Batu Bara.\n\n"
    "Kanit Reskrim Polsek Kembangan AKP Vernal Armando Sambo mengatakan tim Buser ikut menangkap.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "AS", 0, REDAKSI_ENTITY_PERSON, "AS");
  assert_mention (tagging, "AS", 1, REDAKSI_ENTITY_PERSON, "AS");
  assert_mention (tagging, "AS", 2, REDAKSI_ENTITY_PERSON, "AS");
  assert_no_mention_within (tagging, text, "Sat Reskrim");
  assert_no_mention_within (tagging, text, "Kanit Reskrim");
  assert_no_mention_within (tagging, text, "tim Buser");
  assert_mention (tagging, "Vernal Armando Sambo", 0, REDAKSI_ENTITY_PERSON, "Vernal Armando Sambo");
}

/* A place ending in the name of someone the story names elsewhere ends
 * before the name: "Sekda Kota Bandung Ema Sumarna". */
static void
test_place_before_known_person (void)
{
  static const char text[] =
    "Ridwan Kamil menemui Sekretaris Daerah (Sekda) Kota Bandung Ema Sumarna di Balai Kota.\n\n"
    "Secara terpisah Sekda Kota Bandung Ema Sumarna membenarkan kunjungan itu.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Ema Sumarna", 0, REDAKSI_ENTITY_PERSON, "Ema Sumarna");
  assert_mention (tagging, "Ema Sumarna", 1, REDAKSI_ENTITY_PERSON, "Ema Sumarna");
  g_assert_null (nth_mention (tagging, "Kota Bandung Ema Sumarna", 0));
}

/* "Kombes Yoyon Tony Surya Putra": the words after a rank that the
 * labeller left out of the name begin it, and a given name ending it
 * ("Putra", also a word for a son) stays in it. */
static void
test_name_after_rank_whole (void)
{
  static const char text[] =
    "\"Kami sudah menginterogasi mereka,\" kata Kapolres Metro Jakarta Timur Kombes Yoyon "
    "Tony Surya Putra kepada wartawan, Senin (14/5/2018).";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Yoyon Tony Surya Putra", 0, REDAKSI_ENTITY_PERSON, "Yoyon Tony Surya Putra");
  g_assert_null (nth_mention (tagging, "Yoyon", 0));
  g_assert_null (nth_mention (tagging, "Tony Surya", 0));
}

/* "Mapolsek Arjasa" is the station's headquarters: it tags the station,
 * one tag with "Polsek Arjasa"; "Mapolres Metro Jakarta Timur" keeps
 * its region whole. */
static void
test_headquarters_tags_unit (void)
{
  static const char text[] =
    "Tersangka dibawa ke Mapolsek Arjasa. Kasus itu kini ditangani Polsek Arjasa. "
    "Barang bukti disimpan di Mapolres Metro Jakarta Timur.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Mapolsek Arjasa", 0, REDAKSI_ENTITY_ORGANIZATION, "Polsek Arjasa");
  assert_mention (tagging, "Polsek Arjasa", 0, REDAKSI_ENTITY_ORGANIZATION, "Polsek Arjasa");
  assert_mention (tagging, "Mapolres Metro Jakarta Timur", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Polres Metro Jakarta Timur");
}

/* In Greater Jakarta "Metro" is part of a police unit's name, no place;
 * "Kapolres Metro" with no region after it is the chief of Kota Metro's. */
static void
test_metro_police_unit (void)
{
  static const char jakarta[] =
    "Kapolda Metro Jaya Irjen Fadil Imran mengatakan itu. "
    "Wakapolres Metro Bekasi Kota AKBP Alfian menambahkan keterangan.";
  static const char lampung[] = "Kapolres Metro AKBP Heti Patmawati meninjau pos mudik di Lampung.";
  g_autoptr(RedaksiTagging) units = tag (jakarta);
  g_autoptr(RedaksiTagging) city = tag (lampung);

  g_assert_null (nth_mention (units, "Metro Jaya", 0));
  g_assert_null (nth_mention (units, "Metro", 0));
  assert_mention (units, "Bekasi", 0, REDAKSI_ENTITY_LOCATION, "Bekasi");
  assert_mention (city, "Metro", 0, REDAKSI_ENTITY_LOCATION, "Metro");
}

/* Propam, the police's internal affairs unit at every level, is a
 * body, never a person, alone or before its Polda or Polres. */
static void
test_propam_unit (void)
{
  static const char text[] =
    "Bidang Profesi dan Pengamanan (Propam) Polda Sulawesi Tengah memeriksa dua personel.\n"
    "\"Keduanya sudah diperiksa sama Propam Polda, Propam Polres juga,\" kata Kompol Suharto.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Propam", 0, REDAKSI_ENTITY_ORGANIZATION, "Propam");
}

/* A building's head word makes a place, and the story's later use of
 * its name alone is that place, not a person. */
static void
test_facility_short_name (void)
{
  static const char text[] =
    "Wartawan itu meliput rencana penutupan Hotel Savana di Jakarta Utara, Jumat.\n\n"
    "Ia pun menanyakan informasi penutupan Savana kepada seorang petugas keamanan.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Hotel Savana", 0, REDAKSI_ENTITY_LOCATION, "Hotel Savana");
  assert_mention (tagging, "Savana", 0, REDAKSI_ENTITY_LOCATION, "Hotel Savana");
}

/* A nickname in brackets after a person's name, made of its letters,
 * is that person wherever the story uses it; a club's or a party's name
 * there is not. */
static void
test_bracketed_nickname (void)
{
  static const char text[] =
    "Menteri BUMN, Hartanto Suwiryo (Tosu), memerintahkan Perum Bulog menjaga harga.\n"
    "\"Stok beras aman,\" kata Menteri Tosu di Tangerang. Bek Rudi Hartono (Persikad) cedera. "
    "Persikad kalah dua gol.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Tosu", 0, REDAKSI_ENTITY_PERSON, "Hartanto Suwiryo");
  assert_mention (tagging, "Tosu", 1, REDAKSI_ENTITY_PERSON, "Hartanto Suwiryo");
  for (guint i = 0; nth_mention (tagging, "Persikad", i) != NULL; i++)
    g_assert_cmpstr (redaksi_entity_get_canonical (nth_mention (tagging, "Persikad", i)), !=, "Rudi Hartono");
}

/* "Komplek", a common spelling of "kompleks", opens a place as the
 * standard word does: no person "Komplek". */
static void
test_komplek_spelling (void)
{
  static const char text[] =
    "\"Kami belum memutuskan,\" kata Bayu di Gedung Nusantara, Komplek Parlemen, Senayan, Jumat (6/9).";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Komplek Parlemen", 0, REDAKSI_ENTITY_LOCATION, "Komplek Parlemen");
  g_assert_null (nth_mention (tagging, "Komplek", 0));
}

/* A building named after a person is one place with the name and its
 * title in it; an office before the head word makes the name a person. */
static void
test_facility_named_after_person (void)
{
  static const char text[] =
    "Laga digelar di Stadion Kapten I Made Sudarta, Gianyar, Bali.\n\n"
    "Rombongan tiba di Bandara Sultan Iskandar Muda, Banda Aceh, Senin.\n\n"
    "Kepala Pasar Budi Santoso mengatakan harga naik.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Stadion Kapten I Made Sudarta", 0, REDAKSI_ENTITY_LOCATION,
                  "Stadion Kapten I Made Sudarta");
  assert_mention (tagging, "Bandara Sultan Iskandar Muda", 0, REDAKSI_ENTITY_LOCATION,
                  "Bandara Sultan Iskandar Muda");
  assert_mention (tagging, "Budi Santoso", 0, REDAKSI_ENTITY_PERSON, "Budi Santoso");
}

/* A village after a neighbourhood's number, a mosque with an Arabic
 * article, a river's name of three words: places, not people. */
static void
test_neighbourhood_and_river_places (void)
{
  static const char text[] =
    "Pengungsian berada di Kantor RW 01 Cikupa Hilir dan Masjid An Nur RW 13 Desa Sukaluyu.\n\n"
    "Banjir berasal dari luapan Sungai Air Dingin sejak Jumat sore.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Cikupa Hilir", 0, REDAKSI_ENTITY_LOCATION, "Cikupa Hilir");
  assert_mention (tagging, "Masjid An Nur", 0, REDAKSI_ENTITY_LOCATION, "Masjid An Nur");
  assert_mention (tagging, "Sungai Air Dingin", 0, REDAKSI_ENTITY_LOCATION, "Sungai Air Dingin");
}

/* The other items of a list a division's head opens are places too;
 * an office's apposition, with no "dan", is a person. */
static void
test_division_list (void)
{
  static const char text[] =
    "Banjir juga merendam tiga kecamatan lainnya, diantaranya Kecamatan Tambelangan, Jrengik dan Torjun.\n\n"
    "Kepala Desa Sukamaju, Asep Saepudin, mengatakan warga aman.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Jrengik", 0, REDAKSI_ENTITY_LOCATION, "Jrengik");
  assert_mention (tagging, "Torjun", 0, REDAKSI_ENTITY_LOCATION, "Torjun");
  assert_mention (tagging, "Asep Saepudin", 0, REDAKSI_ENTITY_PERSON, "Asep Saepudin");
}

/* A one-word name that begins the first name of one person named in
 * full is that person ("Alex" for Alexander); when two first names
 * begin alike it is nobody's in particular. */
static void
test_shortened_first_name (void)
{
  static const char one[] =
    "Wakil Ketua KPK, Alexander Wiranata, membantah kabar itu.\n"
    "\"Enggak ada tersangka baru,\" kata Alex kepada wartawan.";
  static const char two[] =
    "Alexander Wiranata dan Alexandra Putri hadir dalam rapat.\n"
    "\"Enggak ada tersangka baru,\" kata Alex kepada wartawan.";
  g_autoptr(RedaksiTagging) linked = tag (one);
  g_autoptr(RedaksiTagging) ambiguous = tag (two);

  assert_mention (linked, "Alex", 0, REDAKSI_ENTITY_PERSON, "Alexander Wiranata");
  assert_mention (ambiguous, "Alex", 0, REDAKSI_ENTITY_PERSON, "Alex");
}

/* Lower-case dictionary words are no name, and a known place left
 * when a quote's first word is trimmed is that place. */
static void
test_lowercase_and_trimmed_place (void)
{
  static const char text[] =
    "Perlu melibatkan perguruan tinggi, kementerian, legislatif, media, dan pengusaha.\n"
    "Kita harus bangun desa dulu.\n"
    "\"Bangun Jateng dengan baik,\" kata Luthfi.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  g_assert_null (nth_mention (tagging, "kementerian", 0));
  assert_mention (tagging, "Jateng", 0, REDAKSI_ENTITY_LOCATION, "Jawa Tengah");
}

/* The words before "asal" and a place are a person when they are two
 * or hold a given name; "Warga asal Bekasi" is nobody. */
static void
test_person_by_origin (void)
{
  static const char text[] =
    "Zakiyatul Marwiyah asal Genuk menilai kegiatan itu sangat bagus. "
    "Warga asal Bekasi juga datang.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Zakiyatul Marwiyah", 0, REDAKSI_ENTITY_PERSON, "Zakiyatul Marwiyah");
  g_assert_null (nth_mention (tagging, "Warga", 0));
}

/* A company's short name, the first words after "PT", is the company,
 * though the labeller took it for a person. */
static void
test_company_short_name (void)
{
  static const char text[] =
    "PT Wastu Djaya Karya Tbk menggelar paparan publik pada Jumat. Pada sesi awal, manajemen "
    "Wastu Djaya menjelaskan kinerja perusahaan. Wastu Djaya membukukan pendapatan Rp 22 miliar.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Wastu Djaya", 0, REDAKSI_ENTITY_ORGANIZATION, "PT Wastu Djaya Karya Tbk");
  assert_mention (tagging, "Wastu Djaya", 1, REDAKSI_ENTITY_ORGANIZATION, "PT Wastu Djaya Karya Tbk");
}

/* Given names the labeller left out before a surname, after an
 * office's body, are the person's; an acronym there is not. */
static void
test_given_names_before_surname (void)
{
  static const char text[] =
    "Sementara itu, Menteri Pariwisata Sekarningsih Dewi Hapsari memberikan konfirmasi serupa.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Sekarningsih Dewi Hapsari", 0, REDAKSI_ENTITY_PERSON, "Sekarningsih Dewi Hapsari");
}

/* "AKBP Marjoko" after "Menurut": an abbreviated rank's capitals made
 * the name look like a body's acronym. The rank opens a person's name. */
static void
test_rank_opens_person (void)
{
  static const char text[] =
    "Hal itu disampaikan Kapolres Sumenep, AKBP Marjoko, Selasa (5/3/2024).\n\n"
    "Menurut AKBP Marjoko, pelaku sudah ditahan.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Marjoko", 1, REDAKSI_ENTITY_PERSON, "Marjoko");
  g_assert_null (nth_mention (tagging, "AKBP Marjoko", 0));
}

/* Degrees after a name ("SH", "S.H., M.H.") are no part of it and no
 * body; the office before a college's acronym ("Ketua STP") keeps it. */
static void
test_degrees_end_names (void)
{
  static const char text[] =
    "Kapolres Kampar AKBP Wendry Purbyantoro SH telah mengeluarkan surat perintah penangkapan. "
    "Tim dipimpin Wakapolres Kompol H Haldun SH MH.\n\n"
    "Kuasa hukumnya, Andi Saputra S.H., M.H., menolak tuduhan itu. Ketua STP Bandung, Budi, hadir.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Wendry Purbyantoro", 0, REDAKSI_ENTITY_PERSON, "Wendry Purbyantoro");
  g_assert_null (nth_mention (tagging, "Wendry Purbyantoro SH", 0));
  g_assert_null (nth_mention (tagging, "SH MH", 0));
  g_assert_null (nth_mention (tagging, "M.H.", 0));
  g_assert_nonnull (nth_mention (tagging, "STP", 0));
}

/* "TELUK KUANTAN - …": the dateline's capitals name where the story is
 * written from, a place; an outlet there has its domain's dot. */
static void
test_dateline_place (void)
{
  static const char place[] =
    "TELUK KUANTAN - Polres Kuansing menetapkan 11 tersangka perusakan mobil, Kamis (16/5).";
  static const char outlet[] =
    "TRIBUNJATENG.COM - Polrestabes Makassar membuka ruang partisipasi bagi masyarakat.";
  static const char site[] =
    "MANADO, Suluttoday.com – Organisasi masyarakat di Sulawesi Utara mengajak warga memilih.";
  g_autoptr(RedaksiTagging) dateline = tag (place);
  g_autoptr(RedaksiTagging) credit = tag (outlet);
  g_autoptr(RedaksiTagging) web = tag (site);

  assert_mention (dateline, "TELUK KUANTAN", 0, REDAKSI_ENTITY_LOCATION, "TELUK KUANTAN");
  assert_mention (credit, "TRIBUNJATENG.COM", 0, REDAKSI_ENTITY_ORGANIZATION, "TRIBUNJATENG.COM");
  /* A name with a web domain's ending is an outlet. */
  assert_mention (web, "Suluttoday.com", 0, REDAKSI_ENTITY_ORGANIZATION, "Suluttoday.com");
}

/* "ditemui di Dinas Pariwisata NTB": a body's head makes a body of
 * what the labeller, after "di", took for a place; "di Kantor Desa
 * Sukamaju" is the village, and "Kantor" alone nothing. */
static void
test_body_after_di (void)
{
  static const char text[] = "Kata Rudi saat ditemui di Dinas Pariwisata NTB, Senin (24/7). Rapat "
                             "digelar di Kantor Desa Sukamaju.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Dinas Pariwisata NTB", 0, REDAKSI_ENTITY_ORGANIZATION, "Dinas Pariwisata NTB");
  assert_mention (tagging, "Desa Sukamaju", 0, REDAKSI_ENTITY_LOCATION, "Desa Sukamaju");
  assert_no_mention_within (tagging, text, "Kantor");
}

/* "Dinas Komunikasi, Informatika, dan Statistik DKI Jakarta": a body's
 * name that lists its fields is one body, its holder after it a person;
 * a list of bodies ("Dinas Sosial, Polres, dan Kodim") stays a list. */
static void
test_body_field_lists (void)
{
  static const char text[] =
    "Kepala Dinas Komunikasi, Informatika, dan Statistik DKI Jakarta Ratna Wulandari menjelaskan "
    "banjir terjadi di 30 kelurahan. Kepala Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga "
    "Kabupaten Sleman Budi Santoso hadir. Rapat dihadiri Dinas Sosial, Polres, dan Kodim.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Dinas Komunikasi, Informatika, dan Statistik DKI Jakarta", 0,
                  REDAKSI_ENTITY_ORGANIZATION, "Dinas Komunikasi, Informatika, dan Statistik DKI Jakarta");
  assert_mention (tagging, "Ratna Wulandari", 0, REDAKSI_ENTITY_PERSON, "Ratna Wulandari");
  assert_mention (tagging, "Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga Kabupaten Sleman", 0,
                  REDAKSI_ENTITY_ORGANIZATION, "Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga Kabupaten Sleman");
  assert_mention (tagging, "Dinas Sosial", 0, REDAKSI_ENTITY_ORGANIZATION, "Dinas Sosial");
}

/* "Dewan Kepangkatan dan Jabatan Tinggi (Wanjakti)": two fields and
 * their acronym are one body; "bersaksi di Pengadilan." names none. */
static void
test_two_fields_and_head_alone (void)
{
  static const char text[] =
    "Penunjukan itu hasil rekomendasi Dewan Kepangkatan dan Jabatan Tinggi (Wanjakti). Ketiga "
    "terdakwa akan saling bersaksi di Pengadilan.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Dewan Kepangkatan dan Jabatan Tinggi", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Dewan Kepangkatan dan Jabatan Tinggi");
  g_assert_null (nth_mention (tagging, "Pengadilan", 0));
}

/* "di Situbondo Jawa Timur", "di Stadion Dipta Gianyar Bali": places
 * written one after another are each a place; a regency named after
 * two ("Kabupaten Toba Samosir") and a unit's headquarters ("Mako Polda
 * Kalsel") stay whole. */
static void
test_places_in_a_row (void)
{
  static const char text[] =
    "Kasus DBD merebak di Situbondo Jawa Timur. Laga digelar di Stadion Dipta Gianyar Bali, Kamis. "
    "Warga Kabupaten Toba Samosir ikut. Tersangka dibawa ke Mako Polda Kalsel.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Situbondo", 0, REDAKSI_ENTITY_LOCATION, "Situbondo");
  assert_mention (tagging, "Jawa Timur", 0, REDAKSI_ENTITY_LOCATION, "Jawa Timur");
  assert_mention (tagging, "Stadion Dipta", 0, REDAKSI_ENTITY_LOCATION, "Stadion Dipta");
  assert_mention (tagging, "Bali", 0, REDAKSI_ENTITY_LOCATION, "Bali");
  g_assert_null (nth_mention (tagging, "Samosir", 0));
  g_assert_null (nth_mention (tagging, "Kalsel", 0));
}

/* "BREAKING NEWS--Lagi Kecelakaan …": a site's label in capitals before
 * a headline is no body. */
static void
test_news_label (void)
{
  static const char text[] = "BREAKING NEWS--Lagi Kecelakaan di Tol Trans-Jawa, Bus Tewaskan Tujuh Penumpang\n\n"
                             "Bus mengalami kecelakaan tunggal di Kendal, Kamis pagi.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "BREAKING NEWS");
  assert_mention (tagging, "Kendal", 0, REDAKSI_ENTITY_LOCATION, "Kendal");
}

/* "…, kata Ketua PHDI Provinsi Bali, I Gusti Ngurah Sudiana, Ahad
 * (12/3)": a day's name alone is no one. */
static void
test_day_alone (void)
{
  static const char text[] =
    "\"Jangan ada yang berswafoto di jalan saat Nyepi,\" kata Ketua Parisada Hindu Dharma Indonesia "
    "(PHDI) Provinsi Bali, I Gusti Ngurah Sudiana, Ahad (12/3).";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Ahad");
  assert_mention (tagging, "Parisada Hindu Dharma Indonesia", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Parisada Hindu Dharma Indonesia");
}

/* "Jeffry Edward Pelt, SH,", "dr. Sukadiono, MM,": a degree after a
 * name and a comma is no body; nor is one the tokenizer cut at its full
 * stops ("M.Epid.", a medical specialist's "Sp.PD"). */
static void
test_degrees_after_comma (void)
{
  static const char text[] =
    "Kunjungan itu disambut Sekretaris Daerah Kota Kupang, Jeffry Edward Pelt, SH, di Gereja Santo "
    "Petrus. Deputi Bidang Kesehatan, Prof. Dr. dr. Sukadiono, MM, hadir. Direktur Pencegahan "
    "Kementerian Kesehatan, dr. Siti Nadia Tarmizi, M.Epid. menyatakan kasus naik. Dokter spesialis "
    "penyakit dalam, dr. Andi Wibowo, Sp.PD, mengatakan hal itu.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Jeffry Edward Pelt", 0, REDAKSI_ENTITY_PERSON, "Jeffry Edward Pelt");
  assert_mention (tagging, "Siti Nadia Tarmizi", 0, REDAKSI_ENTITY_PERSON, "Siti Nadia Tarmizi");
  assert_no_mention_within (tagging, text, "SH,");
  assert_no_mention_within (tagging, text, "MM,");
  assert_no_mention_within (tagging, text, "M.Epid.");
  assert_no_mention_within (tagging, text, "Sp.PD,");
}

/* "nongkrong di Warkopnya": one word with the possessive "-nya" is no
 * place. */
static void
test_possessed_word (void)
{
  static const char text[] =
    "Suporter PSM Makassar merayakan kemenangan itu di kafe. \"Kami nonton bareng di Warkopnya,\" "
    "kata Uki.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Warkopnya");
}

/* "capaian SPM Pendidikan se-Kalimantan Selatan": "se-" (throughout) is
 * no part of the place, which is the gazetteer's; the range starts
 * after the hyphen. */
static void
test_throughout_prefix (void)
{
  static const char text[] =
    "Banjarbaru meraih Piagam Apresiasi atas capaian SPM Pendidikan se-Kalimantan Selatan.";
  g_autoptr(RedaksiTagging) tagging = tag (text);
  RedaksiEntity *place = nth_mention (tagging, "Kalimantan Selatan", 0);

  g_assert_nonnull (place);
  g_assert_cmpint (redaksi_entity_get_entity_type (place), ==, REDAKSI_ENTITY_LOCATION);
  g_assert_cmpuint (redaksi_entity_get_range (place)->start, ==, (gsize) (strstr (text, "Kalimantan") - text));
  g_assert_null (nth_mention (tagging, "se-Kalimantan Selatan", 0));
}

/* "di Km 370 ruas Tol Semarang-Batang": a road's kilometre post is no
 * place. */
static void
test_kilometre_post (void)
{
  static const char text[] = "Kecelakaan terjadi di Km 370 ruas Tol Semarang-Batang di wilayah Kabupaten "
                             "Kendal, Kamis (11/4/2024) pagi.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Km 370");
  assert_mention (tagging, "Kabupaten Kendal", 0, REDAKSI_ENTITY_LOCATION, "Kendal");
}

/* "SURYAMALANG.COM, KLOJEN - …" under the headline: the place after the
 * outlet is a place too; "KABAR WONOSARI -" is an outlet. */
static void
test_dateline_place_after_outlet (void)
{
  static const char after_outlet[] =
    "Dewan Gelar Sidang Paripurna\n\n"
    "SURYAMALANG.COM, KEDUNGKANDANG - Dewan Perwakilan Rakyat Daerah (DPRD) Kota Malang menggelar "
    "sidang paripurna secara maraton sejak Juli lalu.";
  static const char outlet[] =
    "Polisi Gelar Apel Siaga\n\n"
    "KABAR WONOSARI - Menjelang bulan suci Ramadan, Polres Gunungkidul menggelar apel siaga "
    "bersama para ketua pos ronda.";
  g_autoptr(RedaksiTagging) place = tag (after_outlet);
  g_autoptr(RedaksiTagging) credit = tag (outlet);

  assert_mention (place, "KEDUNGKANDANG", 0, REDAKSI_ENTITY_LOCATION, "KEDUNGKANDANG");
  for (guint i = 0; i < redaksi_tagging_get_entities (credit)->len; i++)
    {
      RedaksiEntity *e = redaksi_tagging_get_entities (credit)->pdata[i];

      if (strstr (redaksi_entity_get_text (e), "KABAR") != NULL)
        g_assert_cmpint (redaksi_entity_get_entity_type (e), !=, REDAKSI_ENTITY_LOCATION);
    }
}

/* "Kecamatan Hulu Kuantan" is one place though the labeller took "Hulu
 * Kuantan" alone for a person later, where it is the same place. */
static void
test_division_name_place (void)
{
  static const char text[] =
    "Perusakan 17 mobil terjadi di Desa Lubuk Ambacang, Kecamatan Hulu Kuantan, Selasa (14/5) lalu.\n\n"
    "\"Sudah bertambah,\" kata Kapolres kepada wartawan terkait perusakan 17 mobil di Lubuk Ambacang, "
    "Hulu Kuantan, Kamis (16/5) siang.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  static const char villages[] =
    "Warga yang harus mengungsi tinggal di tiga desa wilayah Kecamatan Dukun. Yakni Desa Ngargomulyo "
    "(Dusun Batur Ngisor, Gemer, Ngandong), Desa Krinjing (Dusun Trayem, Pugeran), dan Desa Paten.";
  g_autoptr(RedaksiTagging) list = tag (villages);

  assert_mention (tagging, "Kecamatan Hulu Kuantan", 0, REDAKSI_ENTITY_LOCATION, "Kecamatan Hulu Kuantan");
  assert_mention (tagging, "Hulu Kuantan", 0, REDAKSI_ENTITY_LOCATION, "Hulu Kuantan");
  g_assert_null (nth_mention (tagging, "Kecamatan", 0));
  /* A village's word opens a place whatever the labeller saw. */
  assert_mention (list, "Desa Krinjing", 0, REDAKSI_ENTITY_LOCATION, "Desa Krinjing");
}

/* "Kapolrestabes Makassar, Kombes Pol Arya Perdana": the office set off
 * by a comma before the rank is the role's too, and "Perdana", a word
 * that is also a given name, ends the name. */
static void
test_office_before_rank (void)
{
  static const char text[] =
    "Hal ini ditegaskan Kapolrestabes Makassar, Kombes Pol Arya Perdana, dalam konferensi pers di "
    "Makassar, Sabtu (26/4/2025).\n\nArya Perdana menjelaskan bahwa warga boleh menangkap pelaku.";
  g_autoptr(RedaksiTagging) tagging = tag (text);
  RedaksiEntity *e = nth_mention (tagging, "Arya Perdana", 0);

  g_assert_nonnull (e);
  g_assert_cmpstr (redaksi_entity_get_role (e), ==, "Kapolrestabes Makassar, Kombes Pol");
  assert_mention (tagging, "Arya Perdana", 1, REDAKSI_ENTITY_PERSON, "Arya Perdana");
}

/* A place the gazetteer knows (Bima, in NTB) that is the first name of
 * a person the story names in full is that person where it speaks, and
 * stays the place where residents or an office go before it. */
static void
test_speaking_first_name (void)
{
  static const char text[] =
    "Pelatih timnas Bima Sakti puas dengan hasil laga itu.\n\n"
    "Inilah, diutarakan Bima, salah satu faktor mengapa Indonesia tumpul di babak kedua.\n\n"
    "Warga Bima mengatakan banjir sudah surut.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Bima", 0, REDAKSI_ENTITY_PERSON, "Bima Sakti");
  assert_mention (tagging, "Bima", 1, REDAKSI_ENTITY_LOCATION, "Bima");
}

/* "Stadion Madya Gelora Bung Karno (GBK)": a place named after a person
 * ("Bung Karno") is one place, and its short form the known place. */
static void
test_place_named_after_person (void)
{
  static const char text[] =
    "Timnas kalah 1-2 di Stadion Madya Gelora Bung Karno (GBK), Jakarta, Jumat (10/10/2025) malam. "
    "Suporter memadati GBK sejak sore.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Stadion Madya Gelora Bung Karno", 0, REDAKSI_ENTITY_LOCATION,
                  "Stadion Madya Gelora Bung Karno");
  assert_mention (tagging, "GBK", 1, REDAKSI_ENTITY_LOCATION, "Gelora Bung Karno");
  g_assert_null (nth_mention (tagging, "Stadion Madya Gelora", 0));
}

/* A regional unit's word alone is the one unit of its kind the story
 * names with its region, and the long form of BPBD is a unit too; with
 * two units of a kind, the word alone is neither. */
static void
test_bare_unit (void)
{
  static const char one[] =
    "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Pandeglang meminta warga waspada. "
    "Kepala Seksi Kedaruratan BPBD Pandeglang Lilis Sulistiyati mengatakan banjir surut. "
    "BPBD juga mengingatkan warga.";
  static const char two[] =
    "Ketua Kadin Jateng dan Ketua Kadin Jatim hadir dalam acara itu. Kadin juga menggelar pameran.";
  g_autoptr(RedaksiTagging) pandeglang = tag (one);
  g_autoptr(RedaksiTagging) kadin = tag (two);
  const char *bare;

  assert_mention (pandeglang, "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Pandeglang", 0,
                  REDAKSI_ENTITY_ORGANIZATION, "BPBD Kabupaten Pandeglang");
  assert_mention (pandeglang, "BPBD Pandeglang", 0, REDAKSI_ENTITY_ORGANIZATION, "BPBD Kabupaten Pandeglang");
  assert_mention (pandeglang, "BPBD", 0, REDAKSI_ENTITY_ORGANIZATION, "BPBD Kabupaten Pandeglang");
  bare = redaksi_entity_get_canonical (nth_mention (kadin, "Kadin", 0));
  g_assert_cmpstr (bare, !=, redaksi_entity_get_canonical (nth_mention (kadin, "Kadin Jateng", 0)));
  g_assert_cmpstr (bare, !=, redaksi_entity_get_canonical (nth_mention (kadin, "Kadin Jatim", 0)));
}

/* A shelter's clipped kind ("Posko") and the name after it are one
 * place, though the labeller took the name for a person; a weather
 * station is a unit with its place, also after its class. */
static void
test_facility_and_station (void)
{
  static const char text[] =
    "\"Kami sudah mengevakuasi warga,\" kata Ahmad di Posko Pengungsian Pondok Gede.\n\n"
    "Kepala Stasiun Klimatologi Jawa Barat, Rina Wulandari, menyebut hujan ekstrem. "
    "Peringatan dikeluarkan BMKG Stasiun Meteorologi Kelas I Juanda.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Posko Pengungsian Pondok Gede", 0, REDAKSI_ENTITY_LOCATION,
                  "Posko Pengungsian Pondok Gede");
  g_assert_null (nth_mention (tagging, "Pondok Gede", 0));
  assert_mention (tagging, "Stasiun Klimatologi Jawa Barat", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Stasiun Klimatologi Jawa Barat");
  assert_mention (tagging, "Stasiun Meteorologi Kelas I Juanda", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Stasiun Meteorologi Juanda");
}

/* A suspect's initials after "tersangka" or before "alias" are a person
 * wherever the story writes them, also where the labeller left them
 * out; a police office's abbreviation opens its holder's role. */
static void
test_initials_and_police_offices (void)
{
  static const char text[] =
    "SURABAYA - Polisi menangkap tersangka berinisial MM (34) di rumahnya. Direskrimum Polda Jatim "
    "Kombes Gupuh Setiyono mengatakan MM ditangkap setelah buron dua bulan.\n\n"
    "Kasubid PID Humas Polda Jatim AKBP Lina Mariana mengatakan tersangka lain, AM alias Tahdir, "
    "masih diburu.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "MM", 1, REDAKSI_ENTITY_PERSON, "MM");
  assert_mention (tagging, "AM", 0, REDAKSI_ENTITY_PERSON, "AM");
  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Gupuh Setiyono", 0)), ==,
                   "Direskrimum Polda Jatim Kombes");
  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Lina Mariana", 0)), ==,
                   "Kasubid PID Humas Polda Jatim AKBP");
}

/* A name the labeller took for a place once, in apposition after a
 * company, and for a person everywhere else is a person. */
static void
test_person_by_most_mentions (void)
{
  static const char text[] =
    "PALEMBANG - Direktur Utama PT Bukit Asam (PTBA) Tbk, Sukrisno, mengatakan produksi batu bara naik "
    "empat persen.\n\n"
    "\"Volume penjualan juga meningkat,\" kata Sukrisno.\n\n"
    "Menurut Sukrisno, laba bersih tidak ikut naik. Dengan kondisi tersebut, Sukrisno meminta karyawan "
    "bekerja lebih efisien.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Sukrisno", 0, REDAKSI_ENTITY_PERSON, "Sukrisno");
  assert_mention (tagging, "Sukrisno", 2, REDAKSI_ENTITY_PERSON, "Sukrisno");
}

/* A foreign minister's title names no Indonesian ministry, and a
 * national body with "RI" after it is the body the gazetteer knows. */
static void
test_foreign_minister_and_ri (void)
{
  static const char text[] =
    "Menlu Retno dijadwalkan menemui Menlu AS Rex W Tillerson dan Menteri Perdagangan AS dalam "
    "kunjungannya. Donovan bertemu Menlu Retno di Kantor Kementerian Luar Negeri RI, Jakarta.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  g_assert_null (nth_mention (tagging, "Perdagangan", 0));
  assert_mention (tagging, "Kementerian Luar Negeri RI", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Kementerian Luar Negeri");
}

/* "Kepala Dinas Kesehatan Tanjungpinang Rustam menyatakan": the name
 * after the body and its place is the office holder, and "Pemko", a
 * city's government, is a regional body. */
static void
test_office_holder_after_place (void)
{
  static const char text[] =
    "TANJUNGPINANG - Kepala Dinas Kesehatan Tanjungpinang Rustam menyatakan kasus DBD meningkat. "
    "Menurutnya, Pemko Tanjungpinang telah mengeluarkan surat imbauan.\n\n"
    "\"Ada satu yang meninggal,\" ujarnya, Senin (24/6/2024).";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Rustam", 0, REDAKSI_ENTITY_PERSON, "Rustam");
  assert_mention (tagging, "Dinas Kesehatan Tanjungpinang", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Dinas Kesehatan Tanjungpinang");
  assert_mention (tagging, "Pemko Tanjungpinang", 0, REDAKSI_ENTITY_ORGANIZATION, "Pemko Tanjungpinang");
}

/* A body's short name that is also a word means the body only where
 * the story names it in full: "skuad Garuda" is the football team, no
 * airline; after "Garuda Indonesia" it is the airline. */
static void
test_worded_short_name (void)
{
  static const char sports[] =
    "Timnas Indonesia kalah 0-4 dari Australia. Dua gol beruntun melengkapi penderitaan Garuda.";
  static const char business[] =
    "Menteri meminta direksi PT Garuda Indonesia dievaluasi. Saham Garuda turun dua persen.";
  g_autoptr(RedaksiTagging) team = tag (sports);
  g_autoptr(RedaksiTagging) airline = tag (business);

  g_assert_null (nth_mention (team, "Garuda", 0));
  assert_mention (airline, "Garuda", 0, REDAKSI_ENTITY_ORGANIZATION, "Garuda Indonesia");
}

/* "di Kantor Kementerian ESDM": the office building's word goes, the
 * ministry's head stays with its acronym, and the gazetteer knows it. */
static void
test_body_head_before_acronym (void)
{
  static const char text[] = "Sudirman Said berbicara di Kantor Kementerian ESDM, Jakarta, Senin.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Kementerian ESDM", 0, REDAKSI_ENTITY_ORGANIZATION,
                  "Kementerian Energi dan Sumber Daya Mineral");
  g_assert_null (nth_mention (tagging, "ESDM", 0));
}

/* A rare first name after a title and its place starts the person, and
 * the place stays out of it; a rank there is no name. */
static void
test_first_name_after_place (void)
{
  static const char text[] =
    "Penjabat Gubernur Jawa Barat Bey Triadi Machmudin belum menempati Gedung Pakuan.\n\n"
    "Kapolda Metro Jaya Irjen Fadil Imran memimpin apel.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Bey Triadi Machmudin", 0, REDAKSI_ENTITY_PERSON, "Bey Triadi Machmudin");
  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Bey Triadi Machmudin", 0)), ==,
                   "Penjabat Gubernur Jawa Barat");
  assert_mention (tagging, "Fadil Imran", 0, REDAKSI_ENTITY_PERSON, "Fadil Imran");
}

/* A role holds no other person: each minister keeps his own office,
 * a spokesman is not given the president he speaks for, and a body
 * named after its candidates stays in its officer's role. */
static void
test_role_without_other_person (void)
{
  static const char text[] =
    "Sebelumnya, Menteri Energi dan Sumber Daya Mineral Sudirman Said dan Menteri Koordinator "
    "Kemaritiman Rizal Ramli saling sindir.\n\n"
    "Juru bicara Presiden Joko Widodo, Johan Budi, membantah kabar itu.\n\n"
    "Direktur Relawan Badan Pemenangan Nasional (BPN) Prabowo-Sandi, Ferry Mursidan Baldan, hadir.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Sudirman Said", 0)), ==,
                   "Menteri Energi dan Sumber Daya Mineral");
  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Rizal Ramli", 0)), ==,
                   "Menteri Koordinator Kemaritiman");
  g_assert_null (redaksi_entity_get_role (nth_mention (tagging, "Johan Budi", 0)));
  g_assert_cmpstr (redaksi_entity_get_role (nth_mention (tagging, "Ferry Mursidan Baldan", 0)), ==,
                   "Direktur Relawan Badan Pemenangan Nasional (BPN) Prabowo-Sandi");
}

/* Joko "Jokowi" Widodo: the name with its nickname in quotation marks
 * is one person, named without the nickname, and the nickname alone
 * later in the article is the same person. */
static void
test_nickname_in_name (void)
{
  static const char text[] =
    "Harga Beras Naik di Semua Provinsi\n\n"
    "TABANAN - Presiden Joko \"Jokowi\" Widodo meninjau Pasar Baturiti di Tabanan.\n\n"
    "Mantan gubernur Basuki Tjahaja \"Ahok\" Purnama ikut hadir. Ahok lalu menyapa pedagang.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Joko \"Jokowi\" Widodo", 0, REDAKSI_ENTITY_PERSON, "Joko Widodo");
  assert_mention (tagging, "Basuki Tjahaja \"Ahok\" Purnama", 0, REDAKSI_ENTITY_PERSON, "Basuki Tjahaja Purnama");
  assert_mention (tagging, "Ahok", 0, REDAKSI_ENTITY_PERSON, "Basuki Tjahaja Purnama");
}

/* A page's credit line names who wrote the article; "maupun" adds a
 * common noun to common nouns; a regional unit is a body after "di";
 * a shop named in common words takes the name after it. */
static void
test_credits_and_kinds (void)
{
  static const char text[] =
    "Banjir Rendam Bekasi\n\n"
    "Penulis: Dimas Prakoso | Editor: Rahmat Hidayat\n\n"
    "Rep: Sulastri/ Red: Budi Raharjo\n\n"
    "BEKASI - Banjir merendam ratusan rumah di Bekasi, Senin.\n\n"
    "Acara itu dihadiri wartawan dari media cetak, elektronik, maupun Online.\n\n"
    "\"Kami masih mendalami,\" kata Hendra di Polsek Cempaka Putih, Jakarta Pusat, Jumat.\n\n"
    "Acara berlangsung di Rumah Makan Sari Minang jalan Ahmad Yani Bandung.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Dimas Prakoso");
  assert_no_mention_within (tagging, text, "Rahmat Hidayat");
  assert_no_mention_within (tagging, text, "Budi Raharjo");
  assert_no_mention_within (tagging, text, "Online");
  assert_mention (tagging, "Polsek Cempaka Putih", 0, REDAKSI_ENTITY_ORGANIZATION, "Polsek Cempaka Putih");
  assert_mention (tagging, "Rumah Makan Sari Minang", 0, REDAKSI_ENTITY_LOCATION, "Rumah Makan Sari Minang");
  assert_mention (tagging, "Hendra", 0, REDAKSI_ENTITY_PERSON, "Hendra");
}

/* A place the gazetteer knows by a word of a person's name, where a
 * speaker stands, is that person. */
static void
test_place_word_as_speaker (void)
{
  static const char text[] =
    "JAKARTA - Menteri Perhubungan Sudirman Wijaya meninjau bandara, Senin.\n\n"
    "\"Kami siapkan semua,\" ujar Sudirman, Senin (3/2).\n\n"
    "Sudirman menjelaskan anggaran itu sudah cair.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_mention (tagging, "Sudirman", 0, REDAKSI_ENTITY_PERSON, "Sudirman Wijaya");
  assert_mention (tagging, "Sudirman", 1, REDAKSI_ENTITY_PERSON, "Sudirman Wijaya");
}

/* A body's name that is a common word, opening a sentence after the
 * article wrote the word in lower case, is the word; a body's head
 * makes a body of words that hold no given name. */
static void
test_bodies_and_common_words (void)
{
  static const char text[] =
    "Tim itu sedang menyusun narasi baru. Narasi yang disusun adalah soal keadilan.\n\n"
    "Mereka harus bekerja dalam tempo singkat. Tempo kerja itu membuat warga lelah.\n\n"
    "\"Kami berkoordinasi dengan Satgas Gakkum, kita koordinasi peristiwa itu,\" ujar Hadi.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Narasi yang");
  assert_no_mention_within (tagging, text, "Tempo kerja");
  assert_mention (tagging, "Satgas Gakkum", 0, REDAKSI_ENTITY_ORGANIZATION, "Satgas Gakkum");
  assert_mention (tagging, "Hadi", 0, REDAKSI_ENTITY_PERSON, "Hadi");
}

/* "Kepala Staf Kepresidenan Darmoko": Kepresidenan is a word of the
 * office, not of the name; a one-word person an office or a verb of
 * speech introduces is found again where the story names them bare;
 * a lower-case word of the dictionary ends no place. */
static void
test_office_words_and_one_word_people (void)
{
  static const char text[] =
    "Presiden memanggil sejumlah menteri. Terdapat pula Kepala Staf Kepresidenan Darmoko.\n\n"
    "Padahal biasanya Darmoko mau berbicara banyak kepada wartawan.\n\n"
    "\"Sudah empat hari belum diangkut,\" kata Sarjono, warga setempat. Menurut dia, petugas "
    "belum datang. Sarjono pun mengumpulkan sampah itu sendiri.\n\n"
    "Sesampainya di Bandung nanti, Umar juga mewanti-wanti pemain untuk beristirahat.";
  g_autoptr(RedaksiTagging) tagging = tag (text);

  assert_no_mention_within (tagging, text, "Kepresidenan");
  assert_mention (tagging, "Darmoko", 0, REDAKSI_ENTITY_PERSON, "Darmoko");
  assert_mention (tagging, "Darmoko", 1, REDAKSI_ENTITY_PERSON, "Darmoko");
  assert_mention (tagging, "Sarjono", 1, REDAKSI_ENTITY_PERSON, "Sarjono");
  assert_mention (tagging, "Bandung", 0, REDAKSI_ENTITY_LOCATION, "Bandung");
  assert_no_mention_within (tagging, text, "nanti");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/entity-boundaries/short-names", test_short_names);
  g_test_add_func ("/redaksi/entity-boundaries/short-names-chain", test_short_names_chain);
  g_test_add_func ("/redaksi/entity-boundaries/many-names-share-a-word", test_many_names_share_a_word);
  g_test_add_func ("/redaksi/entity-boundaries/title-chains", test_title_chains);
  g_test_add_func ("/redaksi/entity-boundaries/age-in-brackets", test_age_in_brackets);
  g_test_add_func ("/redaksi/entity-boundaries/defined-acronym", test_defined_acronym);
  g_test_add_func ("/redaksi/entity-boundaries/undefined-acronym", test_undefined_acronym);
  g_test_add_func ("/redaksi/entity-boundaries/not-entities", test_not_entities);
  g_test_add_func ("/redaksi/entity-boundaries/trimmed-name-keeps-entry", test_trimmed_name_keeps_entry);
  g_test_add_func ("/redaksi/entity-boundaries/follow-us-lines", test_follow_us_lines);
  g_test_add_func ("/redaksi/entity-boundaries/joined-pair", test_joined_pair);
  g_test_add_func ("/redaksi/entity-boundaries/company-then-officer", test_company_then_officer);
  g_test_add_func ("/redaksi/entity-boundaries/headline-words", test_headline_words);
  g_test_add_func ("/redaksi/entity-boundaries/regional-unit", test_regional_unit);
  g_test_add_func ("/redaksi/entity-boundaries/name-after-title", test_name_after_title);
  g_test_add_func ("/redaksi/entity-boundaries/acronym-of-joined-place", test_acronym_of_joined_place);
  g_test_add_func ("/redaksi/entity-boundaries/regional-body-and-place", test_regional_body_and_place);
  g_test_add_func ("/redaksi/entity-boundaries/headed-places", test_headed_places);
  g_test_add_func ("/redaksi/entity-boundaries/thing-acronyms", test_thing_acronyms);
  /* Precision (issue #12) */
  g_test_add_func ("/redaksi/entity-boundaries/locator-words", test_locator_words);
  g_test_add_func ("/redaksi/entity-boundaries/office-phrases", test_office_phrases);
  g_test_add_func ("/redaksi/entity-boundaries/greetings", test_greetings);
  g_test_add_func ("/redaksi/entity-boundaries/coordinated-and-company-names",
                   test_coordinated_and_company_names);
  g_test_add_func ("/redaksi/entity-boundaries/capitalised-common-words",
                   test_capitalised_common_words);
  g_test_add_func ("/redaksi/entity-boundaries/place-and-body-spans", test_place_and_body_spans);
  g_test_add_func ("/redaksi/entity-boundaries/rank-service", test_rank_service);
  g_test_add_func ("/redaksi/entity-boundaries/ditjen-body", test_ditjen_body);
  g_test_add_func ("/redaksi/entity-boundaries/court-unit", test_court_unit);
  g_test_add_func ("/redaksi/entity-boundaries/nickname-in-name", test_nickname_in_name);
  g_test_add_func ("/redaksi/entity-boundaries/initials", test_initials);
  g_test_add_func ("/redaksi/entity-boundaries/role-without-other-person", test_role_without_other_person);
  g_test_add_func ("/redaksi/entity-boundaries/place-before-known-person", test_place_before_known_person);
  g_test_add_func ("/redaksi/entity-boundaries/first-name-after-place", test_first_name_after_place);
  g_test_add_func ("/redaksi/entity-boundaries/body-head-before-acronym", test_body_head_before_acronym);
  g_test_add_func ("/redaksi/entity-boundaries/worded-short-name", test_worded_short_name);
  g_test_add_func ("/redaksi/entity-boundaries/name-after-rank-whole", test_name_after_rank_whole);
  g_test_add_func ("/redaksi/entity-boundaries/headquarters-tags-unit", test_headquarters_tags_unit);
  g_test_add_func ("/redaksi/entity-boundaries/metro-police-unit", test_metro_police_unit);
  g_test_add_func ("/redaksi/entity-boundaries/propam-unit", test_propam_unit);
  g_test_add_func ("/redaksi/entity-boundaries/facility-short-name", test_facility_short_name);
  g_test_add_func ("/redaksi/entity-boundaries/bracketed-nickname", test_bracketed_nickname);
  g_test_add_func ("/redaksi/entity-boundaries/komplek-spelling", test_komplek_spelling);
  g_test_add_func ("/redaksi/entity-boundaries/facility-named-after-person", test_facility_named_after_person);
  g_test_add_func ("/redaksi/entity-boundaries/neighbourhood-and-river-places", test_neighbourhood_and_river_places);
  g_test_add_func ("/redaksi/entity-boundaries/division-list", test_division_list);
  g_test_add_func ("/redaksi/entity-boundaries/shortened-first-name", test_shortened_first_name);
  g_test_add_func ("/redaksi/entity-boundaries/lowercase-and-trimmed-place", test_lowercase_and_trimmed_place);
  g_test_add_func ("/redaksi/entity-boundaries/person-by-origin", test_person_by_origin);
  g_test_add_func ("/redaksi/entity-boundaries/company-short-name", test_company_short_name);
  g_test_add_func ("/redaksi/entity-boundaries/given-names-before-surname", test_given_names_before_surname);
  g_test_add_func ("/redaksi/entity-boundaries/rank-opens-person", test_rank_opens_person);
  g_test_add_func ("/redaksi/entity-boundaries/degrees-end-names", test_degrees_end_names);
  g_test_add_func ("/redaksi/entity-boundaries/dateline-place", test_dateline_place);
  g_test_add_func ("/redaksi/entity-boundaries/body-after-di", test_body_after_di);
  g_test_add_func ("/redaksi/entity-boundaries/kilometre-post", test_kilometre_post);
  g_test_add_func ("/redaksi/entity-boundaries/throughout-prefix", test_throughout_prefix);
  g_test_add_func ("/redaksi/entity-boundaries/day-alone", test_day_alone);
  g_test_add_func ("/redaksi/entity-boundaries/possessed-word", test_possessed_word);
  g_test_add_func ("/redaksi/entity-boundaries/degrees-after-comma", test_degrees_after_comma);
  g_test_add_func ("/redaksi/entity-boundaries/news-label", test_news_label);
  g_test_add_func ("/redaksi/entity-boundaries/places-in-a-row", test_places_in_a_row);
  g_test_add_func ("/redaksi/entity-boundaries/body-field-lists", test_body_field_lists);
  g_test_add_func ("/redaksi/entity-boundaries/two-fields-and-head-alone", test_two_fields_and_head_alone);
  g_test_add_func ("/redaksi/entity-boundaries/dateline-place-after-outlet", test_dateline_place_after_outlet);
  g_test_add_func ("/redaksi/entity-boundaries/division-name-place", test_division_name_place);
  g_test_add_func ("/redaksi/entity-boundaries/office-before-rank", test_office_before_rank);
  g_test_add_func ("/redaksi/entity-boundaries/speaking-first-name", test_speaking_first_name);
  g_test_add_func ("/redaksi/entity-boundaries/place-named-after-person", test_place_named_after_person);
  g_test_add_func ("/redaksi/entity-boundaries/bare-unit", test_bare_unit);
  g_test_add_func ("/redaksi/entity-boundaries/facility-and-station", test_facility_and_station);
  g_test_add_func ("/redaksi/entity-boundaries/initials-and-police-offices", test_initials_and_police_offices);
  g_test_add_func ("/redaksi/entity-boundaries/person-by-most-mentions", test_person_by_most_mentions);
  g_test_add_func ("/redaksi/entity-boundaries/foreign-minister-and-ri", test_foreign_minister_and_ri);
  g_test_add_func ("/redaksi/entity-boundaries/office-holder-after-place", test_office_holder_after_place);
  g_test_add_func ("/redaksi/entity-boundaries/english-title-head", test_english_title_head);
  g_test_add_func ("/redaksi/entity-boundaries/credits-and-kinds", test_credits_and_kinds);
  g_test_add_func ("/redaksi/entity-boundaries/place-word-as-speaker", test_place_word_as_speaker);
  g_test_add_func ("/redaksi/entity-boundaries/bodies-and-common-words", test_bodies_and_common_words);
  g_test_add_func ("/redaksi/entity-boundaries/office-words-and-one-word-people",
                   test_office_words_and_one_word_people);
  return g_test_run ();
}
