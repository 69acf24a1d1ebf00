#ifndef NEWSTUI_CNCURSES_SHIM_H
#define NEWSTUI_CNCURSES_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-character API must be enabled here. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* glibc hides wcwidth from Swift's Glibc module. */
extern int wcwidth(wchar_t c);

/* Attribute and key macros Swift does not import. */
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline int cn_color_pair(int n) { return COLOR_PAIR(n); }

/* ncurses' mutable globals, read through functions (Swift 6 strict concurrency). */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
/* newterm on the process's own stdin/stdout; returns NULL instead of exiting on failure. */
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Checks a terminal type without letting ncurses exit the process (initscr would). */
static inline int cn_check_terminal(const char *term) {
    int err = 0;
    if (setupterm((char *)term, 1, &err) != OK) { return err == 0 ? -2 : -1; }
    char *cup = tigetstr("cup");
    int ok = (cup != NULL && cup != (char *)-1);
    del_curterm(cur_term);
    return ok ? 1 : 0;
}

static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }
#endif
