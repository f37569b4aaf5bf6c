#!/usr/bin/python3
# Compiles bodies.json, people.json and events.json from the lists
# below: one entry a line, "Canonical name|alias|alias". Names of
# bodies, office holders and events are facts; see README.md.
#
#   cd data/gazetteer && /usr/bin/python3 make-lists.py

import json

BODIES = """
Perserikatan Bangsa-Bangsa|PBB|Perserikatan Bangsa Bangsa|United Nations|UN
Dewan Keamanan PBB|DK PBB|Dewan Keamanan Perserikatan Bangsa-Bangsa
Majelis Umum PBB|Sidang Majelis Umum PBB
North Atlantic Treaty Organization|NATO|Pakta Pertahanan Atlantik Utara
G20|Kelompok 20|G-20|Group of Twenty
G7|Kelompok 7|G-7
Perhimpunan Bangsa-Bangsa Asia Tenggara|ASEAN|Association of Southeast Asian Nations
Dana Moneter Internasional|IMF|International Monetary Fund
Bank Dunia|World Bank
Organisasi Kesehatan Dunia|WHO|World Health Organization
Uni Eropa|UE|EU|European Union
Komisi Eropa|European Commission
Parlemen Eropa
Organisasi Perdagangan Dunia|WTO|World Trade Organization
UNESCO
UNICEF
Badan Pengungsi PBB|UNHCR
Organisasi Buruh Internasional|ILO
Organisasi Pangan dan Pertanian|FAO
Program Pangan Dunia|WFP
Bank Pembangunan Asia|ADB|Asian Development Bank
Asian Infrastructure Investment Bank|AIIB
Kerja Sama Ekonomi Asia Pasifik|APEC
Organisasi Kerja Sama Islam|OKI|OIC
Organisasi Negara-negara Pengekspor Minyak|OPEC|OPEC+
BRICS
Uni Afrika|African Union
Liga Arab
Mahkamah Internasional|ICJ|International Court of Justice
Mahkamah Pidana Internasional|ICC|International Criminal Court
Interpol
Palang Merah Internasional|ICRC|Komite Internasional Palang Merah
Amnesty International|Amnesti Internasional
Human Rights Watch|HRW
Greenpeace
Hamas
Hizbullah|Hezbollah
Taliban
ISIS|Negara Islam Irak dan Suriah|ISIL|Negara Islam|NIIS
Al-Qaeda|Al Qaeda
Jemaah Islamiyah|JI
Jamaah Ansharut Daulah|JAD
Majelis Mujahidin Indonesia|MMI
Front Pembela Islam|FPI
Hizbut Tahrir Indonesia|HTI
Nahdlatul Ulama|NU|PBNU|Pengurus Besar Nahdlatul Ulama
Muhammadiyah|PP Muhammadiyah|Pimpinan Pusat Muhammadiyah
Majelis Ulama Indonesia|MUI
Konferensi Waligereja Indonesia|KWI
Persekutuan Gereja-gereja di Indonesia|PGI
Parisada Hindu Dharma Indonesia|PHDI
Perwakilan Umat Buddha Indonesia|Walubi
Majelis Tinggi Agama Khonghucu Indonesia|Matakin
Federal Reserve|The Fed|Fed|Bank Sentral AS
Bank Sentral Eropa|ECB|European Central Bank
Kongres AS|Kongres Amerika Serikat
Senat AS
Departemen Luar Negeri AS|Deplu AS
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
Partai Republik
Partai Demokrat AS
Gedung Putih|White House
Kremlin
Pentagon
Komunitas Eropa
Dewan Perwakilan Rakyat|DPR|DPR RI
Majelis Permusyawaratan Rakyat|MPR|MPR RI
Dewan Perwakilan Daerah|DPD|DPD RI
Dewan Perwakilan Rakyat Daerah|DPRD
Dewan Perwakilan Rakyat Papua|DPRP|DPR Papua
Majelis Rakyat Papua|MRP
Dewan Perwakilan Rakyat Aceh|DPRA|DPR Aceh
Komisi Pemberantasan Korupsi|KPK
Badan Nasional Penanggulangan Bencana|BNPB
Badan Penanggulangan Bencana Daerah|BPBD
Badan Meteorologi, Klimatologi, dan Geofisika|BMKG|Badan Meteorologi Klimatologi dan Geofisika
Tentara Nasional Indonesia|TNI
TNI Angkatan Darat|TNI AD|Angkatan Darat
TNI Angkatan Laut|TNI AL|Angkatan Laut
TNI Angkatan Udara|TNI AU|Angkatan Udara
Kepolisian Negara Republik Indonesia|Polri|Kepolisian RI|Mabes Polri|Markas Besar Polri
Polda Metro Jaya
Badan Reserse Kriminal|Bareskrim|Bareskrim Polri
Densus 88|Detasemen Khusus 88|Densus 88 Antiteror
Brigade Mobil|Brimob
Badan Nasional Pencarian dan Pertolongan|Basarnas|Badan SAR Nasional
Otoritas Jasa Keuangan|OJK
Bank Indonesia|BI
Badan Pusat Statistik|BPS
Mahkamah Konstitusi|MK
Mahkamah Agung|MA
Komisi Yudisial|KY
Kejaksaan Agung|Kejagung|Kejaksaan Agung RI
Komisi Pemilihan Umum|KPU|KPU RI
Badan Pengawas Pemilu|Bawaslu|Badan Pengawas Pemilihan Umum
Dewan Kehormatan Penyelenggara Pemilu|DKPP
Badan Pemeriksa Keuangan|BPK
Badan Pengawasan Keuangan dan Pembangunan|BPKP
Pusat Pelaporan dan Analisis Transaksi Keuangan|PPATK
Badan Intelijen Negara|BIN
Badan Narkotika Nasional|BNN
Badan Nasional Penanggulangan Terorisme|BNPT
Badan Pengawas Obat dan Makanan|BPOM|Badan POM
Badan Pertanahan Nasional|BPN
Badan Kepegawaian Negara|BKN
Badan Koordinasi Penanaman Modal|BKPM
Badan Riset dan Inovasi Nasional|BRIN
Badan Siber dan Sandi Negara|BSSN
Badan Perencanaan Pembangunan Nasional|Bappenas
Badan Penyelenggara Jaminan Sosial Kesehatan|BPJS Kesehatan|BPJS
BPJS Ketenagakerjaan
Badan Urusan Logistik|Bulog|Perum Bulog
Lembaga Penjamin Simpanan|LPS
Lembaga Perlindungan Saksi dan Korban|LPSK
Komisi Nasional Hak Asasi Manusia|Komnas HAM
Komisi Perlindungan Anak Indonesia|KPAI
Komnas Perempuan|Komisi Nasional Anti Kekerasan terhadap Perempuan
Ombudsman Republik Indonesia|Ombudsman|Ombudsman RI
Komisi Pengawas Persaingan Usaha|KPPU
Komisi Penyiaran Indonesia|KPI
Dewan Pers
Sekretariat Negara|Setneg|Kementerian Sekretariat Negara|Kemensetneg
Kantor Staf Presiden|KSP|Kantor Staf Kepresidenan
Sekretariat Kabinet|Setkab
Dewan Pertimbangan Presiden|Wantimpres
Lembaga Ketahanan Nasional|Lemhannas
Badan Keamanan Laut|Bakamla
Kementerian Luar Negeri|Kemlu|Kemenlu|Deplu|Departemen Luar Negeri
Kementerian Dalam Negeri|Kemendagri|Depdagri
Kementerian Keuangan|Kemenkeu
Kementerian Pertahanan|Kemhan|Kemenhan
Kementerian Hukum dan HAM|Kemenkumham|Kementerian Hukum dan Hak Asasi Manusia
Kementerian Agama|Kemenag|Depag
Kementerian Pendidikan dan Kebudayaan|Kemendikbud|Kemendikbudristek|Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi
Kementerian Kesehatan|Kemenkes|Depkes
Kementerian Sosial|Kemensos
Kementerian Ketenagakerjaan|Kemnaker|Kemenaker|Kemenakertrans
Kementerian Perindustrian|Kemenperin
Kementerian Perdagangan|Kemendag
Kementerian Pertanian|Kementan
Kementerian Kelautan dan Perikanan|KKP
Kementerian Perhubungan|Kemenhub
Kementerian Pekerjaan Umum dan Perumahan Rakyat|Kementerian PUPR|KemenPUPR|Kementerian PU
Kementerian Energi dan Sumber Daya Mineral|Kementerian ESDM|KESDM
Kementerian Lingkungan Hidup dan Kehutanan|KLHK|Kementerian Kehutanan|Kemenhut
Kementerian Badan Usaha Milik Negara|Kementerian BUMN
Kementerian Komunikasi dan Informatika|Kominfo|Kemenkominfo|Kemkominfo
Kementerian Pariwisata dan Ekonomi Kreatif|Kemenparekraf|Kemenpar|Kementerian Pariwisata
Kementerian Pemuda dan Olahraga|Kemenpora
Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan|Kemenko Polhukam|Kemenkopolhukam
Kementerian Koordinator Bidang Perekonomian|Kemenko Perekonomian
Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi|KemenPAN-RB|Kementerian PANRB
Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi|Kemendes PDTT|Kemendes
Kementerian Agraria dan Tata Ruang|Kementerian ATR/BPN
Kementerian Koperasi dan UKM|Kemenkop UKM
Kementerian Investasi
Kementerian Riset dan Teknologi|Kemenristek|Kemenristekdikti
Pemerintah Provinsi DKI Jakarta|Pemprov DKI|Pemprov DKI Jakarta
Partai Demokrasi Indonesia Perjuangan|PDI Perjuangan|PDI-P|PDIP
Partai Golongan Karya|Golkar|Partai Golkar
Partai Gerakan Indonesia Raya|Gerindra|Partai Gerindra
Partai Demokrat|Demokrat
Partai Kebangkitan Bangsa|PKB
Partai Keadilan Sejahtera|PKS
Partai Amanat Nasional|PAN
Partai Persatuan Pembangunan|PPP
Partai Nasdem|NasDem|Nasdem|Partai NasDem
Partai Hati Nurani Rakyat|Hanura|Partai Hanura
Partai Solidaritas Indonesia|PSI
Partai Bulan Bintang
Partai Perindo|Perindo
Partai Buruh
Partai Gelora|Gelora
Partai Ummat
Partai Keadilan dan Persatuan Indonesia|PKPI
Partai Komunis Indonesia|PKI
Koalisi Merah Putih|KMP
Koalisi Indonesia Hebat|KIH
Pertamina|PT Pertamina|PT Pertamina (Persero)
Perusahaan Listrik Negara|PLN|PT PLN|PT PLN (Persero)
Telkom Indonesia|Telkom|PT Telkom|PT Telekomunikasi Indonesia|Telkomsel
Bank Mandiri|PT Bank Mandiri|Mandiri
Bank Rakyat Indonesia|BRI|PT Bank Rakyat Indonesia
Bank Negara Indonesia|BNI|PT Bank Negara Indonesia
Bank Tabungan Negara|BTN
Bank Central Asia|BCA|PT Bank Central Asia
Bank Syariah Indonesia|BSI
Garuda Indonesia|PT Garuda Indonesia|Garuda
Lion Air
AirAsia|Air Asia|Indonesia AirAsia
Citilink
Kereta Api Indonesia|KAI|PT KAI|PT Kereta Api Indonesia
KRL Commuter Line|KCI
MRT Jakarta
Transjakarta|TransJakarta
Angkasa Pura|Angkasa Pura I|Angkasa Pura II
Pelindo|Pelabuhan Indonesia
Jasa Marga|PT Jasa Marga
Waskita Karya
Wijaya Karya|WIKA
Adhi Karya
Hutama Karya
PT Freeport Indonesia|Freeport|Freeport-McMoRan
Inalum|MIND ID
Antam|Aneka Tambang|PT Aneka Tambang
Bukit Asam|PTBA
Semen Indonesia
Krakatau Steel
Pupuk Indonesia
Bio Farma
Pos Indonesia|PT Pos Indonesia
Pegadaian
Jiwasraya|Asuransi Jiwasraya
Asabri
Taspen
Danantara
Astra International|Astra|PT Astra International
Unilever Indonesia|Unilever
Indofood|PT Indofood Sukses Makmur
Gudang Garam
Djarum
Sampoerna|HM Sampoerna
Sinar Mas
Salim Group
Lippo Group|Lippo
Bakrie Group|Bakrie & Brothers
Chandra Asri
Adaro|Adaro Energy
Indosat|Indosat Ooredoo
XL Axiata|XL
Gojek|GoTo|GoTo Gojek Tokopedia
Grab
Tokopedia
Bukalapak
Shopee
Traveloka
Google
Apple
Microsoft
Meta|Facebook
Amazon
Tesla
Samsung
Toyota
Honda
Huawei
TikTok
Twitter|X Corp
Netflix
Bursa Efek Indonesia|BEI|IDX
Kantor Berita Antara|Antara|ANTARA|LKBN Antara
Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg
Xinhua
Al Jazeera
BBC
CNN
CNN Indonesia
CNBC Indonesia
Kompas|Harian Kompas|Kompas.com
Tempo|Majalah Tempo|Tempo.co
Detik|detikcom|Detik.com
Bisnis Indonesia|Bisnis.com
Republika
Media Indonesia
Jawa Pos|JPNN
Suara Merdeka
Pikiran Rakyat
Tribunnews|Tribun
Liputan6|Liputan6.com
Okezone
Sindonews|Koran Sindo
Kumparan
Tirto|Tirto.id
Katadata
The Jakarta Post|Jakarta Post
Kontan
Metro TV
TVRI
RRI|Radio Republik Indonesia
RCTI
SCTV
Indosiar
TVOne|tvOne
Trans TV
Kompas TV
New York Times|The New York Times
Washington Post|The Washington Post
The Guardian
Financial Times
Wall Street Journal|The Wall Street Journal
South China Morning Post
Universitas Indonesia|UI
Universitas Gadjah Mada|UGM
Institut Teknologi Bandung|ITB
Institut Pertanian Bogor|IPB|IPB University
Institut Teknologi Sepuluh Nopember|ITS
Universitas Airlangga|Unair
Universitas Padjadjaran|Unpad
Universitas Diponegoro|Undip
Universitas Brawijaya|UB
Universitas Hasanuddin|Unhas
Universitas Sumatera Utara|USU
Universitas Islam Negeri Syarif Hidayatullah|UIN Jakarta
Universitas Muhammadiyah
Universitas Trisakti|Trisakti
Universitas Paramadina|Paramadina
Centre for Strategic and International Studies|CSIS
Indonesia Corruption Watch|ICW
Lembaga Survei Indonesia|LSI
Indikator Politik Indonesia|Indikator
Litbang Kompas
Kontras|KontraS
Walhi|Wahana Lingkungan Hidup Indonesia
YLBHI
Kadin|Kamar Dagang dan Industri Indonesia|Kadin Indonesia
Apindo|Asosiasi Pengusaha Indonesia
Persatuan Sepak Bola Seluruh Indonesia|PSSI
Komite Olimpiade Indonesia|KOI
Komite Olahraga Nasional Indonesia|KONI
FIFA
UEFA
Persija|Persija Jakarta
Persib|Persib Bandung
Arema|Arema FC
Persebaya|Persebaya Surabaya
PSM Makassar|PSM
Bali United
Manchester United|MU
Manchester City
Liverpool FC
Real Madrid
Barcelona FC|FC Barcelona|Barca
Chelsea
Arsenal
Juventus
Bayern Munich|Bayern Muenchen
Badan Gizi Nasional|BGN
Makan Bergizi Gratis|MBG
Otorita Ibu Kota Nusantara|Otorita IKN
Badan Pengusahaan Batam|BP Batam
Badan Pengelola Investasi Danantara|BPI Danantara
Lembaga Pengelola Dana Pendidikan|LPDP
Badan Standardisasi Nasional|BSN
Badan Informasi Geospasial|BIG
Badan Pelindungan Pekerja Migran Indonesia|BP2MI
Badan Nasional Pengelola Perbatasan|BNPP
Badan Karantina Indonesia|Barantin
Badan Pangan Nasional|Bapanas
Komisi Aparatur Sipil Negara|KASN
Kementerian Imigrasi dan Pemasyarakatan
Kementerian Hak Asasi Manusia|KemenHAM
Kementerian Kebudayaan
Kementerian Pendidikan Dasar dan Menengah|Kemendikdasmen
Kementerian Pendidikan Tinggi, Sains, dan Teknologi|Kemendiktisaintek
Kementerian Komunikasi dan Digital|Komdigi|Kemkomdigi
Kementerian Ekonomi Kreatif|Kemenekraf
Kementerian Pariwisata
Kementerian Perumahan dan Kawasan Permukiman|Kementerian PKP
Kementerian Pekerjaan Umum|Kementerian PU
Kementerian Kehutanan|Kemenhut
Kementerian Lingkungan Hidup|KLH
Kementerian Transmigrasi
Kementerian Pelindungan Pekerja Migran Indonesia|KP2MI
Kementerian Koperasi|Kemenkop
Kementerian UMKM
Kementerian Kependudukan dan Pembangunan Keluarga
Kementerian Pemberdayaan Perempuan dan Perlindungan Anak|KemenPPPA
Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan|Kemenko PMK
Kementerian Koordinator Bidang Kemaritiman dan Investasi|Kemenko Marves
Kementerian Koordinator Bidang Pangan|Kemenko Pangan
Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan
Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan|Kemenko Kumham Imipas
Kementerian Koordinator Bidang Pemberdayaan Masyarakat
Badan Kependudukan dan Keluarga Berencana Nasional|BKKBN
Direktorat Jenderal Pajak|DJP|Ditjen Pajak
Direktorat Jenderal Bea dan Cukai|DJBC|Bea Cukai
Direktorat Jenderal Imigrasi|Ditjen Imigrasi|Imigrasi
Badan Pembinaan Ideologi Pancasila|BPIP
Badan Ekonomi Kreatif|Bekraf
Komisi Informasi Pusat|KIP
Dewan Ketahanan Nasional|Wantannas
Paspampres|Pasukan Pengamanan Presiden
Kopassus|Komando Pasukan Khusus
Kostrad|Komando Cadangan Strategis Angkatan Darat
Marinir|Korps Marinir
Polda Jawa Barat|Polda Jabar
Polda Jawa Timur|Polda Jatim
Polda Jawa Tengah|Polda Jateng
Polda Sumatera Utara|Polda Sumut
Polda Bali
Polda Papua
Polda Metro
Polres Metro Jakarta Selatan|Polres Jakarta Selatan
Polres Metro Jakarta Pusat
Kodam Jaya
Pemerintah Provinsi Jawa Barat|Pemprov Jabar
Pemerintah Provinsi Jawa Tengah|Pemprov Jateng
Pemerintah Provinsi Jawa Timur|Pemprov Jatim
Pemerintah Kota Surabaya|Pemkot Surabaya
Pemerintah Kota Bandung|Pemkot Bandung
DPRD DKI Jakarta|DPRD DKI
Satpol PP|Satuan Polisi Pamong Praja
Dinas Kesehatan|Dinkes
Dinas Pendidikan|Disdik
Dinas Perhubungan|Dishub
Palang Merah Indonesia|PMI
Badan Amil Zakat Nasional|Baznas
Ikatan Dokter Indonesia|IDI
Persatuan Guru Republik Indonesia|PGRI
Aliansi Jurnalis Independen|AJI
Persatuan Wartawan Indonesia|PWI
Konfederasi Serikat Pekerja Indonesia|KSPI
Himpunan Pengusaha Muda Indonesia|Hipmi
Gabungan Pengusaha Kelapa Sawit Indonesia|Gapki
Persatuan Hotel dan Restoran Indonesia|PHRI
Yayasan Lembaga Konsumen Indonesia|YLKI
Lembaga Bantuan Hukum|LBH
Indonesian Police Watch|IPW
Transparency International
Indonesia Indicator
Lembaga Survei Indonesia
Charta Politika
Poltracking
Saiful Mujani Research and Consulting|SMRC
Institute for Development of Economics and Finance|INDEF|Indef
Center of Reform on Economics|CORE|CORE Indonesia
Center of Economic and Law Studies|Celios
Lembaga Penyelidikan Ekonomi dan Masyarakat|LPEM FEB UI|LPEM
Bank Danamon|Danamon
Bank CIMB Niaga|CIMB Niaga
Bank Permata|Permata
Bank OCBC NISP
Bank Panin|Panin
Bank Mega
Bank Jago
Bank DKI
Bank Jatim
Bank BJB|bank bjb
Bank Muamalat
Bank Sinarmas
Maybank Indonesia|Maybank
Bank Neo Commerce
Allo Bank
Bank Aladin
Mandiri Sekuritas
Prudential
Allianz
Manulife
AXA Mandiri
Pertamina Hulu Energi|PHE
Pertamina Patra Niaga
Pertamina International Shipping
PT PGN|Perusahaan Gas Negara|PGN
PT Vale Indonesia|Vale Indonesia|Vale
Amman Mineral|PT Amman Mineral Nusa Tenggara
Merdeka Copper Gold
Harum Energy
Bumi Resources|BUMI
Indika Energy
Medco Energi|Medco
Barito Pacific
Sumber Alfaria Trijaya|Alfamart
Indomaret
Matahari Department Store|Matahari
Ramayana
Mayora|Mayora Indah
Wings Group
Kalbe Farma|Kalbe
Kimia Farma
Indofarma
Sido Muncul
Japfa
Charoen Pokphand Indonesia|Charoen Pokphand
Wilmar
Musim Mas
Astra Agro Lestari
Sinar Mas Agro Resources and Technology|SMART
Asia Pulp & Paper|APP
April Group
Emtek|Elang Mahkota Teknologi
MNC Group|MNC
Visi Media Asia|Viva
Trans Corp|CT Corp
Kompas Gramedia|Gramedia
Tempo Media
Djarum Foundation
Telkomsel
Smartfren
XLSmart
Link Net
Biznet
Blibli
Lazada
Bibit
Ajaib
DANA
OVO
GoPay
ShopeePay
Akulaku
Kredivo
Pinduoduo|Temu
Alibaba
Tencent
ByteDance
Nvidia
OpenAI
Intel
Foxconn
Hyundai
Wuling
BYD
Vinfast
Mitsubishi
Suzuki
Daihatsu
Yamaha
Nissan
Mercedes-Benz
BMW
Volkswagen
Boeing
Airbus
Batik Air
Super Air Jet
Pelita Air
Wings Air
Sriwijaya Air
TransNusa
Singapore Airlines
Emirates
Qatar Airways
Saudia
Pelni|PT Pelni
ASDP|ASDP Indonesia Ferry
KCIC|Kereta Cepat Indonesia China
Whoosh
LRT Jabodebek
MRT
KRL
Damri
Jasa Raharja
Indonesia Financial Group|IFG
Sarinah
ID Food
Perum Perumnas|Perumnas
Perhutani
PTPN|PT Perkebunan Nusantara
Len Industri
PT Pindad|Pindad
PT PAL
PT Dirgantara Indonesia|PTDI
Defend ID
Kompas.id
Kompas TV
iNews
MetroTV
Antara News
Viva.co.id|VIVA
Merdeka.com
Suara.com
IDN Times
Narasi
Mongabay
BeritaSatu
Inilah.com
Jakarta Globe
Straits Times|The Straits Times
Nikkei Asia|Nikkei
Kyodo
Yonhap
TASS
RIA Novosti
Sputnik
Anadolu|Anadolu Agency
The Economist
Forbes
Politico
Axios
ABC
NBC
CBS
Fox News
Sky News
Deutsche Welle|DW
France 24
Channel NewsAsia|CNA
Universitas Negeri Jakarta|UNJ
Universitas Pendidikan Indonesia|UPI
Universitas Sebelas Maret|UNS
Universitas Negeri Yogyakarta|UNY
Universitas Islam Indonesia|UII
Universitas Muhammadiyah Yogyakarta|UMY
Universitas Muhammadiyah Malang|UMM
Universitas Andalas|Unand
Universitas Syiah Kuala|USK|Unsyiah
Universitas Sriwijaya|Unsri
Universitas Lampung|Unila
Universitas Udayana|Unud
Universitas Mataram|Unram
Universitas Lambung Mangkurat|ULM
Universitas Mulawarman|Unmul
Universitas Tanjungpura|Untan
Universitas Sam Ratulangi|Unsrat
Universitas Cenderawasih|Uncen
Universitas Pattimura|Unpatti
Universitas Negeri Semarang|Unnes
Universitas Jember|Unej
Universitas Bina Nusantara|Binus
Universitas Pelita Harapan|UPH
Universitas Atma Jaya
Universitas Pertahanan|Unhan
Universitas Terbuka|UT
Universitas Katolik Parahyangan|Unpar
Institut Teknologi Sumatera|Itera
UIN Sunan Kalijaga
UIN Sunan Ampel
Harvard University|Universitas Harvard|Harvard
Massachusetts Institute of Technology|MIT
Stanford University|Stanford
University of Oxford|Universitas Oxford
National University of Singapore|NUS
Persis Solo
PSIS Semarang
PSS Sleman
Borneo FC
Madura United
Dewa United
Bhayangkara FC
Persik Kediri
Persita Tangerang
Barito Putera
PSBS Biak
Semen Padang
Malut United
Persipura Jayapura|Persipura
Persiraja Banda Aceh|Persiraja
Sriwijaya FC
Persela Lamongan|Persela
PSPS Pekanbaru|PSPS Riau
Persiba Balikpapan|Persiba
Persikabo 1973|Persikabo
RANS Nusantara FC|RANS Nusantara
Timnas Indonesia|Tim Nasional Indonesia|Timnas
Tottenham Hotspur|Tottenham
Atletico Madrid
AC Milan
Inter Milan
Paris Saint-Germain|PSG
Borussia Dortmund|Dortmund
Ajax Amsterdam|Ajax
Al Nassr
Inter Miami
Badminton World Federation|BWF
Asian Football Confederation|AFC
ASEAN Football Federation|AFF
Komite Olimpiade Internasional|IOC
World Wildlife Fund|WWF
Organisation for Economic Co-operation and Development|OECD
International Energy Agency|IEA
Badan Energi Atom Internasional|IAEA
Moody's
Fitch Ratings|Fitch
Standard & Poor's|S&P
Goldman Sachs
JPMorgan
Morgan Stanley
Citigroup|Citi
HSBC
DBS
UOB
Temasek
GIC
SoftBank
"""

