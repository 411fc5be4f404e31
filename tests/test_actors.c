/*
 * test_actors.c — the actor stage: PETRARCH loaders (dated roles,
 * malformed lines reported as file:line, strict mode), lookup by date,
 * learning from titles and appositions, surname aliases, descriptions,
 * counterparts, compounds, pronouns, president-elect, discards, bad and
 * huge input.  Most sentences use invented people and a small dictionary
 * written here; a few checks run the real data/ on seed-like sentences.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "actors/actors.h"
#include "text/text.h"

static char tmpdir[256];

static void write_file(const char *name, const char *body) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(body, f);
  fclose(f);
}

static const char *fixture_countries =
    "# countries\n"
    "PERU_ [PER]\n+PERUVIAN_\n+LIMA_\n"
    "CHILE_ [CHL]\n+CHILEAN_\n"
    "UKRAINE_\n\t[USRUKR <19910824]\n\t[UKR >19911221]\n"
    "ECUADOR_ [ECU]\n+ECUADORIAN_\n"
    "COLOMBIA_ [COL]\n+COLOMBIAN_\n"
    "UNITED_STATES_ [USA]\n+U.S.\n+AMERICAN_\n"
    "THE_GAMBIA_ [GMB]\n"
    "TOMAS_RIVA_\n"
    "\t[PEROPP]\n"
    "ROBERTO_SILVA_\n"
    "\t[PERELI 20250601-20250727]\n"
    "\t[PERGOV >20250728]\n";
static const char *fixture_caps = "SANTIAGO_ [CHLGOV]\n";
static const char *fixture_agents =
    "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
    "SOLDIER [~MIL]\nGOVERNMENT [~GOV]\nBUSINESS_LEADER [~BUS]\n"
    "TREASURY_DEPARTMENT [~GOV]\nPOLICE {} [~COP]\nBUSINESS!PERSON! [~BUS]\n"
    "HUMAN_RIGHTS_GROUP [NGO~]\nEMBASSY_IN {} [~GOV]\nEMBASSY [~GOV]\nADMINISTRATION [~GOV]\n"
    "FOREIGN_MINISTRY [~GOV]\n";
static const char *fixture_titles =
    "PRESIDENT [~GOV]\nPRESIDENT-ELECT [~ELI]\nFOREIGN_MINISTER [~GOV]\n"
    "DEFENSE_MINISTER [~GOV]\nSECRETARY_OF_WAR [~GOV]\nSENATOR [~LEG]\nLEADER [~GOV]\n"
    "COUNTERPART [~=]\nREPUBLICAN [USA]\nSPOKESWOMAN [~GOV]\nAMBASSADOR [~GOV]\n";
static const char *fixture_names = "Ana [F]\nMaria [F]\nJorge [M]\nCarl [M]\n";
static const char *fixture_discards = "FOOTBALL\n+CHAMPIONS LEAGUE\n1999\n";

static actor_dict *fixture;

static int setup(void **state) {
  (void)state;
  snprintf(tmpdir, sizeof tmpdir, "/tmp/el_test_actors_XXXXXX");
  if (!mkdtemp(tmpdir)) return -1;
  char sub[300];
  snprintf(sub, sizeof sub, "%s/actors", tmpdir);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p %s", sub);
  if (system(cmd) != 0) return -1;
  write_file("actors/countries.actors.txt", fixture_countries);
  write_file("actors/capitals.actors.txt", fixture_caps);
  write_file("actors/agents.txt", fixture_agents);
  write_file("actors/titles.txt", fixture_titles);
  write_file("actors/given_names.txt", fixture_names);
  write_file("actors/discards.txt", fixture_discards);
  if (actor_dict_new(&fixture) != EL_OK) return -1;
  char *buf = NULL;
  size_t len = 0;
  FILE *w = open_memstream(&buf, &len);
  dict_load_opts o = {.strict = false, .warn = w};
  el_status st = actor_dict_load_dir(fixture, tmpdir, &o);
  fclose(w);
  int ok = st == EL_OK && len == 0;
  if (!ok) fprintf(stderr, "fixture load: %s %s\n", el_status_str(st), buf ? buf : "");
  free(buf);
  return ok ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  actor_dict_free(fixture);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
  return system(cmd) == 0 ? 0 : -1;
}

static el_doc *run(const actor_dict *d, const char *text, const char *date) {
  el_doc *doc = doc_new();
  assert_non_null(doc);
  if (date) snprintf(doc->published, sizeof doc->published, "%s", date);
  assert_int_equal(text_normalize(doc, text, strlen(text)), EL_OK);
  assert_int_equal(text_mark_boilerplate(doc), EL_OK);
  assert_int_equal(text_segment(doc), EL_OK);
  assert_int_equal(actors_find(d, doc), EL_OK);
  return doc;
}

/* The idx-th mention (0-based) whose text is exactly `span`; NULL if none. */
static const el_actor_mention *find(const el_doc *doc, const char *span, int idx) {
  size_t n = strlen(span);
  for (size_t i = 0; i < doc->actors.n; i++) {
    const el_actor_mention *m = &doc->actors.v[i];
    if (m->end - m->start == n && memcmp(doc->text + m->start, span, n) == 0 && idx-- == 0)
      return m;
  }
  return NULL;
}

static void expect(const el_doc *doc, const char *span, int idx, const char *code,
                   const char *name) {
  const el_actor_mention *m = find(doc, span, idx);
  if (!m) fail_msg("no mention \"%s\" #%d", span, idx);
  if (strcmp(m->code, code) != 0) fail_msg("\"%s\": code %s, want %s", span, m->code, code);
  if (name && (!m->name || strcmp(m->name, name) != 0))
    fail_msg("\"%s\": name %s, want %s", span, m->name ? m->name : "(null)", name);
  if (!name && m->name) fail_msg("\"%s\": unexpected name %s", span, m->name);
}

static void check_order(const el_doc *doc) {
  for (size_t i = 1; i < doc->actors.n; i++) {
    const el_actor_mention *a = &doc->actors.v[i - 1], *b = &doc->actors.v[i];
    bool same = a->start == b->start && a->end == b->end; /* compound */
    if (!same && b->start < a->end) fail_msg("mentions overlap or out of order at %zu", i);
  }
}

/* ---- loaders ------------------------------------------------------------ */

static void test_dated_roles(void **state) {
  (void)state;
  char code[24];
  assert_int_equal(actor_dict_lookup(fixture, "Roberto Silva", "2025-07-01", code), EL_OK);
  assert_string_equal(code, "PERELI");
  assert_int_equal(actor_dict_lookup(fixture, "ROBERTO_SILVA", "2025-09-01", code), EL_OK);
  assert_string_equal(code, "PERGOV");
  assert_int_equal(actor_dict_lookup(fixture, "roberto silva", NULL, code), EL_OK);
  assert_string_equal(code, "PERGOV");
  /* before any role: nothing applies and there is no default */
  assert_int_equal(actor_dict_lookup(fixture, "Roberto Silva", "2020-01-01", code),
                   EL_ERR_NOTFOUND);
  assert_int_equal(actor_dict_lookup(fixture, "Peruvian", "2020-01-01", code), EL_OK);
  assert_string_equal(code, "PER");
  assert_int_equal(actor_dict_lookup(fixture, "Nobody Known", NULL, code), EL_ERR_NOTFOUND);
}

