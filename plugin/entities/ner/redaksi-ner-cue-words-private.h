/* redaksi-ner-cue-words-private.h: the words the labeller reads as cues
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Read at build time by data/make-ner-tables.c, which makes them into
 * the constant tables the labeller looks words up in.
 */

#pragma once

#include "redaksi-ner-features.h"

/* Words that announce a name after them, or a kind of name around
 * them. They generalise past the training sentences: a title seen in
 * no training sentence still says "a person follows". */
static const char * const title_cues[] = {
  "presiden", "wapres", "wakil", "menteri", "menlu", "mendagri", "menkeu",
  "menko", "menkopolhukam", "mensesneg", "menhan", "menkes", "mendikbud",
  "menag", "menpora", "menkumham", "menpan", "menteri", "gubernur", "wagub",
  "bupati", "wabup", "walikota", "wali", "wawali", "kepala", "kapolri",
  "wakapolri", "kapolda", "kapolres", "kapolresta", "kapolsek", "kabareskrim",
  "kabid", "kasat", "kadiv", "panglima", "kasad", "kasal", "kasau", "jenderal",
  "jend", "irjen", "brigjen", "kombes", "akbp", "kompol", "akp", "iptu",
  "ipda", "aiptu", "bripka", "briptu", "mayjen", "letjen", "laksamana",
  "laksda", "marsekal", "kolonel", "letkol", "mayor", "kapten", "serka",
  "direktur", "dirut", "direksi", "ketua", "ketum", "sekjen", "sekretaris",
  "bendahara", "anggota", "jubir", "juru", "pengamat", "peneliti", "dr",
  "prof", "h", "hj", "ir", "drs", "dra", "kh", "ustaz", "ustadz", "habib",
  "tersangka", "terdakwa", "terpidana", "hakim", "jaksa", "raja", "ratu",
  "pangeran", "perdana", "pm", "senator", "capres", "cawapres", "caleg",
  "cagub", "cawagub", "calon", "kiai", "kyai", "gus", "sultan", "dirjen",
  "deputi", "komisaris", "ceo", "pendiri", "pelatih", "rektor", "dekan",
  "camat", "lurah", "kades", "penasihat", "kuasa", "pengacara", "advokat",
  "kapuspen", "kapuspenkum", "kabag", "kasubag", "kasi", "staf", "asisten",
  "manajer", "pemimpin", "pimpinan", "dubes", "duta", "kapten", "aktivis",
  "artis", "penyanyi", "aktor", "aktris", "politikus", "politisi", "kader",
  "wamen", "wakapolda", "danrem", "dandim", "pangdam", "kasdam",
};

static const char * const org_cues[] = {
  "pt", "tbk", "cv", "kementerian", "kemenkeu", "kemendagri", "kemenlu",
  "badan", "dinas", "komisi", "partai", "universitas", "bank", "lembaga",
  "dewan", "majelis", "mahkamah", "pengadilan", "kejaksaan", "kejati",
  "kejari", "kejagung", "kepolisian", "polda", "polres", "polresta",
  "polsek", "polrestabes", "pemerintah", "pemprov", "pemkot", "pemkab",
  "pemda", "dprd", "fraksi", "yayasan", "persatuan", "asosiasi", "ikatan",
  "perhimpunan", "serikat", "institut", "sekolah", "rs", "rsud", "rsup",
  "fakultas", "koperasi", "perum", "perusahaan", "grup", "group", "inc",
  "corp", "ltd", "fc", "klub", "kantor", "direktorat", "biro",
  "sekretariat", "kedutaan", "kedubes", "konsulat", "organisasi", "forum",
  "aliansi", "front", "gerakan", "himpunan", "lsm", "ormas", "persero",
  "kodam", "korem", "kodim", "polisi", "tni", "kpu", "kpud", "bawaslu",
  "panwaslu", "dpp", "dpd", "dpw", "dpc", "pengurus", "kabinet", "tim",
  "stasiun", "harian", "koran", "majalah", "televisi", "radio",
  "sma", "smp", "sd", "smk", "universitas", "akademi", "politeknik",
  "sekolah", "pesantren", "ponpes", "masjid", "gereja", "komando",
  "satuan", "kesatuan", "unit", "divisi", "otoritas", "pusat", "balai",
};

static const char * const place_cues[] = {
  "kota", "kabupaten", "kab", "provinsi", "prov", "jalan", "jl", "kecamatan",
  "kelurahan", "desa", "kampung", "pulau", "gunung", "sungai", "selat",
  "teluk", "danau", "pantai", "laut", "tanjung", "bandara", "pelabuhan",
  "terminal", "kawasan", "wilayah", "daerah", "negara", "benua", "dusun",
  "rt", "rw", "kec", "kel", "gedung", "lapangan", "stadion", "alun-alun",
  "pasar", "taman", "jembatan", "tol", "kompleks", "komplek", "perumahan", "blok",
  "gang", "gg", "ibu", "ibukota", "negeri", "semenanjung", "kepulauan",
};

static const char * const prep_cues[] = {
  "di", "ke", "dari", "menuju", "asal", "dekat", "sekitar", "seluruh",
  "kawasan", "wilayah", "antara",
};

static const char * const speech_cues[] = {
  "kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "imbuh",
  "tambah", "terang", "papar", "urai", "sebut", "menurut", "mengatakan",
  "menjelaskan", "menyatakan", "mengungkapkan", "menegaskan", "menuturkan",
  "bilang", "katanya", "ujarnya", "jelasnya", "tuturnya", "ungkapnya",
  "tegasnya", "imbuhnya", "tambahnya", "sebutnya", "ucapnya", "kata-nya",
};

static const char * const joining_cues[] = {
  "oleh", "bersama", "dan", "dengan", "serta", "atau", "antara",
};

static const char * const time_cues[] = {
  "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
  "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
  "september", "oktober", "november", "desember", "pagi", "siang", "sore",
  "malam", "wib", "wita", "wit",
};

static const char * const kin_cues[] = {
  "pak", "bu", "bapak", "ibu", "mas", "mbak", "bung", "tuan", "nyonya",
  "saudara", "sdr", "almarhum", "alm", "mendiang", "kang", "teh", "bang",
  "adik", "kakak", "putra", "putri", "istri", "suami", "anak", "ayah",
  "nenek", "kakek", "paman", "bibi", "sosok", "tokoh", "sahabat", "rekan",
};