# The police's own units as its organisation rules name them (Peraturan
# Kapolri 14/2018 on the structure of a Polda, Perpol 6/2017 on the
# national headquarters): every Polda has the same directorates, so the
# generic name is the body; "Polda X" after it says which. The 2019
# presidential coalitions as the KPU registered them, and ministries'
# names of the Kabinet Merah Putih (Perpres 139/2024) not listed above.
BODIES += """
Direktorat Reserse Kriminal Umum|Ditreskrimum
Direktorat Reserse Kriminal Khusus|Ditreskrimsus
Direktorat Reserse Narkoba|Ditresnarkoba|Ditnarkoba
Direktorat Lalu Lintas|Ditlantas
Direktorat Intelijen dan Keamanan|Ditintelkam
Direktorat Samapta|Ditsamapta|Direktorat Sabhara|Ditsabhara
Direktorat Pembinaan Masyarakat|Ditbinmas
Direktorat Polisi Perairan dan Udara|Ditpolairud
Direktorat Pengamanan Objek Vital|Ditpamobvit
Direktorat Tahanan dan Barang Bukti|Dittahti
Divisi Hubungan Masyarakat Polri|Divisi Humas Polri|Divhumas Polri
Divisi Profesi dan Pengamanan Polri|Divisi Propam Polri|Propam Polri|Divpropam Polri
Korps Lalu Lintas Polri|Korlantas Polri|Korlantas
Badan Intelijen Keamanan Polri|Baintelkam Polri|Baintelkam
Badan Pemelihara Keamanan Polri|Baharkam Polri|Baharkam
Koalisi Indonesia Kerja|KIK
Koalisi Indonesia Adil Makmur
Kementerian Koordinator Bidang Politik dan Keamanan|Kemenko Polkam
Kementerian Hukum|Kemenkum
Kementerian Investasi dan Hilirisasi|Kementerian Investasi dan Hilirisasi/BKPM
Kementerian Desa dan Pembangunan Daerah Tertinggal|Kemendes PDT
Kementerian Perencanaan Pembangunan Nasional|Kementerian PPN|Kementerian PPN/Bappenas
Kementerian Agraria dan Tata Ruang|Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional|ATR/BPN|Kementerian ATR
"""