static void test_malformed_lines(void **state) {
  (void)state;
  write_file("bad.actors.txt",
             "\t[XXXGOV 200101-200201]\n"     /* 1: restriction before any actor */
             "+ORPHAN\n"                      /* 2: fine? no: synonym before any actor */
             "GOOD_ONE_ [ABC]\n"              /* 3 */
             "\t[ABCGOV 2001-2002]\n"         /* 4: bad dates */
             "\t[ABCGOV 20020101-20010101]\n" /* 5: reversed range */
             "\t[ABCGOV 20010101\n"           /* 6: missing ] */
             "BROKEN [\n"                     /* 7: missing ] */
             "\t[]\n"                         /* 8: empty code */
             "LAST_ONE [DEF]\n");
  char path[512];
  snprintf(path, sizeof path, "%s/bad.actors.txt", tmpdir);
  actor_dict *d;
  assert_int_equal(actor_dict_new(&d), EL_OK);
  char *buf = NULL;
  size_t len = 0;
  FILE *w = open_memstream(&buf, &len);
  dict_load_opts o = {.strict = false, .warn = w};
  assert_int_equal(actor_dict_load_actors(d, path, &o), EL_OK);
  fclose(w);
  int lines[] = {1, 2, 4, 5, 6, 7, 8};
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    char want[600];
    snprintf(want, sizeof want, "%s:%d: ", path, lines[i]);
    if (!strstr(buf, want)) fail_msg("no warning for line %d in:\n%s", lines[i], buf);
  }
  assert_null(strstr(buf, ":3: "));
  assert_null(strstr(buf, ":9: "));
  free(buf);
  char code[24];
  assert_int_equal(actor_dict_lookup(d, "good one", NULL, code), EL_OK);
  assert_string_equal(code, "ABC");
  assert_int_equal(actor_dict_lookup(d, "last one", NULL, code), EL_OK);
  assert_string_equal(code, "DEF");
  actor_dict_free(d);
  /* strict: the first bad line fails the load */
  assert_int_equal(actor_dict_new(&d), EL_OK);
  FILE *null = fopen("/dev/null", "w");
  dict_load_opts so = {.strict = true, .warn = null};
  assert_int_equal(actor_dict_load_actors(d, path, &so), EL_ERR_PARSE);
  fclose(null);
  actor_dict_free(d);
  /* missing file, bad agents */
  assert_int_equal(actor_dict_new(&d), EL_OK);
  assert_int_equal(actor_dict_load_actors(d, "/nonexistent/x.actors.txt", &o), EL_ERR_NOTFOUND);
  write_file("bad.agents.txt", "NO_CODE_HERE\nOK_AGENT [~GOV]\n!UNKNOWN!_X [~GOV]\nY [~GOV\n");
  snprintf(path, sizeof path, "%s/bad.agents.txt", tmpdir);
  w = open_memstream(&buf, &len);
  o.warn = w;
  assert_int_equal(actor_dict_load_agents(d, path, &o), EL_OK);
  fclose(w);
  assert_non_null(strstr(buf, ":1: missing [code]"));
  assert_non_null(strstr(buf, ":3: unknown substitution set"));
  assert_non_null(strstr(buf, ":4: missing ']'"));
  assert_null(strstr(buf, ":2:"));
  free(buf);
  actor_dict_free(d);
}

static int load_counting(actor_dict *d, const char *kind, const char *path) {
  char *buf = NULL;
  size_t len = 0;
  FILE *w = open_memstream(&buf, &len);
  dict_load_opts o = {.strict = false, .warn = w};
  el_status st = strcmp(kind, "actors") == 0   ? actor_dict_load_actors(d, path, &o)
                 : strcmp(kind, "agents") == 0 ? actor_dict_load_agents(d, path, &o)
                                               : actor_dict_load_discards(d, path, &o);
  fclose(w);
  if (len) fprintf(stderr, "%s", buf);
  free(buf);
  assert_int_equal(st, EL_OK);
  return (int)len;
}

/* The PETRARCH validation dictionaries and our data load without a
 * warning; the validation file's dated roles resolve as its comments say. */
static void test_real_files_load_clean(void **state) {
  (void)state;
  actor_dict *d;
  assert_int_equal(actor_dict_new(&d), EL_OK);
  const char *dir = EL_SHARED_DIR "/eval/petrarch/";
  char p[512];
  snprintf(p, sizeof p, "%sPETR.Validate.actors.txt", dir);
  assert_int_equal(load_counting(d, "actors", p), 0);
  snprintf(p, sizeof p, "%sPETR.Validate.agents.txt", dir);
  assert_int_equal(load_counting(d, "agents", p), 0);
  snprintf(p, sizeof p, "%sPETR.Validate.discards.txt", dir);
  assert_int_equal(load_counting(d, "discards", p), 0);
  char code[24];
  assert_int_equal(actor_dict_lookup(d, "SAM_GAMGEE", "2010-01-10", code), EL_OK);
  assert_string_equal(code, "ORCHOB"); /* the narrow range overrides the wide one */
  assert_int_equal(actor_dict_lookup(d, "Sam Gamgee", "2009-01-01", code), EL_OK);
  assert_string_equal(code, "HOBMIL");
  assert_int_equal(actor_dict_lookup(d, "Sam Gamgee", "2007-01-01", code), EL_OK);
  assert_string_equal(code, "HOBCIV");
  assert_int_equal(actor_dict_lookup(d, "Smeagol", "1996-01-01", code), EL_OK);
  assert_string_equal(code, "HOBGOV");
  assert_int_equal(actor_dict_lookup(d, "Zimbabwe", "1970-01-01", code), EL_OK);
  assert_string_equal(code, "RHO");
  assert_int_equal(actor_dict_lookup(d, "Zimbabwe", "2000-01-01", code), EL_OK);
  assert_string_equal(code, "ZBW");
  actor_dict_free(d);

  assert_int_equal(actor_dict_new(&d), EL_OK);
  char *buf = NULL;
  size_t len = 0;
  FILE *w = open_memstream(&buf, &len);
  dict_load_opts o = {.strict = false, .warn = w};
  assert_int_equal(actor_dict_load_dir(d, EL_SOURCE_DIR "/data", &o), EL_OK);
  fclose(w);
  if (len) fail_msg("data/ warnings:\n%s", buf);
  free(buf);
  assert_int_equal(actor_dict_lookup(d, "Gustavo Petro", "2022-06-21", code), EL_OK);
  assert_string_equal(code, "COLELI");
  assert_int_equal(actor_dict_lookup(d, "Gustavo Petro", "2026-02-03", code), EL_OK);
  assert_string_equal(code, "COLGOV");
  assert_int_equal(actor_dict_lookup(d, "Donald Trump", "2022-06-21", code), EL_OK);
  assert_string_equal(code, "USAELI");
  assert_int_equal(actor_dict_lookup(d, "Donald Trump", "2026-01-08", code), EL_OK);
  assert_string_equal(code, "USAGOV");
  assert_int_equal(actor_dict_lookup(d, "Bogotá", NULL, code), EL_OK);
  assert_string_equal(code, "COLGOV");
  assert_int_equal(actor_dict_lookup(d, "Washington", NULL, code), EL_OK);
  assert_string_equal(code, "USAGOV");
  actor_dict_free(d);
}

