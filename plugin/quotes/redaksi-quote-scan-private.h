#pragma once

#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-entity-private.h"
#include "redaksi-inserts-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-report-private.h"

G_BEGIN_DECLS

#define NO_TOKEN G_MAXUINT

/* No article has this many quote findings: past it, the input is no
 * prose (a line of a million quotation marks), and more findings would
 * only cost memory in the report and its JSON. */
#define MAX_QUOTE_ISSUES 10000

/* One pair of marks in one paragraph; @close is NO_TOKEN for a part
 * that runs on to the next paragraph (the news convention). */
typedef struct
{
  guint open;
  guint close;
  guint paragraph;
} QuotePart;

typedef struct
{
  /* The parts in text order: the first in place, as most quotes have
   * only one, the others in @more (NULL until there are others). */
  QuotePart first_part;
  GArray   *more_parts;     /* QuotePart */
  guint     n_parts;
  guint     cue;            /* token of the cue word, or NO_TOKEN */
  guint     speaker_start;  /* tokens naming the speaker, empty when equal */
  guint     speaker_end;
  guint     after_end;      /* first token after a following attribution */
  gboolean  pronoun;        /* the cue points back: katanya, kata dia */
  gboolean  described;      /*   with a description: "ujar pria itu" */
  guint     description_end; /*   the token after that description */
  gboolean  dropped;        /* merged into another quote */
  char     *speaker;
  char     *speaker_text;
} QuoteDraft;

/* What the quote analysis knows about the document while it works. */
typedef struct
{
  RedaksiDocument     *document;
  const char          *text;
  const RedaksiToken  *tokens;
  guint                n_tokens;
  const RedaksiSpan   *paragraphs;
  guint                n_paragraphs;
  gboolean            *insert;          /* per paragraph: nothing but related-link inserts */
  guint               *previous;        /* per paragraph: the one before that is no insert */
  guint               *first;           /* per paragraph: its first token outside inserts, or NO_TOKEN */
  /* The per-token flags are bytes: on an archive these arrays are a
   * large part of the analysis's memory. */
  guint8              *in_insert;       /* per token: inside a related-link insert */
  /* The tokens where a stretch begins or ends: each paragraph's first
   * and end, each insert's tokens and the token after each. Sorted; a
   * few per paragraph instead of three numbers a token. */
  guint               *bounds;
  guint                n_bounds;
  gsize                last_bound;      /* the bound of the stretch asked about last */
  guint8              *in_quote;        /* per token: inside quotation marks */
  /* Per token: what the lexicons say of it (QUOTE_CLASS_*), looked up
   * on first use. The speaker search asks the same few words near each
   * quote again and again: one lowercasing and lookup a token. */
  guint8              *word_class;
  /* This thread's classes of the words it has asked (redaksi-quote-scan.c). */
  struct _ClassCache  *class_cache;
  GArray              *drafts;          /* QuoteDraft */
  GPtrArray           *issues;          /* RedaksiIssue */
  GCancellable        *cancellable;
  gboolean             cancelled;
} QuoteScan;

typedef struct _RedaksiQuoteSpeakers RedaksiQuoteSpeakers;

/* Room for the lower-case form of nearly every word on the stack. */
#define QUOTE_LOWER_SIZE 64

/* redaksi-quote-scan.c */
/* The paragraph that holds token @t. */
guint     _redaksi_quote_scan_paragraph_of (const QuoteScan *scan,
                                            guint            t);
/* The first token of @t's stretch: the tokens of its paragraph around
 * it up to the inserts on either side. */
guint     _redaksi_quote_scan_stretch_first (QuoteScan       *scan,
                                             guint            t);
/* The end of @t's stretch (the token after its last). */
guint     _redaksi_quote_scan_stretch_end (QuoteScan       *scan,
                                           guint            t);

/* @inserts: the related-link inserts, whose tokens the analysis skips;
 * an insert takes only its own range out of a paragraph. */
