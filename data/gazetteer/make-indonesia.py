#!/usr/bin/python3
# Compiles indonesia.json: Indonesia's 38 provinces (the 34 of Debian's
# iso-codes ISO 3166-2:ID plus the four Papua provinces of 2022), its
# cities and regencies, islands and regions, written as newsrooms write
# them. Place names are facts; see data/gazetteer/README.md.
#
#   /usr/bin/python3 data/gazetteer/make-indonesia.py > data/gazetteer/indonesia.json

import json
import sys

PROVINCES = [
    ('ID-AC', 'Aceh', ['Nanggroe Aceh Darussalam', 'NAD']),
    ('ID-SU', 'Sumatera Utara', ['Sumut', 'Sumatra Utara']),
    ('ID-SB', 'Sumatera Barat', ['Sumbar', 'Sumatra Barat']),
    ('ID-RI', 'Riau', []),
    ('ID-KR', 'Kepulauan Riau', ['Kepri']),
    ('ID-JA', 'Jambi', []),
    ('ID-BE', 'Bengkulu', []),
    ('ID-SS', 'Sumatera Selatan', ['Sumsel', 'Sumatra Selatan']),
    ('ID-BB', 'Kepulauan Bangka Belitung', ['Bangka Belitung', 'Babel']),
    ('ID-LA', 'Lampung', []),
    ('ID-BT', 'Banten', []),
    ('ID-JK', 'DKI Jakarta', ['Jakarta', 'Daerah Khusus Ibukota Jakarta', 'Jakarta Raya', 'DKI', 'Ibu Kota Jakarta']),
    ('ID-JB', 'Jawa Barat', ['Jabar']),
    ('ID-JT', 'Jawa Tengah', ['Jateng']),
    ('ID-YO', 'Daerah Istimewa Yogyakarta', ['DIY', 'Yogyakarta', 'Yogya', 'Jogja', 'Jogjakarta', 'DI Yogyakarta']),
    ('ID-JI', 'Jawa Timur', ['Jatim']),
    ('ID-BA', 'Bali', []),
    ('ID-NB', 'Nusa Tenggara Barat', ['NTB']),
    ('ID-NT', 'Nusa Tenggara Timur', ['NTT']),
    ('ID-KB', 'Kalimantan Barat', ['Kalbar']),
    ('ID-KT', 'Kalimantan Tengah', ['Kalteng']),
    ('ID-KS', 'Kalimantan Selatan', ['Kalsel']),
    ('ID-KI', 'Kalimantan Timur', ['Kaltim']),
    ('ID-KU', 'Kalimantan Utara', ['Kaltara']),
    ('ID-SA', 'Sulawesi Utara', ['Sulut']),
    ('ID-GO', 'Gorontalo', []),
    ('ID-ST', 'Sulawesi Tengah', ['Sulteng']),
    ('ID-SR', 'Sulawesi Barat', ['Sulbar']),
    ('ID-SN', 'Sulawesi Selatan', ['Sulsel']),
    ('ID-SG', 'Sulawesi Tenggara', ['Sultra']),
    ('ID-MA', 'Maluku', []),
    ('ID-MU', 'Maluku Utara', ['Malut']),
    ('ID-PA', 'Papua', []),
    ('ID-PB', 'Papua Barat', ['Pabar']),
    ('ID-PS', 'Papua Selatan', []),
    ('ID-PT', 'Papua Tengah', []),
    ('ID-PE', 'Papua Pegunungan', []),
    ('ID-PD', 'Papua Barat Daya', []),
]

