// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

// The few parts of ncurses that Swift cannot import directly: macros and globals.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <langinfo.h>
#include <stdio.h>
#include <pty.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_mouse(void) { return KEY_MOUSE; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/// Sets the attributes and colour pair for what is drawn next; pairs above 32767 go through opts.
static inline int cn_set_attributes(attr_t attributes, int pair) {
    return wattr_set(stdscr, attributes, (short)(pair < 32767 ? pair : 0), (void *)&pair);
}
static inline int cn_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}
static inline int cn_get_wch(wint_t *character) { return wget_wch(stdscr, character); }
static inline void cn_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }
static inline int cn_move_add(int y, int x, const char *text) { return mvwaddstr(stdscr, y, x, text); }
static inline int cn_keypad(bool on) { return keypad(stdscr, on); }
static inline int cn_refresh(void) { return wrefresh(stdscr); }

/// 0 when the terminal type is known and can position the cursor; 1 unknown; 2 no cursor addressing.
static inline int cn_check_terminal(const char *name) {
    int error = 0;
    if (setupterm((char *)name, 1, &error) != OK) return 1;
    char *cup = tigetstr("cup");
    int result = (cup == NULL || cup == (char *)-1) ? 2 : 0;
    del_curterm(cur_term);
    return result;
}
/// The colours the terminal type has: -2 when the type is unknown, -1 or 0 when it has none.
static inline int cn_terminal_colors(const char *name) {
    int error = 0;
    if (setupterm((char *)name, 1, &error) != OK) return -2;
    int colors = tigetnum("colors");
    del_curterm(cur_term);
    return colors;
}
static inline SCREEN *cn_newterm(const char *name) { return newterm(name, stdout, stdin); }
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

// For the benchmark, which draws into a terminal of its own: a pseudo-terminal of the given size.
static inline int cn_open_pseudo_terminal(int *primary, int *secondary, unsigned short width, unsigned short height) {
    struct winsize size = { height, width, 0, 0 };
    return openpty(primary, secondary, NULL, NULL, &size);
}

#endif