static void test_learn_api(void **state) {
  (void)state;
  actor_dict *d;
  assert_int_equal(actor_dict_new(&d), EL_OK);
  char code[24];
  assert_int_equal(actor_dict_learn(d, "Elena Duarte", "PERELI", "2025-06-01"), EL_OK);
  assert_int_equal(actor_dict_learn(d, "Elena Duarte", "PERGOV", "2025-07-28"), EL_OK);
  assert_int_equal(actor_dict_lookup(d, "Elena Duarte", "2025-07-01", code), EL_OK);
  assert_string_equal(code, "PERELI");
  assert_int_equal(actor_dict_lookup(d, "elena duarte", "2025-08-01", code), EL_OK);
  assert_string_equal(code, "PERGOV");
  assert_int_equal(actor_dict_lookup(d, "Elena Duarte", "2024-01-01", code), EL_ERR_NOTFOUND);
  assert_int_equal(actor_dict_learn(d, "", "PERGOV", NULL), EL_ERR_ARG);
  assert_int_equal(actor_dict_learn(d, "X", "", NULL), EL_ERR_ARG);
  actor_dict_free(d);
}

/* ---- finding -------------------------------------------------------------- */

static void test_titles_and_appositions(void **state) {
  (void)state;
  el_doc *doc = run(fixture,
                    "Ecuadorian President Marta Quispe met Peruvian Foreign Minister Tomas "
                    "Herrera in Lima on Monday.\n"
                    "Chile's acting president, Ana Bravo, said the talks went well.\n"
                    "Colombian-born Republican Senator John Whitfield criticized the deal.\n"
                    "President Herrera of Peru did not comment.\n"
                    "U.S. Secretary of War Carl Jensen arrived later.\n",
                    "2025-03-01");
  check_order(doc);
  expect(doc, "Ecuadorian President Marta Quispe", 0, "ECUGOV", "Marta Quispe");
  expect(doc, "Peruvian Foreign Minister Tomas Herrera", 0, "PERGOV", "Tomas Herrera");
  assert_null(find(doc, "Lima", 0)); /* "in Lima": a place, not an actor */
  expect(doc, "Chile's acting president, Ana Bravo", 0, "CHLGOV", "Ana Bravo");
  expect(doc, "Republican Senator John Whitfield", 0, "USALEG", "John Whitfield");
  assert_null(find(doc, "Colombian-born", 0));
  expect(doc, "President Herrera of Peru", 0, "PERGOV", "Tomas Herrera");
  expect(doc, "U.S. Secretary of War Carl Jensen", 0, "USAGOV", "Carl Jensen");
  /* learned records carry the evidence and the document date */
  const char *want[] = {"Marta Quispe", "Tomas Herrera", "Ana Bravo", "John Whitfield",
                        "Carl Jensen"};
  const char *codes[] = {"ECUGOV", "PERGOV", "CHLGOV", "USALEG", "USAGOV"};
  assert_int_equal(doc->learned.n, 5);
  for (int i = 0; i < 5; i++) {
    assert_string_equal(doc->learned.v[i].name, want[i]);
    assert_string_equal(doc->learned.v[i].code, codes[i]);
    assert_string_equal(doc->learned.v[i].date, "2025-03-01");
    assert_true(doc->learned.v[i].end > doc->learned.v[i].start);
  }
  assert_string_equal(doc->learned.v[1].role, "Foreign Minister");
  assert_string_equal(doc->learned.v[1].agent, "GOV");
  /* fed back, the next run knows them by name alone */
  actor_dict *d;
  assert_int_equal(actor_dict_new(&d), EL_OK);
  for (size_t i = 0; i < doc->learned.n; i++)
    assert_int_equal(
        actor_dict_learn(d, doc->learned.v[i].name, doc->learned.v[i].code, doc->learned.v[i].date),
        EL_OK);
  char code[24];
  assert_int_equal(actor_dict_lookup(d, "Marta Quispe", "2025-04-01", code), EL_OK);
  assert_string_equal(code, "ECUGOV");
  actor_dict_free(d);
  doc_free(doc);
}

static void test_context_country(void **state) {
  (void)state;
  el_doc *doc = run(fixture,
                    "Peruvian President Jorge Vidal was accompanied by Foreign Minister Lucia "
                    "Ramos, Defense Minister Pablo Soto, and U.S. Senator Mary Kline.\n"
                    "Foreign Minister Hugo Lenz spoke first.\n",
                    "2025-03-01");
  expect(doc, "Foreign Minister Lucia Ramos", 0, "PERGOV", "Lucia Ramos");
  expect(doc, "Defense Minister Pablo Soto", 0, "PERGOV", "Pablo Soto");
  expect(doc, "U.S. Senator Mary Kline", 0, "USALEG", "Mary Kline");
  /* no one to take a country from: the agent only, no country */
  const el_actor_mention *m = find(doc, "Foreign Minister Hugo Lenz", 0);
  assert_non_null(m);
  assert_string_equal(m->code, "GOV");
  assert_string_equal(m->country, "");
  doc_free(doc);
}

