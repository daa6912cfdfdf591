/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memory and string primitives. They keep no state, allocate nothing and
 * call nothing outside this file, so lib/isrlib compiles this same file a
 * second time with interrupt-safe flags and every name suffixed with _isr
 * (see lib/isrlib/isr_names.h). Keep it that way: new functions here must
 * be added to that list and to <isr/string.h>.
 *
 * Built with -fno-tree-loop-distribute-patterns (see Makefile.uk) so that
 * the compiler does not turn the loops below into calls to themselves.
 */
#include <stddef.h>
#include <string.h>

typedef unsigned long __attribute__((__may_alias__)) word_t;
#define WSIZE		sizeof(word_t)
#define WMASK		(WSIZE - 1)
/* 0x0101..01 and 0x8080..80: for finding a zero byte in a word */
#define ONES		((word_t)-1 / 0xff)
#define HIGHS		(ONES * 0x80)
#define HASZERO(w)	(((w) - ONES) & ~(w) & HIGHS)

static inline int lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if ((((unsigned long)d | (unsigned long)s) & WMASK) == 0) {
		for (; n >= WSIZE; n -= WSIZE, d += WSIZE, s += WSIZE)
			*(word_t *)d = *(const word_t *)s;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

void *mempcpy(void *dst, const void *src, size_t n)
{
	return (char *)memcpy(dst, src, n) + n;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d == s || n == 0)
		return dst;
	if (d < s || d >= s + n)
		return memcpy(dst, src, n);

	/* overlapping with dst above src: copy backwards */
	d += n;
	s += n;
	if ((((unsigned long)d | (unsigned long)s) & WMASK) == 0) {
		for (; n >= WSIZE; n -= WSIZE) {
			d -= WSIZE;
			s -= WSIZE;
			*(word_t *)d = *(const word_t *)s;
		}
	}
	while (n--)
		*--d = *--s;
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	word_t w = ONES * (unsigned char)c;

	for (; n && ((unsigned long)d & WMASK); n--)
		*d++ = (unsigned char)c;
	for (; n >= WSIZE; n -= WSIZE, d += WSIZE)
		*(word_t *)d = w;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++) {
		if (*p != *q)
			return *p - *q;
	}
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++) {
		if (*p == (unsigned char)c)
			return (void *)p;
	}
	return NULL;
}

void *memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = (const unsigned char *)s + n;

	while (n--) {
		if (*--p == (unsigned char)c)
			return (void *)p;
	}
	return NULL;
}

void *memmem(const void *haystack, size_t hlen,
	     const void *needle, size_t nlen)
{
	const unsigned char *h = haystack;
	const unsigned char *n = needle;

	if (nlen == 0)
		return (void *)h;
	for (; hlen >= nlen; h++, hlen--) {
		if (*h == *n && memcmp(h, n, nlen) == 0)
			return (void *)h;
	}
	return NULL;
}

size_t strlen(const char *s)
{
	const char *p = s;
	const word_t *w;

	for (; (unsigned long)p & WMASK; p++) {
		if (!*p)
			return p - s;
	}
	/* an aligned word never crosses a page boundary */
	for (w = (const word_t *)p; !HASZERO(*w); w++)
		;
	for (p = (const char *)w; *p; p++)
		;
	return p - s;
}

size_t strnlen(const char *s, size_t maxlen)
{
	size_t i;

	for (i = 0; i < maxlen && s[i]; i++)
		;
	return i;
}

int strcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (; *p && *p == *q; p++, q++)
		;
	return *p - *q;
}

int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	if (n == 0)
		return 0;
	for (; --n && *p && *p == *q; p++, q++)
		;
	return *p - *q;
}

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (; *p && lower(*p) == lower(*q); p++, q++)
		;
	return lower(*p) - lower(*q);
}

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	if (n == 0)
		return 0;
	for (; --n && *p && lower(*p) == lower(*q); p++, q++)
		;
	return lower(*p) - lower(*q);
}

