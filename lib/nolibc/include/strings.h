/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * BSD string functions: case-insensitive comparison, bzero/bcopy/bcmp and
 * find-first-set-bit (ffs counts from 1, returns 0 for 0).
 */
#ifndef __NOLIBC_STRINGS_H__
#define __NOLIBC_STRINGS_H__

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
void bzero(void *s, size_t n);
void bcopy(const void *src, void *dst, size_t n);
int bcmp(const void *a, const void *b, size_t n);
char *index(const char *s, int c);
char *rindex(const char *s, int c);
int ffs(int i);
int ffsl(long i);
int ffsll(long long i);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_STRINGS_H__ */
