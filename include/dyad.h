/*
 * dyad.h — the public C API of libdyad.
 *
 * dyad reads raw political news and turns it into a structured record: the
 * clean article, its language analysis, and (in later versions) statements
 * and coded events.  An embedding program needs only this header:
 *
 *     dyad_resources *res = dyad_resources_open(NULL, err, sizeof err);
 *     dyad_reader *rd = dyad_reader_open(paths, n, NULL);
 *     dyad_input *in;
 *     while ((in = dyad_reader_next(rd)) != NULL) {
 *         dyad_document *doc = dyad_process(res, in, DYAD_STAGE_ALL);
 *         ... read doc->title, doc->paragraphs, doc->tokens ...
 *         dyad_document_free(doc);
 *         dyad_input_free(in);
 *     }
 *     dyad_reader_close(rd);
 *     dyad_resources_close(res);
 *
 * Ownership: every pointer inside a dyad_document lives until
 * dyad_document_free; every pointer inside a dyad_input until
 * dyad_input_free.  Resources are immutable once open and may be shared by
 * any number of threads; documents and readers belong to one thread at a time.
 *
 * Offsets: every span is a pair of byte offsets [start, end) into the
 * document's clean text (dyad_document.text), which is UTF-8.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"
/* Version of the JSON document layout (docs/FORMAT.md). */
#define DYAD_SCHEMA_VERSION 1
/* Default limit on the bytes of one input document (configurable). */
#define DYAD_DEFAULT_MAX_DOCUMENT_BYTES (16u * 1024u * 1024u)
/* Analysis holds every token's annotations and output at once (about 500
 * bytes a token as JSON), so a document whose text makes more tokens than
 * this is refused before tagging: an error record, never a truncation. */
#define DYAD_DEFAULT_MAX_DOCUMENT_TOKENS 1000000u

/* ------------------------------------------------------------------ */
/* Status and diagnostics                                              */

typedef enum dyad_status {
    DYAD_OK = 0,
    DYAD_ERR_IO,          /* a file could not be opened or read */
    DYAD_ERR_NOMEM,
    DYAD_ERR_SYNTAX,      /* malformed container (JSON, WARC, XML, ...) */
    DYAD_ERR_TOO_LARGE,   /* over the configured document size limit */
    DYAD_ERR_EMPTY,       /* no text at all */
    DYAD_ERR_BINARY,      /* data that is not text */
    DYAD_ERR_UNSUPPORTED, /* a format this build cannot read */
    DYAD_ERR_MODEL,       /* a model or dictionary file is missing or corrupt */
    DYAD_ERR_USAGE        /* the caller passed something invalid */
} dyad_status;

/* A stable lowercase name for a status, e.g. "too_large". */
const char *dyad_status_name(dyad_status status);

/* One error or warning about a document.  `code` is a short stable
 * machine-readable name ("invalid_utf8", "json_syntax", ...); `message` is
 * for people.  Positions refer to the input as read, -1/0 when unknown. */
typedef struct dyad_diagnostic {
    dyad_status status;   /* DYAD_OK for warnings */
    const char *code;
    const char *message;
    int64_t offset;       /* byte offset in the input, or -1 */
    int32_t line;         /* 1-based line in the input, or 0 */
    int32_t column;       /* 1-based column (bytes), or 0 */
    uint32_t count;       /* how many times it occurred (e.g. bytes repaired) */
} dyad_diagnostic;

/* ------------------------------------------------------------------ */
/* Input: bytes plus what the container says about them                */

typedef enum dyad_format {
    DYAD_FORMAT_AUTO = 0, /* sniff the content */
    DYAD_FORMAT_TEXT,     /* plain (scraped) text */
    DYAD_FORMAT_JSONL,    /* one JSON object per line */
    DYAD_FORMAT_HTML,
    DYAD_FORMAT_WARC,
    DYAD_FORMAT_FEED      /* RSS 2.0 or Atom */
} dyad_format;

const char *dyad_format_name(dyad_format format);
/* DYAD_FORMAT_AUTO when the name is unknown. */
dyad_format dyad_format_from_name(const char *name);

/* A field of a JSON-lines record that dyad does not interpret, carried
 * through to the output untouched: key and its raw JSON value text. */
