#!/usr/bin/python3
# Compiles countries.json from Debian's iso-codes (LGPL-2.1+): ISO 3166-1
# names with their Indonesian translations, corrected to the spellings
# Indonesian newsrooms use, plus capitals and large world cities.
#
#   /usr/bin/python3 data/gazetteer/make-countries.py > data/gazetteer/countries.json
#
# Country and city names are facts; see data/gazetteer/README.md.

import gettext
import json
import sys

ISO = '/usr/share/iso-codes/json/iso_3166-1.json'

# Newsroom name first, then other spellings seen in Indonesian news.
FIXES = {
    'RU': ['Rusia', 'Federasi Rusia', 'Russia'],
    'FR': ['Prancis', 'Perancis', 'France'],
    'GB': ['Inggris', 'Britania Raya', 'Kerajaan Inggris', 'UK', 'Inggris Raya'],
    'CN': ['China', 'Tiongkok', 'Cina', 'RRT', 'RRC', 'Republik Rakyat Tiongkok'],
    'TL': ['Timor Leste', 'Timor-Leste', 'Republik Demokratik Timor Leste'],
    'US': ['Amerika Serikat', 'AS', 'Amerika', 'USA', 'Paman Sam'],
    'KR': ['Korea Selatan', 'Korsel', 'Republik Korea'],
    'KP': ['Korea Utara', 'Korut'],
    'NL': ['Belanda', 'Netherlands'],
    'DE': ['Jerman', 'Germany'],
    'JP': ['Jepang', 'Japan'],
    'SA': ['Arab Saudi', 'Saudi Arabia', 'Saudi'],
    'AE': ['Uni Emirat Arab', 'UEA', 'Emirat Arab'],
    'PH': ['Filipina'],
    'SG': ['Singapura'],
    'MY': ['Malaysia', 'Negeri Jiran'],
    'SY': ['Suriah', 'Syria'],
    'IR': ['Iran'],
    'TW': ['Taiwan'],
    'VN': ['Vietnam', 'Viet Nam'],
    'LA': ['Laos'],
    'TR': ['Turki', 'Turkiye', 'Türkiye'],
    'CZ': ['Ceko', 'Republik Ceko', 'Czechia'],
    'PS': ['Palestina'],
    'VA': ['Vatikan', 'Takhta Suci'],
    'VE': ['Venezuela'],
    'BO': ['Bolivia'],
    'TZ': ['Tanzania'],
    'MD': ['Moldova'],
    'CD': ['Republik Demokratik Kongo', 'Kongo'],
    'CG': ['Republik Kongo'],
    'CH': ['Swiss', 'Switzerland'],
    'NZ': ['Selandia Baru'],
    'PG': ['Papua Nugini', 'PNG'],
    'MM': ['Myanmar', 'Burma'],
    'CI': ['Pantai Gading'],
    'RO': ['Rumania', 'Romania'],
    'FM': ['Mikronesia'],
    'BN': ['Brunei Darussalam', 'Brunei'],
    'IN': ['India'],
    'AU': ['Australia', 'Negeri Kanguru'],
    'UA': ['Ukraina'],
    'IL': ['Israel'],
    'EG': ['Mesir'],
    'IQ': ['Irak', 'Iraq'],
    'AF': ['Afghanistan', 'Afganistan'],
    'QA': ['Qatar'],
    'BR': ['Brasil', 'Brazil'],
}