PEOPLE = """
Joko Widodo|Jokowi|Presiden Jokowi
Prabowo Subianto|Prabowo
Susilo Bambang Yudhoyono|SBY
Megawati Soekarnoputri|Megawati|Mega
Soekarno|Bung Karno|Sukarno
Soeharto|Suharto
B.J. Habibie|BJ Habibie|Habibie|Bacharuddin Jusuf Habibie
Abdurrahman Wahid|Gus Dur
Jusuf Kalla|JK
Boediono
Ma'ruf Amin|Maruf Amin
Gibran Rakabuming Raka|Gibran|Gibran Rakabuming
Kaesang Pangarep|Kaesang
Bobby Nasution|Bobby Afif Nasution
Anies Baswedan|Anies
Ganjar Pranowo|Ganjar
Basuki Tjahaja Purnama|Ahok
Ridwan Kamil|Emil
Khofifah Indar Parawansa|Khofifah
Tri Rismaharini|Risma
Puan Maharani|Puan
Muhaimin Iskandar|Cak Imin
Mahfud MD|Mahfud
Airlangga Hartarto|Airlangga
Sri Mulyani Indrawati|Sri Mulyani
Luhut Binsar Pandjaitan|Luhut
Retno Marsudi|Retno
Erick Thohir
Sandiaga Uno|Sandiaga|Sandi
Agus Harimurti Yudhoyono|AHY
Edhie Baskoro Yudhoyono|Ibas
Surya Paloh
Aburizal Bakrie|Ical
Hatta Rajasa
Amien Rais
Wiranto
Abraham Samad
Anas Urbaningrum
Setya Novanto|Setnov
Bambang Soesatyo|Bamsoet
Listyo Sigit Prabowo|Sigit Prabowo
Tito Karnavian|Tito|Muhammad Tito Karnavian
Hadi Tjahjanto
Andika Perkasa
Budi Gunawan
Pramono Anung|Pramono Anung Wibowo
Hasto Kristiyanto|Hasto
Zulkifli Hasan|Zulhas
Yusril Ihza Mahendra|Yusril
Fadli Zon
Fahri Hamzah
Budi Gunadi Sadikin
Nadiem Makarim|Nadiem
Perry Warjiyo
Basuki Hadimuljono
Budi Karya Sumadi|Budi Karya
Yasonna Laoly|Yasonna|Yasonna Hamonangan Laoly
Firli Bahuri
Novel Baswedan
Teten Masduki
Bahlil Lahadalia|Bahlil
Dedi Mulyadi
Heru Budi Hartono
Hasyim Asy'ari
Joe Biden|Biden
Donald Trump|Trump
Barack Obama|Obama
Kamala Harris
Hillary Clinton
Antony Blinken|Blinken
Vladimir Putin|Putin
Sergei Lavrov|Lavrov
Volodymyr Zelensky|Zelensky|Zelenskyy
Xi Jinping|Xi
Li Qiang
Wang Yi
Narendra Modi|Modi
Fumio Kishida|Kishida
Shinzo Abe
Anthony Albanese|Albanese
Rishi Sunak|Sunak
Keir Starmer
Boris Johnson
Emmanuel Macron|Macron
Olaf Scholz|Scholz
Angela Merkel|Merkel
Annalena Baerbock|Baerbock
Recep Tayyip Erdogan|Erdogan
Benjamin Netanyahu|Netanyahu
Mahmoud Abbas
Kim Jong Un|Kim Jong-un
Yoon Suk Yeol
Anwar Ibrahim|Anwar
Mahathir Mohamad|Mahathir
Najib Razak|Najib
Lee Hsien Loong
Ferdinand Marcos Jr|Bongbong Marcos
Rodrigo Duterte|Duterte
Antonio Guterres|Guterres
Kristalina Georgieva
Tedros Adhanom Ghebreyesus|Tedros
Paus Fransiskus|Paus Francis
Ursula von der Leyen
Jens Stoltenberg|Stoltenberg
Elon Musk
Mark Zuckerberg
Bill Gates
Lionel Messi|Messi
Cristiano Ronaldo|Ronaldo
Pratikno
Yaqut Cholil Qoumas|Gus Yaqut
Arifin Tasrif
Siti Nurbaya Bakar|Siti Nurbaya
Syahrul Yasin Limpo
Sakti Wahyu Trenggono
Muhadjir Effendy
Ida Fauziyah
Agus Gumiwang Kartasasmita
Zulkifli Hasan|Zulhas
Budi Arie Setiadi
Johnny G. Plate|Johnny Plate
Andi Amran Sulaiman|Amran Sulaiman
Abdullah Azwar Anas|Azwar Anas
Hadi Tjahjanto
Arifin Tasrif
Suharso Monoarfa
Bambang Brodjonegoro
Sofyan Djalil
Juliari Batubara
Edhy Prabowo
Terawan Agus Putranto|Terawan
Dito Ariotedjo
Zainudin Amali
Supratman Andi Agtas
Sufmi Dasco Ahmad|Dasco
Lodewijk Freidrich Paulus
Rachmat Gobel
Prasetyo Hadi
Teddy Indra Wijaya
Raja Juli Antoni
Meutya Hafid
Fadli Zon
Natalius Pigai
Yandri Susanto
Agus Harimurti Yudhoyono|AHY
Budiman Sudjatmiko
Nusron Wahid
Sjafrie Sjamsoeddin
Agus Subiyanto
Maruli Simanjuntak
Muhammad Ali
Tonny Harjono
Yudo Margono
Fadjar Prasetyo
Sri Sultan Hamengku Buwono X|Sri Sultan|Sultan HB X
Rano Karno|Si Doel
Dedi Mulyadi|KDM
Ahmad Luthfi
Andi Sudirman Sulaiman
Edy Rahmayadi
Mahyeldi Ansharullah|Mahyeldi
Sherly Tjoanda
Wahidin Halim
Andra Soni
Eri Cahyadi
Emil Dardak
Bima Arya Sugiarto|Bima Arya
Hasto Kristiyanto
Ahmad Muzani
Bahlil Lahadalia
Agus Rahardjo
Nawawi Pomolango
Alexander Marwata
Johanis Tanak
Setyo Budiyanto
Sanitiar Burhanuddin|ST Burhanuddin
Suhartoyo
Anwar Usman
Rahmat Bagja
Mochammad Afifuddin
Dwikorita Karnawati|Dwikorita
Suharyanto
Abdul Muhari
Mahendra Siregar
Amalia Adininggar Widyasanti
Margo Yuwono
Dian Ediana Rae
Purbaya Yudhi Sadewa
Rosan Roeslani|Rosan Perkasa Roeslani
Chairul Tanjung|CT
Hary Tanoesoedibjo|Hary Tanoe
Budi Hartono
Michael Hartono
Anthoni Salim
Garibaldi Thohir|Boy Thohir
Dahlan Iskan
Jusuf Hamka
Najwa Shihab|Nana
Deddy Corbuzier
Raffi Ahmad
Iwan Fals
Susi Pudjiastuti|Susi
Gita Wirjawan
Sudirman Said
Nurcholish Madjid|Cak Nur
Quraish Shihab
Yahya Cholil Staquf|Gus Yahya
Haedar Nashir
Said Aqil Siradj
Abdul Somad|UAS
Habib Rizieq Shihab|Rizieq Shihab|Rizieq
Abu Bakar Ba'asyir|Ba'asyir
Ferdy Sambo|Sambo
Richard Eliezer
Harun Masiku
Shin Tae-yong|STY
Patrick Kluivert
Erick Thohir
Jay Idzes
Marselino Ferdinan
Pratama Arhan
Egy Maulana Vikri
Jonatan Christie
Anthony Sinisuka Ginting
Greysia Polii
Apriyani Rahayu
Rizki Juniansyah
Marc Marquez
Valentino Rossi
Xi Jinping
Kim Jong Un
Mohammed bin Salman|MBS
Ayatollah Ali Khamenei|Khamenei
Masoud Pezeshkian
Ebrahim Raisi
Abdel Fattah al-Sisi|el-Sisi
Bashar al-Assad|Assad
Ismail Haniyeh|Haniyeh
Yahya Sinwar|Sinwar
Hassan Nasrallah|Nasrallah
Yoav Gallant
Isaac Herzog
Lloyd Austin
Jake Sullivan
Marco Rubio
JD Vance
Pete Hegseth
Elon Musk
Ron DeSantis
Nancy Pelosi
Dmitry Peskov
Maria Zakharova
Sergei Shoigu
Dmitry Medvedev
Yevgeny Prigozhin|Prigozhin
Alexei Navalny|Navalny
Dmytro Kuleba|Kuleba
Lee Jae-myung
Shigeru Ishiba
Hun Manet
Hun Sen
Paetongtarn Shinawatra
Thaksin Shinawatra
Srettha Thavisin
Min Aung Hlaing
Aung San Suu Kyi|Suu Kyi
Lawrence Wong
Jose Ramos-Horta|Ramos-Horta
Xanana Gusmao
Charles III|Raja Charles
Justin Trudeau|Trudeau
Giorgia Meloni|Meloni
Friedrich Merz
Pedro Sanchez
Mark Rutte
Luiz Inacio Lula da Silva|Lula
Javier Milei
Cyril Ramaphosa
Paus Leo XIV
Ajay Banga
Ngozi Okonjo-Iweala
Kaja Kallas
Charles Michel
Josep Borrell
Volker Turk
"""