static void test_groups(void **state) {
  (void)state;
  el_doc *doc = run(fixture,
                    "Petro ordered 30,000 Colombian soldiers to the border.\n"
                    "The Colombian government and Colombian business leaders agreed.\n"
                    "He remains sanctioned by the U.S. Treasury Department.\n"
                    "The government of Chile protested, and Peruvian police stood by.\n",
                    "2026-01-08");
  expect(doc, "Colombian soldiers", 0, "COLMIL", NULL);
  expect(doc, "Colombian government", 0, "COLGOV", NULL);
  expect(doc, "Colombian business leaders", 0, "COLBUS", NULL);
  expect(doc, "U.S. Treasury Department", 0, "USAGOV", NULL);
  expect(doc, "government of Chile", 0, "CHLGOV", NULL);
  expect(doc, "Peruvian police", 0, "PERCOP", NULL);
  doc_free(doc);
  doc = run(fixture,
            "Roberto Silva spoke at the Peruvian embassy in Quito.\n"
            "Peruvians and Colombians marched against the Silva administration.\n",
            "2025-09-01");
  expect(doc, "Peruvian embassy", 0, "PERGOV", NULL); /* agent EMBASSY_IN: "in" trimmed */
  expect(doc, "Peruvians", 0, "PER", NULL);           /* demonym plurals */
  expect(doc, "Colombians", 0, "COL", NULL);
  expect(doc, "Silva administration", 0, "PERGOV", NULL);
  doc_free(doc);
  doc = run(fixture,
            "Soldiers from Chile crossed, Peru's new government said, and former Chilean "
            "soldiers agreed.\n",
            "2025-09-01");
  expect(doc, "Soldiers from Chile", 0, "CHLMIL", NULL);
  expect(doc, "Peru's new government", 0, "PERGOV", NULL);
  expect(doc, "Chilean soldiers", 0, "CHLELI", NULL); /* former officials: elites */
  doc_free(doc);
  /* "soldiers from the two countries": each side's soldiers */
  doc = run(fixture,
            "Chile and Peru signed a deal.\nSoldiers from the two countries clashed later.\n",
            "2025-09-01");
  expect(doc, "Soldiers from the two countries", 0, "CHLMIL", NULL);
  expect(doc, "Soldiers from the two countries", 1, "PERMIL", NULL);
  doc_free(doc);
  /* "they" after two countries that met: that pair, when no two persons
   * are before it */
  doc = run(fixture, "Chile and Peru met on Monday.\nThey agreed to meet again.\n", "2025-09-01");
  expect(doc, "They", 0, "CHL", NULL); /* in the antecedents' order */
  expect(doc, "They", 1, "PER", NULL);
  doc_free(doc);
  /* the agents of two coordinated passives do not act together: "the two
   * countries" are the pair that met, not the mediator and the attender */
  doc = run(fixture,
            "Ecuador and Colombia met on Monday.\nThe talks were mediated by Chile, and attended "
            "by Peru.\nThe two countries agreed to meet again.\n",
            "2025-09-01");
  expect(doc, "The two countries", 0, "ECU", NULL);
  expect(doc, "The two countries", 1, "COL", NULL);
  doc_free(doc);
  /* coordinated adjectives share the agent: "Chilean and Peruvian soldiers" */
  doc = run(fixture, "Chilean and Peruvian soldiers clashed. Chile and Peru signed a deal.\n",
            "2025-09-01");
  expect(doc, "Chilean", 0, "CHLMIL", NULL);
  expect(doc, "Peruvian soldiers", 0, "PERMIL", NULL);
  expect(doc, "Chile", 0, "CHL", NULL);
  expect(doc, "Peru", 0, "PER", NULL);
  doc_free(doc);
  doc =
      run(fixture, "Soldiers from Chile, Peru and Colombia met. Soldiers from Chile, Peru said.\n",
          "2025-09-01");
  expect(doc, "Soldiers from Chile", 0, "CHLMIL", NULL);
  expect(doc, "Peru", 0, "PERMIL", NULL);
  expect(doc, "Colombia", 0, "COLMIL", NULL);
  expect(doc, "Soldiers from Chile", 1, "CHLMIL", NULL);
  expect(doc, "Peru", 1, "PER", NULL); /* no "and": not a list */
  doc_free(doc);
  /* two agents joined by "and" share the second one's countries */
  doc = run(fixture, "Soldiers and police from Peru and Chile marched.\n", "2025-09-01");
  expect(doc, "Soldiers", 0, "PERMIL", NULL);
  expect(doc, "Soldiers", 1, "CHLMIL", NULL);
  expect(doc, "police from Peru", 0, "PERCOP", NULL);
  expect(doc, "Chile", 0, "CHLCOP", NULL);
  assert_int_equal(doc->actors.n, 4);
  check_order(doc);
  doc_free(doc);
  /* a name written with its article: "the" in lowercase before the
   * capital starts it too, the mention is the name */
  doc = run(fixture, "Peru, the Gambia and Chile protested. The Gambia agreed.\n", "2025-09-01");
  expect(doc, "Gambia", 0, "GMB", NULL);
  expect(doc, "The Gambia", 0, "GMB", NULL);
  assert_null(find(doc, "the Gambia", 0));
  doc_free(doc);
  doc = run(fixture, "The United_States protested.\n", "2025-09-01"); /* '_' joins words */
  expect(doc, "United_States", 0, "USA", NULL);
  doc_free(doc);
  doc = run(fixture, "Peru's awful and corrupt government protested.\n", "2025-09-01");
  expect(doc, "Peru's awful and corrupt government", 0, "PERGOV", NULL);
  doc_free(doc);
  /* a place after "in": a location by default, an actor for PETRARCH */
  const char *place = "Soldiers from Chile marched in Peru.\n";
  doc = run(fixture, place, "2025-09-01");
  assert_null(find(doc, "Peru", 0));
  doc_free(doc);
  doc = doc_new();
  assert_non_null(doc);
  assert_int_equal(text_normalize(doc, place, strlen(place)), EL_OK);
  assert_int_equal(text_segment(doc), EL_OK);
  const actors_opts po = {.places_as_actors = true};
  assert_int_equal(actors_find_opts(fixture, doc, &po), EL_OK);
  expect(doc, "Peru", 0, "PER", NULL);
  doc_free(doc);
  /* an agent with no country: no mention by default, PETRARCH's "---MIL"
   * when asked (actors_opts.code_bare_agents) */
  const char *bare = "Soldiers crossed the border and police of Chile stood by.\n";
  doc = run(fixture, bare, "2025-09-01");
  assert_null(find(doc, "Soldiers", 0));
  expect(doc, "police of Chile", 0, "CHLCOP", NULL);
  doc_free(doc);
  doc = doc_new();
  assert_non_null(doc);
  assert_int_equal(text_normalize(doc, bare, strlen(bare)), EL_OK);
  assert_int_equal(text_segment(doc), EL_OK);
  const actors_opts ao = {.code_bare_agents = true};
  assert_int_equal(actors_find_opts(fixture, doc, &ao), EL_OK);
  expect(doc, "Soldiers", 0, "---MIL", NULL);
  assert_null(find(doc, "border", 0));
  expect(doc, "police of Chile", 0, "CHLCOP", NULL);
  assert_int_equal(doc->actors.n, 2);
  doc_free(doc);
}

static void test_name_apposition(void **state) {
  (void)state;
  el_doc *doc = run(fixture,
                    "Marta Quispe, Ecuador's new president, met Tomas Herrera, the Peruvian "
                    "foreign minister, in Lima.\n"
                    "Later, Quispe called Roberto Silva, the Chilean president.\n",
                    "2025-09-01");
  check_order(doc);
  expect(doc, "Marta Quispe, Ecuador's new president", 0, "ECUGOV", "Marta Quispe");
  expect(doc, "Tomas Herrera, the Peruvian foreign minister", 0, "PERGOV", "Tomas Herrera");
  expect(doc, "Quispe", 0, "ECUGOV", "Marta Quispe");
  /* the dictionary's Roberto Silva is Peruvian: this one is a namesake */
  expect(doc, "Roberto Silva, the Chilean president", 0, "CHLGOV", "Roberto Silva");
  assert_int_equal(doc->learned.n, 2); /* not the namesake */
  doc_free(doc);
  /* an office between country and title; a country with dated codes is no
   * person (no name, no pronoun antecedent) */
  doc = run(fixture, "Peru's foreign ministry spokeswoman Lena Ortiz met Ukraine's envoy.\n",
            "2025-09-01");
  expect(doc, "Peru's foreign ministry spokeswoman Lena Ortiz", 0, "PERGOV", "Lena Ortiz");
  expect(doc, "Ukraine's", 0, "UKR", NULL);
  doc_free(doc);
  doc = run(fixture,
            "Roberto Silva's foreign minister Lena Ortiz met Roberto Silva's defense minister.\n",
            "2025-09-01");
  check_order(doc);
  expect(doc, "Roberto Silva's", 0, "PERGOV", "Roberto Silva");
  expect(doc, "foreign minister Lena Ortiz", 0, "PERGOV", "Lena Ortiz");
  expect(doc, "Roberto Silva's", 1, "PERGOV", "Roberto Silva");
  expect(doc, "defense minister", 0, "PERGOV", NULL); /* not Silva himself */
  doc_free(doc);
}