typedef struct dyad_extra_field {
    const char *key;
    const char *json;
} dyad_extra_field;

/* One document as a container delivered it.  Any metadata string may be
 * NULL; what the input supplies always beats what dyad infers. */
typedef struct dyad_input {
    const char *id;        /* caller's id, or one derived from the source */
    const char *source;    /* path, "-" for standard input */
    const char *container; /* "file", "jsonl", "warc", "rss", "atom", ... */
    uint64_t index;        /* 0-based position in the whole input stream */
    int64_t container_offset; /* byte offset of the record in its file, or -1 */
    int32_t container_line;   /* 1-based line of the record, or 0 */

    const char *url;
    const char *date;      /* as supplied: ISO 8601, possibly partial */
    const char *outlet;
    const char *title;
    const char *author;
    const char *language;
    const char *charset;   /* declared by the transport, if any */

    dyad_format format;    /* of `bytes`: TEXT or HTML */
    const char *bytes;     /* not necessarily NUL-terminated or valid UTF-8 */
    size_t length;

    const dyad_extra_field *extra;
    size_t extra_count;

    /* Set when the container itself could not deliver this document (a JSON
     * syntax error, an over-limit record, ...): processing yields an error
     * record carrying it, and the run goes on. */
    const dyad_diagnostic *error;
    /* Problems the container met that did not stop this document (records
     * skipped before it, XML repaired, ...): copied into its warnings. */
    const dyad_diagnostic *warnings;
    size_t warning_count;
} dyad_input;

/* Build an input from memory (copies nothing: `bytes` must outlive it).
 * Fields not set are NULL/zero; set metadata fields directly afterwards. */
dyad_input dyad_input_from_memory(const char *bytes, size_t length, dyad_format format);

/* ------------------------------------------------------------------ */
/* Readers: files, directories, standard input, gzip, JSON lines, ...  */

typedef struct dyad_reader dyad_reader;

typedef struct dyad_reader_options {
    dyad_format format;        /* DYAD_FORMAT_AUTO to sniff each file */
    size_t max_document_bytes; /* 0 means DYAD_DEFAULT_MAX_DOCUMENT_BYTES */
} dyad_reader_options;

/* Paths may be files (plain or gzip-compressed), directories (read
 * recursively, entries in byte order of their names, symbolic links
 * followed; each real file once per path given, loops skipped with a
 * warning) or "-" for standard input.  Never fails: a path that cannot be
 * read yields an error input. */
dyad_reader *dyad_reader_open(const char *const *paths, size_t path_count,
                              const dyad_reader_options *options);
/* The next document in input order, or NULL at the end. */
dyad_input *dyad_reader_next(dyad_reader *reader);
void dyad_input_free(dyad_input *input);
void dyad_reader_close(dyad_reader *reader);

/* Records a container held that are not documents and were skipped (WARC
 * requests, metadata, images, redirects, ...), and paths a directory walk
 * skipped (symlink_loop, repeated_path), counted by reason over
 * everything read so far.  Reasons are stable names (docs/INGEST.md). */
typedef struct dyad_skip_count {
    const char *reason;
    uint64_t count;
} dyad_skip_count;

/* Writes up to `max` non-zero counts; returns how many reasons have one. */
size_t dyad_reader_skipped(const dyad_reader *reader, dyad_skip_count *counts, size_t max);

/* ------------------------------------------------------------------ */
/* Resources: models and dictionaries, loaded once, shared read-only    */

typedef struct dyad_resources dyad_resources;

