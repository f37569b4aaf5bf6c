#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_ascii_tolower(), inline: GLib's is a call, and the lexicon lookups
 * lowercase every byte of the words they are asked. */
static inline char
_redaksi_quote_ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* The kinds of data/lexicon/quote-cues.tsv (compiled by data/make-quote-lexicon.py). */
typedef enum
{
  REDAKSI_CUE_NONE,
  REDAKSI_CUE_POST,          /* kata, ujar: after a quote, before the speaker */
  REDAKSI_CUE_POST_NYA,      /* katanya, ujarnya: the speaker named before */
  REDAKSI_CUE_VERB,          /* mengatakan, menegaskan */
  REDAKSI_CUE_PASSIVE,       /* dikatakan, ditegaskan */
  REDAKSI_CUE_ACCORDING,     /* menurut, menurutnya */
  REDAKSI_CUE_SOURCE,        /* dilansir, mengutip */
} RedaksiCueKind;

/* The kinds of data/lexicon/roles.tsv the quote checker reads. */
typedef enum
{
  REDAKSI_ROLE_NONE,
  REDAKSI_ROLE_OFFICE,  /* Presiden, Kapolda: held by one named person */
  REDAKSI_ROLE_ROLE,    /* warga, pengamat: a description before a name */
  REDAKSI_ROLE_BODY,    /* Kementerian, PT: the head of an organisation's name */
  REDAKSI_ROLE_PLACE,   /* Desa, Kecamatan: the head of a place's name */
} RedaksiRoleKind;

/* What the lexicons say of a word in one byte: its cue kind, its role
 * kind and whether the title list has it, with QUOTE_CLASS_KNOWN set. */
#define QUOTE_CLASS_KNOWN      0x80
#define QUOTE_CLASS_TITLE      0x40
#define QUOTE_CLASS_CUE_MASK   0x07
#define QUOTE_CLASS_ROLE_SHIFT 3
#define QUOTE_CLASS_ROLE_MASK  0x07

/* @word in lower case; one lookup for the three lexicons. */
guint8         _redaksi_quote_word_class       (const char *word);
/* @word in lower case. */
RedaksiCueKind _redaksi_quote_cue_kind         (const char *word);
/* @word in lower case. */
RedaksiRoleKind _redaksi_quote_role_kind       (const char *word);
/* The other form of an office written in lower case ("menkeu" ↔
 * "menteri keuangan"), or NULL. */
const char    *_redaksi_quote_role_alias       (const char *office);
/* dia, ia, beliau, mereka: a pronoun speaker after a cue. */
gboolean       _redaksi_quote_is_pronoun       (const char *word);
/* A title or role word that comes before a name (Menteri, Presiden). */
gboolean       _redaksi_quote_is_title         (const char *word);
/* A word of the Indonesian word list (hunspell-id), after stripping the
 * commonest affixes; FALSE for everything when the list is missing. */
gboolean       _redaksi_quote_is_ordinary_word (const char *word);
/* Whether the word list could be read (REDAKSI_WORD_LIST or hunspell-id). */
gboolean       _redaksi_quote_have_word_list   (void);
/* A capitalised entry of the word list as written (Jerman, Eropa, Kamis). */
gboolean       _redaksi_quote_is_proper_word   (const char *word);
/* The post-quote cue nearest to @word (lower case) by Damerau-Levenshtein
 * distance, ties broken by corpus frequency, or NULL when none is close. */
const char    *_redaksi_quote_nearest_cue      (const char *word);
/* Optimal string alignment distance, or @limit + 1 when it exceeds @limit. */
guint          _redaksi_quote_edit_distance    (const char *a,
                                                const char *b,
                                                guint       limit);

G_END_DECLS