EVENTS = """
KTT G20|Konferensi Tingkat Tinggi G20|G20 Summit
KTT ASEAN|Konferensi Tingkat Tinggi ASEAN
KTT APEC
Perang Dunia I|Perang Dunia Pertama
Perang Dunia II|Perang Dunia Kedua
Perang Dingin
Asian Games
SEA Games
Olimpiade|Olympic Games
Piala Dunia|World Cup|Piala Dunia FIFA
Piala AFF
Piala Asia
Liga Champions|Liga Champions UEFA
Liga Inggris|Premier League
Liga 1
Pemilu 2014
Pemilu 2019
Pemilu 2024
Pilpres 2014
Pilpres 2019
Pilpres 2024
Pilkada DKI Jakarta
Reformasi 1998
Gerakan 30 September|G30S|G30S/PKI
Hari Kemerdekaan
Idul Fitri|Lebaran
Idul Adha
Natal
Ramadan|Ramadhan
Hari Raya Nyepi|Nyepi
Hari Raya Galungan|Galungan
Hari Raya Kuningan
Waisak|Hari Raya Waisak|Hari Waisak
Maulid Nabi|Maulid Nabi Muhammad SAW
Imlek
Tahun Baru Imlek
Konferensi Asia Afrika|KAA
COP28
COP27
World Economic Forum|WEF|Forum Ekonomi Dunia
KTT G20 Bali
KTT G7
KTT BRICS
Sidang Umum PBB
Hari Raya Idul Fitri
Hari Pahlawan
Hari Kartini
Hari Sumpah Pemuda|Sumpah Pemuda
HUT RI|HUT Kemerdekaan RI
HUT TNI
Hari Bhayangkara
Pemilu 2029
Pilkada 2024|Pilkada Serentak 2024
Pilkada Serentak
Pemilihan Presiden|Pilpres
Pemilihan Umum|Pemilu
Pemilihan Kepala Daerah|Pilkada
Piala Dunia 2026
Piala Dunia U-17
Piala Asia U-23
Olimpiade Paris 2024|Olimpiade Paris
Olimpiade Tokyo
Asian Games 2018
PON|Pekan Olahraga Nasional
Piala Sudirman
Piala Thomas
Piala Uber
Indonesia Open
All England
MotoGP Mandalika
Formula E
Java Jazz|Java Jazz Festival
Jakarta Fair|Pekan Raya Jakarta|PRJ
Tragedi Kanjuruhan
Tragedi Semanggi
Krisis Moneter 1998|Krismon
Pandemi Covid-19
Tsunami Aceh
Gempa Cianjur
Perang Rusia-Ukraina
Perang Gaza
Brexit
Arab Spring|Musim Semi Arab
Lebaran 2025
Natal dan Tahun Baru|Nataru
Hari Buruh|May Day
Black Friday
Harbolnas|Hari Belanja Online Nasional
"""

