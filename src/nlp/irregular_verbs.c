/* irregular_verbs.c — the past tense and past participle of English
 * irregular verbs, written from a grammar of English (facts, not a copied
 * list), so that unseen forms such as "risen" or "withdrew" get their lemma.
 * One verb a line: "lemma past participle", alternatives joined by '/'.
 * Prefixed verbs (with-, over-, under-, out-, fore-, mis-, up-, re-) are
 * found through their base verb. */
#include "nlp/lemma_english.h"

#include <string.h>

static const char IRREGULAR[] =
    "arise arose arisen\n" "awake awoke/awaked awoken/awaked\n" "bear bore borne/born\n"
    "beat beat beaten/beat\n" "become became become\n" "begin began begun\n" "bend bent bent\n"
    "bet bet/betted bet/betted\n" "bid bade/bid bidden/bid\n" "bind bound bound\n" "bite bit bitten\n"
    "bleed bled bled\n" "blow blew blown\n" "break broke broken\n" "breed bred bred\n"
    "bring brought brought\n" "broadcast broadcast broadcast\n" "build built built\n"
    "burn burnt/burned burnt/burned\n" "burst burst burst\n" "buy bought bought\n" "cast cast cast\n"
    "catch caught caught\n" "choose chose chosen\n" "cling clung clung\n" "come came come\n"
    "cost cost cost\n" "creep crept crept\n" "cut cut cut\n" "deal dealt dealt\n" "dig dug dug\n"
    "dive dove/dived dived\n" "do did done\n" "draw drew drawn\n" "dream dreamt/dreamed dreamt/dreamed\n"
    "drink drank drunk\n" "drive drove driven\n" "dwell dwelt dwelt\n" "eat ate eaten\n" "fall fell fallen\n"
    "feed fed fed\n" "feel felt felt\n" "fight fought fought\n" "find found found\n" "flee fled fled\n"
    "fling flung flung\n" "fly flew flown\n" "forbid forbade forbidden\n" "forecast forecast forecast\n"
    "forget forgot forgotten\n" "forgive forgave forgiven\n" "forsake forsook forsaken\n"
    "freeze froze frozen\n" "get got gotten/got\n" "give gave given\n" "go went gone\n"
    "grind ground ground\n" "grow grew grown\n" "hang hung hung\n" "have had had\n" "hear heard heard\n"
    "hide hid hidden\n" "hit hit hit\n" "hold held held\n" "hurt hurt hurt\n" "keep kept kept\n"
    "kneel knelt knelt\n" "know knew known\n" "lay laid laid\n" "lead led led\n" "lean leant leant\n"
    "leap leapt leapt\n" "learn learnt learnt\n" "leave left left\n" "lend lent lent\n" "let let let\n"
    "lie lay lain\n" "light lit lit\n" "lose lost lost\n" "make made made\n" "mean meant meant\n"
    "meet met met\n" "mislead misled misled\n" "mow mowed mown\n" "pay paid paid\n" "plead pled pled\n"
    "prove proved proven\n" "put put put\n" "quit quit quit\n" "read read read\n" "rid rid rid\n"
    "ride rode ridden\n" "ring rang rung\n" "rise rose risen\n" "run ran run\n" "saw sawed sawn\n"
    "say said said\n" "see saw seen\n" "seek sought sought\n" "sell sold sold\n" "send sent sent\n"
    "set set set\n" "sew sewed sewn\n" "shake shook shaken\n" "shed shed shed\n" "shine shone shone\n"
    "shoot shot shot\n" "show showed shown\n" "shrink shrank/shrunk shrunk\n" "shut shut shut\n"
    "sing sang sung\n" "sink sank sunk\n" "sit sat sat\n" "slay slew slain\n" "sleep slept slept\n"
    "slide slid slid\n" "sling slung slung\n" "slit slit slit\n" "smell smelt smelt\n" "sow sowed sown\n"
    "speak spoke spoken\n" "speed sped sped\n" "spell spelt spelt\n" "spend spent spent\n"
    "spill spilt spilt\n" "spin spun spun\n" "spit spat spat\n" "split split split\n" "spoil spoilt spoilt\n"
    "spread spread spread\n" "spring sprang/sprung sprung\n" "stand stood stood\n" "steal stole stolen\n"
    "stick stuck stuck\n" "sting stung stung\n" "stink stank/stunk stunk\n" "stride strode stridden\n"
    "strike struck struck/stricken\n" "string strung strung\n" "strive strove striven\n"
    "swear swore sworn\n" "sweep swept swept\n" "swell swelled swollen\n" "swim swam swum\n"
    "swing swung swung\n" "take took taken\n" "teach taught taught\n" "tear tore torn\n" "tell told told\n"
    "think thought thought\n" "throw threw thrown\n" "thrust thrust thrust\n" "tread trod trodden\n"
    "wake woke woken\n" "wear wore worn\n" "weave wove woven\n" "weep wept wept\n" "wet wet wet\n"
    "win won won\n" "wind wound wound\n" "wring wrung wrung\n" "write wrote written\n"
    "be was/were been\n" "shoe shod shod\n" "stave stove stove\n" "beget begot begotten\n"
    "seethe seethed seethed\n" "undergo underwent undergone\n" "befall befell befallen\n"
    "beseech besought besought\n" "behold beheld beheld\n" "hew hewed hewn\n" "shear sheared shorn\n"
    "strew strewed strewn\n" "smite smote smitten\n" "thrive throve thriven\n"
    "overcome overcame overcome\n" "withstand withstood withstood\n" "upset upset upset\n"
    "offset offset offset\n" "input input input\n" "output output output\n" "telecast telecast telecast\n"
    ;