typedef struct dyad_config {
    /* Folder of model files; NULL: $DYAD_MODEL_DIR, then the models
     * installed beside the library at build time. */
    const char *model_dir;
    /* Folder of dictionaries; NULL: the same search for data/. */
    const char *data_dir;
    /* Stages whose resources to load (DYAD_STAGE_*); 0 means all. */
    unsigned stages;
    /* Documents longer than this become error records (never truncated);
     * 0 means DYAD_DEFAULT_MAX_DOCUMENT_BYTES. */
    size_t max_document_bytes;
    /* Documents whose clean text makes more tokens than this become error
     * records ("too_many_tokens") instead of being analysed; the clean
     * article is still given.  0 means DYAD_DEFAULT_MAX_DOCUMENT_TOKENS. */
    size_t max_document_tokens;
    /* Event verb dictionaries to use instead of data/events/verbs.txt: a
     * file (dyad's format or PETRARCH-2's) or a folder of PETRARCH-2
     * files; NULL for the built-in ones (docs/EVENTS.md). */
    const char *dictionary;
    /* Refuse malformed dictionary lines instead of skipping them. */
    bool strict_dictionaries;
    /* Code as PETRARCH-2 does where dyad's own conventions differ
     * (docs/EVENTS.md, "PETRARCH conventions"): unnamed agents get no
     * country ("---GOV"), a statement's target is the first actor after
     * its verb, agentless passives keep their subject as the source,
     * "anti-X" names X.  For users of PETRARCH dictionaries and its tests. */
    bool petrarch_conventions;
    /* With petrarch_conventions: an actor no dictionary knows, named by a
     * noun phrase of at most this many words, is coded as its text in
     * quotes and capitals ("\"THE MINISTRY OF MAGIC\""), as PETRARCH's
     * new_actor_length option does; 0 (the default) codes no such actor. */
    unsigned petrarch_new_actor_length;
} dyad_config;

/* NULL on failure, with a reason written to `error`. */
dyad_resources *dyad_resources_open(const dyad_config *config, char *error,
                                    size_t error_size);
void dyad_resources_close(dyad_resources *resources);

/* Problems found while loading that did not stop it: dictionary lines
 * skipped as malformed ("file:line: reason").  At most a bounded number
 * are kept; `total` (may be NULL) gets how many there were in all. */
size_t dyad_resources_warning_count(const dyad_resources *resources, size_t *total);
const char *dyad_resources_warning(const dyad_resources *resources, size_t index);

/* ------------------------------------------------------------------ */
/* The document                                                        */

enum {
    DYAD_STAGE_EXTRACT = 1u << 0, /* article fields and paragraphs */
    DYAD_STAGE_NLP = 1u << 1,     /* sentences, tokens, parse, entities */
    DYAD_STAGE_ATTRIBUTE = 1u << 2, /* quotes and speakers (needs NLP) */
    DYAD_STAGE_EVENTS = 1u << 3,  /* actors and CAMEO/PLOVER events (needs NLP) */
    DYAD_STAGE_ALL = 0xffffu
};

typedef struct dyad_span {
    uint32_t start, end; /* byte offsets into dyad_document.text */
} dyad_span;

/* A metadata value with the text it was read from and where from:
 * origin is "input" (container metadata), "dateline", "byline", "stamp"
 * (a date line of the page), "title-line", "credit", "text", ... */
typedef struct dyad_field {
    const char *value;    /* NULL when unknown */
    const char *evidence; /* the text that supports it */
    const char *origin;
} dyad_field;

/* How much of a date the text establishes.  dyad never invents a year: a
 * month and day with no year is DYAD_DATE_MONTH_DAY, a bare weekday that
 * cannot be anchored is DYAD_DATE_WEEKDAY (unresolved). */
typedef enum dyad_date_precision {
    DYAD_DATE_NONE = 0,
    DYAD_DATE_WEEKDAY,
    DYAD_DATE_MONTH_DAY,
    DYAD_DATE_YEAR,
    DYAD_DATE_YEAR_MONTH,
    DYAD_DATE_DAY,        /* year, month and day */
    DYAD_DATE_TIMESTAMP   /* a day with a time of day */
} dyad_date_precision;

const char *dyad_date_precision_name(dyad_date_precision precision);

typedef struct dyad_date {
    dyad_date_precision precision;
    int year, month, day;       /* 0 where unknown */
    int hour, minute, second;   /* meaningful for DYAD_DATE_TIMESTAMP */
    int weekday;                /* 1 = Monday .. 7 = Sunday, 0 unknown */
    bool has_utc_offset;
    int utc_offset_minutes;
    const char *evidence;       /* the text the date was read from */
    const char *origin;         /* as in dyad_field */
} dyad_date;

/* Format a date as ISO 8601 as far as it is known ("2022-02-14",
 * "--06-19" for month and day, "2022-01-13T10:14", "Wednesday" for a bare
 * weekday).  Returns the length written (snprintf semantics). */
int dyad_date_format(const dyad_date *date, char *out, size_t size);

