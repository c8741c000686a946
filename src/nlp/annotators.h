/* annotators.h — the model-driven steps shared by run time (models.c) and
 * training (train_*.c): feature extraction, greedy decoding and the
 * transition system, so both sides compute exactly the same features. */
#ifndef DYAD_NLP_ANNOTATORS_H
#define DYAD_NLP_ANNOTATORS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nlp/lexicon.h"
#include "nlp/perceptron.h"
#include "nlp/wordfeat.h"
#include "nlp/clusters.h"
#include "nlp/wordnet.h"

/* ---- tagger: one class per (UPOS, XPOS) pair, greedy left to right ---- */

enum { TAGGER_MAX_FEATS = 52 };
/* The capitalisation style of a sentence (prose, headline, all capitals),
 * computed once per sentence for tagger_features. */
uint64_t tagger_sentence_style(const wordfeat *wf, size_t n);
/* What a tag class ("UPOS\tXPOS") says of clauses: TAG_FINITE for a finite
 * verb (XPOS VBD, VBZ, VBP or MD), TAG_OPENER for a word that opens a
 * clause (UPOS SCONJ; XPOS WDT, WP, WP$ or WRB).  An array of n bytes,
 * which the caller frees. */
enum { TAG_FINITE = 1, TAG_OPENER = 2 };
uint8_t *tag_clause_table(const char *const *classes, uint32_t n);
/* What the tagging of one sentence carries from word to word: its style,
 * and a scan of its clauses (stretches up to a punctuation mark or a word
 * that can open a clause: "until", "that", "who") for the finite-verb
 * features (template set 4).  "Protesters gathered outside"
 * and "protesters gathered outside were" differ only in whether a word
 * that can be a finite verb lies ahead, so a word reads whether one does in
 * its own clause or further on, and whether a finite verb was already
 * tagged in its clause or earlier in the sentence.  The scan is linear:
 * tagger_features must see i = 0, 1, ... in order (another order restarts
 * it, which costs O(n) once). */
typedef struct tagger_sentence {
    uint64_t style;
    const uint8_t *clause_of; /* per class (tag_clause_table), or NULL: none */
    size_t next;             /* the word the scan expects */
    size_t clause_end;       /* the first mark or clause opener after it, or n */
    uint32_t ahead, beyond;  /* words that can be finite in (i, clause_end), and after clause_end */
    uint32_t total, counted; /* such words in the sentence, and in [0, clause_end] */
    bool left_clause, left_any;
} tagger_sentence;
void tagger_sentence_init(tagger_sentence *ts, const wordfeat *wf, size_t n, const uint8_t *clause_of);
/* Features of token i given the tags already chosen for tokens < i. */
size_t tagger_features(tagger_sentence *ts, const wordfeat *wf, size_t n, size_t i, const int *tags,
                       uint64_t *out);
/* Tag left to right; clause_of is the model's tag_clause_table. */
void tagger_run(const pc_model *m, const uint8_t *clause_of, const wordfeat *wf, size_t n, int *tags,
                int32_t *scores);
/* tagger_run, also noting in wf[i].alt the runner-up class + 1 when it
 * scores within TAGGER_ALT_MARGIN of the best (0 otherwise): the
 * recogniser reads it (template set 5).  The margin is in the perceptron's own units,
 * so taggers of any quantisation scale mark alike; at 22.3 the shipped
 * tagger marks 8.6% of the words of EWT dev, and the runner-up is the
 * right tag for 44% of its mistakes there (docs/MODELS.md, Runner-up tags). */
#define TAGGER_ALT_MARGIN 22.3
void tagger_run_alt(const pc_model *m, const uint8_t *clause_of, wordfeat *wf, size_t n, int *tags,
                    int32_t *scores);
/* Hash identity of a tag class (used by the parser and the recogniser). */
static inline uint64_t tag_hash(int tag) { return fh1(9001, (uint64_t)(tag + 3)); }

/* ---- lemmatizer and features lexicon ---- */

/* Lemma of form[0..n) with tag class name "UPOS\tXPOS"; the result points
 * into the lexicon, or is written to out (cap bytes). */
const char *lemma_of(const lexicon *lex, const char *form, size_t n, const char *upos, const char *tagname,
                     char *out, size_t cap);
const char *feats_of(const lexicon *lex, const char *form, size_t n, const char *tagname);
/* NOUN, PROPN, VERB, ADJ, ADV: the open classes. */
bool open_class(const char *upos);
/* Whether a word of this UPOS has features of its own in the lexicon
 * ("M" entries: closed classes and adverbs) rather than its tag's. */