/* Prefixes that make new verbs from irregular ones with the same forms. */
static const char *const PREFIXES[] = {"with", "over", "under", "out", "fore", "mis", "up", "re"};

/* Is w[0..n) one of the '/'-separated words of field f[0..fn)? */
static bool field_has(const char *f, size_t fn, const char *w, size_t n)
{
    size_t i = 0;
    while (i < fn) {
        size_t j = i;
        while (j < fn && f[j] != '/') j++;
        if (j - i == n && !memcmp(f + i, w, n)) return true;
        i = j + 1;
    }
    return false;
}

/* The lemma whose past or participle is w[0..n), or NULL; *ln its length. */
static const char *lookup(const char *w, size_t n, size_t *ln)
{
    const char *p = IRREGULAR;
    while (*p) {
        const char *eol = strchr(p, '\n');
        const char *s1 = memchr(p, ' ', (size_t)(eol - p));
        const char *s2 = s1 ? memchr(s1 + 1, ' ', (size_t)(eol - s1 - 1)) : NULL;
        if (s2 && (field_has(s1 + 1, (size_t)(s2 - s1 - 1), w, n) || field_has(s2 + 1, (size_t)(eol - s2 - 1), w, n))) {
            *ln = (size_t)(s1 - p);
            return p;
        }
        p = eol + 1;
    }
    return NULL;
}

const char *irregular_verb(const char *low, size_t n, char *out, size_t cap)
{
    size_t ln;
    const char *l = lookup(low, n, &ln);
    size_t pre = 0;
    if (!l) {
        for (size_t i = 0; i < sizeof PREFIXES / sizeof *PREFIXES && !l; i++) {
            size_t pn = strlen(PREFIXES[i]);
            /* the rest must be a verb form of its own, long enough not to
             * match by chance ("red" is no re- + "d") */
            if (n >= pn + 4 && !memcmp(low, PREFIXES[i], pn) && (l = lookup(low + pn, n - pn, &ln))) pre = pn;
        }
    }
    if (!l || pre + ln + 1 > cap) return NULL;
    memcpy(out, low, pre);
    memcpy(out + pre, l, ln);
    out[pre + ln] = '\0';
    return out;
}