typedef struct dyad_dateline {
    const char *text;   /* as printed: "MOSCOW, June 19. /TASS/." */
    const char *city;   /* "MOSCOW" */
    const char *outlet; /* "TASS", or NULL */
    dyad_span span;     /* where it stands in the clean text */
} dyad_dateline;

typedef enum dyad_paragraph_kind {
    DYAD_PARAGRAPH_TITLE = 0, /* the headline, first in the clean text */
    DYAD_PARAGRAPH_SUMMARY,   /* standfirst / lead summary under the title */
    DYAD_PARAGRAPH_BODY,
    DYAD_PARAGRAPH_SUBHEAD,   /* an in-article heading */
    DYAD_PARAGRAPH_QUOTE,     /* block quote or pull quote */
    DYAD_PARAGRAPH_LIST_ITEM,
    DYAD_PARAGRAPH_PREFORMATTED
} dyad_paragraph_kind;

const char *dyad_paragraph_kind_name(dyad_paragraph_kind kind);

typedef struct dyad_paragraph {
    dyad_span span;
    dyad_paragraph_kind kind;
} dyad_paragraph;

/* A piece of page chrome that extraction removed, and why. */
typedef struct dyad_removed {
    const char *kind;   /* "navigation", "icons", "widget", "credit", ... */
    const char *text;
    int32_t line;       /* 1-based line in the input text, or 0 */
} dyad_removed;

/* Language analysis (DYAD_STAGE_NLP). */
typedef struct dyad_token {
    dyad_span span;
    const char *form;     /* the text of the span */
    const char *lemma;
    const char *upos;     /* Universal POS tag */
    const char *xpos;     /* Penn Treebank tag */
    const char *feats;    /* UD morphological features, "_" if none */
    const char *deprel;   /* UD relation to the head */
    int32_t head;         /* index into dyad_document.tokens, -1 for root */
    uint32_t sentence;    /* index into dyad_document.sentences */
    bool space_after;
} dyad_token;

typedef struct dyad_sentence {
    dyad_span span;
    uint32_t first_token, token_count;
    uint32_t paragraph;   /* index into dyad_document.paragraphs */
} dyad_sentence;

typedef struct dyad_entity {
    dyad_span span;
    uint32_t first_token, token_count;
    const char *type;     /* "PER", "ORG", "LOC", ... */
} dyad_entity;

/* An actor as the text names it and as dyad resolves it: a person, a
 * group or a state, with its CAMEO actor code ("RUSGOV", "IGOWSTNAT").
 * Shared by statements (the speaker) and events (source and target). */
typedef struct dyad_actor {
    dyad_span span;           /* the mention in the clean text; {0,0} if none */
    const char *text;         /* the mention as written ("the diplomat") */
    const char *name;         /* a person's or body's name ("Dmitry Peskov"), or NULL */
    const char *role;         /* "spokesman", "deputy foreign minister", or NULL */
    const char *organisation; /* "Kremlin", "Foreign Ministry", or NULL */
    const char *country;      /* ISO 3166 alpha-3 ("RUS"), or NULL */
    const char *code;         /* CAMEO actor code, or NULL when unresolved */
    const char *origin;       /* how the code was found: "dictionary", "composed", "context", ... */
    int32_t entity;           /* index into dyad_document.entities, or -1 */
} dyad_actor;

/* A person or body quoted in the document: the speakers index. */
typedef struct dyad_speaker {
    dyad_actor identity;      /* resolved at its fullest mention */
    const char *gender;       /* "female", "male", or NULL when the text does not say */
    bool journalist;          /* the outlet's own question or remark */
    uint32_t quote_count;
} dyad_speaker;

typedef enum dyad_quote_kind {
    DYAD_QUOTE_DIRECT = 0,    /* in quotation marks */
    DYAD_QUOTE_INDIRECT,      /* reported: "X said that ...", "According to X, ..." */
    DYAD_QUOTE_MIXED          /* a paraphrase with a quoted fragment */
} dyad_quote_kind;

const char *dyad_quote_kind_name(dyad_quote_kind kind);