bool feats_by_word(const char *upos);
/* Set w->amb and w->caps from the lexicon's "A" and "C" entries, and
 * w->clause to what the classes of the ambiguity class allow (clause_of: the
 * tag_clause_table of the nclass tag classes the "A" entries number; NULL
 * leaves clause 0). */
void ambiguity_fill(const lexicon *lex, const uint8_t *clause_of, uint32_t nclass, wordfeat *w, const char *form,
                    size_t n);
/* Training: "C" entries, the share of a word's sentence-internal uses that
 * are capitalised, in five steps ('0' never .. '4' always). */
void capitals_observe(lexicon_builder *b, char **lower_words, const char *capitalised, size_t n);
/* Training: the ambiguity classes of a treebank (lowercased words and their
 * tag classes, count pairs), as "A" entries: the tags that make up at least
 * a tenth of the word's occurrences, for words seen at least twice. */
void ambiguity_observe(lexicon_builder *b, char **lower_words, const int *tags, size_t n);
/* Training: record one treebank word. */
void lemma_observe(lexicon_builder *b, const char *form, const char *lemma, const char *upos,
                   const char *tagname, const char *feats);

/* ---- parser: arc-hybrid, root at the end of the buffer, labelled ---- */

/* Transition classes: 0 SHIFT, 1 + 2l LEFT with label l, 2 + 2l RIGHT with l. */
enum { P_SHIFT = 0, PARSER_MAX_FEATS = 96 };
/* Which feature templates each model computes.  A model is written with
 * its number in a "<prefix>templates" section and refused by a build whose
 * templates differ, since its weights would silently go unused (a file
 * without the section is set 1).  Raise a number when a model's
 * templates change. */
enum { TAGGER_TEMPLATE_SET = 4, PARSER_TEMPLATE_SET = 2, NER_TEMPLATE_SET = 7 };
/* Set 6 only adds features of the window scorer (nlp/ner_window.h), set 7
 * those of the sequence scorer (nlp/ner_lstm.h), which a file without the
 * scorer never computes: a set-5 or set-6 recogniser still loads. */
enum { NER_TEMPLATE_SET_OLDEST = 5 };
/* model_templates_match for a recogniser file: set NER_TEMPLATE_SET_OLDEST
 * up to NER_TEMPLATE_SET. */
bool ner_templates_match(const model_file *f, const char *file, char *why, size_t why_size);
#define TAGGER_TEMPLATE_SECTION "tag.templates"
#define PARSER_TEMPLATE_SECTION "dep.templates"
#define NER_TEMPLATE_SECTION "ner.templates"
/* True when the model file (named `file` in messages) was trained with
 * template set `want` in `section`; otherwise false with the reason in why. */
bool model_templates_match(const model_file *f, const char *file, const char *section, uint32_t want, char *why,
                           size_t why_size);
static inline int p_left(int l) { return 1 + 2 * l; }
static inline int p_right(int l) { return 2 + 2 * l; }

typedef struct pstate {
    int n;               /* tokens; index n is the root */
    int *stack, sp;
    int b;               /* front of the buffer */
    int *head, *label;   /* head -1 until attached; n = root */
    int *lc1, *lc2, *rc1, *rc2, *nl, *nr;
    uint64_t *lset, *rset;
} pstate;

/* Memory for a state of n tokens: pstate_bytes(n) bytes, zeroed not needed. */
size_t pstate_bytes(int n);
void pstate_init(pstate *s, int n, void *mem);
bool pstate_done(const pstate *s);
/* Whether transition class c is allowed (root_label: the label "root"). */
bool pstate_valid(const pstate *s, int c, int root_label);
void pstate_apply(pstate *s, int c);
size_t parser_features(const pstate *s, const wordfeat *wf, const int *tags, uint64_t *out);
/* Parse: heads (-1 root, else token index) and labels. */
void parser_run(const pc_model *m, int root_label, const wordfeat *wf, const int *tags, int n,
                int *heads, int *labels, void *mem, int32_t *scores);

/* ---- entity recogniser: BIO classes "O", "B-PER", "I-PER", ... ---- */