char *stpcpy(char *dst, const char *src)
{
	while ((*dst = *src++))
		dst++;
	return dst;
}

char *strcpy(char *dst, const char *src)
{
	stpcpy(dst, src);
	return dst;
}

char *stpncpy(char *dst, const char *src, size_t n)
{
	size_t len = strnlen(src, n);

	memcpy(dst, src, len);
	memset(dst + len, 0, n - len);
	return dst + len;
}

char *strncpy(char *dst, const char *src, size_t n)
{
	stpncpy(dst, src, n);
	return dst;
}

size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len < size - 1 ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

size_t strlcat(char *dst, const char *src, size_t size)
{
	size_t dlen = strnlen(dst, size);

	if (dlen == size)
		return size + strlen(src);
	return dlen + strlcpy(dst + dlen, src, size - dlen);
}

char *strcat(char *dst, const char *src)
{
	strcpy(dst + strlen(dst), src);
	return dst;
}

char *strncat(char *dst, const char *src, size_t n)
{
	char *d = dst + strlen(dst);
	size_t len = strnlen(src, n);

	memcpy(d, src, len);
	d[len] = '\0';
	return dst;
}

char *strchrnul(const char *s, int c)
{
	for (; *s && *s != (char)c; s++)
		;
	return (char *)s;
}

char *strchr(const char *s, int c)
{
	s = strchrnul(s, c);
	return (*s == (char)c) ? (char *)s : NULL;
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	do {
		if (*s == (char)c)
			last = s;
	} while (*s++);
	return (char *)last;
}

/* set[c / 64] bit c % 64 for every byte c of chars (and for '\0') */
static inline void byteset(unsigned long set[4], const char *chars)
{
	const unsigned char *p = (const unsigned char *)chars;

	set[0] = 1;
	set[1] = set[2] = set[3] = 0;
	for (; *p; p++)
		set[*p / 64] |= 1UL << (*p % 64);
}

static inline int inset(const unsigned long set[4], unsigned char c)
{
	return (set[c / 64] >> (c % 64)) & 1;
}

size_t strspn(const char *s, const char *accept)
{
	unsigned long set[4];
	size_t i;

	byteset(set, accept);
	set[0] &= ~1UL;
	for (i = 0; inset(set, s[i]); i++)
		;
	return i;
}

size_t strcspn(const char *s, const char *reject)
{
	unsigned long set[4];
	size_t i;

	byteset(set, reject);
	for (i = 0; !inset(set, s[i]); i++)
		;
	return i;
}

char *strpbrk(const char *s, const char *accept)
{
	s += strcspn(s, accept);
	return *s ? (char *)s : NULL;
}

char *strstr(const char *haystack, const char *needle)
{
	size_t nlen = strlen(needle);

	if (nlen == 0)
		return (char *)haystack;
	for (; (haystack = strchr(haystack, *needle)); haystack++) {
		if (strncmp(haystack, needle, nlen) == 0)
			return (char *)haystack;
	}
	return NULL;
}

char *strcasestr(const char *haystack, const char *needle)
{
	size_t nlen = strlen(needle);

	for (; *haystack; haystack++) {
		if (strncasecmp(haystack, needle, nlen) == 0)
			return (char *)haystack;
	}
	return nlen ? NULL : (char *)haystack;
}

char *strsep(char **stringp, const char *delim)
{
	char *s = *stringp, *e;

	if (!s)
		return NULL;
	e = s + strcspn(s, delim);
	if (*e)
		*e++ = '\0';
	else
		e = NULL;
	*stringp = e;
	return s;
}

char *strtok_r(char *s, const char *delim, char **saveptr)
{
	char *tok;

	if (!s)
		s = *saveptr;
	if (!s)
		return NULL;
	s += strspn(s, delim);
	if (!*s) {
		*saveptr = NULL;
		return NULL;
	}
	tok = s;
	s += strcspn(s, delim);
	if (*s)
		*s++ = '\0';
	else
		s = NULL;
	*saveptr = s;
	return tok;
}