# The cities (kota) and a broad choice of regencies (kabupaten).
CITIES = """
Banda Aceh Sabang Lhokseumawe Langsa Subulussalam Medan Binjai Pematangsiantar:Pematang_Siantar
Tebing_Tinggi Tanjungbalai:Tanjung_Balai Sibolga Padangsidimpuan Gunungsitoli Padang Bukittinggi
Payakumbuh Padang_Panjang Pariaman Sawahlunto Solok Pekanbaru Dumai Batam Tanjungpinang:Tanjung_Pinang
Jambi Sungai_Penuh Bengkulu Palembang Prabumulih Lubuklinggau Pagar_Alam Pangkalpinang:Pangkal_Pinang
Bandar_Lampung Metro Serang Cilegon Tangerang Tangerang_Selatan:Tangsel Bekasi Bogor Depok Bandung
Cimahi Cirebon Sukabumi Tasikmalaya Banjar Semarang Surakarta:Solo Magelang Pekalongan Salatiga Tegal
Surabaya Malang Batu Blitar Kediri Madiun Mojokerto Pasuruan Probolinggo Denpasar Mataram Bima Kupang
Pontianak Singkawang Palangka_Raya:Palangkaraya Banjarmasin Banjarbaru Samarinda Balikpapan Bontang
Tarakan Manado Bitung Tomohon Kotamobagu Palu Makassar Parepare Palopo Kendari Baubau Ternate
Tidore Ambon Tual Jayapura Sorong Mamuju Nusantara:IKN
Jakarta_Pusat:Jakpus Jakarta_Utara:Jakut Jakarta_Barat:Jakbar Jakarta_Selatan:Jaksel Jakarta_Timur:Jaktim
Kepulauan_Seribu
Aceh_Besar Pidie Bireuen Aceh_Utara Aceh_Timur Aceh_Tamiang Deli_Serdang Langkat Karo Simalungun Asahan
Labuhanbatu Tapanuli_Utara Tapanuli_Tengah Tapanuli_Selatan Toba Samosir Nias Mandailing_Natal Serdang_Bedagai
Agam Pasaman Tanah_Datar Pesisir_Selatan Mentawai Kampar Bengkalis Siak Indragiri_Hulu Indragiri_Hilir
Rokan_Hulu Rokan_Hilir Pelalawan Kuantan_Singingi Meranti Natuna Anambas Bintan Karimun Lingga
Muaro_Jambi Kerinci Bungo Tebo Merangin Sarolangun Batanghari Ogan_Komering_Ilir Ogan_Ilir Muara_Enim
Banyuasin Musi_Banyuasin Musi_Rawas Lahat Bangka Belitung Lampung_Selatan Lampung_Tengah Lampung_Utara
Lampung_Timur Pesawaran Tanggamus Way_Kanan Pandeglang Lebak Karawang Purwakarta Subang Indramayu
Majalengka Kuningan Sumedang Garut Cianjur Bandung_Barat Pangandaran Ciamis Cilacap Banyumas Purbalingga
Banjarnegara Kebumen Purworejo Wonosobo Temanggung Kendal Batang Pemalang Brebes Demak Kudus Jepara Pati
Rembang Blora Grobogan Sragen Karanganyar Wonogiri Sukoharjo Klaten Boyolali Sleman Bantul Gunungkidul
Kulon_Progo Sidoarjo Gresik Lamongan Tuban Bojonegoro Ngawi Magetan Ponorogo Pacitan Trenggalek Tulungagung
Nganjuk Jombang Lumajang Jember Bondowoso Situbondo Banyuwangi Bangkalan Sampang Pamekasan Sumenep Madura
Badung Gianyar Tabanan Buleleng Karangasem Klungkung Bangli Jembrana Lombok_Barat Lombok_Tengah
Lombok_Timur Lombok_Utara Sumbawa Dompu Manggarai Manggarai_Barat Labuan_Bajo Ende Sikka Flores_Timur
Alor Sumba_Barat Sumba_Timur Belu Malaka Timor_Tengah_Selatan Sambas Ketapang Sanggau Sintang Kapuas_Hulu
Kubu_Raya Mempawah Landak Kotawaringin_Barat Kotawaringin_Timur Kapuas Barito_Utara Katingan Seruyan
Banjar Tanah_Laut Kotabaru Tabalong Hulu_Sungai_Selatan Kutai_Kartanegara Kutai_Timur Kutai_Barat
Paser Penajam_Paser_Utara Berau Bulungan Nunukan Malinau Minahasa Bolaang_Mongondow Sangihe Talaud
Donggala Poso Morowali Banggai Tolitoli Parigi_Moutong Sigi Gowa Maros Bone Wajo Soppeng Bulukumba
Bantaeng Jeneponto Takalar Pangkep Barru Pinrang Sidrap Enrekang Luwu Luwu_Utara Luwu_Timur Tana_Toraja
Toraja_Utara Selayar Konawe Kolaka Muna Buton Wakatobi Bombana Majene Polewali_Mandar Mamasa Boalemo
Pohuwato Halmahera_Utara Halmahera_Selatan Halmahera_Tengah Morotai Maluku_Tengah Seram Buru Aru
Maluku_Tenggara Merauke Mimika Timika Jayawijaya Wamena Nabire Puncak_Jaya Puncak Intan_Jaya Nduga
Paniai Deiyai Dogiyai Yahukimo Pegunungan_Bintang Keerom Sarmi Biak Biak_Numfor Yapen Manokwari
Fakfak Kaimana Teluk_Bintuni Raja_Ampat Tambrauw Maybrat Boven_Digoel Asmat Mappi
Aceh_Barat Aceh_Selatan Aceh_Tengah Aceh_Jaya Aceh_Singkil Gayo_Lues Nagan_Raya Bener_Meriah Pidie_Jaya
Aceh_Barat_Daya Aceh_Tenggara Simeulue Dairi Pakpak_Bharat Humbang_Hasundutan Labuhanbatu_Utara
Labuhanbatu_Selatan Batubara Padang_Lawas Padang_Lawas_Utara Nias_Selatan Nias_Utara Nias_Barat
Lima_Puluh_Kota Padang_Pariaman Sijunjung Dharmasraya Solok_Selatan Pasaman_Barat Kepulauan_Meranti
Tanjung_Jabung_Barat Tanjung_Jabung_Timur Ogan_Komering_Ulu:OKU OKU_Timur OKU_Selatan Empat_Lawang
Penukal_Abab_Lematang_Ilir:PALI Musi_Rawas_Utara Rejang_Lebong Kepahiang Lebong Bengkulu_Utara
Bengkulu_Selatan Mukomuko Seluma Kaur Bengkulu_Tengah Lampung_Barat Tulang_Bawang Mesuji Pringsewu
Pesisir_Barat Bangka_Barat Bangka_Tengah Bangka_Selatan Belitung_Timur Sumbawa_Barat Rote_Ndao
Sabu_Raijua Nagekeo Ngada Manggarai_Timur Lembata Sumba_Tengah Sumba_Barat_Daya Timor_Tengah_Utara
Bengkayang Melawi Sekadau Kayong_Utara Pulang_Pisau Gunung_Mas Barito_Selatan Barito_Timur Murung_Raya
Lamandau Sukamara Barito_Kuala Tapin Hulu_Sungai_Tengah Hulu_Sungai_Utara Balangan Tanah_Bumbu
Mahakam_Ulu Tana_Tidung Minahasa_Utara Minahasa_Selatan Minahasa_Tenggara Bolaang_Mongondow_Utara
Sitaro Buol Morowali_Utara Tojo_Una-Una Banggai_Kepulauan Banggai_Laut Sinjai Sidenreng_Rappang
Pangkajene_dan_Kepulauan Kepulauan_Selayar Konawe_Selatan Konawe_Utara Kolaka_Utara Kolaka_Timur
Buton_Utara Buton_Selatan Buton_Tengah Muna_Barat Konawe_Kepulauan Bone_Bolango Gorontalo_Utara
Pasangkayu Mamuju_Tengah Seram_Bagian_Barat Seram_Bagian_Timur Kepulauan_Tanimbar Maluku_Barat_Daya
Buru_Selatan Kepulauan_Aru Halmahera_Barat Halmahera_Timur Kepulauan_Sula Pulau_Taliabu
Mamberamo_Raya Mamberamo_Tengah Lanny_Jaya Tolikara Yalimo Supiori Waropen Sorong_Selatan Teluk_Wondama
Pegunungan_Arfak Manokwari_Selatan Bandung_Raya Solo_Raya Malang_Raya Gerbangkertosusila Mebidangro Metro_Jaya
"""

