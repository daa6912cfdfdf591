/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Length modifiers shared by the printf and scanf engines:
 * parse_lenmod() reads hh h l ll q L j z t at *fmt, advances past it and
 * returns which one it was (LEN_NONE, fmt untouched, if none).
 * store_lenmod() writes v through p as the integer type the modifier
 * names (%n in printf, integer conversions in scanf).
 */
#ifndef __NOLIBC_LENMOD_H__
#define __NOLIBC_LENMOD_H__

#include <stddef.h>
#include <stdint.h>

enum lenmod { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T,
	      LEN_BIGL };

static inline enum lenmod parse_lenmod(const char **fmt)
{
	const char *f = *fmt;
	enum lenmod len;

	switch (*f) {
	case 'h':
		len = (f[1] == 'h') ? LEN_HH : LEN_H;
		break;
	case 'l':
		len = (f[1] == 'l') ? LEN_LL : LEN_L;
		break;
	case 'q':
		len = LEN_LL;
		break;
	case 'L':
		len = LEN_BIGL;
		break;
	case 'j':
		len = LEN_J;
		break;
	case 'z':
		len = LEN_Z;
		break;
	case 't':
		len = LEN_T;
		break;
	default:
		return LEN_NONE;
	}
	*fmt = f + ((len == LEN_HH || (len == LEN_LL && *f == 'l')) ? 2 : 1);
	return len;
}

static inline void store_lenmod(void *p, enum lenmod len, uintmax_t v)
{
	switch (len) {
	case LEN_HH:
		*(unsigned char *)p = (unsigned char)v;
		break;
	case LEN_H:
		*(unsigned short *)p = (unsigned short)v;
		break;
	case LEN_L:
		*(unsigned long *)p = (unsigned long)v;
		break;
	case LEN_LL:
	case LEN_J:
		*(unsigned long long *)p = (unsigned long long)v;
		break;
	case LEN_Z:
	case LEN_T:
		*(size_t *)p = (size_t)v;
		break;
	default:
		*(unsigned int *)p = (unsigned int)v;
		break;
	}
}

#endif