/* One statement: what was said, by whom, how it reached the outlet. */
typedef struct dyad_quote {
    dyad_span span;           /* the content, quotation marks excluded */
    dyad_quote_kind kind;
    uint32_t sentence;        /* first sentence the content touches */
    int32_t speaker;          /* index into dyad_document.speakers, or -1 */
    dyad_span speaker_mention;/* the mention this quote is cued by ("he"), or {0,0} */
    const char *cue;          /* the cue's lemma ("say", "tell", "according to", ":"), or NULL */
    dyad_span cue_span;
    const char *channel;      /* "told reporters", "interview", "press conference",
                               * "briefing", "social network", "statement",
                               * "speech", "letter", or NULL */
    const char *relayed_by;   /* outlet or person that relayed it ("BBC"), or NULL */
    float confidence;         /* 0..1 */
} dyad_quote;

/* One coded event: who did what to whom, with the evidence. */
typedef struct dyad_event {
    const char *id;           /* stable within the document: "<doc id>#e<N>" */
    uint32_t sentence;        /* index into dyad_document.sentences */
    dyad_span span;           /* the evidence: the sentence's span */
    dyad_span trigger;        /* the verb or event noun that fired */
    dyad_actor source, target; /* target.code NULL when none */
    const char *cameo;        /* CAMEO event code ("111") */
    const char *cameo_label;  /* its short label */
    const char *plover;       /* PLOVER category ("ACCUSE"), or NULL */
    const char *plover_mode;  /* or NULL */
    const char *plover_context; /* or NULL */
    double goldstein;         /* -10 .. +10 */
    int quad_class;           /* 1 verbal cooperation .. 4 material conflict */
    bool negated;             /* "did not reject" */
    /* "asserted" (it happened or happens), "future" (will, would, shall),
     * "possible" (could, may, might, can, should) or "conditional" (in an
     * "if"/"unless" clause): what the text commits to */
    const char *modality;
    bool verbal;              /* verbal (quad 1, 3) or material (2, 4) */
    dyad_date date;           /* the document date, or a relative date resolved against it */
    const char *location;     /* a place the sentence names for it, or NULL */
    const char *pattern;      /* the rule or dictionary pattern that fired */
    int32_t quote;            /* index into dyad_document.quotes for statements, or -1 */
    float confidence;         /* 0..1 */
} dyad_event;

typedef struct dyad_document {
    int schema_version;
    const char *id;
    const char *source;
    const char *container;
    uint64_t index;
    dyad_format format;
    bool failed;          /* true when errors stopped processing */

    /* The article. */
    dyad_field title;
    dyad_field outlet;
    dyad_field author;
    dyad_field language;
    dyad_field url;
    dyad_dateline dateline;
    dyad_date date;

    const char *text;     /* clean text: paragraphs separated by "\n\n" */
    size_t text_length;
    const dyad_paragraph *paragraphs;
    size_t paragraph_count;
    const dyad_removed *removed;
    size_t removed_count;

    /* Language analysis. */
    const dyad_sentence *sentences;
    size_t sentence_count;
    const dyad_token *tokens;
    size_t token_count;
    const dyad_entity *entities;
    size_t entity_count;

    /* Statements (DYAD_STAGE_ATTRIBUTE). */
    const dyad_quote *quotes;
    size_t quote_count;
    const dyad_speaker *speakers;
    size_t speaker_count;

    /* Events (DYAD_STAGE_EVENTS). */
    const dyad_event *events;
    size_t event_count;

    /* Carried through from the input. */
    const dyad_extra_field *extra;
    size_t extra_count;

    const dyad_diagnostic *errors;
    size_t error_count;
    const dyad_diagnostic *warnings;
    size_t warning_count;
} dyad_document;

/* Run the given stages (DYAD_STAGE_*) on one input.  Never returns NULL
 * except when memory runs out; a document that cannot be processed comes
 * back with failed = true and its errors. */
dyad_document *dyad_process(const dyad_resources *resources,
                            const dyad_input *input, unsigned stages);
void dyad_document_free(dyad_document *document);

/* Serialise the document as one line of JSON (docs/FORMAT.md), ending in a
 * newline.  Returns a malloc'd NUL-terminated string; *length gets its
 * length.  NULL only when memory runs out. */
char *dyad_document_to_json(const dyad_document *document, size_t *length);

#ifdef __cplusplus
}
#endif

#endif /* DYAD_H */
