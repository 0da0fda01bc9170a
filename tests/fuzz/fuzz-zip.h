/* fuzz-zip.h — a zip of stored (uncompressed) parts, for the XLSX targets:
 * mutations then reach the XML instead of failing the checksums
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>
#include <zlib.h>

static inline void
put16 (GByteArray *out,
       guint       value)
{
  guint8 b[2] = { value & 0xff, (value >> 8) & 0xff };
  g_byte_array_append (out, b, 2);
}

static inline void
put32 (GByteArray *out,
       guint32     value)
{
  put16 (out, value & 0xffff);
  put16 (out, value >> 16);
}

/* The fields a local header and a central directory entry share. */
static inline void
put_entry_fields (GByteArray   *out,
                  const guint8 *content,
                  gsize         len,
                  const char   *name)
{
  put16 (out, 20);     /* version needed */
  put16 (out, 0);      /* flags */
  put16 (out, 0);      /* stored */
  put16 (out, 0);      /* time */
  put16 (out, 0x21);   /* date: 1980-01-01 */
  put32 (out, crc32 (0, content, len));
  put32 (out, len);
  put32 (out, len);
  put16 (out, strlen (name));
  put16 (out, 0);      /* extra field */
}

static inline GBytes *
zip_stored (const char   **names,
            const guint8 **contents,
            const gsize   *lens,
            guint          n)
{
  GByteArray *out = g_byte_array_new ();
  g_autoptr(GByteArray) directory = g_byte_array_new ();

  for (guint i = 0; i < n; i++)
    {
      guint32 offset = out->len;

      put32 (out, 0x04034b50);
      put_entry_fields (out, contents[i], lens[i], names[i]);
      g_byte_array_append (out, (const guint8 *)names[i], strlen (names[i]));
      g_byte_array_append (out, contents[i], lens[i]);
      put32 (directory, 0x02014b50);
      put16 (directory, 20);  /* version made by */
      put_entry_fields (directory, contents[i], lens[i], names[i]);
      put16 (directory, 0);   /* comment */
      put16 (directory, 0);   /* disk */
      put16 (directory, 0);   /* internal attributes */
      put32 (directory, 0);   /* external attributes */
      put32 (directory, offset);
      g_byte_array_append (directory, (const guint8 *)names[i], strlen (names[i]));
    }
  {
    guint32 directory_offset = out->len;

    g_byte_array_append (out, directory->data, directory->len);
    put32 (out, 0x06054b50);
    put16 (out, 0);
    put16 (out, 0);
    put16 (out, n);
    put16 (out, n);
    put32 (out, directory->len);
    put32 (out, directory_offset);
    put16 (out, 0);
  }
  return g_byte_array_free_to_bytes (out);
}