enum { NER_MAX_FEATS = 72, NER_MAX_CLASSES = 64 };
/* Decodings of each document: from the second on, the document memory
 * holds the labels of every sentence, later ones too (Krishnan and
 * Manning's two stages, with the recogniser's own features).  At run time
 * the passes go over one chunk of about 2,048 tokens at a time (models.c),
 * so in a longer document "later ones" means later in the chunk: the
 * second pass never sees a later chunk's labels, and a later chunk's first
 * pass already reads the earlier chunks' second-pass labels.  Training
 * and its dev score decode whole documents.  One pass is shipped: the
 * second is worth +0.0035 of UNER dev F1 (six seeds: 0.7495 -> 0.7530)
 * and costs a sixth of the whole chain's speed (113,000 against 133,000
 * tokens/s in the same runs), too close to the 100,000 target on a busy
 * host (docs/MODELS.md, round 7).  The model file is the same for both. */
enum { NER_PASSES = 1 };

/* Gazetteer: names of people, organisations and places (from dyad's actor
 * dictionary, data/actors) stored in ner.bin as a sorted array of keys,
 * each the hash of a name's token forms with its type in the low bits
 * (type 0: the first tokens of a longer name, so matching stops early).  A
 * match marks its tokens; the recogniser only sees the marks as features,
 * so a listed name is evidence, never a decision. */
enum { GAZ_PER = 1, GAZ_ORG = 2, GAZ_LOC = 3, GAZ_MAX_TOKENS = 8 };
enum { GAZ_FILTER_WORDS = 256 };
typedef struct ner_gazetteer {
    const uint64_t *keys; /* ascending */
    size_t count;
    /* One bit per key (by its hash, whatever its type): most tokens start
     * no name, and a clear bit says so without a search. */
    uint64_t filter[GAZ_FILTER_WORDS];
} ner_gazetteer;
/* Point g at keys[0..count) (sorted) and fill its filter. */
void ner_gaz_init(ner_gazetteer *g, const uint64_t *keys, size_t count);
/* The "ner.gaz" section of a model file (absent: an empty gazetteer);
 * refuses a size that is no whole number of keys or keys out of order. */
int ner_gaz_load(ner_gazetteer *g, const model_file *f, char *err, size_t err_size);
/* Hash of a name of n tokens, extended one token (form hash) at a time. */
static inline uint64_t gaz_start(void) { return 0x6a09e667f3bcc908ULL; }
/* The wide list (first names): same key array, another start. */
static inline uint64_t gaz_start_wide(void) { return 0xbb67ae8584caa73bULL; }
static inline uint64_t gaz_extend(uint64_t h, uint64_t form) { return fh2(7001, h, form); }
static inline uint64_t gaz_key(uint64_t h, int type) { return (h & ~(uint64_t)3) | (uint64_t)type; }
/* Per token: bit 2(t-1) when a listed name of type t starts there, bit
 * 2(t-1)+1 when one continues through it (the curated list); bits 6-7 the
 * type of the wide list's name covering it that starts earliest (the
 * longest from there; 0 none);
 * marks[0..n) is written. */
void ner_gaz_mark(const ner_gazetteer *g, const wordfeat *wf, size_t n, uint8_t *marks);

/* Document memory: what the rest of the document says of a word (by its
 * lowercase hash): whether it is written capitalised or lowercase inside a
 * sentence anywhere in the document, and the class the recogniser gave its
 * latest use in an earlier sentence (Ratinov and Roth's non-local
 * features, 2009).  Every sentence of the document is noted first (its
 * words after the first), then labels go in as sentences are labelled.  At
 * run time those are the earlier sentences, and the noted sentences are
 * the splitter's rules' (a cut of the learned pass comes later, so the
 * first word of its second piece counts as written mid-sentence); in
 * training the gold sentences, and the labels of whichever sentences of
 * the document the shuffled epoch has reached, cleared each epoch. */
typedef struct ner_memory {
    uint64_t *key;  /* 0: empty slot */
    uint8_t *seen;  /* NER_SEEN_* bits */
    uint8_t *last;  /* class + 1 of the latest use, 0 none yet */
    uint8_t *ent;   /* class + 1 of the latest use inside an entity, 0 none yet */
    /* Each word's sentence (number + 1) of `last` and `ent`, and the class
     * of the latest use in another sentence than that one: a sentence
     * decoded again (NER_PASSES) reads what the other sentences said, never
     * its own labels of the pass before, just as in training. */
    uint32_t *last_sid, *ent_sid;
    uint8_t *last2, *ent2;
    size_t mask;    /* slots - 1; more than twice the tokens, so never full */
    uint32_t sid;   /* number of the sentence decoded and labelled next: ner_memory_label
                     * counts on; each pass over a document sets it back to the same start */
} ner_memory;
enum { NER_SEEN_UPPER = 1, NER_SEEN_LOWER = 2 };
/* Bytes of memory for a document of `tokens` tokens. */
size_t ner_memory_bytes(size_t tokens);
/* m over mem (ner_memory_bytes(tokens) bytes, any content). */
void ner_memory_init(ner_memory *m, size_t tokens, void *mem);
/* Note how a sentence writes its words (the first word says nothing). */
void ner_memory_note(ner_memory *m, const wordfeat *wf, size_t n);
/* Note one word written inside a sentence (not its first): its `lower`
 * hash (wordfeat_lower_hash) and whether it starts with a capital. */
