/* redaksi-issue.c: one finding for an editor
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-enums.h"
#include "redaksi-issue.h"
#include "redaksi-range-private.h"
#include "redaksi-result-private.h"

/**
 * RedaksiIssue:
 *
 * A finding: what is wrong (a stable [property@Redaksi.Issue:code] such
 * as `quote-unknown-cue`), how serious it is, a message for the editor,
 * where it is, and the replacements that would fix it.
 *
 * Issues are immutable.
 */

struct _RedaksiIssue
{
  GObject          parent_instance;

  char            *code;
  RedaksiSeverity  severity;
  char            *message;
  RedaksiRange     range;
  GStrv            replacements;
};

static void result_iface_init (RedaksiResultInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RedaksiIssue, redaksi_issue, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (REDAKSI_TYPE_RESULT, result_iface_init))

enum {
  PROP_0,
  PROP_CODE,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_RANGE,
  PROP_REPLACEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
redaksi_issue_finalize (GObject *object)
{
  RedaksiIssue *self = (RedaksiIssue *) object;

  g_free (self->code);
  g_free (self->message);
  g_strfreev (self->replacements);

  G_OBJECT_CLASS (redaksi_issue_parent_class)->finalize (object);
}

static void
redaksi_issue_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RedaksiIssue *self = REDAKSI_ISSUE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_RANGE:
      g_value_set_boxed (value, &self->range);
      break;
    case PROP_REPLACEMENTS:
      g_value_set_boxed (value, self->replacements);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
redaksi_issue_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RedaksiIssue *self = REDAKSI_ISSUE (object);
  const RedaksiRange *range;

  switch (prop_id)
    {
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    case PROP_RANGE:
      if ((range = g_value_get_boxed (value)) != NULL)
        self->range = *range;
      break;
    case PROP_REPLACEMENTS:
      self->replacements = g_value_dup_boxed (value);
      if (self->replacements == NULL)
        self->replacements = g_new0 (char *, 1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
redaksi_issue_class_init (RedaksiIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                            G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = redaksi_issue_finalize;
  object_class->get_property = redaksi_issue_get_property;
  object_class->set_property = redaksi_issue_set_property;

  /**
   * RedaksiIssue:code:
   *
   * The stable identifier of the kind of finding, such as
   * `quote-unclosed`; see the issue codes of the JSON contract.
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);

  /**
   * RedaksiIssue:severity:
   *
   * How serious the finding is.
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, REDAKSI_TYPE_SEVERITY,
                       REDAKSI_SEVERITY_WARNING, flags);

  /**
   * RedaksiIssue:message:
   *
   * The message for the editor, in the user's language.
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);

  /**
   * RedaksiIssue:range:
   *
   * Where the finding is in the input.
   */
  properties[PROP_RANGE] =
    g_param_spec_boxed ("range", NULL, NULL, REDAKSI_TYPE_RANGE, flags);

  /**
   * RedaksiIssue:replacements:
   *
   * Texts that would fix the finding when put in place of the range,
   * the likeliest first. Empty when there is no mechanical fix.
   */
  properties[PROP_REPLACEMENTS] =
    g_param_spec_boxed ("replacements", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
redaksi_issue_init (RedaksiIssue *self)
{
}

static void
redaksi_issue_write (RedaksiResult     *result,
                     RedaksiJsonWriter *writer)
{
  RedaksiIssue *self = REDAKSI_ISSUE (result);
  g_autoptr(GEnumClass) severities = g_type_class_ref (REDAKSI_TYPE_SEVERITY);

  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_string_member (writer, "code", self->code);
  _redaksi_json_writer_string_member (writer, "severity",
                                      g_enum_get_value (severities, self->severity)->value_nick);
  _redaksi_json_writer_string_member (writer, "message", self->message);
  _redaksi_range_write_members (&self->range, writer);
  _redaksi_json_writer_member (writer, "replacements");
  _redaksi_json_writer_begin_array (writer);
  for (guint i = 0; self->replacements[i] != NULL; i++)
    _redaksi_json_writer_string (writer, self->replacements[i]);
  _redaksi_json_writer_end_array (writer);
  _redaksi_json_writer_end_object (writer);
}

static void
result_iface_init (RedaksiResultInterface *iface)
{
  iface->write = redaksi_issue_write;
}

/**
 * redaksi_issue_new:
 * @code: the finding's code, such as `quote-unclosed`
 * @severity: how serious it is
 * @message: the message for the editor
 * @range: where it is
 * @replacements: (array zero-terminated=1) (nullable): texts that would
 *   fix it, or %NULL
 *
 * Creates a finding. Analyses call this; hosts normally only read issues.
 *
 * Returns: (transfer full): a new issue
 */
RedaksiIssue *
redaksi_issue_new (const char         *code,
                   RedaksiSeverity     severity,
                   const char         *message,
                   const RedaksiRange *range,
                   const char * const *replacements)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (range != NULL, NULL);

  return g_object_new (REDAKSI_TYPE_ISSUE,
                       "code", code,
                       "severity", severity,
                       "message", message,
                       "range", range,
                       "replacements", replacements,
                       NULL);
}

/**
 * redaksi_issue_get_code:
 * @self: a #RedaksiIssue
 *
 * Gets the finding's stable code, such as `quote-unclosed`, for programs
 * to tell findings apart.
 *
 * Returns: (transfer none): the finding's code
 */
const char *
redaksi_issue_get_code (RedaksiIssue *self)
{
  g_return_val_if_fail (REDAKSI_IS_ISSUE (self), NULL);
  return self->code;
}

/**
 * redaksi_issue_get_severity:
 * @self: a #RedaksiIssue
 *
 * Gets how serious the finding is.
 *
 * Returns: how serious the finding is
 */
RedaksiSeverity
redaksi_issue_get_severity (RedaksiIssue *self)
{
  g_return_val_if_fail (REDAKSI_IS_ISSUE (self), REDAKSI_SEVERITY_INFO);
  return self->severity;
}

/**
 * redaksi_issue_get_message:
 * @self: a #RedaksiIssue
 *
 * Gets the finding's message for people, in the user's language.
 *
 * Returns: (transfer none): the message for the editor
 */
const char *
redaksi_issue_get_message (RedaksiIssue *self)
{
  g_return_val_if_fail (REDAKSI_IS_ISSUE (self), NULL);
  return self->message;
}

/**
 * redaksi_issue_get_range:
 * @self: a #RedaksiIssue
 *
 * Gets where the finding is in the input.
 *
 * Returns: (transfer none): where the finding is in the input
 */
const RedaksiRange *
redaksi_issue_get_range (RedaksiIssue *self)
{
  g_return_val_if_fail (REDAKSI_IS_ISSUE (self), NULL);
  return &self->range;
}

/**
 * redaksi_issue_get_replacements:
 * @self: a #RedaksiIssue
 *
 * Gets the texts that would fix the finding, best first; replacing the
 * issue's range with the first one applies the fix.
 *
 * Returns: (transfer none) (array zero-terminated=1): the replacements,
 *   possibly none
 */
const char * const *
redaksi_issue_get_replacements (RedaksiIssue *self)
{
  g_return_val_if_fail (REDAKSI_IS_ISSUE (self), NULL);
  return (const char * const *) self->replacements;
}
