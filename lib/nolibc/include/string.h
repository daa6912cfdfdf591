/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memory and string functions (C99 7.21, POSIX, and the BSD/GNU extensions
 * strlcpy, strlcat, strsep, strchrnul, memrchr, memmem, stpcpy).
 * Everything here is re-entrant except strtok() and strerror() for unknown
 * numbers; nothing allocates except strdup() and strndup().
 * The primitives also exist in an interrupt-safe build (<isr/string.h>).
 */
#ifndef __NOLIBC_STRING_H__
#define __NOLIBC_STRING_H__

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
void *memrchr(const void *s, int c, size_t n);
void *memmem(const void *haystack, size_t hlen,
	     const void *needle, size_t nlen);
void *mempcpy(void *dst, const void *src, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t maxlen);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
char *strcpy(char *dst, const char *src);
char *strncpy(char *dst, const char *src, size_t n);
char *stpcpy(char *dst, const char *src);
char *stpncpy(char *dst, const char *src, size_t n);
size_t strlcpy(char *dst, const char *src, size_t size);
size_t strlcat(char *dst, const char *src, size_t size);
char *strcat(char *dst, const char *src);
char *strncat(char *dst, const char *src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strchrnul(const char *s, int c);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strstr(const char *haystack, const char *needle);
char *strcasestr(const char *haystack, const char *needle);
char *strsep(char **stringp, const char *delim);
char *strtok(char *s, const char *delim);
char *strtok_r(char *s, const char *delim, char **saveptr);
size_t strxfrm(char *dst, const char *src, size_t n);

char *strdup(const char *s);
char *strndup(const char *s, size_t n);

/* strerror() returns a static message, "Unknown error N" otherwise */
char *strerror(int errnum);
/* XSI variant: copies the message, returns 0 or an error number */
int strerror_r(int errnum, char *buf, size_t buflen);

/* also declared in <strings.h> */
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_STRING_H__ */
