# gen_articles.awk — deterministic synthetic news articles as JSON Lines, for
# the crash-safety and scaling tests (no python in CI).
#   awk -v n=3000 -v seed=7 [-v start=0] -f gen_articles.awk
# Each article has a unique id and text: 4-12 sentences with actors from the
# bundled country/agent dictionaries, CAMEO-ish verbs, time expressions and
# quotations, split into paragraphs.
function pick(arr, cnt) { return arr[int(rand() * cnt) + 1] }
function actor(   c, r) {
  c = pick(country, nc)
  r = rand()
  if (r < 0.25) return "the " pick(demonym, nd) " " pick(role, nr)
  if (r < 0.45) return pick(demonym, nd) " " pick(title, nt) " " pick(first, nf) " " pick(last, nl)
  if (r < 0.6) return "the government of " c
  if (r < 0.7) return "police in " c
  return c
}
function tw(   w) { w = pick(when, nw); return w == "" ? "" : " " w }
function cap(s) { return toupper(substr(s, 1, 1)) substr(s, 2) }
function sentence(   r, a, b) {
  a = actor(); b = actor()
  r = rand()
  if (r < 0.55) return cap(a) " " pick(verb, nv) " " b tw() "."
  if (r < 0.7) return "\\\"" pick(quote, nq) ",\\\" " a " said " pick(when, nw) "."
  if (r < 0.8) return cap(a) " said " b " had " pick(past, np) " " actor() tw() "."
  if (r < 0.9) return "Officials said " a " would not " pick(bare, nb) " " b "."
  return cap(a) " and " b " discussed trade, security and migration for " int(rand() * 5 + 1) " hours."
}
BEGIN {
  if (n == "") n = 1000
  if (seed == "") seed = 1
  if (start == "") start = 0
  srand(seed)
  nc = split("the United States,China,Russia,France,Germany,Japan,India,Brazil,Mexico,Canada,Iran,Israel,Egypt,Turkey,South Korea,Ukraine,Nigeria,Kenya,Argentina,Peru,Chile,Spain,Italy,Poland", country, ",")
  nd = split("American,Chinese,Russian,French,German,Japanese,Indian,Brazilian,Mexican,Canadian,Iranian,Israeli,Egyptian,Turkish,Ukrainian,Nigerian,Kenyan,Argentine,Peruvian,Spanish", demonym, ",")
  nr = split("foreign minister,defense minister,prime minister,president,military,opposition,ambassador,rebels,protesters,police", role, ",")
  nt = split("President,Foreign Minister,Prime Minister,Defense Minister,opposition leader,Ambassador", title, ",")
  nf = split("Anna,Marek,Lucia,Tomas,Irina,Kofi,Ayesha,Pedro,Ingrid,Yusuf,Mei,Rafael", first, ",")
  nl = split("Novak,Okafor,Haddad,Lindqvist,Moreau,Tanaka,Kovalenko,Duarte,Sorensen,Balogun,Rahimi,Castellanos", last, ",")
  nv = split("met with,accused,criticized,praised,threatened,imposed sanctions on,signed an agreement with,visited,condemned,called on,rejected,expressed support for,attacked,negotiated with,hosted,warned,arrested,expelled,thanked,urged", verb, ",")
  np = split("met,accused,threatened,attacked,praised,criticized,visited", past, ",")
  nb = split("meet,attack,recognize,support,sanction,negotiate with", bare, ",")
  nw = split("on Monday,on Tuesday,on Wednesday,on Thursday,on Friday,last week,yesterday,on March 3,on 12 October,in 2019,last autumn,two days ago,earlier this month,on January 7,,", when, ",")
  nq = split("We will not accept this,The talks were productive,This is a violation of our sovereignty,We are ready to cooperate,Nothing was agreed,Our patience has limits", quote, ",")
  for (i = start; i < start + n; i++) {
    y = 2020 + int(rand() * 7); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
    k = 4 + int(rand() * 9)
    text = "Report " i " from the " pick(demonym, nd) " desk."
    for (j = 0; j < k; j++) text = text ((rand() < 0.3) ? "\\n\\n" : " ") sentence()
    printf "{\"id\": \"syn-%05d\", \"published\": \"%04d-%02d-%02d\", \"source\": \"synthetic\", \"lang\": \"en\", \"text\": \"%s\"}\n", i, y, m, d, text
  }
}