/* Title Case headlines: capitalized words after a name are not the name. */
static void test_headline(void **state) {
  (void)state;
  el_doc *doc = run(fixture,
                    "Chilean President Ana Bravo Says Peru Will Pay\n"
                    "Chilean President Ana Bravo says Peru will pay.\n",
                    "2025-03-01");
  expect(doc, "Chilean President Ana", 0, "CHLGOV", "Ana");
  expect(doc, "Peru", 0, "PER", NULL);
  expect(doc, "Chilean President Ana Bravo", 0, "CHLGOV", "Ana Bravo");
  assert_int_equal(doc->learned.n, 1); /* only from the sentence */
  assert_string_equal(doc->learned.v[0].name, "Ana Bravo");
  doc_free(doc);
}

static void test_alias_coref_pronouns(void **state) {
  (void)state;
  el_doc *doc = run(fixture,
                    "Peruvian President Jorge Vidal spoke with Chilean President Ana Bravo.\n"
                    "Vidal said he wanted closer ties, and the Chilean leader agreed.\n"
                    "The two leaders will meet in March.\n"
                    "She invited him to Santiago.\n"
                    "Later Vidal met his Chilean counterpart again.\n"
                    "Both governments welcomed the talks.\n"
                    "Maria Vidal, a singer, performed.\n",
                    "2025-03-01");
  check_order(doc);
  expect(doc, "Vidal", 0, "PERGOV", "Jorge Vidal");
  expect(doc, "he", 0, "PERGOV", "Jorge Vidal");
  assert_int_equal(find(doc, "he", 0)->kind, EL_ACTOR_PRONOUN);
  expect(doc, "the Chilean leader", 0, "CHLGOV", "Ana Bravo");
  assert_int_equal(find(doc, "the Chilean leader", 0)->kind, EL_ACTOR_COREF);
  /* compound: both actors of the dyad, same span */
  expect(doc, "The two leaders", 0, "PERGOV", "Jorge Vidal");
  expect(doc, "The two leaders", 1, "CHLGOV", "Ana Bravo");
  /* she -> the woman; him -> the latest person who is not known female */
  expect(doc, "She", 0, "CHLGOV", "Ana Bravo");
  el_doc *d4 = run(fixture,
                   "Chilean President Ana Bravo arrived.\nPeruvian President Jorge Vidal "
                   "welcomed her to Lima.\nHe sostenido una conversación.\n",
                   "2025-03-01");
  expect(d4, "her", 0, "CHLGOV", "Ana Bravo"); /* object "her" */
  assert_null(find(d4, "He", 0));              /* Spanish "he" + participle */
  doc_free(d4);
  expect(doc, "him", 0, "PERGOV", "Jorge Vidal");
  /* a description by another office is not the leader: only a person
   * named with that office */
  el_doc *d5 = run(fixture,
                   "Chilean President Ana Bravo spoke with Lula.\n"
                   "Peru's foreign minister summoned the Chilean ambassador.\n"
                   "Chilean Foreign Minister Luis Soto flew to Lima.\n"
                   "The Chilean foreign minister met Vidal.\n",
                   "2025-03-01");
  expect(d5, "the Chilean ambassador", 0, "CHLGOV", NULL);
  expect(d5, "The Chilean foreign minister", 0, "CHLGOV", "Luis Soto");
  doc_free(d5);
  /* a family name written first ("Park Min-seo") is the alias; "its
   * foreign ministry" is the ministry of the country the sentence before
   * was about */
  el_doc *d6 = run(fixture,
                   "Peruvian President Park Min-seo met Chilean President Ana Bravo.\n"
                   "Park praised Bravo.\n"
                   "Peru rejected the offer.\n"
                   "Its foreign ministry protested.\n",
                   "2025-03-01");
  expect(d6, "Park", 0, "PERGOV", "Park Min-seo");
  expect(d6, "Its foreign ministry", 0, "PERGOV", NULL);
  doc_free(d6);
  /* the possessive with an agent: that person's country's government */
  el_doc *d2 =
      run(fixture, "Peruvian President Jorge Vidal said his government would act.\n", "2025-03-01");
  expect(d2, "his government", 0, "PERGOV", NULL);
  assert_int_equal(find(d2, "his government", 0)->kind, EL_ACTOR_PRONOUN);
  doc_free(d2);
  expect(doc, "Santiago", 0, "CHLGOV", NULL); /* capital as metonym ("to", not "in") */
  expect(doc, "his Chilean counterpart", 0, "CHLGOV", "Ana Bravo");
  expect(doc, "Both governments", 0, "PERGOV", NULL);
  expect(doc, "Both governments", 1, "CHLGOV", NULL);
  /* "both sides": the persons of the dyad when there are */
  el_doc *d3 = run(fixture,
                   "Peruvian President Jorge Vidal met Chilean President Ana Bravo.\n"
                   "Both sides praised the talks.\n",
                   "2025-03-01");
  expect(d3, "Both sides", 0, "PERGOV", "Jorge Vidal");
  expect(d3, "Both sides", 1, "CHLGOV", "Ana Bravo");
  doc_free(d3);
  d3 = run(fixture, "Peru protested to Chile.\nThe two sides will talk.\n", NULL);
  expect(d3, "The two sides", 0, "PER", NULL);
  expect(d3, "The two sides", 1, "CHL", NULL);
  doc_free(d3);
  /* "The minister" opening a sentence: the office holder before it,
   * named or not; not an object inside its own sentence */
  d3 = run(fixture,
           "The Peruvian foreign minister summoned the Chilean ambassador.\n"
           "The foreign minister said the talks had failed.\n",
           "2025-03-01");
  expect(d3, "The foreign minister", 0, "PERGOV", NULL);
  doc_free(d3);
  d3 = run(fixture,
           "Chilean President Ana Bravo met Peruvian President Jorge Vidal.\n"
           "The president praised the talks, and Vidal met the foreign minister.\n",
           "2025-03-01");
  expect(d3, "The president", 0, "CHLGOV", "Ana Bravo");
  assert_null(find(d3, "the foreign minister", 0));
  doc_free(d3);
  /* another given name before the surname: a namesake, not Jorge Vidal */
  assert_null(find(doc, "Vidal", 2));
  doc_free(doc);
}

