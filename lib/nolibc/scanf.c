/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sscanf() and vsscanf(): conversions d i u o x X p n c s [ and
 * e f g a (with their upper-case forms), assignment suppression (*),
 * widths and the length modifiers hh h l ll j z t L. Numbers are
 * converted by strtoll/strtoull/strtod, on at most 63 characters.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fpu.h"
#include "lenmod.h"

#define NUMBUF		64


/* The set of a %[...] conversion; returns the position of its ']' */
static const char *scan_set(const char *fmt, unsigned char set[32])
{
	int neg = 0;

	memset(set, 0, 32);
	if (*fmt == '^') {
		neg = 1;
		fmt++;
	}
	if (*fmt == ']') {
		set[']' / 8] |= 1 << (']' % 8);
		fmt++;
	}
	for (; *fmt && *fmt != ']'; fmt++) {
		unsigned char lo = *fmt, hi = lo;

		if (fmt[1] == '-' && fmt[2] && fmt[2] != ']') {
			hi = fmt[2];
			fmt += 2;
		}
		for (unsigned int c = lo; c <= hi; c++)
			set[c / 8] |= 1 << (c % 8);
	}
	if (neg) {
		for (int i = 0; i < 32; i++)
			set[i] = ~set[i];
	}
	set[0] &= ~1;	/* never the terminating '\0' */
	return fmt;
}

int vsscanf(const char *str, const char *fmt, va_list ap)
{
	const char *s = str;
	int assigned = 0, converted = 0;

	for (; *fmt; fmt++) {
		int suppress = 0, base = 10, is_signed = 0;
		enum lenmod len = LEN_NONE;
		size_t width = 0;
		char conv;

		if (isspace((unsigned char)*fmt)) {
			while (isspace((unsigned char)*s))
				s++;
			continue;
		}
		if (*fmt != '%' || fmt[1] == '%') {
			if (*fmt == '%') {
				fmt++;
				while (isspace((unsigned char)*s))
					s++;
			}
			if (*s != *fmt)
				goto input_or_match_failure;
			s++;
			continue;
		}

		fmt++;
		if (*fmt == '*') {
			suppress = 1;
			fmt++;
		}
		while (isdigit((unsigned char)*fmt))
			width = width * 10 + (*fmt++ - '0');
		len = parse_lenmod(&fmt);
		conv = *fmt;
		if (!conv)
			break;

		if (conv == 'n') {
			if (!suppress)
				store_lenmod(va_arg(ap, void *), len,
					     (uintmax_t)(s - str));
			continue;
		}
		if (conv != 'c' && conv != '[') {
			while (isspace((unsigned char)*s))
				s++;
		}
		if (!*s)
			goto input_or_match_failure;

		switch (conv) {
		case 'd':
			is_signed = 1;
			break;
		case 'i':
			is_signed = 1;
			base = 0;
			break;
		case 'u':
			break;
		case 'o':
			base = 8;
			break;
		case 'x':
		case 'X':
		case 'p':
			base = 16;
			break;
		}

		switch (conv) {
		case 'd':
		case 'i':
		case 'u':
		case 'o':
		case 'x':
		case 'X':
		case 'p': {
			char buf[NUMBUF], *end;
			size_t n = (!width || width >= NUMBUF) ? NUMBUF - 1
							       : width;
			uintmax_t v;

			strncpy(buf, s, n);
			buf[n] = '\0';
			if (is_signed)
				v = (uintmax_t)strtoll(buf, &end, base);
			else
				v = strtoull(buf, &end, base);
			if (end == buf)
				goto match_failure;
			s += end - buf;
			if (!suppress) {
				if (conv == 'p')
					*va_arg(ap, void **) =
						(void *)(uintptr_t)v;
				else
					store_lenmod(va_arg(ap, void *), len, v);
				assigned++;
			}
			break;
		}
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
		case 'a':
		case 'A': {
#if NOLIBC_HAVE_FP
			char buf[NUMBUF], *end;
			size_t n = (!width || width >= NUMBUF) ? NUMBUF - 1
							       : width;
			double v;

			strncpy(buf, s, n);
			buf[n] = '\0';
			v = strtod(buf, &end);
			if (end == buf)
				goto match_failure;
			s += end - buf;
			if (!suppress) {
				if (len == LEN_BIGL)
					*va_arg(ap, long double *) = v;
				else if (len == LEN_L)
					*va_arg(ap, double *) = v;
				else
					*va_arg(ap, float *) = (float)v;
				assigned++;
			}
			break;
#else
			goto match_failure;
#endif
		}
		case 's': {
			char *d = suppress ? NULL : va_arg(ap, char *);
			size_t i;

			for (i = 0; s[i] && !isspace((unsigned char)s[i]) &&
			     (!width || i < width); i++) {
				if (d)
					d[i] = s[i];
			}
			if (d) {
				d[i] = '\0';
				assigned++;
			}
			s += i;
			break;
		}
		case 'c': {
			char *d = suppress ? NULL : va_arg(ap, char *);
			size_t i;

			if (!width)
				width = 1;
			for (i = 0; i < width && s[i]; i++) {
				if (d)
					d[i] = s[i];
			}
			/* like glibc, a short last field still counts */
			if (i == 0)
				goto input_or_match_failure;
			s += i;
			if (d)
				assigned++;
			break;
		}
		case '[': {
			unsigned char set[32];
			char *d;
			size_t i;

			fmt = scan_set(fmt + 1, set);
			if (!*fmt)
				goto match_failure;
			d = suppress ? NULL : va_arg(ap, char *);
			for (i = 0; (!width || i < width) &&
			     (set[(unsigned char)s[i] / 8] >>
			      ((unsigned char)s[i] % 8) & 1); i++) {
				if (d)
					d[i] = s[i];
			}
			if (i == 0)
				goto match_failure;
			if (d) {
				d[i] = '\0';
				assigned++;
			}
			s += i;
			break;
		}
		default:
			goto match_failure;
		}
		converted++;
	}
	return assigned;

input_or_match_failure:
	/* running out of input before the first conversion gives EOF */
	if (!*s && !converted)
		return EOF;
match_failure:
	return assigned;
}

int sscanf(const char *str, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vsscanf(str, fmt, ap);
	va_end(ap);
	return ret;
}
