"""The words and sentence tables of the benchmark corpus, English and German side by side.

Months, weekdays and topics; the news outlets and editors; the paragraph templates of a
meeting report (what the host says, what the guest says, filler prose) and of a
partnership feature. The templates' placeholders are filled by ``texts.py``.
"""

from __future__ import annotations


def wordlist(words: str) -> list[str]:
    return words.split()


# ---------------------------------------------------------------------------
# Words


MONTHS_EN = wordlist("January February March April May June July August September October November December")
MONTHS_DE = wordlist("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
WEEKDAYS_EN = wordlist("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
WEEKDAYS_DE = wordlist("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag")

TOPICS: tuple[tuple[str, str], ...] = (
    ("trade", "Handel"),
    ("culture", "Kultur"),
    ("education", "Bildung"),
    ("green development", "grüne Entwicklung"),
    ("innovation", "Innovation"),
    ("tourism", "Tourismus"),
    ("logistics", "Logistik"),
    ("healthcare", "Gesundheitswesen"),
    ("the digital economy", "digitale Wirtschaft"),
    ("youth exchange", "Jugendaustausch"),
    ("urban governance", "Stadtverwaltung"),
    ("new energy", "neue Energien"),
    ("biomedicine", "Biomedizin"),
    ("sports", "Sport"),
    ("exhibitions", "Messewesen"),
    ("high-end manufacturing", "Hightech-Fertigung"),
)


SOURCES_EN: tuple[tuple[str, str], ...] = (
    ("SHINE", "www.shine.cn/news/metro"),
    ("Xinhua", "english.news.cn"),
    ("China Daily", "www.chinadaily.com.cn/a"),
    ("Global Times", "www.globaltimes.cn/page"),
    ("iChongqing", "www.ichongqing.info"),
    ("Hubei Daily", "news.hubeidaily.net/en"),
)
SOURCES_DE: tuple[tuple[str, str], ...] = (
    ("german.shanghai.gov.cn", "german.shanghai.gov.cn"),
    ("nrwheute", "nrwheute.de"),
    ("german.china.org.cn", "german.china.org.cn"),
    ("Rheinische Post", "rp-online.de/nrw"),
    ("WAZ", "www.waz.de/staedte"),
    ("Stadtnachrichten", "www.stadtnachrichten.de"),
)
EDITORS = ("Xu Fang", "Wang Xinyi", "Zhu Ying", "Li Qian", "Shen Ke", "Hu Min")

# ---------------------------------------------------------------------------
# Paragraph templates. Placeholders: host, guest (place names), hs, gs (surnames),
# hc, gc (country names), t1, t2, t3 (topics), n (a number), cont (continent).

HOST_EN = (
    "{hs} said that the relationship between {hc} and {gc} has a solid foundation. {host} and {guest}, "
    "although thousands of kilometres apart, have maintained frequent exchanges and have carried out practical "
    "cooperation in areas such as {t1}, {t2} and {t3}, achieving positive results.",
    "{hs} expressed the hope that both sides would deepen cooperation, achieve a higher level of mutual benefit "
    "and further expand exchanges in {t1} and {t2}. {host} warmly welcomes enterprises from {guest} to invest and "
    "start businesses in the city, and encourages its own enterprises to explore the market of {guest}.",
    "According to {hs}, {host} is accelerating the construction of a modern international metropolis with global "
    "influence. The city attaches great importance to friendly exchanges with {guest} and hopes to draw on its "
    "experience in {t1}, {t2} and urban renewal.",
    "{hs} noted that the two sides share many similarities and have strongly complementary advantages. Deepening "
    "cooperation in {t1} and {t2} will bring tangible benefits to the people of both places and inject new "
    "momentum into the relations between {hc} and {gc}.",
    "At the same time, {hs} hoped to continue to deepen artistic and cultural exchanges and to build a bridge of "
    "friendship for the people of the two places through exchanges in {t1}, education and youth programmes.",
    "{hs} invited the delegation to take part in the upcoming trade fairs and expos in {host} and suggested a "
    "regular working mechanism so that projects in {t1} and {t2} can be carried out more efficiently.",
)
GUEST_EN = (
    "{gs} said that {guest} is an important destination for investment and a gateway to {cont}. More than {n} "
    "enterprises from {hc} are already active there, and {guest} is willing to help them develop the market.",
    "{gs} said that {host} is a renowned economic and trade centre whose development achievements are "
    "impressive. {guest} aims to enhance exchanges and deepen cooperation in the fields of {t1}, {t2} and {t3}, "
    "promote mutual investment and work together to achieve common development.",
    "{gs} noted that over the years frequent visits have taken place and many projects have been completed. "
    "{guest} hopes to share knowledge and experience in {t1} and {t2} so that the friendship between the two "
    "sides can grow further.",
    "{gs} thanked {hs} for the warm reception and said that the delegation had come to learn from the experience "
    "of {host} in {t1}. The two sides should make full use of existing platforms and open new channels for "
    "dialogue.",
    "{gs} pointed out that cooperation in {t1}, {t2} and vocational training offers broad prospects. {guest} "
    "welcomes companies from {host} and looks forward to becoming a reliable partner for them.",
)
FILLER_EN = (
    "Officials from both sides also discussed ways to simplify procedures for business travellers, students and "
    "researchers. They agreed that closer contacts between universities, chambers of commerce and cultural "
    "institutions are an important foundation for lasting trust.",
    "In recent years, trade between the two regions has grown steadily. Logistics links, including freight rail "
    "connections and direct flights, have made it easier for small and medium-sized enterprises to reach new "
    "customers and suppliers.",
    "The talks covered {t1}, {t2} and the digital transformation of public services. Experts from both places are "
    "expected to meet again to prepare concrete projects and a joint work plan.",
    "Cultural exchange has long been a pillar of the relationship. Orchestras, museums and film festivals from both "
    "places have presented their work to new audiences, and a growing number of young people take part in "
    "exchange programmes every year.",
    "Both sides emphasised the role of local governments in international relations. City diplomacy, they said, "
    "can build practical bridges where national politics moves slowly, and can bring the benefits of cooperation "
    "directly to citizens.",
    "The delegation is also scheduled to visit a science park, a port logistics centre and a vocational school "
    "during its stay, and to meet representatives of enterprises that already operate in both markets.",
    "Green and low-carbon development was another focus of the meeting. The two sides exchanged views on "
    "renewable energy, energy-efficient buildings, clean air and water, and the renewal of old industrial areas.",
    "Healthcare and care for the elderly are becoming more important for ageing societies. Hospitals and research "
    "institutes from both places have already started joint projects, and further cooperation in {t1} is planned.",
    "Tourism promotion also featured in the discussion. Travel agencies and tourism boards plan to present new "
    "routes and packages, and both sides expect the number of visitors to rise again in the coming years.",
    "Representatives of the chambers of commerce said that companies value stable rules, reliable partners and "
    "open markets. They called for more matchmaking events and for the exchange of information on investment "
    "projects in {t1} and {t2}.",
    "Education and research form a further pillar. Universities from both places have signed agreements on "
    "student exchange and joint degree programmes, and researchers cooperate on topics ranging from {t1} to "
    "artificial intelligence.",
    "Sports exchanges, including youth football camps and marathon partnerships, have brought people together. "
    "Both sides agreed to support more such events and to involve clubs, schools and volunteers.",
)
HOST_DE = (
    "{hs} betonte, {hc} und {gc} seien umfassende strategische Partner; die Zusammenarbeit bringe der Entwicklung "
    "der Beziehungen einen kräftigen Schub. {host} und {guest} pflegten enge Beziehungen in den Bereichen {t1}, "
    "{t2} und {t3}.",
    "Es sei wichtig, die Kommunikation und den Austausch weiter zu stärken und die jeweiligen Vorteile "
    "auszuspielen, sagte {hs}. {host} begrüße Unternehmen aus {guest}, die investieren möchten, und ermutige die "
    "eigenen Unternehmen, sich in {guest} zu engagieren.",
    "{hs} erklärte, {host} beschleunige den Aufbau einer modernen internationalen Metropole mit weltweiter "
    "Ausstrahlung. Man messe dem freundschaftlichen Austausch mit {guest} große Bedeutung bei und wolle von den "
    "Erfahrungen im Bereich {t1} lernen.",
    "Nach den Worten von {hs} ergänzen sich beide Seiten in vielen Bereichen. Eine engere Zusammenarbeit in den "
    "Bereichen {t1} und {t2} bringe den Menschen an beiden Orten einen spürbaren Nutzen.",
    "Zugleich sprach sich {hs} dafür aus, den kulturellen Austausch zu vertiefen und neue Kanäle für die Begegnung "
    "der Menschen zu öffnen, insbesondere unter der Jugend, in der Bildung und im Bereich {t1}.",
    "{hs} lud die Delegation ein, an den kommenden Messen und Ausstellungen in {host} teilzunehmen, und schlug "
    "einen regelmäßigen Arbeitsmechanismus vor, damit Projekte im Bereich {t1} schneller umgesetzt werden können.",
)
GUEST_DE = (
    "{gs} wies darauf hin, dass {guest} ein wichtiger Investitionsstandort und ein Tor nach {cont} sei. Bereits "
    "mehr als {n} Unternehmen aus {hc} seien dort tätig, und man wolle ihnen bei der Erschließung des Marktes helfen.",
    "{gs} sagte, {host} sei in Bezug auf Innovation und Wirtschaft ein attraktiver Standort. Es sei von großer "
    "Bedeutung, die praktische Zusammenarbeit in den Bereichen {t1}, {t2} und {t3} zu vertiefen und die "
    "gegenseitigen Investitionen zu fördern.",
    "{gs} äußerte die Hoffnung, dass der Wirtschafts- und Handelsaustausch kontinuierlich ausgebaut werde und dass "
    "Wissen und Erfahrungen im Bereich {t1} geteilt würden, um die Freundschaft zu vertiefen und eine "
    "Win-win-Situation zu schaffen.",
    "{gs} dankte für den herzlichen Empfang und sagte, die Delegation wolle von den Erfahrungen von {host} im "
    "Bereich {t1} lernen. Beide Seiten sollten bestehende Plattformen nutzen und neue Wege für den Dialog eröffnen.",
    "{gs} hob hervor, dass die Zusammenarbeit in den Bereichen {t1}, {t2} und der beruflichen Bildung große "
    "Perspektiven biete. {guest} heiße Unternehmen aus {host} willkommen und wolle ein verlässlicher Partner sein.",
)
FILLER_DE = (
    "Vertreter beider Seiten erörterten zudem, wie Verfahren für Geschäftsreisende, Studierende und Forschende "
    "vereinfacht werden können. Enge Kontakte zwischen Hochschulen, Handelskammern und Kultureinrichtungen seien "
    "eine wichtige Grundlage für dauerhaftes Vertrauen.",
    "In den vergangenen Jahren ist der Handel zwischen beiden Regionen stetig gewachsen. Logistikverbindungen, "
    "darunter Güterzüge und Direktflüge, erleichtern es kleinen und mittleren Unternehmen, neue Kunden und "
    "Lieferanten zu erreichen.",
    "Bei den Gesprächen ging es um {t1}, {t2} und die digitale Transformation öffentlicher Dienstleistungen. "
    "Fachleute beider Seiten wollen sich erneut treffen, um konkrete Projekte und einen gemeinsamen Arbeitsplan "
    "vorzubereiten.",
    "Der kulturelle Austausch ist seit langem eine Säule der Beziehungen. Orchester, Museen und Filmfestivals "
    "beider Orte haben ihre Arbeit einem neuen Publikum vorgestellt, und jedes Jahr nehmen mehr junge Menschen an "
    "Austauschprogrammen teil.",
    "Beide Seiten unterstrichen die Rolle der Kommunen in den internationalen Beziehungen. Städtediplomatie könne "
    "praktische Brücken bauen, wo die große Politik langsam vorankommt, und den Nutzen der Zusammenarbeit direkt "
    "zu den Bürgerinnen und Bürgern bringen.",
    "Während ihres Aufenthalts besucht die Delegation außerdem einen Wissenschaftspark, ein Logistikzentrum im "
    "Hafen und eine Berufsschule und trifft Vertreter von Unternehmen, die bereits auf beiden Märkten tätig sind.",
    "Ein weiterer Schwerpunkt war die grüne und kohlenstoffarme Entwicklung. Beide Seiten tauschten sich über "
    "erneuerbare Energien, energieeffiziente Gebäude, saubere Luft und sauberes Wasser sowie die Erneuerung alter "
    "Industrieflächen aus.",
    "Gesundheitsversorgung und Altenpflege gewinnen in alternden Gesellschaften an Bedeutung. Krankenhäuser und "
    "Forschungsinstitute beider Orte haben bereits gemeinsame Projekte begonnen; eine weitere Zusammenarbeit im "
    "Bereich {t1} ist geplant.",
    "Auch die Tourismusförderung war Thema. Reiseveranstalter und Tourismusämter wollen neue Routen und Angebote "
    "vorstellen, und beide Seiten erwarten, dass die Zahl der Besucher in den kommenden Jahren wieder steigt.",
    "Vertreter der Handelskammern sagten, Unternehmen schätzten stabile Regeln, verlässliche Partner und offene "
    "Märkte. Sie forderten mehr Kontaktbörsen und einen regelmäßigen Informationsaustausch über "
    "Investitionsprojekte in den Bereichen {t1} und {t2}.",
    "Bildung und Forschung bilden eine weitere Säule. Hochschulen beider Orte haben Vereinbarungen über "
    "Studierendenaustausch und gemeinsame Studiengänge unterzeichnet, und Forschende arbeiten an Themen von {t1} "
    "bis künstliche Intelligenz zusammen.",
    "Der Sportaustausch, darunter Fußballcamps für Jugendliche und Marathon-Partnerschaften, hat Menschen "
    "zusammengebracht. Beide Seiten vereinbarten, weitere Veranstaltungen dieser Art zu unterstützen und Vereine, "
    "Schulen und Ehrenamtliche einzubinden.",
)
FEATURE_INTRO_EN = (
    "In recent years, {host} has seized the opportunity to become a centre of international exchange by "
    "continuously integrating and expanding its foreign relations. The city has stepped up its efforts to invite "
    "foreign organisations, and its international network has grown.",
    "Two places on different continents, {host} and {guest}, look back on a long history of exchange. The "
    "relationship has grown stronger over the years and has promoted cooperation in {t1}, {t2} and {t3}.",
)
FEATURE_INTRO_DE = (
    "{host} hat in den letzten Jahren die Chance ergriffen, sich zu einem Zentrum für internationale Austausche zu "
    "entwickeln, indem die Stadt ihre auswärtigen Beziehungen kontinuierlich ausweitet. Ihr internationales "
    "Netzwerk ist dadurch gewachsen.",
    "Zwei Orte auf verschiedenen Kontinenten, {host} und {guest}, blicken auf eine lange Geschichte des "
    "Austauschs zurück. Die Beziehungen haben sich im Laufe der Jahre gefestigt und die Zusammenarbeit in den "
    "Bereichen {t1}, {t2} und {t3} gefördert.",
)

CONTINENT = {"CN": ("Asia", "Asien"), "KR": ("Asia", "Asien"), "JP": ("Asia", "Asien")}