void ner_memory_note_word(ner_memory *m, uint64_t lower, bool upper_initial);
/* Forget every class recorded, keep what was noted (a training epoch). */
void ner_memory_clear_labels(ner_memory *m);
/* Record the classes given to a sentence's words (ner_run does this). */
void ner_memory_label(ner_memory *m, const wordfeat *wf, const int *labels, size_t n);

/* Features of token i: those that ignore the labels of this sentence (mem:
 * the document's memory, or NULL), and those that read the label of token
 * i - 1 (prev; -1 at the sentence start) with ent, what the memory says of
 * the word's latest class inside an entity (ner_memory_entity_class, looked
 * up once per token rather than once per previous class). */
size_t ner_features_static(const wordfeat *wf, const int *tags, const uint8_t *gaz, const ner_memory *mem, size_t n,
                           size_t i, uint64_t *out);
uint8_t ner_memory_entity_class(const ner_memory *mem, const wordfeat *w); /* 0 with mem NULL */
size_t ner_features_prev(const wordfeat *wf, const int *tags, const uint8_t *gaz, uint8_t ent, size_t n, size_t i, int prev,
                         uint64_t *out);
/* Whether class `next` may follow class `prev` (-1: sentence start). */
bool ner_allowed(const pc_model *m, int prev, int next);
/* Scores of classes 0..nclass-1 for features f[0..k) (training: the
 * current weights; run time: the averaged model). */
typedef void (*ner_score_fn)(const void *model, const uint64_t *f, size_t k, double *out);
/* Bytes of work memory ner_viterbi needs. */
size_t ner_viterbi_bytes(uint32_t nclass, size_t n);
/* The best-scoring BIO sequence of n tokens (first-order Viterbi over the
 * classes of `names`, at most NER_MAX_CLASSES, transitions checked with
 * ner_allowed); marks: the gazetteer marks. */
void ner_viterbi(const pc_model *names, ner_score_fn score, const void *model, const ner_memory *mem,
                 const wordfeat *wf, const int *tags, const uint8_t *marks, size_t n, int *labels, void *work);
/* Two places written one after the other ("San Francisco California",
 * "Brittany France") are two entities, as UNER marks them: a LOC span whose
 * last tokens are a listed place of their own (not part of a listed name
 * begun earlier in the span) is cut before them, unless the word before
 * them makes one name with them ("South Vietnam", "Gulf of Mexico").  The
 * decoder alone tends to read the pair as one name.  marks: the gazetteer
 * marks of ner_gaz_mark. */
void ner_split_places(const pc_model *m, const wordfeat *wf, const uint8_t *marks, size_t n, int *labels);
/* After decoding: a place or person name of two words or more that ends
 * in a word naming an institution ("Council", "Ministry", "Court") is an
 * organisation's. */
void ner_organisation_heads(const pc_model *m, const wordfeat *wf, size_t n, int *labels);
/* The labels of one sentence: Viterbi decoding, then ner_split_places and
 * ner_organisation_heads.
 * marks: scratch of n bytes for the gazetteer marks; scores: scratch of
 * pc_width(m->nclass) scores; mem: the document's memory (noted
 * beforehand; NULL: none), given this sentence's labels. */
void ner_run(const pc_model *m, const ner_gazetteer *g, ner_memory *mem, const wordfeat *wf, const int *tags, size_t n,
             int *labels, uint8_t *marks, int32_t *scores);
/* One pass of several over a document (NER_PASSES), as ner_run; view:
 * 2n bytes kept for this sentence from pass to pass.  In a pass after the
 * first (again), a sentence whose words the memory says the same of as in
 * the pass before keeps its labels (they are recorded again), since its
 * features are the same: most of the cost of a second pass is saved, and
 * its output is that of decoding every sentence again. */
void ner_run_pass(const pc_model *m, const ner_gazetteer *g, ner_memory *mem, const wordfeat *wf, const int *tags,
                  size_t n, int *labels, uint8_t *marks, uint8_t *view, int32_t *scores, bool again);

#endif