# Capitals and large cities, as Indonesian news writes them.
CITIES = {
    'US': ['Washington', 'Washington DC', 'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Houston', 'Boston', 'Seattle', 'Miami', 'Las Vegas', 'Gedung Putih:ORG', 'Pentagon:ORG', 'Hawaii', 'California', 'Texas', 'Florida', 'Silicon Valley'],
    'RU': ['Moskow', 'Moscow', 'St. Petersburg', 'Kremlin:ORG'],
    'UA': ['Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Krimea', 'Crimea', 'Donetsk', 'Luhansk', 'Mariupol', 'Bakhmut', 'Kherson', 'Zaporizhzhia'],
    'GB': ['London', 'Manchester', 'Liverpool', 'Birmingham', 'Skotlandia', 'Wales', 'Irlandia Utara', 'Oxford', 'Cambridge'],
    'FR': ['Paris', 'Marseille', 'Lyon', 'Nice'],
    'DE': ['Berlin', 'Munich', 'Muenchen', 'Frankfurt', 'Hamburg', 'Bonn'],
    'CN': ['Beijing', 'Shanghai', 'Wuhan', 'Guangzhou', 'Shenzhen', 'Hong Kong', 'Makau', 'Xinjiang', 'Tibet', 'Chongqing', 'Tianjin'],
    'JP': ['Tokyo', 'Osaka', 'Kyoto', 'Hiroshima', 'Nagasaki', 'Fukushima', 'Okinawa', 'Yokohama'],
    'KR': ['Seoul', 'Busan', 'Incheon'],
    'KP': ['Pyongyang'],
    'SA': ['Riyadh', 'Jeddah', 'Mekah', 'Makkah', 'Madinah', 'Mekkah'],
    'AE': ['Abu Dhabi', 'Dubai'],
    'MY': ['Kuala Lumpur', 'Putrajaya', 'Johor', 'Johor Bahru', 'Sabah', 'Sarawak', 'Penang', 'Malaka', 'Selangor', 'Kuching', 'Kota Kinabalu'],
    'SG': [],
    'TH': ['Bangkok', 'Phuket', 'Chiang Mai', 'Pattaya'],
    'PH': ['Manila', 'Mindanao', 'Davao', 'Cebu', 'Marawi'],
    'VN': ['Hanoi', 'Ho Chi Minh City', 'Saigon', 'Da Nang'],
    'MM': ['Naypyidaw', 'Yangon', 'Rakhine'],
    'KH': ['Phnom Penh', 'Siem Reap'],
    'LA': ['Vientiane'],
    'BN': ['Bandar Seri Begawan'],
    'TL': ['Dili'],
    'AU': ['Canberra', 'Sydney', 'Melbourne', 'Perth', 'Brisbane', 'Darwin', 'Adelaide'],
    'NZ': ['Wellington', 'Auckland', 'Christchurch'],
    'PG': ['Port Moresby'],
    'IN': ['New Delhi', 'Mumbai', 'Kolkata', 'Bangalore', 'Chennai', 'Kashmir'],
    'PK': ['Islamabad', 'Karachi', 'Lahore'],
    'BD': ['Dhaka', "Cox's Bazar"],
    'AF': ['Kabul', 'Kandahar'],
    'IR': ['Teheran', 'Tehran'],
    'IQ': ['Baghdad', 'Mosul', 'Basra'],
    'SY': ['Damaskus', 'Aleppo', 'Idlib'],
    'IL': ['Tel Aviv', 'Yerusalem', 'Jerusalem'],
    'PS': ['Gaza', 'Jalur Gaza', 'Tepi Barat', 'Ramallah', 'Rafah', 'Khan Younis'],
    'LB': ['Beirut'],
    'JO': ['Amman'],
    'EG': ['Kairo', 'Sinai', 'Alexandria'],
    'TR': ['Ankara', 'Istanbul'],
    'QA': ['Doha'],
    'KW': ['Kuwait City'],
    'YE': ['Sanaa'],
    'IT': ['Roma', 'Milan', 'Milano', 'Venesia', 'Napoli', 'Turin'],
    'VA': ['Vatican'],
    'ES': ['Madrid', 'Barcelona', 'Valencia', 'Sevilla'],
    'PT': ['Lisbon'],
    'NL': ['Den Haag', 'Amsterdam', 'Rotterdam', 'Leiden'],
    'BE': ['Brussel', 'Brussels'],
    'CH': ['Jenewa', 'Zurich', 'Bern', 'Davos', 'Lausanne'],
    'AT': ['Wina', 'Vienna'],
    'SE': ['Stockholm'],
    'NO': ['Oslo'],
    'DK': ['Kopenhagen'],
    'FI': ['Helsinki'],
    'PL': ['Warsawa', 'Warsaw'],
    'GR': ['Athena', 'Athens'],
    'CA': ['Ottawa', 'Toronto', 'Vancouver', 'Montreal'],
    'MX': ['Mexico City'],
    'BR': ['Brasilia', 'Rio de Janeiro', 'Sao Paulo'],
    'AR': ['Buenos Aires'],
    'ZA': ['Pretoria', 'Johannesburg', 'Cape Town'],
    'NG': ['Abuja', 'Lagos'],
    'KE': ['Nairobi'],
    'ET': ['Addis Ababa'],
    'SD': ['Khartoum'],
    'HU': ['Budapest'],
    'CZ': ['Praha'],
    'IE': ['Dublin'],
    'BY': ['Minsk'],
    'GE': ['Tbilisi'],
    'MA': ['Rabat', 'Casablanca'],
    'DZ': ['Aljir'],
    'LK': ['Kolombo'],
    'NP': ['Kathmandu'],
    'MV': ['Male'],
    'TW': ['Taipei'],
}

REGIONS = ['Eropa', 'Asia', 'Afrika', 'Amerika Latin', 'Amerika Selatan', 'Amerika Utara',
           'Timur Tengah', 'Asia Tenggara', 'Asia Timur', 'Asia Selatan', 'Asia Pasifik',
           'Eropa Barat', 'Eropa Timur', 'Oseania', 'Antartika', 'Semenanjung Korea',
           'Laut China Selatan', 'Laut Cina Selatan', 'Laut Natuna Utara', 'Samudra Hindia',
           'Samudera Hindia', 'Samudra Pasifik', 'Samudera Pasifik', 'Selat Malaka',
           'Teluk Persia', 'Laut Merah', 'Laut Hitam', 'Balkan', 'Skandinavia', 'Kaukasus',
           'Indo-Pasifik', 'Selat Taiwan', 'Uni Soviet', 'Yugoslavia', 'Cekoslowakia', 'Jerman Timur', 'Jerman Barat']


def entry(name, etype, aliases, ident):
    out = {'name': name, 'type': etype}
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    if aliases:
        out['aliases'] = aliases
    if ident:
        out['id'] = ident
    return out


def main():
    tr = gettext.translation('iso_3166-1', '/usr/share/locale', languages=['id'])
    entries = []
    for c in json.load(open(ISO))['3166-1']:
        code = c['alpha_2']
        names = list(FIXES.get(code, []))
        for key in ('common_name', 'name'):
            if key in c:
                local = tr.gettext(c[key])
                if ',' not in local:
                    names.append(local)
        if not names:
            names = [tr.gettext(c['name'])]
        names += [c.get('common_name', c['name'])] if ',' not in c.get('common_name', c['name']) else []
        entries.append(entry(names[0], 'LOCATION', names[1:], 'iso3166:' + code))
        for city in CITIES.get(code, []):
            name, _, kind = city.partition(':')
            entries.append(entry(name, {'ORG': 'ORGANIZATION'}.get(kind, 'LOCATION'), [], None))
    for region in REGIONS:
        entries.append(entry(region, 'LOCATION', [], None))
    json.dump({'version': 1,
               'source': 'Debian iso-codes 4.15 (LGPL-2.1+) ISO 3166-1 with Indonesian translations, corrected; capitals and cities are facts',
               'entries': entries}, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write('\n')


main()