void      _redaksi_quote_scan_init        (QuoteScan                *scan,
                                           RedaksiDocument          *document,
                                           const RedaksiInsertTable *inserts,
                                           GCancellable             *cancellable);
gboolean  _redaksi_quote_scan_check_cancelled (QuoteScan      *scan);
void      _redaksi_quote_scan_clear       (QuoteScan          *scan);
void      _redaksi_quote_scan_pair_marks  (QuoteScan          *scan);
char     *_redaksi_quote_token_lower      (QuoteScan          *scan,
                                           guint               token);
/* The lower-case form of @token as g_utf8_strdown() gives it: in @buf
 * when the token is ASCII and fits, else in a new string that *@heap
 * takes for the caller to free. */
const char *_redaksi_quote_token_lower_into (QuoteScan        *scan,
                                             guint             token,
                                             char              buf[QUOTE_LOWER_SIZE],
                                             char            **heap);
/* _redaksi_quote_token_lower_is() past its first letter. */
gboolean  _redaksi_quote_token_lower_cmp  (QuoteScan          *scan,
                                           guint               token,
                                           const char         *word);
/* Whether @list (lower-case words) has @token's lower-case form. */
gboolean  _redaksi_quote_token_lower_in   (QuoteScan          *scan,
                                           guint               token,
                                           const char * const *list);
guint8    _redaksi_quote_token_classify   (QuoteScan          *scan,
                                           guint               token);
/* How often this thread's tokens were looked up in the lexicons rather
 * than found among the words it asked before. */
guint64   _redaksi_quote_class_cache_misses (void);
void      _redaksi_quote_take_issue       (QuoteScan          *scan,
                                           RedaksiIssue       *issue);
void      _redaksi_quote_add_issue        (QuoteScan          *scan,
                                           const char         *code,
                                           RedaksiSeverity     severity,
                                           const char         *message,
                                           guint               text_start,
                                           guint               text_end,
                                           const char         *replacement);

/* redaksi-quote-speakers.c */
gboolean  _redaksi_quote_find_name        (QuoteScan          *scan,
                                           guint               start,
                                           guint               end,
                                           gboolean            forward,
                                           guint              *name_start,
                                           guint              *name_end);
/* A title, a role or an office (Presiden, pengacara, DPRD), or no word. */
gboolean  _redaksi_quote_is_title_token   (QuoteScan          *scan,
                                           guint               token);
gboolean  _redaksi_quote_find_speaker     (QuoteScan          *scan,
                                           guint               start,
                                           guint               end,
                                           guint              *name_start,
                                           guint              *name_end);
/* @entities: (element-type RedaksiEntity) (nullable): the entity
 * analysis' mentions, in text order, kept alive until the speakers are
 * freed; without any, the article's own capitalised names are used. */
RedaksiQuoteSpeakers *_redaksi_quote_speakers_new  (QuoteScan     *scan,
                                                    GPtrArray     *entities);
/* The same from the entity analysis' records, in text order; their
 * canonical names are kept, not copied: they outlive the speakers. */
RedaksiQuoteSpeakers *_redaksi_quote_speakers_new_for_records (QuoteScan                 *scan,
                                                               const RedaksiEntityRecord *entities,
                                                               guint                      n_entities);
void      _redaksi_quote_speakers_free    (RedaksiQuoteSpeakers *speakers);
char     *_redaksi_quote_speakers_canonical (RedaksiQuoteSpeakers *speakers,
                                             const char           *speaker_text,
                                             guint                 text_start,
                                             guint                 text_end);
/* The canonical speaker of the words @first to @end after or before a
 * cue, or NULL when they name no person and no organisation that spoke;
 * an office alone ("kata Presiden") is its holder in the article, or NULL
 * with a quote-speaker-unnamed finding. */
char     *_redaksi_quote_speakers_named   (RedaksiQuoteSpeakers *speakers,
                                           guint                 first,
                                           guint                 end);
