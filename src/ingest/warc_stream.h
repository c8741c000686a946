/* warc_stream.h — the bytes of a WARC file, decompressed member by member,
 * with a lookahead window for the record parser.
 *
 * A .warc.gz is a series of gzip members, usually one per record.  zlib's
 * gz* functions stop dead at the first damaged member; this stream instead
 * reports the damage as a "break" (no bytes are delivered past it until the
 * parser calls warc_stream_resume) and then carries on at the next gzip
 * header, so one broken record costs one record. */
#ifndef DYAD_INGEST_WARC_STREAM_H
#define DYAD_INGEST_WARC_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ingest/source.h"

typedef struct warc_stream warc_stream;

/* A regular file (plain or gzip): NULL with errno set when it cannot be
 * opened. */
warc_stream *warc_stream_open_path(const char *path);
/* Anything else (standard input): bytes come through `src` (already
 * gunzipped by zlib, so a damaged member ends the stream).  Takes `src`. */
warc_stream *warc_stream_open_source(source *src);
void warc_stream_close(warc_stream *s);

/* Make up to n bytes visible at *data; fewer only at the end of input or
 * at a break.  Pointers stay valid until the next peek. */
size_t warc_stream_peek(warc_stream *s, const char **data, size_t n);
void warc_stream_consume(warc_stream *s, size_t n);
/* Offset of the next unread byte in the decompressed stream. */
uint64_t warc_stream_offset(const warc_stream *s);

/* Where the byte at stream offset `at` starts in the file as stored: `at`
 * itself for a plain file, the gzip member's file offset when a member
 * starts exactly there (what CDX indexes give for a .warc.gz record), else
 * -1.  Offsets must be asked in increasing order. */
int64_t warc_stream_file_offset(warc_stream *s, uint64_t at);

/* A break: the member being read was damaged; the message says how. */
bool warc_stream_broken(const warc_stream *s);
const char *warc_stream_damage(const warc_stream *s);
/* Drop what is left before the break and go on with the next member. */
void warc_stream_resume(warc_stream *s);
/* Bytes between gzip members that belonged to no member (after a member
 * that ended cleanly) since the last call; resets the count. */
uint64_t warc_stream_take_garbage(warc_stream *s);

#endif