static void test_president_elect(void **state) {
  (void)state;
  /* by dated roles: ELI before the inauguration, GOV after */
  el_doc *doc = run(fixture, "Roberto Silva thanked his voters.\n", "2025-07-01");
  expect(doc, "Roberto Silva", 0, "PERELI", "Roberto Silva");
  doc_free(doc);
  doc = run(fixture, "Roberto Silva thanked his voters.\n", "2025-09-01");
  expect(doc, "Roberto Silva", 0, "PERGOV", "Roberto Silva");
  doc_free(doc);
  /* "former" before the country: the dictionary's open role is over */
  doc = run(fixture, "Former Peruvian President Roberto Silva thanked his voters.\n", "2025-09-01");
  expect(doc, "Former Peruvian President Roberto Silva", 0, "PERELI", "Roberto Silva");
  doc_free(doc);
  doc = run(fixture, "The former Peruvian president Roberto Silva thanked his voters.\n",
            "2025-09-01");
  expect(doc, "The former Peruvian president Roberto Silva", 0, "PERELI", "Roberto Silva");
  doc_free(doc);
  /* an old entry filed like an office, with one undated role: after a
   * title the text names a person and the office of the day */
  doc = run(fixture, "Peruvian President Tomas Riva thanked his voters.\n", "2025-09-01");
  expect(doc, "Peruvian President Tomas Riva", 0, "PERGOV", "Tomas Riva");
  doc_free(doc);
  doc = run(fixture, "Tomas Riva thanked his voters.\n", "2025-09-01");
  expect(doc, "Tomas Riva", 0, "PEROPP", NULL);
  doc_free(doc);
  /* by the title, for someone the dictionary does not know */
  doc = run(fixture,
            "President-elect Elena Duarte called U.S. President Frank Miller.\n"
            "Ecuador's new president-elect also spoke with Miller.\n",
            "2025-06-10");
  const el_actor_mention *m = find(doc, "President-elect Elena Duarte", 0);
  assert_non_null(m);
  assert_string_equal(m->code, "ELI"); /* no country known: agent only */
  expect(doc, "U.S. President Frank Miller", 0, "USAGOV", "Frank Miller");
  expect(doc, "Miller", 0, "USAGOV", "Frank Miller");
  /* no Ecuadorian person before: a description with country and role */
  expect(doc, "Ecuador's new president-elect", 0, "ECUELI", NULL);
  doc_free(doc);
}

static void test_discards(void **state) {
  (void)state;
  el_doc *doc = run(fixture,
                    "Peruvian President Jorge Vidal watched the football match in Lima.\n"
                    "Chilean President Ana Bravo did not.\n",
                    "2025-03-01");
  assert_int_equal(doc->actors.n, 1);
  expect(doc, "Chilean President Ana Bravo", 0, "CHLGOV", "Ana Bravo");
  doc_free(doc);
  doc = run(fixture, "Peru met Chile.\nThe Champions League final is in Lima.\n", NULL);
  assert_int_equal(doc->actors.n, 0);
  doc_free(doc);
}

/* Defects reported by the quote and event stages, in invented sentences. */
static void test_reported_defects(void **state) {
  (void)state;
  /* subject pronouns after sentences about the same person; a pronoun is
   * not the addressee of its own clause, nor "him" the clause's subject */
  el_doc *doc = run(fixture,
                    "Peruvian President Jorge Vidal met Chilean President Carl Bravo in Lima.\n"
                    "He also conveyed an optimistic outlook.\n"
                    "In that context, he spoke about energy and said projects could help.\n"
                    "At the meeting, he clarified to Bravo, \"We will not pay.\"\n"
                    "Later he told Bravo that trade would grow.\n"
                    "Bravo praised him.\n",
                    "2025-03-01");
  check_order(doc);
  expect(doc, "He", 0, "PERGOV", "Jorge Vidal");
  for (int k = 0; k < 3; k++) expect(doc, "he", k, "PERGOV", "Jorge Vidal");
  expect(doc, "him", 0, "PERGOV", "Jorge Vidal");
  doc_free(doc);
  /* an indefinite description or an office's staff is nobody named */
  doc = run(fixture,
            "Peruvian President Jorge Vidal spoke on Monday.\n"
            "A Peruvian spokeswoman said the talks went well.\n"
            "Later the Peruvian foreign ministry spokeswoman said more.\n",
            "2025-03-01");
  expect(doc, "Peruvian spokeswoman", 0, "PERGOV", NULL);
  expect(doc, "the Peruvian foreign ministry spokeswoman", 0, "PERGOV", NULL);
  doc_free(doc);
  /* another given name before a known surname is another person */
  doc = run(fixture,
            "Roberto Silva spoke in Lima.\nJuanita Silva criticized Chile.\n"
            "Critics said Silva was wrong.\n",
            "2025-08-01");
  expect(doc, "Roberto Silva", 0, "PERGOV", "Roberto Silva");
  const el_actor_mention *m = find(doc, "Silva", 0);
  assert_non_null(m);
  assert_int_equal(m->sentence, 2);
  assert_null(find(doc, "Silva", 1));
  assert_null(find(doc, "Juanita Silva", 0));
  doc_free(doc);
  /* a bare year in the discards does not drop the sentence */
  doc = run(fixture, "In 1999, Peru met Chile.\n", NULL);
  expect(doc, "Peru", 0, "PER", NULL);
  expect(doc, "Chile", 0, "CHL", NULL);
  doc_free(doc);
  /* a list of countries opening a paragraph is no dateline */
  doc = run(fixture, "Peru, Chile, Ecuador and Colombia condemned the strike.\n", NULL);
  expect(doc, "Peru", 0, "PER", NULL);
  expect(doc, "Chile", 0, "CHL", NULL);
  doc_free(doc);
  doc = run(fixture, "Lima, Peru, March 3 (AP) - Chile met Ecuador.\n", NULL);
  assert_null(find(doc, "Lima", 0));
  assert_null(find(doc, "Peru", 0));
  expect(doc, "Chile", 0, "CHL", NULL);
  doc_free(doc);
  /* an agent shared by two countries, a country shared by two agents */
  doc = run(fixture, "Police in Peru and Chile arrested twelve men.\n", NULL);
  expect(doc, "Police in Peru", 0, "PERCOP", NULL);
  expect(doc, "Chile", 0, "CHLCOP", NULL);
  doc_free(doc);
  doc = run(fixture, "The Chilean police and government warned Peru.\n", NULL);
  expect(doc, "Chilean police", 0, "CHLCOP", NULL);
  expect(doc, "government", 0, "CHLGOV", NULL);
  doc_free(doc);
  /* "fired shells at X": a target, while "met in X" is a place */
  doc = run(fixture, "Peru fired two shells at Chile.\nEcuador met Colombia in Lima.\n", NULL);
  expect(doc, "Chile", 0, "CHL", NULL);
  assert_null(find(doc, "Lima", 0));
  doc_free(doc);
  doc = run(fixture, "The Peruvian government arrived in Chile on Monday.\n", NULL);
  expect(doc, "Chile", 0, "CHL", NULL); /* hosts the visit */
  doc_free(doc);
  /* "they": a pair acting together just before, else nobody (a group) */
  doc = run(fixture,
            "Peruvian President Jorge Vidal met Chilean President Carl Bravo.\n"
            "They discussed trade.\nChilean soldiers attacked rebels.\nThey said it was needed.\n",
            "2025-03-01");
  check_order(doc);
  expect(doc, "They", 0, "PERGOV", "Jorge Vidal");
  expect(doc, "They", 1, "CHLGOV", "Carl Bravo");
  assert_null(find(doc, "They", 2));
  doc_free(doc);
  /* "the two leaders": the pair that acted together, not the latest pair */
  doc = run(fixture,
            "Peruvian President Jorge Vidal met Chilean President Carl Bravo.\n"
            "Bravo said Ecuadorian President Maria Paz was absent.\n"
            "The two leaders signed a pact.\n",
            "2025-03-01");
  check_order(doc);
  expect(doc, "The two leaders", 0, "PERGOV", "Jorge Vidal");
  expect(doc, "The two leaders", 1, "CHLGOV", "Carl Bravo");
  assert_null(find(doc, "The two leaders", 2));
  doc_free(doc);
}