gboolean  _redaksi_quote_speakers_recent  (RedaksiQuoteSpeakers *speakers,
                                           guint                 before,
                                           guint                 since,
                                           guint                *start,
                                           guint                *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiQuoteSpeakers, _redaksi_quote_speakers_free)

/* A token's class byte (QUOTE_CLASS_*) is 0 until known, then the
 * class of its lower-case form; the callers look at the token's kind
 * themselves. */
static inline guint8
_redaksi_quote_token_class (QuoteScan *scan,
                            guint      token)
{
  guint8 klass = scan->word_class[token];

  return klass != 0 ? klass : _redaksi_quote_token_classify (scan, token);
}

/* The draft's part @i. */
static inline QuotePart *
_redaksi_quote_draft_part (QuoteDraft *draft,
                           guint       i)
{
  g_assert (i < draft->n_parts);
  return i == 0 ? &draft->first_part : &g_array_index (draft->more_parts, QuotePart, i - 1);
}

static inline QuotePart *
_redaksi_quote_draft_last_part (QuoteDraft *draft)
{
  return _redaksi_quote_draft_part (draft, draft->n_parts - 1);
}

/* Adds @part after the draft's parts. */
static inline void
_redaksi_quote_draft_add_part (QuoteDraft      *draft,
                               const QuotePart *part)
{
  if (draft->n_parts == 0)
    draft->first_part = *part;
  else
    {
      if (draft->more_parts == NULL)
        draft->more_parts = g_array_new (FALSE, FALSE, sizeof (QuotePart));
      g_array_append_vals (draft->more_parts, part, 1);
    }
  draft->n_parts++;
}

/* The cue kind of the token's lower-case form. */
static inline RedaksiCueKind
_redaksi_quote_token_cue (QuoteScan *scan,
                          guint      token)
{
  return (RedaksiCueKind) (_redaksi_quote_token_class (scan, token) & QUOTE_CLASS_CUE_MASK);
}

/* The role kind of the token's lower-case form. */
static inline RedaksiRoleKind
_redaksi_quote_token_role (QuoteScan *scan,
                           guint      token)
{
  return (RedaksiRoleKind) ((_redaksi_quote_token_class (scan, token) >> QUOTE_CLASS_ROLE_SHIFT)
                            & QUOTE_CLASS_ROLE_MASK);
}

/* Every step of the analysis is linear, so a cancelled run stops soon
 * enough when the cancellable is looked at once every few thousand
 * steps; inline, as the loops ask at every token. */
static inline gboolean
_redaksi_quote_scan_cancelled (QuoteScan *scan,
                               guint      step)
{
  if (scan->cancelled || step % 4096 != 0)
    return scan->cancelled;
  return _redaksi_quote_scan_check_cancelled (scan);
}

/* Whether @token is written @text: inline, so that a literal's length
 * is known when compiled and most tokens fail on it. */
static inline gboolean
_redaksi_quote_token_is (QuoteScan  *scan,
                         guint       token,
                         const char *text)
{
  const RedaksiToken *t = &scan->tokens[token];
  gsize length = strlen (text);

  return t->end - t->start == length && memcmp (scan->text + t->start, text, length) == 0;
}

/* Whether @token's lower-case form is @word (ASCII, lower case),
 * compared where it lies. Asked of every token by some loops: most
 * differ in their first letter, which an ASCII letter tells at once. */
static inline gboolean
_redaksi_quote_token_lower_is (QuoteScan  *scan,
                               guint       token,
                               const char *word)
{
  const RedaksiToken *t = &scan->tokens[token];
  guchar first = (guchar) scan->text[t->start];

  if (t->end > t->start && first < 0x80 && _redaksi_quote_ascii_lower (first) != word[0])
    return FALSE;
  return _redaksi_quote_token_lower_cmp (scan, token, word);
}

/* Whether the title list has the token's lower-case form. */
static inline gboolean
_redaksi_quote_token_in_titles (QuoteScan *scan,
                                guint      token)
{
  return (_redaksi_quote_token_class (scan, token) & QUOTE_CLASS_TITLE) != 0;
}

G_END_DECLS
