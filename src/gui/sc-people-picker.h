/* sc-people-picker.h — choose people from a list, namesakes told apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called with the ids (gint64) of the people ticked, when the person
 * answers with @apply_label; not at all on cancel. */
typedef void (*ScPeoplePickedFunc) (GArray   *ids,
                                    gpointer  user_data);

/* A dialog over @parent listing @people (ScPerson), each with a tick, the
 * name and what tells namesakes apart (position, department, group); a
 * search over the names takes the typing at once. */
GtkWindow *sc_people_picker_present (GtkWindow          *parent,
                                     const char         *heading,
                                     const char         *body,
                                     const char         *apply_label,
                                     GListModel         *people,
                                     ScPeoplePickedFunc  func,
                                     gpointer            user_data,
                                     GDestroyNotify      destroy);
/* What tells a person apart from a namesake: «Преподаватель · Отделение
 * информационных технологий», «Студент · ИС-21». */
char      *sc_people_picker_describe (gpointer person);

G_END_DECLS