/* Seed-style sentences through the real data/ (names come from data). */
/* actors_opts.spaced_phrase_gaps: an actor phrase written with a space may
 * have up to two lowercase words between its words in the text, as TABARI
 * and PETRARCH read the space connector; '_' keeps words adjacent, and by
 * default every phrase is matched word for word. */
static void test_spaced_phrase_gaps(void **state) {
  (void)state;
  char path[300];
  snprintf(path, sizeof path, "%s/gaps.actors.txt", tmpdir);
  FILE *w = fopen(path, "w");
  assert_non_null(w);
  fputs("PERU_ [PER]\nPERU TELEVISION [PERTV]\nCHILE_ [CHL]\nCHILE_RADIO [CHLRAD]\n", w);
  fclose(w);
  actor_dict *d;
  assert_int_equal(actor_dict_new(&d), EL_OK);
  dict_load_opts o = {.strict = true, .warn = stderr};
  assert_int_equal(actor_dict_load_actors(d, path, &o), EL_OK);
  const char *text = "Peru state-run television and Chile public radio spoke.\n";
  for (int k = 0; k < 2; k++) {
    el_doc *doc = doc_new();
    assert_non_null(doc);
    assert_int_equal(text_normalize(doc, text, strlen(text)), EL_OK);
    assert_int_equal(text_segment(doc), EL_OK);
    const actors_opts gaps = {.spaced_phrase_gaps = true};
    assert_int_equal(actors_find_opts(d, doc, k ? &gaps : NULL), EL_OK);
    if (k)
      expect(doc, "Peru state-run television", 0, "PERTV", NULL);
    else
      expect(doc, "Peru", 0, "PER", NULL);
    expect(doc, "Chile", 0, "CHL", NULL); /* CHILE_RADIO: words adjacent */
    doc_free(doc);
  }
  actor_dict_free(d);
}

/* The dictionaries shipped in data/, loaded quietly (test_real_files_load_clean
 * checks that they load without warnings). */
static actor_dict *real_dict(void) {
  actor_dict *d;
  assert_int_equal(actor_dict_new(&d), EL_OK);
  FILE *null = fopen("/dev/null", "w");
  assert_non_null(null);
  dict_load_opts o = {.warn = null};
  assert_int_equal(actor_dict_load_dir(d, EL_SOURCE_DIR "/data", &o), EL_OK);
  fclose(null);
  return d;
}

static void test_real_data(void **state) {
  (void)state;
  actor_dict *d = real_dict();
  el_doc *doc = run(d,
                    "President-elect Gustavo Petro said that he held a telephone conversation "
                    "with U.S. President Joe Biden.\n"
                    "Colombia's new president-elect also talked on Monday with U.S. Secretary "
                    "of State Antony Blinken.\n",
                    "2022-06-21");
  check_order(doc);
  expect(doc, "President-elect Gustavo Petro", 0, "COLELI", "Gustavo Petro");
  expect(doc, "he", 0, "COLELI", "Gustavo Petro");
  expect(doc, "U.S. President Joe Biden", 0, "USAGOV", "Joe Biden");
  expect(doc, "Colombia's new president-elect", 0, "COLELI", "Gustavo Petro");
  expect(doc, "U.S. Secretary of State Antony Blinken", 0, "USAGOV", "Antony Blinken");
  doc_free(doc);
  doc = run(d,
            "Washington, D.C., January 8: US President Donald Trump and Colombian President "
            "Gustavo Petro held a call.\n"
            "Trump threatened to deploy the US military, and Bogota protested.\n"
            "Venezuela's acting president, Delcy Rodríguez, was invited to the White House.\n"
            "They met at the White House.\n",
            "2026-01-08");
  check_order(doc);
  assert_null(find(doc, "Washington", 0)); /* dateline */
  expect(doc, "US President Donald Trump", 0, "USAGOV", "Donald Trump");
  expect(doc, "Colombian President Gustavo Petro", 0, "COLGOV", "Gustavo Petro");
  expect(doc, "Trump", 0, "USAGOV", "Donald Trump");
  expect(doc, "US military", 0, "USAMIL", NULL);
  expect(doc, "Bogota", 0, "COLGOV", NULL);
  expect(doc, "Venezuela's acting president, Delcy Rodríguez", 0, "VENGOV", "Delcy Rodríguez");
  expect(doc, "White House", 0, "USAGOV", NULL); /* "to the White House": the government */
  assert_null(find(doc, "White House", 1));      /* "at the White House": a place */
  doc_free(doc);
  actor_dict_free(d);
}

/* Office holders of the 2020s from data/actors/current.actors.txt: the role
 * of the day, ELI after leaving office, and a dateline of another country
 * does not override a known person (dates checked by hand). */
static void lookup_is(const actor_dict *d, const char *name, const char *date, const char *want) {
  char code[24];
  if (actor_dict_lookup(d, name, date, code) != EL_OK) fail_msg("%s: not found", name);
  if (strcmp(code, want) != 0) fail_msg("%s on %s: %s, want %s", name, date, code, want);
}

/* A person re-entered by a later file keeps the earlier entry's roles from
 * before the new first role (one reaching into it is cut there). */
static void test_later_entry_keeps_earlier_roles(void **state) {
  (void)state;
  write_file("old.actors.txt",
             "JANE_DOE_\n"
             "\t[FRAELI 19800101-19991231]\n"
             "\t[FRAMIL 20000101-20101231]\n");
  write_file("new.actors.txt",
             "Jane_Doe\n"
             "+Doe\n"
             "\t[FRAGOV >20050101]\n");
  actor_dict *d;
  assert_int_equal(actor_dict_new(&d), EL_OK);
  dict_load_opts o = {.strict = true};
  char path[512];
  snprintf(path, sizeof path, "%s/old.actors.txt", tmpdir);
  assert_int_equal(actor_dict_load_actors(d, path, &o), EL_OK);
  snprintf(path, sizeof path, "%s/new.actors.txt", tmpdir);
  assert_int_equal(actor_dict_load_actors(d, path, &o), EL_OK);
  lookup_is(d, "Jane Doe", "1990-06-01", "FRAELI");
  lookup_is(d, "Jane Doe", "2003-06-01", "FRAMIL");
  /* the old role is cut where the new one starts */
  lookup_is(d, "Jane Doe", "2007-06-01", "FRAGOV");
  lookup_is(d, "Doe", "2020-06-01", "FRAGOV");
  actor_dict_free(d);
}

