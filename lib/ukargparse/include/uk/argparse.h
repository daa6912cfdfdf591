/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Command line splitting.
 *
 * uk_argnparse() splits the first `maxlen` bytes of `argb` (or up to its
 * terminating NUL) in place into at most `maxcount` arguments stored in
 * argv[]. Arguments are separated by blanks; single quotes keep text
 * literally, double quotes keep blanks, a backslash escapes the next
 * character. Returns the number of arguments found; extra arguments
 * beyond maxcount are dropped with a warning.
 */
#ifndef __UK_ARGPARSE_H__
#define __UK_ARGPARSE_H__

#include <uk/essentials.h>

int uk_argnparse(char *argb, __sz maxlen, char *argv[], int maxcount);

#endif