ISLANDS = """Jawa Sumatera Sumatra Kalimantan Borneo Sulawesi Papua Bali Lombok Sumbawa Flores Sumba Timor Madura
Bangka Belitung Nias Mentawai Natuna Halmahera Seram Buru Ambon Bintan Batam Komodo Rinca Bawean Kangean
Nusakambangan Nusa_Penida Gili_Trawangan Bunaken Wakatobi Raja_Ampat Karimunjawa Morotai Simeulue Siberut
Jabodetabek Jabotabek Nusa_Tenggara Maluku Indonesia_Timur Pulau_Jawa Tanah_Air Nusantara_Timur
Puncak Bromo Gunung_Merapi Merapi Gunung_Semeru Semeru Gunung_Sinabung Sinabung Gunung_Agung Krakatau
Anak_Krakatau Gunung_Rinjani Rinjani Danau_Toba Bengawan_Solo Sungai_Ciliwung Ciliwung Sungai_Musi
Selat_Sunda Selat_Bali Selat_Lombok Laut_Jawa Laut_Banda Laut_Arafura Monas Monumen_Nasional
Senayan Gelora_Bung_Karno GBK Istana_Merdeka:ORG Istana_Negara:ORG Istana_Bogor:ORG Istana_Kepresidenan:ORG
Bundaran_HI Thamrin Sudirman Kuningan Menteng Kemayoran Tanjung_Priok Soekarno-Hatta:Bandara_Soekarno-Hatta
Halim_Perdanakusuma Ngurah_Rai Kualanamu Juanda Cengkareng Kalibata Cikeas Hambalang Sentul Puncak_Bogor
Pluit Ancol Glodok Tanah_Abang Blok_M Cawang Cibubur Cileungsi Cikarang Serpong BSD Bintaro Ciputat
Pondok_Indah Kelapa_Gading Cempaka_Putih Salemba Matraman Jatinegara Cilandak Pasar_Minggu Kebayoran
Kebayoran_Baru Tebet Mampang Pancoran Setiabudi Grogol Cengkareng Kalideres Cakung Duren_Sawit
Cipayung Ciracas Kramat_Jati Pulogadung Koja Cilincing Penjaringan Pademangan Tambora Palmerah
Kebon_Jeruk Kembangan Senen Gambir Sawah_Besar Tanah_Abang Cipinang Ragunan Lenteng_Agung
"""


