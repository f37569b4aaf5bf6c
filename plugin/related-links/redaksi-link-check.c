/* redaksi-link-check.c: what checking one link came to
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-enums.h"
#include "redaksi-link-check-private.h"
#include "redaksi-result-private.h"

/**
 * RedaksiLinkCheck:
 *
 * The result of checking one web address with a
 * [class@Redaksi.LinkChecker]: how it ended, the last HTTP status, the
 * address the redirects ended at, and a message when it failed.
 */

struct _RedaksiLinkCheck
{
  GObject                 parent_instance;

  char                   *url;
  RedaksiLinkCheckStatus  status;
  guint                   http_status;
  char                   *final_url;
  guint                   redirects;
  char                   *message;
};

static void result_iface_init (RedaksiResultInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RedaksiLinkCheck, redaksi_link_check, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (REDAKSI_TYPE_RESULT, result_iface_init))

static void
redaksi_link_check_finalize (GObject *object)
{
  RedaksiLinkCheck *self = (RedaksiLinkCheck *) object;

  g_free (self->url);
  g_free (self->final_url);
  g_free (self->message);

  G_OBJECT_CLASS (redaksi_link_check_parent_class)->finalize (object);
}

static void
redaksi_link_check_class_init (RedaksiLinkCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = redaksi_link_check_finalize;
}

static void
redaksi_link_check_init (RedaksiLinkCheck *self)
{
}

static const char *
status_name (RedaksiLinkCheckStatus status)
{
  switch (status)
    {
    case REDAKSI_LINK_CHECK_OK:
      return "ok";
    case REDAKSI_LINK_CHECK_BROKEN:
      return "broken";
    case REDAKSI_LINK_CHECK_REFUSED:
      return "refused";
    case REDAKSI_LINK_CHECK_FAILED:
    default:
      return "failed";
    }
}

static void
redaksi_link_check_write (RedaksiResult     *result,
                          RedaksiJsonWriter *writer)
{
  RedaksiLinkCheck *self = REDAKSI_LINK_CHECK (result);

  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_string_member (writer, "url", self->url);
  _redaksi_json_writer_string_member (writer, "result", status_name (self->status));
  _redaksi_json_writer_int_member (writer, "status", self->http_status);
  _redaksi_json_writer_string_member (writer, "final_url", self->final_url);
  _redaksi_json_writer_int_member (writer, "redirects", self->redirects);
  _redaksi_json_writer_string_member (writer, "message", self->message);
  _redaksi_json_writer_end_object (writer);
}

static void
result_iface_init (RedaksiResultInterface *iface)
{
  iface->write = redaksi_link_check_write;
}

RedaksiLinkCheck *
_redaksi_link_check_new (const char *url)
{
  RedaksiLinkCheck *self = g_object_new (REDAKSI_TYPE_LINK_CHECK, NULL);

  self->url = g_strdup (url);
  self->status = REDAKSI_LINK_CHECK_FAILED;
  return self;
}

void
_redaksi_link_check_finish (RedaksiLinkCheck       *self,
                            RedaksiLinkCheckStatus  status,
                            guint                   http_status,
                            const char             *final_url,
                            guint                   redirects,
                            const char             *message)
{
  self->status = status;
  self->http_status = http_status;
  g_free (self->final_url);
  self->final_url = g_strdup (final_url);
  self->redirects = redirects;
  g_free (self->message);
  self->message = g_strdup (message);
}

/**
 * redaksi_link_check_get_url:
 * @self: a #RedaksiLinkCheck
 *
 * The address that was checked.
 *
 * Returns: (transfer none): the address as it was given
 */
const char *
redaksi_link_check_get_url (RedaksiLinkCheck *self)
{
  g_return_val_if_fail (REDAKSI_IS_LINK_CHECK (self), NULL);
  return self->url;
}

/**
 * redaksi_link_check_get_status:
 * @self: a #RedaksiLinkCheck
 *
 * How the check of this address ended.
 *
 * Returns: how the check ended
 */
RedaksiLinkCheckStatus
redaksi_link_check_get_status (RedaksiLinkCheck *self)
{
  g_return_val_if_fail (REDAKSI_IS_LINK_CHECK (self), REDAKSI_LINK_CHECK_FAILED);
  return self->status;
}

/**
 * redaksi_link_check_get_http_status:
 * @self: a #RedaksiLinkCheck
 *
 * The HTTP status code of the last answer.
 *
 * Returns: the HTTP status of the last answer, or 0 when none came
 */
guint
redaksi_link_check_get_http_status (RedaksiLinkCheck *self)
{
  g_return_val_if_fail (REDAKSI_IS_LINK_CHECK (self), 0);
  return self->http_status;
}

/**
 * redaksi_link_check_get_final_url:
 * @self: a #RedaksiLinkCheck
 *
 * The address the check ended at after following redirects.
 *
 * Returns: (transfer none) (nullable): the address the redirects ended
 *   at, or %NULL when no answer came
 */
const char *
redaksi_link_check_get_final_url (RedaksiLinkCheck *self)
{
  g_return_val_if_fail (REDAKSI_IS_LINK_CHECK (self), NULL);
  return self->final_url;
}

/**
 * redaksi_link_check_get_redirects:
 * @self: a #RedaksiLinkCheck
 *
 * How many redirects the check followed.
 *
 * Returns: the number of redirects followed
 */
guint
redaksi_link_check_get_redirects (RedaksiLinkCheck *self)
{
  g_return_val_if_fail (REDAKSI_IS_LINK_CHECK (self), 0);
  return self->redirects;
}

/**
 * redaksi_link_check_get_message:
 * @self: a #RedaksiLinkCheck
 *
 * A message for people when the check did not succeed.
 *
 * Returns: (transfer none) (nullable): why the check failed or was
 *   refused, or %NULL
 */
const char *
redaksi_link_check_get_message (RedaksiLinkCheck *self)
{
  g_return_val_if_fail (REDAKSI_IS_LINK_CHECK (self), NULL);
  return self->message;
}