static void test_current_offices(void **state) {
  (void)state;
  actor_dict *d = real_dict();
  /* Somalia: president 2012-2017 and again from May 2022 */
  lookup_is(d, "Hassan Sheikh Mohamud", "2024-01-02", "SOMGOV");
  lookup_is(d, "Hassan Sheikh Mohamud", "2019-06-01", "SOMELI");
  lookup_is(d, "Farmajo", "2021-03-01", "SOMGOV");
  lookup_is(d, "Mohamed Abdullahi Farmajo", "2023-03-01", "SOMELI");
  /* Egypt's foreign minister until July 2024 */
  lookup_is(d, "Sameh Shoukry", "2022-06-01", "EGYGOV");
  lookup_is(d, "Sameh Shoukry", "2025-03-05", "EGYELI");
  /* Ghana: Akufo-Addo handed over to Mahama on 7 January 2025 */
  lookup_is(d, "Nana Akufo-Addo", "2024-03-05", "GHAGOV");
  lookup_is(d, "Nana Akufo-Addo", "2025-03-05", "GHAELI");
  lookup_is(d, "John Mahama", "2025-03-05", "GHAGOV");
  /* Bangladesh: Hasina fled on 5 August 2024; Yunus heads the interim government */
  lookup_is(d, "Sheikh Hasina", "2024-06-02", "BGDGOV");
  lookup_is(d, "Sheikh Hasina", "2025-02-02", "BGDELI");
  lookup_is(d, "Muhammad Yunus", "2025-02-02", "BGDGOV");
  /* NATO's secretary general until October 2024, Norway's finance minister from February 2025 */
  lookup_is(d, "Jens Stoltenberg", "2023-05-02", "IGOWSTNAT");
  lookup_is(d, "Jens Stoltenberg", "2025-05-02", "NORGOV");
  /* Ukraine's foreign minister until September 2024 */
  lookup_is(d, "Dmytro Kuleba", "2023-05-02", "UKRGOV");
  lookup_is(d, "Dmytro Kuleba", "2025-05-02", "UKRELI");
  lookup_is(d, "Albin Kurti", "2023-05-02", "KSVGOV");
  lookup_is(d, "Tedros Adhanom Ghebreyesus", "2024-05-02", "IGOUNOHLHWHO");
  el_doc *doc = run(d,
                    "ADDIS ABABA, Jan 2 (Reuters) - President Hassan Sheikh Mohamud condemned "
                    "the port deal signed in the Ethiopian capital.\n",
                    "2024-01-02");
  check_order(doc);
  expect(doc, "President Hassan Sheikh Mohamud", 0, "SOMGOV", "Hassan Sheikh Mohamud");
  doc_free(doc);
  actor_dict_free(d);
}

/* ---- bad and huge input ---------------------------------------------------- */

static void test_bad_input(void **state) {
  (void)state;
  const char *texts[] = {
      "President President President , , , of of of the the",
      "Ministro de Relaciones Exteriores 外交部长 王毅 Министр иностранных дел Лавров "
      "وزير الخارجية Colombian\xCC\x81 President\xE2\x80\x8B X",
      "Peru's's's ' ' ' Chile' s Colombian-Colombian-Colombian U.S.-Peru",
      "the two the two both both he she him , Colombian counterpart , , President-elect",
      "\"\"\" ” “ ‘ ’ Peruvian President \" Ana \" Bravo",
  };
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    el_doc *doc = run(fixture, texts[i], NULL);
    check_order(doc);
    doc_free(doc);
  }
  /* no sentences / tokens at all */
  el_doc *doc = doc_new();
  assert_int_equal(actors_find(fixture, doc), EL_OK);
  assert_int_equal(doc->actors.n, 0);
  doc_free(doc);
  assert_int_equal(actors_find(NULL, NULL), EL_ERR_ARG);
}

/* One 100k-token sentence built by hand: linear time, no crash. */
static void test_huge_sentence(void **state) {
  (void)state;
  const char *words[] = {"Peruvian", "President", "Jorge", "Vidal",   "met",         "the",
                         "two",      "leaders",   "he",    "Chilean", "counterpart", ","};
  size_t nw = sizeof words / sizeof *words, ntok = 100000;
  el_doc *doc = doc_new();
  size_t cap = ntok * 13 + 1, len = 0;
  char *text = arena_alloc(doc->arena, cap);
  assert_non_null(text);
  for (size_t i = 0; i < ntok; i++) {
    const char *w = words[(i * 7 + i / 13) % nw];
    el_token *t = EL_VEC_PUSH(doc->toks);
    assert_non_null(t);
    t->start = (uint32_t)len;
    memcpy(text + len, w, strlen(w));
    len += strlen(w);
    t->end = (uint32_t)len;
    t->flags = (w[0] >= 'A' && w[0] <= 'Z') ? EL_TOK_WORD | EL_TOK_CAP
               : w[0] == ','                ? EL_TOK_PUNCT
                                            : EL_TOK_WORD;
    text[len++] = ' ';
  }
  text[len] = 0;
  doc->text = text;
  doc->len = len;
  el_sentence *s = EL_VEC_PUSH(doc->sents);
  assert_non_null(s);
  s->start = 0;
  s->end = (uint32_t)len;
  s->tok_begin = 0;
  s->tok_end = (uint32_t)ntok;
  clock_t t0 = clock();
  assert_int_equal(actors_find(fixture, doc), EL_OK);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  assert_true(doc->actors.n > 0);
  check_order(doc);
  assert_true(secs < 5.0);
  doc_free(doc);
}

/* What was learned must not depend on the order the articles came in: a
 * resumed ingest replays the stored actors by date, not in article order. */
static void test_learn_order_independent(void **state) {
  (void)state;
  const char *orders[2][3][2] = {
      {{"ABCGOV", "2026-01-10"}, {"ABCGOV", "2025-01-01"}, {"ABCELI", "2025-06-01"}},
      {{"ABCGOV", "2025-01-01"}, {"ABCELI", "2025-06-01"}, {"ABCGOV", "2026-01-10"}}};
  for (int o = 0; o < 2; o++) {
    actor_dict *d = NULL;
    assert_int_equal(actor_dict_new(&d), EL_OK);
    for (int i = 0; i < 3; i++)
      assert_int_equal(actor_dict_learn(d, "Maria Quintero", orders[o][i][0], orders[o][i][1]),
                       EL_OK);
    char code[24];
    assert_int_equal(actor_dict_lookup(d, "Maria Quintero", "2026-02-01", code), EL_OK);
    assert_string_equal(code, "ABCELI"); /* the latest first evidence: June 2025 */
    assert_int_equal(actor_dict_lookup(d, "Maria Quintero", "2025-03-01", code), EL_OK);
    assert_string_equal(code, "ABCGOV");
    actor_dict_free(d);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_learn_order_independent),
      cmocka_unit_test(test_dated_roles),
      cmocka_unit_test(test_malformed_lines),
      cmocka_unit_test(test_real_files_load_clean),
      cmocka_unit_test(test_learn_api),
      cmocka_unit_test(test_titles_and_appositions),
      cmocka_unit_test(test_context_country),
      cmocka_unit_test(test_groups),
      cmocka_unit_test(test_alias_coref_pronouns),
      cmocka_unit_test(test_headline),
      cmocka_unit_test(test_name_apposition),
      cmocka_unit_test(test_president_elect),
      cmocka_unit_test(test_discards),
      cmocka_unit_test(test_reported_defects),
      cmocka_unit_test(test_spaced_phrase_gaps),
      cmocka_unit_test(test_real_data),
      cmocka_unit_test(test_current_offices),
      cmocka_unit_test(test_later_entry_keeps_earlier_roles),
      cmocka_unit_test(test_bad_input),
      cmocka_unit_test(test_huge_sentence),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