# Short forms regencies use for themselves, in their governments' names
# and web addresses (labura.go.id, madina.go.id, kukarkab.go.id, …) and
# in regional news. Short forms that are also common words or other
# places (Tuba, Basel, Palas, Mura, Mateng) are left out.
REGENCY_SHORT = {
    'Labuhanbatu Utara': ['Labura'], 'Labuhanbatu Selatan': ['Labusel'],
    'Tapanuli Utara': ['Taput'], 'Tapanuli Tengah': ['Tapteng'], 'Tapanuli Selatan': ['Tapsel'],
    'Serdang Bedagai': ['Sergai'], 'Mandailing Natal': ['Madina'], 'Humbang Hasundutan': ['Humbahas'],
    'Padang Lawas Utara': ['Paluta'], 'Kutai Kartanegara': ['Kukar'], 'Kutai Timur': ['Kutim'],
    'Kutai Barat': ['Kubar'], 'Penajam Paser Utara': ['PPU'], 'Mahakam Ulu': ['Mahulu'],
    'Kotawaringin Timur': ['Kotim'], 'Kotawaringin Barat': ['Kobar'],
    'Hulu Sungai Selatan': ['HSS'], 'Hulu Sungai Tengah': ['HST'], 'Hulu Sungai Utara': ['HSU'],
    'Indragiri Hilir': ['Inhil'], 'Indragiri Hulu': ['Inhu'], 'Kuantan Singingi': ['Kuansing'],
    'Rokan Hulu': ['Rohul'], 'Rokan Hilir': ['Rohil'], 'Pesisir Selatan': ['Pessel'],
    'Ogan Komering Ilir': ['OKI'], 'Musi Banyuasin': ['Muba'], 'Musi Rawas Utara': ['Muratara'],
    'OKU Timur': ['OKUT'], 'OKU Selatan': ['OKUS'],
    'Tanjung Jabung Barat': ['Tanjabbar'], 'Tanjung Jabung Timur': ['Tanjabtim'],
    'Bangka Tengah': ['Bateng'], 'Belitung Timur': ['Beltim'],
    'Lampung Selatan': ['Lamsel'], 'Lampung Tengah': ['Lamteng'], 'Lampung Utara': ['Lampura'],
    'Lampung Timur': ['Lamtim'], 'Lampung Barat': ['Lambar'], 'Pesisir Barat': ['Pesibar'],
    'Timor Tengah Selatan': ['TTS'], 'Timor Tengah Utara': ['TTU'], 'Sumba Barat Daya': ['SBD'],
    'Manggarai Barat': ['Mabar'], 'Polewali Mandar': ['Polman'],
    'Bolaang Mongondow': ['Bolmong'], 'Bolaang Mongondow Utara': ['Bolmut'],
    'Minahasa Utara': ['Minut'], 'Minahasa Selatan': ['Minsel'],
    'Halmahera Utara': ['Halut'], 'Halmahera Selatan': ['Halsel'], 'Halmahera Barat': ['Halbar'],
    'Halmahera Timur': ['Haltim'], 'Halmahera Tengah': ['Halteng'],
    'Maluku Tengah': ['Malteng'], 'Maluku Tenggara': ['Malra'],
    'Seram Bagian Barat': ['SBB'], 'Seram Bagian Timur': ['SBT'], 'Maluku Barat Daya': ['MBD'],
    'Konawe Selatan': ['Konsel'], 'Konawe Utara': ['Konut'], 'Kolaka Utara': ['Kolut'],
    'Kolaka Timur': ['Koltim'], 'Buton Utara': ['Butur'], 'Aceh Barat Daya': ['Abdya'],
}


def split_names(block):
    for word in block.split():
        names = [n.replace('_', ' ') for n in word.split(':')]
        yield names


def entry(name, aliases, ident=None, etype='LOCATION'):
    out = {'name': name, 'type': etype}
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    if aliases:
        out['aliases'] = aliases
    if ident:
        out['id'] = ident
    return out


def main():
    entries = []
    for code, name, aliases in PROVINCES:
        aliases = aliases + ['Provinsi ' + name] + ['Provinsi ' + a for a in aliases if len(a) > 4]
        entries.append(entry(name, aliases, 'iso3166-2:' + code))
    for names in split_names(CITIES):
        name = names[0]
        entries.append(entry(name, names[1:] + REGENCY_SHORT.get(name, [])
                             + ['Kota ' + name, 'Kabupaten ' + name]))
    for names in split_names(ISLANDS):
        etype = 'ORGANIZATION' if names[-1] == 'ORG' else 'LOCATION'
        names = [n for n in names if n != 'ORG']
        entries.append(entry(names[0], names[1:], etype=etype))
    json.dump({'version': 1,
               'source': 'ISO 3166-2:ID from Debian iso-codes 4.15 (LGPL-2.1+), completed by hand; place names are facts',
               'entries': entries}, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write('\n')


main()
