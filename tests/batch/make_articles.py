#!/usr/bin/python3
"""Indonesian news articles and JSON Lines archives for redaksi's batch,
Dask and HTTP tests, written for this project (no text is copied).

    make_articles.py records N OUT.jsonl   N records, with bad ones planted
    make_articles.py article BYTES OUT.txt  one article of about BYTES bytes

Everything is deterministic: the same arguments give the same bytes.
"""
import json
import random
import sys

CITIES = ["JAKARTA", "BANDUNG", "SURABAYA", "MEDAN", "MAKASSAR", "SEMARANG",
          "DENPASAR", "PONTIANAK", "PALEMBANG", "YOGYAKARTA", "AMBON", "KUPANG"]
PEOPLE = [("Sri Wahyuni", "Wahyuni"), ("Bambang Sutrisno", "Bambang"),
          ("Rina Marlina", "Rina"), ("Agus Salim Harahap", "Agus"),
          ("Dewi Kartika", "Dewi"), ("Yohanes Manek", "Yohanes"),
          ("Siti Nurhaliza Putri", "Siti"), ("Made Wirawan", "Made"),
          ("Hendra Gunawan", "Hendra"), ("Fransiska Lewerissa", "Fransiska")]
ROLES = ["Kepala Dinas Perhubungan", "Wali Kota", "Ketua RT setempat",
         "Direktur Utama PDAM", "juru bicara Badan Penanggulangan Bencana Daerah",
         "Kepala Sekolah", "Ketua Koperasi Nelayan", "Camat"]
TOPICS = [
    ("banjir", "Hujan deras sejak Senin malam membuat sungai meluap dan merendam {n} rumah warga.",
     "Petugas gabungan mendirikan dapur umum di halaman masjid dan balai desa."),
    ("pasar", "Harga cabai rawit di pasar tradisional naik hingga Rp {n}.000 per kilogram.",
     "Pedagang mengaku pasokan dari sentra produksi berkurang karena gagal panen."),
    ("jalan", "Perbaikan jalan sepanjang {n} kilometer ditargetkan rampung sebelum musim mudik.",
     "Kendaraan berat dialihkan ke jalur alternatif selama pengerjaan berlangsung."),
    ("sekolah", "Sebanyak {n} siswa mengikuti lomba membaca puisi tingkat kabupaten.",
     "Panitia menyiapkan hadiah berupa buku dan beasiswa bagi tiga pemenang."),
    ("nelayan", "Gelombang setinggi {m} meter membuat nelayan memilih tidak melaut sepekan terakhir.",
     "Koperasi membagikan beras kepada keluarga nelayan yang kehilangan penghasilan."),
    ("air", "Layanan air bersih terganggu di {n} kelurahan akibat pipa induk bocor.",
     "Mobil tangki dikerahkan untuk memasok air ke permukiman padat penduduk."),
]
CUES = ["kata", "ujar", "tutur", "jelas", "ungkap"]
FILLER = [
    "Warga berharap pemerintah daerah segera mengambil langkah nyata.",
    "Sebagian warga memilih bertahan di lantai dua rumah mereka.",
    "Relawan dari sejumlah kampus ikut membantu mendata kebutuhan warga.",
    "Data sementara menunjukkan tidak ada korban jiwa dalam kejadian itu.",
    "Pemerintah provinsi menyatakan siap menambah anggaran bila diperlukan.",
    "Rapat koordinasi digelar di kantor kecamatan pada Selasa pagi.",
    "Aparat keamanan berjaga di sejumlah titik untuk mengatur lalu lintas.",
    "Pengamat menilai masalah serupa selalu berulang setiap tahun.",
    "Di media sosial, warganet ramai membagikan foto kondisi terkini 🙏.",
    "Menurut catatan dinas, kejadian terakhir terjadi tiga tahun lalu.",
]


def quote(rng, person, role):
    full, short = person
    cue = rng.choice(CUES)
    said = rng.choice([
        "Kami sudah menurunkan tim sejak pagi dan akan terus memantau keadaan",
        "Warga tidak perlu panik, semua kebutuhan dasar sudah kami siapkan",
        "Kami minta masyarakat tetap waspada dan mengikuti arahan petugas",
        "Anggarannya sudah ada, tinggal menunggu proses pengadaan selesai",
    ])
    first = '"%s," %s %s, %s, kepada wartawan.' % (said, cue, full, role)
    second = '"Kami akan evaluasi lagi minggu depan," %s %s.' % (cue, short)
    return [first, second]


def article(index, target=0):
    """One article; at least @target bytes of UTF-8 when given."""
    rng = random.Random(index)
    city = rng.choice(CITIES)
    topic, lead, follow = rng.choice(TOPICS)
    person, role = rng.choice(PEOPLE), rng.choice(ROLES)
    paragraphs = ["%s, KABARREDAKSI - %s" % (city, lead.format(n=rng.randint(3, 900), m=rng.randint(2, 6))),
                  follow]
    paragraphs += quote(rng, person, role)
    if rng.random() < 0.3:
        paragraphs.append("Baca juga: Warga %s Bergotong Royong Membersihkan Sungai" % city.title())
    paragraphs += rng.sample(FILLER, rng.randint(2, 5))
    while target and len("\n\n".join(paragraphs).encode()) < target:
        paragraphs.append(" ".join(rng.sample(FILLER, 4)))
    return "\n\n".join(paragraphs) + "\n"


def html_article(index):
    paragraphs = article(index).strip().split("\n\n")
    return "<article>" + "".join("<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;")
                                 for p in paragraphs) + "</article>"


def record_line(index):
    """One JSON Lines record as bytes, without its newline. Every 97th
    record is planted bad, cycling through the ways a record goes wrong."""
    rid = "kr-%05d" % index
    if index % 97 == 13:
        kind = (index // 97) % 4
        if kind == 0:
            return ('{"id": "%s", "text": "kalimat terpotong' % rid).encode()
        if kind == 1:
            return b'{"id": "' + rid.encode() + b'", "text": "Harga naik \xff\xfe persen."}'
        if kind == 2:
            return json.dumps({"id": rid, "judul": "Tanpa isi"}).encode()
        return b"[1, 2, 3]"
    if index % 10 == 7:
        record = {"id": rid, "html": html_article(index), "rubrik": "daerah"}
    else:
        record = {"id": rid, "text": article(index), "rubrik": "daerah", "halaman": index % 12}
    return json.dumps(record, ensure_ascii=False).encode()


def planted_bad(n):
    return [i for i in range(n) if i % 97 == 13]


def write_records(n, path):
    with open(path, "wb") as out:
        for i in range(n):
            out.write(record_line(i) + b"\n")


def main(argv):
    if len(argv) == 4 and argv[1] == "records":
        write_records(int(argv[2]), argv[3])
    elif len(argv) == 4 and argv[1] == "article":
        with open(argv[3], "w", encoding="utf-8") as out:
            out.write(article(4242, int(argv[2])))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