MISC = """
New START|Perjanjian New START
Pancasila
Undang-Undang Dasar 1945|UUD 1945
Kitab Undang-Undang Hukum Pidana|KUHP
Omnibus Law|UU Cipta Kerja
Bhinneka Tunggal Ika
Covid-19|COVID-19|Covid|virus corona
Rupiah
APBN|Anggaran Pendapatan dan Belanja Negara
APBD
RUU KUHP
UU ITE|Undang-Undang Informasi dan Transaksi Elektronik
UU Cipta Kerja
UU TNI
RUU Perampasan Aset
Perppu
Nawacita
Asta Cita
IKN|Ibu Kota Nusantara
Proyek Strategis Nasional|PSN
Bantuan Langsung Tunai|BLT
Kartu Prakerja
Program Keluarga Harapan|PKH
Kartu Indonesia Pintar|KIP
Tapera
Qris|QRIS
Pertalite
Pertamax
LPG
Bitcoin
iPhone
Android
ChatGPT
WhatsApp
Instagram
YouTube
"""


def entries(block, etype):
    """One entry per canonical name: repeated lines merge their aliases."""
    merged = {}
    for line in block.strip().splitlines():
        names = [n.strip() for n in line.split('|') if n.strip()]
        if not names:
            continue
        aliases = merged.setdefault(names[0], [])
        aliases += [a for a in names[1:] if a not in aliases]
    for name, aliases in merged.items():
        out = {'name': name, 'type': etype}
        if aliases:
            out['aliases'] = aliases
        yield out


def write(path, source, items):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'version': 1, 'source': source, 'entries': list(items)}, f,
                  ensure_ascii=False, indent=0)
        f.write('\n')


write('bodies.json', 'Names of public bodies, parties, companies and media: facts, compiled by hand',
      entries(BODIES, 'ORGANIZATION'))
write('people.json', 'Names of public office holders and public figures: facts, compiled by hand',
      entries(PEOPLE, 'PERSON'))
write('events.json', 'Names of recurring and historical events and other named things: facts, compiled by hand',
      list(entries(EVENTS, 'EVENT')) + list(entries(MISC, 'MISC')))
